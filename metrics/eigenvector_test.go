package metrics

import (
	"math"
	"testing"

	"gonum.org/v1/gonum/floats"
	"gonum.org/v1/gonum/mat"
)

func TestEigenvectorAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			if want.Eigenvector == nil {
				t.Skip("networkx gives no eigenvector for this graph; see TestEigenvectorHand")
			}
			checkFloats(t, "Eigenvector", Eigenvector(g), refFloats(want.Eigenvector), 1e-6)
		})
	}
}

// TestEigenvectorHand checks graphs networkx cannot (n <= 2 or no edges) and
// the tie-break between components with equal eigenvalues, by hand.
func TestEigenvectorHand(t *testing.T) {
	r := 1 / math.Sqrt2
	nan := math.NaN()
	for _, tc := range []struct {
		name  string
		n     int
		edges [][2]int
		w     []float64
		want  []float64
	}{
		// one edge of any weight: A = [[0 w] [w 0]], x = (1,1)/√2
		{"pair", 2, [][2]int{{0, 1}}, []float64{3}, []float64{r, r}},
		{"single", 1, nil, nil, []float64{nan}},
		{"edgeless", 3, nil, nil, []float64{nan, nan, nan}},
		// two equal edges: λ = 1 on both; the first component is used
		{"tie", 5, [][2]int{{3, 4}, {0, 1}}, nil, []float64{r, r, 0, 0, 0}},
		// star with 4 leaves (bipartite, λ = ±2): centre 1/√2, leaves 1/(2√2)
		{"star", 5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}}, nil, []float64{r, r / 2, r / 2, r / 2, r / 2}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFloats(t, "Eigenvector", Eigenvector(mustGraph(tc.n, tc.edges, tc.w)), tc.want, 1e-9)
		})
	}
	if e := Eigenvector(mustGraph(0, nil, nil)); e == nil || len(e) != 0 {
		t.Errorf("Eigenvector(empty) = %v", e)
	}
}

// TestEigenvectorDense checks the Lanczos method, which on a component
// larger than its basis may stop within a basis once converged, against a
// dense eigendecomposition (gonum's mat.EigenSym of the whole adjacency
// matrix) on seeded weighted random graphs of 60 to 400 nodes.
func TestEigenvectorDense(t *testing.T) {
	for seed := range uint64(6) {
		n := 60 + 70*int(seed)
		g := structBenchGraph(n, seed+10)
		got := Eigenvector(g)
		a := mat.NewSymDense(n, nil)
		for i := range n {
			for k, j := range g.Neighbours(i) {
				a.SetSym(i, int(j), g.Weights(i)[k])
			}
		}
		var es mat.EigenSym
		if !es.Factorize(a, true) {
			t.Fatal("dense factorisation failed")
		}
		var vecs mat.Dense
		es.VectorsTo(&vecs)
		want := mat.Col(nil, n-1, &vecs)
		if floats.Sum(want) < 0 {
			floats.Scale(-1, want)
		}
		for i := range want {
			if math.Abs(got[i]-want[i]) > 1e-9 {
				t.Errorf("seed %d, n %d: node %d: %v, dense %v", seed, n, i, got[i], want[i])
				break
			}
		}
	}
}
