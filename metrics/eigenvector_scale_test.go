package metrics

import (
	"math"
	"testing"
)

// TestEigenvectorScaleFree: the eigenvector of A is the eigenvector of cA.
// Weights of 1e-300 used to underflow (and 1e300 overflow) in the
// products of the iteration; the results must equal those at scale 1.
func TestEigenvectorScaleFree(t *testing.T) {
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}}
	base := []float64{1, 2, 3, 0.5, 4}
	at := func(scale float64) []float64 {
		w := make([]float64, len(base))
		for i, b := range base {
			w[i] = b * scale
		}
		g, err := FromEdges(5, edges, w)
		if err != nil {
			t.Fatal(err)
		}
		return Eigenvector(g)
	}
	want := at(1)
	for _, scale := range []float64{1e-300, 1e300, 0x1p-1000, 0x1p1000} {
		got := at(scale)
		for i := range want {
			if math.IsNaN(got[i]) || math.Abs(got[i]-want[i]) > 1e-12 {
				t.Errorf("scale %g: eigenvector[%d] = %v, want %v (as at scale 1)", scale, i, got[i], want[i])
			}
		}
	}
}
