package export

import (
	"maps"
	"slices"
	"strconv"

	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/network"
)

// Options configures the exporters. The zero value exports the combined
// partner graph with every measure.
type Options struct {
	// Projection weighs the partner graph's edges; the zero value is
	// network.Combined.
	Projection network.Projection
	// SkipPathMeasures leaves out betweenness, closeness and harmonic
	// centrality, which cost a breadth-first search from every partner
	// (O(n·m)); the other measures are near-linear.
	SkipPathMeasures bool
}

// Column types, named as GraphML's attr.type; GEXF uses the same words
// except "int" for "long" (see gexfType).
const (
	typeString = "string"
	typeLong   = "long"
	typeDouble = "double"
)

// column is one node attribute of the exported table.
type column struct {
	name, typ string
}

// table is what every exporter writes: one row per partner in ID order with
// its attributes and measures, and the partner graph's edges (i < j) in
// node order.
type table struct {
	cols  []column
	rows  [][]string // rows[i][c]: partner i's value of cols[c]; "" for none
	ids   []string   // partner IDs, the node IDs of GraphML and GEXF
	names []string   // partner names, the node labels
	edges []edge
}

type edge struct {
	i, j int
	w    float64
}

// The fixed node columns, in order. Free attributes of partners.csv follow
// as "attr.KEY" in key order, then the measures.
var baseColumns = []column{
	{"name", typeString}, {"sector", typeString}, {"category", typeString}, {"partnership", typeString},
}

// measureColumns returns the measure columns of the table under opt: the
// numeric columns of measures.Columns, without the path measures when they
// are skipped, with their indices in a row's cells.
func measureColumns(opt Options) (cols []column, idx []int) {
	for i, c := range measures.Columns() {
		if c.Kind == measures.String || c.Path && opt.SkipPathMeasures {
			continue
		}
		typ := typeDouble
		if c.Kind == measures.Int {
			typ = typeLong
		}
		cols = append(cols, column{c.Name, typ})
		idx = append(idx, i)
	}
	return cols, idx
}

// buildTable computes the table of n. A nil network gives an empty table.
func buildTable(n *network.Network, opt Options) *table {
	t := &table{}
	t.cols = append(t.cols, baseColumns...)
	mcols, idx := measureColumns(opt)
	if n == nil {
		t.cols = append(t.cols, mcols...)
		return t
	}
	partners := n.Partners()
	set := map[string]bool{}
	for _, p := range partners {
		for k := range p.Attrs {
			set[k] = true
		}
	}
	keys := slices.Sorted(maps.Keys(set))
	for _, k := range keys {
		t.cols = append(t.cols, column{"attr." + k, typeString})
	}
	t.cols = append(t.cols, mcols...)
	tab := measures.Compute(n, measures.Options{Projection: opt.Projection, SkipPaths: opt.SkipPathMeasures, Seed: 1})
	tax := n.Taxonomy()
	t.rows = make([][]string, len(partners))
	var cells []string
	for i, p := range partners {
		row := make([]string, 0, len(t.cols))
		row = append(row, p.Name, p.Sector, tax.Category(p.Sector), p.Partnership)
		for _, k := range keys {
			row = append(row, p.Attrs[k])
		}
		cells = tab.PerPartner[i].Cells(cells[:0], formatFloat)
		for _, c := range idx {
			row = append(row, cells[c])
		}
		t.rows[i] = row
		t.ids = append(t.ids, p.ID)
		t.names = append(t.names, p.Name)
	}

	pg := n.PartnerGraph(opt.Projection)
	_, off, nbr, w := pg.CSR()
	for i := range partners {
		for k := off[i]; k < off[i+1]; k++ {
			if j := int(nbr[k]); j > i {
				t.edges = append(t.edges, edge{i, j, w[k]})
			}
		}
	}
	return t
}

// formatFloat writes x in the shortest form that reads back exactly; NaN
// (an undefined measure, e.g. the eigenvector centrality of an edgeless
// graph) is "NaN", which GraphML's and GEXF's xs:double accept.
func formatFloat(x measures.Float) string {
	if x.IsNaN() {
		return "NaN"
	}
	return strconv.FormatFloat(float64(x), 'g', -1, 64)
}
