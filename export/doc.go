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
// attribute of partners.csv as "attr.KEY", and every numeric column of the
// measures table of package measures (measures.Columns: degree, strength,
// betweenness, closeness, harmonic, eigenvector, PageRank, clustering, core
// number, Burt's structural holes, Louvain community with seed 1, and the
// Gould-Fernandez brokerage roles with their z-scores), as `lipgraph
// metrics` reports them. Options.SkipPathMeasures leaves out betweenness,
// closeness and harmonic centrality for very large graphs. The edges are
// those of the partner graph under Options.Projection (the combined graph
// by default), each written once with its weight.
//
// # CSV and spreadsheets
//
// The CSV files are meant to be opened in spreadsheets too, which run a cell
// starting with =, +, -, @, a tab or a carriage return as a formula. Every
// such text cell (an ID, a name, an attribute, a header) is therefore
// written with a leading single quote, the spreadsheets' mark for text, as
// the OWASP guidance on CSV injection recommends: "=HYPERLINK(…)" becomes
// "'=HYPERLINK(…)", in every file alike, so IDs still match across files.
// A cell that is a plain decimal number ("-0.5", "-1e-05") is kept as it is.
// GraphML and GEXF are XML and need no such guard.
//
// # Determinism
//
// Output is a pure function of the network and the options: nodes in ID
// order, edges in node order, columns in a fixed order with free attributes
// sorted by key, floats in the shortest form that reads back exactly, NaN
// for an undefined measure.
package export
