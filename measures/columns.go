package measures

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// Kind is the type of a [Column]'s values.
type Kind uint8

// The kinds of column.
const (
	String Kind = iota // text: an ID, a sector or a category
	Int                // a whole number
	Number             // a Float, NaN when undefined
)

// Column is one column of the flat form of a [Row], as CSV files and the
// exports write it. Its Name is the JSON key of the value it holds, except
// for the brokerage roles: the counts are named by role ("coordinator"),
// their total "brokerage", and the z-scores carry the suffix "_z"
// ("coordinator_z", "brokerage_z").
type Column struct {
	Name string
	Kind Kind
	// Path marks the path measures, NaN under Options.SkipPaths.
	Path bool
}

var columns = []Column{
	{"id", String, false}, {"sector", String, false}, {"category", String, false},
	{"degree", Int, false}, {"strength", Number, false},
	{"betweenness", Number, true}, {"closeness", Number, true}, {"harmonic", Number, true},
	{"eigenvector", Number, false}, {"pagerank", Number, false}, {"clustering", Number, false},
	{"core", Int, false}, {"constraint", Number, false}, {"effective_size", Number, false},
	{"efficiency", Number, false}, {"hierarchy", Number, false}, {"community", Int, false},
	{"coordinator", Int, false}, {"consultant", Int, false}, {"representative", Int, false},
	{"gatekeeper", Int, false}, {"liaison", Int, false}, {"brokerage", Int, false},
	{"coordinator_z", Number, false}, {"consultant_z", Number, false}, {"representative_z", Number, false},
	{"gatekeeper_z", Number, false}, {"liaison_z", Number, false}, {"brokerage_z", Number, false},
}

// Columns returns the columns of [Row.Cells], in order: a fresh slice the
// caller may change.
func Columns() []Column { return append([]Column(nil), columns...) }

// Cells appends r's values to dst in the order of [Columns] and returns the
// extended slice: strings as they are, whole numbers in decimal, and Floats
// formatted by float (NaN included: Float.String writes it as "").
func (r *Row) Cells(dst []string, float func(Float) string) []string {
	i := strconv.Itoa
	b, z := &r.Brokerage, &r.Brokerage.Z
	return append(dst, r.ID, r.Sector, r.Category,
		i(r.Degree), float(r.Strength),
		float(r.Betweenness), float(r.Closeness), float(r.Harmonic),
		float(r.Eigenvector), float(r.PageRank), float(r.Clustering),
		i(r.Core), float(r.Constraint), float(r.EffectiveSize),
		float(r.Efficiency), float(r.Hierarchy), i(r.Community),
		i(b.Coordinator), i(b.Consultant), i(b.Representative),
		i(b.Gatekeeper), i(b.Liaison), i(b.Total),
		float(z.Coordinator), float(z.Consultant), float(z.Representative),
		float(z.Gatekeeper), float(z.Liaison), float(z.Total))
}

// PartnerColumn computes the numeric per-partner column name of [Columns]
// alone, in partner ID order: the values Compute(n, opts) puts in that
// column, at the cost of that measure only. It returns an error for a name
// that is not a numeric column.
func PartnerColumn(n *network.Network, name string, opts Options) ([]Float, error) {
	i := slices.IndexFunc(columns, func(c Column) bool { return c.Name == name })
	if i < 0 || columns[i].Kind == String {
		return nil, fmt.Errorf("measures: no numeric column %q", name)
	}
	if n == nil {
		return []Float{}, nil
	}
	g := metrics.NewGraph(n.PartnerGraph(opts.Projection))
	var xs []float64
	switch name {
	case "degree", "core", "community":
		var ints []int
		switch name {
		case "degree":
			ints = metrics.Degree(g)
		case "core":
			ints = metrics.CoreNumbers(g)
		default:
			ints = louvain(g, opts)
		}
		xs = make([]float64, len(ints))
		for i, x := range ints {
			xs[i] = float64(x)
		}
	case "strength":
		xs = metrics.Strength(g)
	case "betweenness", "closeness", "harmonic":
		if opts.SkipPaths {
			break
		}
		p := pathMeasures(g, opts)
		xs = map[string][]float64{"betweenness": p.Betweenness, "closeness": p.Closeness, "harmonic": p.Harmonic}[name]
	case "eigenvector":
		xs = metrics.Eigenvector(g)
	case "pagerank":
		xs = pageRank(g)
	case "clustering":
		xs = metrics.Clustering(g)
	default: // structural holes and brokerage come with the rest
		t := Compute(n, opts)
		out := make([]Float, len(t.PerPartner))
		var cells []string
		for k := range t.PerPartner {
			cells = t.PerPartner[k].Cells(cells[:0], func(x Float) string { return strconv.FormatFloat(float64(x), 'g', -1, 64) })
			f, _ := strconv.ParseFloat(cells[i], 64)
			out[k] = Float(f)
		}
		return out, nil
	}
	out := make([]Float, g.Len())
	for k := range out {
		out[k] = at(xs, k)
	}
	return out, nil
}
