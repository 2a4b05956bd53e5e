package metrics

import (
	"math"
	"runtime"
	"slices"
	"testing"
)

func TestPageRankAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			p85, p50 := PageRank(g, 0.85), PageRank(g, 0.5)
			// networkx run to convergence (tol=1e-15)
			checkFloats(t, "PageRank(0.85) vs tight", p85, refFloats(want.PageRank85Tight), 1e-10)
			checkFloats(t, "PageRank(0.5) vs tight", p50, refFloats(want.PageRank50Tight), 1e-10)
			// networkx's default stopping rule leaves up to ~2e-5 (see doc)
			checkFloats(t, "PageRank(0.85) vs default", p85, refFloats(want.PageRank85), 5e-5)
			var sum float64
			for _, x := range p85 {
				sum += x
			}
			checkFloat(t, "sum", sum, 1, 1e-12)
		})
	}
}

// TestPageRankHand: two isolated nodes and the edge 0-1 with weight 5. By
// symmetry ranks are a (nodes 0,1) and b (nodes 2,3) with 2a + 2b = 1 and
// b = α(2b)/4 + (1-α)/4 (dangling mass 2b spread over 4), so for α = 0.5
// b = 0.5b/2 + 0.125, b = 1/6, a = 1/3.
func TestPageRankHand(t *testing.T) {
	g := mustGraph(4, [][2]int{{0, 1}}, []float64{5})
	checkFloats(t, "PageRank", PageRank(g, 0.5), []float64{1.0 / 3, 1.0 / 3, 1.0 / 6, 1.0 / 6}, 1e-12)
	for _, alpha := range []float64{-0.1, 1, math.NaN()} {
		if p := PageRank(g, alpha); !math.IsNaN(p[0]) {
			t.Errorf("PageRank(alpha=%v) = %v, want NaN", alpha, p)
		}
	}
	if p := PageRank(mustGraph(0, nil, nil), 0.85); p == nil || len(p) != 0 {
		t.Errorf("PageRank(empty) = %v", p)
	}
}

// TestParallelDeterministic: PageRank and Eigenvector split their products
// into fixed blocks, so one core and two give bit-identical results on a
// graph large enough (n >= 4096) to run in parallel.
func TestParallelDeterministic(t *testing.T) {
	g := benchGraph(5000)
	prev := runtime.GOMAXPROCS(1)
	p1, e1 := PageRank(g, 0.85), Eigenvector(g)
	runtime.GOMAXPROCS(2)
	p2, e2 := PageRank(g, 0.85), Eigenvector(g)
	runtime.GOMAXPROCS(prev)
	if !slices.Equal(p1, p2) || !slices.Equal(e1, e2) {
		t.Error("results differ between GOMAXPROCS 1 and 2")
	}
}
