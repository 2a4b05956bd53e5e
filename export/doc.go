// Package export writes a partnership's partner graph in the formats that
// researchers' tools open: GraphML (Gephi, Cytoscape, yEd, igraph, networkx),
// GEXF 1.2 (Gephi's own, through gonum's graph/formats/gexf12 types), and CSV
// (a node table, a weighted edge list, and the partner × body affiliation
// matrix).
//
// # What is exported
//
// The nodes are the partners, in partner ID order, identified by partner ID.
// Each carries its name, sector, sector category and partnership, every free
// attribute of partners.csv as "attr.KEY", and the measures of package
// metrics: degree, strength, betweenness, closeness, eigenvector,
// clustering, core number and Louvain community (seed 1), each as defined by
// the metrics function of that name (networkx 2.8's definitions).
// Options.SkipPathMeasures leaves out betweenness and closeness for very
// large graphs. The edges are those of the partner graph under
// Options.Projection (DATA-FORMAT.md's combined graph by default), each
// written once with its weight.
//
// # Determinism
//
// Output is a pure function of the network and the options: nodes in ID
// order, edges in node order, columns in a fixed order with free attributes
// sorted by key, floats in the shortest form that reads back exactly, NaN
// for an undefined measure.
package export
