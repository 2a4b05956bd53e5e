package export

import (
	"io"
	"strconv"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/lipgraph/lipgraph/internal/palette"
	"github.com/lipgraph/lipgraph/network"
)

// GEXF writes the partner graph of n to w as GEXF 1.2 (gexf.net/1.2draft,
// Gephi's native format), built from gonum's graph/formats/gexf12 types.
//
// The static, undirected graph holds a node per partner (id the partner ID,
// label its name or ID) in ID order, with node attributes (class "node",
// ids "0", "1"…) for the same columns as GraphML: name, sector, category,
// partnership, the free attributes as "attr.KEY", then the measures (type
// string, long or double); each node also carries the viz colour of its
// sector category (the diagrams' colours) so that Gephi opens it coloured.
// Each edge of the partner graph is written once with its weight, ids "0",
// "1"… in node order. Undefined measures are written "NaN". A nil network
// gives a graph without nodes. It returns the first write error.
func GEXF(w io.Writer, n *network.Network, opt Options) error {
	t := buildTable(n, opt)
	g := gexf12.Graph{DefaultEdgeType: "undirected", Mode: "static", IDType: "string"}
	attrs := gexf12.Attributes{Class: "node", Mode: "static"}
	for c, col := range t.cols {
		attrs.Attributes = append(attrs.Attributes, gexf12.Attribute{ID: strconv.Itoa(c), Title: col.name, Type: gexfType(col.typ)})
	}
	g.Attributes = []gexf12.Attributes{attrs}
	g.Nodes.Count = len(t.rows)
	g.Nodes.Nodes = make([]gexf12.Node, len(t.rows))
	var tax *network.Taxonomy
	if n != nil {
		tax = n.Taxonomy()
	}
	const category = 2 // the column of the category
	for i, row := range t.rows {
		label := t.names[i]
		if label == "" {
			label = t.ids[i]
		}
		nd := gexf12.Node{ID: t.ids[i], Label: label, AttValues: &gexf12.AttValues{}}
		for c, v := range row {
			if v != "" {
				nd.AttValues.AttValues = append(nd.AttValues.AttValues, gexf12.AttValue{For: strconv.Itoa(c), Value: v})
			}
		}
		nd.Color = colour(palette.Category(tax, row[category]))
		g.Nodes.Nodes[i] = nd
	}
	g.Edges.Count = len(t.edges)
	g.Edges.Edges = make([]gexf12.Edge, len(t.edges))
	for k, e := range t.edges {
		g.Edges.Edges[k] = gexf12.Edge{ID: strconv.Itoa(k), Source: t.ids[e.i], Target: t.ids[e.j], Weight: e.w}
	}
	doc := gexf12.Content{Version: "1.2", Graph: g,
		Meta: &gexf12.Meta{Creator: "lipgraph", Description: "partner graph (" + opt.Projection.String() + ")"}}
	return writeXML(w, doc)
}

// gexfType maps a column type to GEXF's attribute types.
func gexfType(typ string) string {
	switch typ {
	case typeLong:
		return "long"
	case typeDouble:
		return "double"
	}
	return "string"
}

// colour parses "#rrggbb"; anything else gives nil.
func colour(hex string) *gexf12.Color {
	if len(hex) != 7 || hex[0] != '#' {
		return nil
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		return nil
	}
	return &gexf12.Color{R: byte(v >> 16), G: byte(v >> 8), B: byte(v)}
}
