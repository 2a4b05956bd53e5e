package metrics

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// refGraphs are the graphs testdata/ref/centrality.py writes networkx 2.8
// reference values for.
var refGraphs = []string{
	"karate", "weighted", "disconnected", "davis", "lesmis", "random",
	"star", "path", "complete", "pair", "single",
}

// refFile is one graph of testdata/ref: the graph and networkx's values.
type refFile struct {
	Name    string    `json:"name"`
	Nodes   []string  `json:"nodes"`
	Edges   [][2]int  `json:"edges"`
	Weights []float64 `json:"weights"`
	Values  refValues `json:"values"`
}

// refValues holds networkx's results; a null (undefined) value decodes to
// NaN through nullFloat.
type refValues struct {
	Density                   float64     `json:"density"`
	Degree                    []int       `json:"degree"`
	Strength                  []float64   `json:"strength"`
	Component                 []int       `json:"component"`
	ComponentSizes            []int       `json:"component_sizes"`
	Clustering                []nullFloat `json:"clustering"`
	AverageClustering         *nullFloat  `json:"average_clustering"`
	Transitivity              float64     `json:"transitivity"`
	CoreNumber                []int       `json:"core_number"`
	KCore                     []int       `json:"k_core"`
	Betweenness               []nullFloat `json:"betweenness"`
	Closeness                 []nullFloat `json:"closeness"`
	Harmonic                  []nullFloat `json:"harmonic"`
	Eigenvector               []nullFloat `json:"eigenvector"`
	PageRank85                []nullFloat `json:"pagerank_0.85"`
	PageRank85Tight           []nullFloat `json:"pagerank_0.85_tight"`
	PageRank50                []nullFloat `json:"pagerank_0.5"`
	PageRank50Tight           []nullFloat `json:"pagerank_0.5_tight"`
	DegreeCentralization      *nullFloat  `json:"degree_centralization"`
	BetweennessCentralization *nullFloat  `json:"betweenness_centralization"`
	ClosenessCentralization   *nullFloat  `json:"closeness_centralization"`
}

// nullFloat is a float64 that decodes JSON null as NaN.
type nullFloat float64

func (f *nullFloat) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		*f = nullFloat(math.NaN())
		return nil
	}
	var x float64
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*f = nullFloat(x)
	return nil
}

// refVal returns the value of a possibly absent (null) scalar, NaN when absent.
func refVal(p *nullFloat) float64 {
	if p == nil {
		return math.NaN()
	}
	return float64(*p)
}

// refFloats converts decoded values to float64s; nil stays nil.
func refFloats(xs []nullFloat) []float64 {
	if xs == nil {
		return nil
	}
	out := make([]float64, len(xs))
	for i, x := range xs {
		out[i] = float64(x)
	}
	return out
}

// loadRef reads testdata/ref/<name>.json and returns its graph, built with
// FromEdges (node index i is networkx's i-th node), and networkx's values.
func loadRef(t testing.TB, name string) (*Graph, refValues) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "ref", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var r refFile
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	edges := make([][2]int, len(r.Edges))
	copy(edges, r.Edges)
	g := mustGraph(len(r.Nodes), edges, r.Weights)
	if g.Len() != len(r.Nodes) || g.NumEdges() != len(r.Edges) {
		t.Fatalf("%s: built %d nodes %d edges, want %d and %d", name, g.Len(), g.NumEdges(), len(r.Nodes), len(r.Edges))
	}
	return g, r.Values
}

// closeTo reports whether a and b agree to tol, absolutely or relative to the
// larger magnitude; two NaNs agree.
func closeTo(a, b, tol float64) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	d := math.Abs(a - b)
	return d <= tol || d <= tol*math.Max(math.Abs(a), math.Abs(b))
}

// checkFloats fails t when got and want differ in length or in any element
// by more than tol.
func checkFloats(t *testing.T, what string, got, want []float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d values, want %d", what, len(got), len(want))
	}
	bad := 0
	for i := range got {
		if !closeTo(got[i], want[i], tol) {
			if bad < 5 {
				t.Errorf("%s[%d] = %.17g, want %.17g", what, i, got[i], want[i])
			}
			bad++
		}
	}
	if bad > 5 {
		t.Errorf("%s: %d values differ in all", what, bad)
	}
}

// checkFloat fails t when got and want differ by more than tol.
func checkFloat(t *testing.T, what string, got, want, tol float64) {
	t.Helper()
	if !closeTo(got, want, tol) {
		t.Errorf("%s = %.17g, want %.17g", what, got, want)
	}
}

// edgeList returns g's edges, each once, the smaller end first.
func edgeList(g *Graph) [][2]int {
	var edges [][2]int
	for v := range g.Len() {
		for _, u := range g.Neighbours(v) {
			if int(u) > v {
				edges = append(edges, [2]int{v, int(u)})
			}
		}
	}
	return edges
}

// mustGraph is FromEdges for fixtures known to be valid.
func mustGraph(n int, edges [][2]int, weights []float64) *Graph {
	g, err := FromEdges(n, edges, weights)
	if err != nil {
		panic(err)
	}
	return g
}
