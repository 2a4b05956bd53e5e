package metrics

import (
	"fmt"
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

// lanczosOf runs lanczos on g's component of node 0, with the whole basis
// or selectively, and returns the eigenvector (0 off the component) and
// the eigenvalue.
func lanczosOf(t *testing.T, g *Graph, selective bool) ([]float64, float64) {
	t.Helper()
	label, _ := Components(g)
	var nodes []int32
	for v, c := range label {
		if c == label[0] {
			nodes = append(nodes, int32(v))
		}
	}
	x, local := make([]float64, g.Len()), make([]int32, g.Len())
	lambda, _, ok := lanczos(g, nodes, x, local, selective)
	if !ok {
		t.Fatalf("lanczos(selective=%v) did not converge", selective)
	}
	return x, lambda
}

// TestEigenvectorSelective: the Lanczos method orthogonalising against the
// restart vector and the last two vectors gives the eigenpair of the one
// orthogonalising against the whole basis, within 1e-10, on seeded graphs
// of 5,000 to 12,000 nodes with partnership-like groups (whose small
// spectral gap needs several restarts), and on a star of 20,000 leaves
// (one node of degree 20,000), whose eigenpair is known: λ = √20000, the
// centre 1/√2, each leaf 1/√40000. Eigenvector uses the selective form on
// components of 4,096 nodes and more.
func TestEigenvectorSelective(t *testing.T) {
	for _, n := range []int{5000, 12000} {
		g := benchGraph(n)
		full, lf := lanczosOf(t, g, false)
		sel, ls := lanczosOf(t, g, true)
		checkFloats(t, fmt.Sprintf("n=%d: selective vs full", n), sel, full, 1e-10)
		checkFloat(t, fmt.Sprintf("n=%d: eigenvalue", n), ls, lf, 1e-10*lf)
	}
	const m = 20000
	edges := make([][2]int, m)
	for i := range edges {
		edges[i] = [2]int{0, i + 1}
	}
	want := make([]float64, m+1)
	want[0] = 1 / math.Sqrt2
	for i := 1; i <= m; i++ {
		want[i] = 1 / math.Sqrt(2*m)
	}
	star := mustGraph(m+1, edges, nil)
	x, lambda := lanczosOf(t, star, true)
	checkFloats(t, "star", x, want, 1e-12)
	checkFloat(t, "star eigenvalue", lambda, math.Sqrt(m), 1e-9)
	checkFloats(t, "star, Eigenvector", Eigenvector(star), want, 1e-12)
}
