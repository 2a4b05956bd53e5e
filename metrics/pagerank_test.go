package metrics

import (
	"fmt"
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

// powerPageRank is the power iteration of the definition, as networkx runs
// it (x ← α Σ x_i w_ij/s_i + α D/n + (1-α)/n from the uniform vector),
// until the L1 change between iterates is below tol; it returns the
// iterate and the number of products with the matrix.
func powerPageRank(g *Graph, alpha, tol float64) ([]float64, int) {
	n := g.Len()
	s := Strength(g)
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for it := 1; it <= 100000; it++ {
		var dangling float64
		for i := range x {
			if s[i] == 0 {
				dangling += x[i]
			}
		}
		var change float64
		for j := range n {
			var sum float64
			for k, i := range g.Neighbours(j) {
				sum += x[i] * g.Weights(j)[k] / s[i]
			}
			y[j] = alpha*sum + alpha*dangling/float64(n) + (1-alpha)/float64(n)
			change += math.Abs(y[j] - x[j])
		}
		x, y = y, x
		if change < tol {
			return x, it
		}
	}
	return nil, 0
}

// TestPageRankAgainstPowerIteration: the conjugate gradients agree with the
// power iteration run to an L1 change of 1e-14 within 1e-12 on every
// reference graph, on seeded random unweighted graphs and on the
// 5,000-node (weighted) benchmark graph, at several damping factors, and
// take fewer products with the matrix there.
func TestPageRankAgainstPowerIteration(t *testing.T) {
	graphs := map[string]*Graph{"bench5000": benchGraph(5000)}
	for _, name := range refGraphs {
		graphs[name], _ = loadRef(t, name)
	}
	for seed := range uint64(20) {
		g := randomGraph(seed, 5+int(seed*7%60), []float64{0.05, 0.15, 0.4}[seed%3])
		graphs[fmt.Sprintf("random %d", seed)] = g
	}
	for name, g := range graphs {
		for _, alpha := range []float64{0, 0.5, 0.85, 0.95} {
			want, power := powerPageRank(g, alpha, 1e-14)
			got, cg := pageRank(g, alpha)
			what := fmt.Sprintf("%s alpha %v", name, alpha)
			checkFloats(t, what, got, want, 1e-12)
			if g.Len() >= 1000 && alpha > 0 && cg >= power {
				t.Errorf("%s: %d products, the power iteration %d", what, cg, power)
			}
		}
	}
}

// TestPageRankScaleFree: PageRank depends on the weights' ratios only
// (w_ij / s_i), so weights scaled by 1e-300 or 1e300, near the ends of
// the floating-point range, give the values at scale 1; a graph mixing
// weights 1e-150 and 1e150 gives those of its rescaled copy and of the
// power iteration (a stopping rule on anything but x's own residual
// stopped at once there).
func TestPageRankScaleFree(t *testing.T) {
	edges := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 3}, {3, 4}}
	base := []float64{1, 2, 3, 0.5, 4}
	at := func(scale float64, w0 []float64) []float64 {
		w := make([]float64, len(w0))
		for i, b := range w0 {
			w[i] = b * scale
		}
		g, err := FromEdges(6, edges, w) // node 5 isolated
		if err != nil {
			t.Fatal(err)
		}
		return PageRank(g, 0.85)
	}
	want := at(1, base)
	for _, scale := range []float64{1e-300, 1e300, 0x1p-1000, 0x1p1000} {
		checkFloats(t, fmt.Sprintf("scale %g", scale), at(scale, base), want, 1e-12)
	}
	mixed := []float64{1e-150, 1e150, 1, 1e-150, 1e150}
	checkFloats(t, "mixed weights", at(1e-100, mixed), at(1, mixed), 1e-12)
	want, _ = powerPageRank(mustGraph(6, edges, mixed), 0.85, 1e-14)
	checkFloats(t, "mixed weights vs power iteration", at(1, mixed), want, 1e-12)
}
