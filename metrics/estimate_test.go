package metrics

import (
	"math"
	"math/rand/v2"
	"testing"
)

// allPairs returns hop distances (−1 unreachable) and shortest-path counts
// between every pair, by one plain BFS per node.
func allPairs(g *Graph) ([][]int, [][]float64) {
	n := g.Len()
	d := make([][]int, n)
	sig := make([][]float64, n)
	for s := range n {
		d[s] = make([]int, n)
		sig[s] = make([]float64, n)
		for i := range d[s] {
			d[s][i] = -1
		}
		d[s][s], sig[s][s] = 0, 1
		q := []int{s}
		for len(q) > 0 {
			v := q[0]
			q = q[1:]
			for _, u := range g.Neighbours(v) {
				if d[s][u] < 0 {
					d[s][u] = d[s][v] + 1
					q = append(q, int(u))
				}
				if d[s][u] == d[s][v]+1 {
					sig[s][u] += sig[s][v]
				}
			}
		}
	}
	return d, sig
}

// TestBidirectionalSearch: for every pair of 80 random and twin-rich graphs
// the bidirectional search finds the BFS distance and path count, and a
// drawn path is a shortest path (its inner nodes number d − 1, each on a
// shortest path). On the first 10 graphs (two grids first) each pair's inner nodes are drawn
// 2000 times: every node's frequency is within 5 standard deviations (and
// 0.01) of σ_st(v)/σ_st, so paths are drawn uniformly.
func TestBidirectionalSearch(t *testing.T) {
	grid := func(w, h int) *Graph { // w×h grid: many shortest paths
		var e [][2]int
		for y := range h {
			for x := range w {
				if x+1 < w {
					e = append(e, [2]int{y*w + x, y*w + x + 1})
				}
				if y+1 < h {
					e = append(e, [2]int{y*w + x, (y+1)*w + x})
				}
			}
		}
		return mustGraph(w*h, e, nil)
	}
	for seed := range uint64(80) {
		var g *Graph
		if seed < 2 {
			g = grid(4+int(seed), 4)
		} else if seed%2 == 0 {
			g = randomGraph(seed, 4+int(seed%20), []float64{0.1, 0.2, 0.4}[seed%3])
		} else {
			g = twinGraph(seed, 2+int(seed%8), 0.3)
		}
		n := g.Len()
		d, sig := allPairs(g)
		b := newBiBFS(n)
		rng := rand.New(rand.NewPCG(seed, 1))
		count := make([]int64, n)
		for s := range n {
			for u := range n {
				if s == u {
					continue
				}
				clear(count)
				gd, gs := b.samplePath(g, int32(s), int32(u), rng, count)
				want := d[s][u]
				if want < 0 {
					want = 0
				}
				if int(gd) != want || gs != sig[s][u]*boolF(d[s][u] >= 0) {
					t.Fatalf("seed %d pair %d-%d: distance %d, paths %v; want %d, %v", seed, s, u, gd, gs, d[s][u], sig[s][u])
				}
				inner := int64(0)
				for v, c := range count {
					inner += c
					if c > 1 || (c == 1 && (v == s || v == u || d[s][v] < 0 || d[s][v]+d[v][u] != d[s][u])) {
						t.Fatalf("seed %d pair %d-%d: node %d counted %d times, not on a shortest path", seed, s, u, v, c)
					}
				}
				if d[s][u] >= 2 && inner != int64(d[s][u]-1) {
					t.Fatalf("seed %d pair %d-%d: %d inner nodes, want %d", seed, s, u, inner, d[s][u]-1)
				}
				if seed >= 10 || d[s][u] < 2 {
					continue
				}
				const draws = 2000
				clear(count)
				for range draws {
					b.samplePath(g, int32(s), int32(u), rng, count)
				}
				for v, c := range count {
					p := 0.0
					if v != s && v != u && d[s][v] >= 0 && d[s][v]+d[v][u] == d[s][u] {
						p = sig[s][v] * sig[v][u] / sig[s][u]
					}
					f := float64(c) / draws
					if sd := math.Sqrt(p * (1 - p) / draws); math.Abs(f-p) > 5*sd+0.01 {
						t.Errorf("seed %d pair %d-%d: node %d on %.4f of the draws, want %.4f", seed, s, u, v, f, p)
					}
				}
			}
		}
	}
}

func boolF(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// TestVertexDiameterBound: the bound is at least the true number of nodes
// on the longest shortest path, and at most twice it (d₁ + d₂ ≤ 2·ecc(u) ≤
// 2·diameter).
func TestVertexDiameterBound(t *testing.T) {
	for seed := range uint64(100) {
		g := randomGraph(seed, int(seed%30), []float64{0.05, 0.1, 0.3}[seed%3])
		d, _ := allPairs(g)
		vd := 0
		if g.Len() > 0 {
			vd = 1
		}
		for s := range d {
			for _, x := range d[s] {
				vd = max(vd, x+1)
			}
		}
		if got := vertexDiameterBound(g); got < vd || got > 2*vd {
			t.Errorf("seed %d: bound %d, vertex diameter %d", seed, got, vd)
		}
	}
}

// TestEstimateGuarantee counts, over many seeded runs on graphs where exact
// betweenness is known (networkx's values for the reference graphs, Paths
// for the others), the runs in which some node's estimate is off by more
// than the bound: they must be at most δ of the runs. It also checks the
// reported sample size and bound against the formula, and determinism.
func TestEstimateGuarantee(t *testing.T) {
	type tc struct {
		name       string
		g          *Graph
		exact      []float64
		eps, delta float64
		runs       int
	}
	var cases []tc
	for _, name := range []string{"karate", "lesmis", "random", "disconnected"} {
		g, want := loadRef(t, name)
		cases = append(cases, tc{name, g, refFloats(want.Betweenness), 0.04, 0.1, 50})
	}
	tg := twinGraph(7, 40, 0.08)
	cases = append(cases, tc{"twins", tg, Paths(tg, PathOptions{}).Betweenness, 0.03, 0.2, 40})
	bg := benchGraph(1000)
	cases = append(cases, tc{"bench1000", bg, Paths(bg, PathOptions{}).Betweenness, 0.01, 0.1, 5})
	for _, c := range cases {
		violations := 0
		worst := 0.0
		for run := range c.runs {
			est := EstimateBetweenness(c.g, c.eps, c.delta, PathOptions{Seed: uint64(run)})
			if est.Error > c.eps || est.Error <= 0 || est.Samples <= 0 || est.Confidence != 1-c.delta {
				t.Fatalf("%s: samples %d, bound %v, confidence %v", c.name, est.Samples, est.Error, est.Confidence)
			}
			off := 0.0
			for i, x := range est.Betweenness {
				off = math.Max(off, math.Abs(x-c.exact[i]))
			}
			worst = math.Max(worst, off)
			if off > est.Error {
				violations++
			}
		}
		t.Logf("%s: %d runs, %d violations of ε = %v, largest error %.5f", c.name, c.runs, violations, c.eps, worst)
		if float64(violations) > c.delta*float64(c.runs) {
			t.Errorf("%s: %d of %d runs off by more than ε = %v, allowed δ = %v", c.name, violations, c.runs, c.eps, c.delta)
		}
	}
}

// TestEstimateFormula checks the sample size by hand for the path 0-1-2-3-4.
// VD bound: BFS from node 0 reaches distances 4 and 3 (4+3+1 = 8), from
// node 1, the first of highest degree, 3 and 2 (3+2+1 = 6); the smaller is
// 6, and ⌊log₂ 4⌋ + 1 = 3. ε = 0.1, δ = 0.1, ε' = 0.1·3/5 = 0.06, r =
// ⌈0.5/0.0036 · (3 + ln 10)⌉ = ⌈138.89 · 5.3026⌉ = ⌈736.47⌉ = 737. The
// estimate is unbiased: averaged over 200 seeds it comes within 0.01 of the
// exact values 0, 1/2, 2/3, 1/2, 0.
func TestEstimateFormula(t *testing.T) {
	g := mustGraph(5, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}}, nil)
	est := EstimateBetweenness(g, 0.1, 0.1, PathOptions{Seed: 1})
	if est.VertexDiameter != 6 || est.Samples != 737 {
		t.Errorf("VD %d, samples %d; want 6 and 737", est.VertexDiameter, est.Samples)
	}
	for _, w := range []int{1, 3, 7} {
		again := EstimateBetweenness(g, 0.1, 0.1, PathOptions{Seed: 1, Workers: w})
		for i := range again.Betweenness {
			if again.Betweenness[i] != est.Betweenness[i] {
				t.Fatalf("Workers=%d differs", w)
			}
		}
	}
	mean := make([]float64, 5)
	for seed := range uint64(200) {
		for i, x := range EstimateBetweenness(g, 0.1, 0.1, PathOptions{Seed: seed}).Betweenness {
			mean[i] += x / 200
		}
	}
	checkFloats(t, "mean estimate", mean, []float64{0, 0.5, 2.0 / 3, 0.5, 0}, 0.01)
	// no inner nodes possible: exact zeros, no samples
	for _, h := range []*Graph{mustGraph(0, nil, nil), mustGraph(2, [][2]int{{0, 1}}, nil), mustGraph(4, [][2]int{{0, 1}, {2, 3}}, nil)} {
		e := EstimateBetweenness(h, 0.1, 0.1, PathOptions{})
		if e.Samples != 0 || e.Error != 0 || len(e.Betweenness) != h.Len() {
			t.Errorf("n=%d: %+v", h.Len(), e)
		}
	}
	// a bad ε or δ gives the exact values
	e := EstimateBetweenness(g, 0, 0.1, PathOptions{})
	checkFloats(t, "exact fallback", e.Betweenness, []float64{0, 0.5, 2.0 / 3, 0.5, 0}, 1e-15)
}
