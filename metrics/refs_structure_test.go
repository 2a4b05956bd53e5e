package metrics

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// structRefGraph is one graph of testdata/ref/structure.json, written by
// testdata/ref/structure.py from networkx 2.8. JSON null (networkx's nan)
// decodes to a nil pointer.
type structRefGraph struct {
	Name          string      `json:"name"`
	N             int         `json:"n"`
	NGroups       int         `json:"ngroups"`
	Edges         [][2]int    `json:"edges"`
	Weights       []float64   `json:"weights"`
	Group         []int       `json:"group"`
	Constraint    []*float64  `json:"constraint"`
	EffectiveSize []*float64  `json:"effective_size"`
	Hierarchy     []*float64  `json:"hierarchy"`
	Assortativity float64     `json:"assortativity"`
	Mixing        [][]float64 `json:"mixing"`
	ModGroup      float64     `json:"modularity_group"`
	ModGroupR05   float64     `json:"modularity_group_r05"`
	LouvainNXMod  float64     `json:"louvain_nx_modularity"`
	Articulation  []int       `json:"articulation"`
	Bridges       [][2]int    `json:"bridges"`
	EI            *float64    `json:"ei"`
	FragRemoved   []int       `json:"frag_removed"`
	Fragmentation float64     `json:"fragmentation"`
	FragNone      float64     `json:"fragmentation_none"`
	KPP2Best      float64     `json:"kpp2_best"`
}

// structRefLoad reads every reference graph; the test fails if the file is
// missing or malformed.
func structRefLoad(t testing.TB) []structRefGraph {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "ref", "structure.json"))
	if err != nil {
		t.Fatalf("reading structure reference: %v", err)
	}
	var doc struct {
		Graphs []structRefGraph `json:"graphs"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatalf("decoding structure reference: %v", err)
	}
	if len(doc.Graphs) == 0 {
		t.Fatal("structure reference has no graphs")
	}
	return doc.Graphs
}

// structRefCSR builds the CSR graph of a reference graph.
func structRefCSR(r structRefGraph) *Graph {
	return mustGraph(r.N, r.Edges, r.Weights)
}

// structRefVal turns a decoded nullable number into a float, nil -> NaN.
func structRefVal(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}

// structRefClose reports whether got and want agree within tol (absolute, or
// relative for large values); two NaNs agree.
func structRefClose(got, want, tol float64) bool {
	if math.IsNaN(want) || math.IsNaN(got) {
		return math.IsNaN(want) && math.IsNaN(got)
	}
	return math.Abs(got-want) <= tol*math.Max(1, math.Abs(want))
}

// structRefVec compares a per-node result with a nullable reference vector.
func structRefVec(t *testing.T, what string, got []float64, want []*float64, tol float64) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d values, want %d", what, len(got), len(want))
	}
	for i := range got {
		if w := structRefVal(want[i]); !structRefClose(got[i], w, tol) {
			t.Errorf("%s[%d] = %v, want %v", what, i, got[i], w)
		}
	}
}
