package export

import (
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// Options configures the exporters. The zero value exports the combined
// partner graph with every measure.
type Options struct {
	// Projection weighs the partner graph's edges; the zero value is
	// network.Combined (DATA-FORMAT.md).
	Projection network.Projection
	// SkipPathMeasures leaves out betweenness and closeness, which cost a
	// breadth-first search from every partner (O(n·m)); the other measures
	// are near-linear.
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

// measureColumns lists the measures: each follows the metrics function of
// the same name (networkx 2.8's definition, see package metrics). Path
// measures are marked so that SkipPathMeasures can drop them.
var measureColumns = []struct {
	column
	path bool
}{
	{column{"degree", typeLong}, false},
	{column{"strength", typeDouble}, false},
	{column{"betweenness", typeDouble}, true},
	{column{"closeness", typeDouble}, true},
	{column{"eigenvector", typeDouble}, false},
	{column{"clustering", typeDouble}, false},
	{column{"core", typeLong}, false},
	{column{"community", typeLong}, false},
}

// buildTable computes the table of n. A nil network gives an empty table.
func buildTable(n *network.Network, opt Options) *table {
	t := &table{}
	t.cols = append(t.cols, baseColumns...)
	if n == nil {
		for _, m := range measureColumns {
			if !(m.path && opt.SkipPathMeasures) {
				t.cols = append(t.cols, m.column)
			}
		}
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
	tax := n.Taxonomy()
	t.rows = make([][]string, len(partners))
	for i, p := range partners {
		row := make([]string, 0, len(t.cols)+len(measureColumns))
		row = append(row, p.Name, p.Sector, tax.Category(p.Sector), p.Partnership)
		for _, k := range keys {
			row = append(row, p.Attrs[k])
		}
		t.rows[i] = row
		t.ids = append(t.ids, p.ID)
		t.names = append(t.names, p.Name)
	}

	pg := n.PartnerGraph(opt.Projection)
	g := metrics.NewGraph(pg)
	values := map[string][]string{}
	ints := func(xs []int) []string {
		s := make([]string, len(xs))
		for i, x := range xs {
			s[i] = strconv.Itoa(x)
		}
		return s
	}
	floats := func(xs []float64) []string {
		s := make([]string, len(xs))
		for i, x := range xs {
			s[i] = formatFloat(x)
		}
		return s
	}
	values["degree"] = ints(metrics.Degree(g))
	values["strength"] = floats(metrics.Strength(g))
	if !opt.SkipPathMeasures {
		pm := metrics.Paths(g, metrics.PathOptions{})
		values["betweenness"] = floats(pm.Betweenness)
		values["closeness"] = floats(pm.Closeness)
	}
	values["eigenvector"] = floats(metrics.Eigenvector(g))
	values["clustering"] = floats(metrics.Clustering(g))
	values["core"] = ints(metrics.CoreNumbers(g))
	values["community"] = ints(metrics.Louvain(g, metrics.LouvainOptions{Seed: 1}))
	for _, m := range measureColumns {
		v, ok := values[m.name]
		if !ok {
			continue
		}
		t.cols = append(t.cols, m.column)
		for i := range t.rows {
			t.rows[i] = append(t.rows[i], v[i])
		}
	}

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
func formatFloat(x float64) string {
	if math.IsNaN(x) {
		return "NaN"
	}
	return strconv.FormatFloat(x, 'g', -1, 64)
}
