package metrics

import (
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
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

// binomialLimit returns the smallest k with P(X > k) ≤ alpha for X ~
// Binomial(runs, p).
func binomialLimit(runs int, p, alpha float64) int {
	tail := 1.0
	for k := 0; k <= runs; k++ {
		lg1, _ := math.Lgamma(float64(runs + 1))
		lg2, _ := math.Lgamma(float64(k + 1))
		lg3, _ := math.Lgamma(float64(runs - k + 1))
		tail -= math.Exp(lg1 - lg2 - lg3 + float64(k)*math.Log(p) + float64(runs-k)*math.Log1p(-p))
		if tail <= alpha {
			return k
		}
	}
	return runs
}

// TestBinomialLimit checks binomialLimit by hand: for 10 runs at p = 0.5,
// P(X > 8) = (10 + 1)/1024 = 0.0107 and P(X > 9) = 1/1024 = 0.00098.
func TestBinomialLimit(t *testing.T) {
	if k := binomialLimit(10, 0.5, 0.01); k != 9 {
		t.Errorf("limit %d, want 9", k)
	}
	if k := binomialLimit(10, 0.5, 0.02); k != 8 {
		t.Errorf("limit %d, want 8", k)
	}
}

// estimateCase is a graph with its exact betweenness and the ε, δ and
// number of seeded runs it is estimated with.
type estimateCase struct {
	name       string
	g          *Graph
	exact      []float64
	eps, delta float64
	runs       int
	adaptive   bool // whether the adaptive rule is expected
}

// estimateCases are the graphs of TestEstimateGuarantee: networkx 2.8's
// betweenness for the reference graphs (testdata/ref, made by
// centrality.py), plain Brandes (Paths with Plain) for the others. In
// karate, lesmis and random some node has a large betweenness, and the pilot
// chooses the fixed sample of Riondato & Kornaropoulos; on the other
// graphs, whose betweenness values are smaller, the adaptive rule is
// chosen and stops sampling before its cap.
func estimateCases(t *testing.T) []estimateCase {
	var cases []estimateCase
	for _, name := range []string{"karate", "lesmis", "random", "disconnected"} {
		g, want := loadRef(t, name)
		cases = append(cases, estimateCase{name, g, refFloats(want.Betweenness), 0.05, 0.1, 100, name == "disconnected"})
	}
	plain := func(name string, g *Graph, eps, delta float64, runs int) estimateCase {
		return estimateCase{name, g, Paths(g, PathOptions{Plain: true}).Betweenness, eps, delta, runs, true}
	}
	return append(cases,
		plain("twins", twinGraph(7, 40, 0.08), 0.03, 0.2, 100),
		plain("random300", randomGraph(3, 300, 0.02), 0.03, 0.5, 100),
		plain("bench1000", benchGraph(1000), 0.02, 0.1, 20))
}

// maxError is the largest absolute difference between est and exact.
func maxError(est, exact []float64) float64 {
	off := 0.0
	for i, x := range est {
		off = math.Max(off, math.Abs(x-exact[i]))
	}
	return off
}

// TestEstimateGuarantee counts, over 620 seeded runs on 7 graphs where
// exact betweenness is known, the runs in which some node's estimate is
// off by more than ε: each run fails with probability at most δ if the
// bound is right, so the count of a case is at most Binomial(runs, δ), and
// is allowed up to the count such a variable exceeds with probability
// 10⁻⁴ (about δ·runs + 3.7 standard deviations): a right bound fails the
// test with probability below 10⁻⁴ per case, while a rate of violations
// well above δ does not pass. The runs are seeded, so the outcome is fixed.
//
// The bounds of Riondato & Kornaropoulos and of KADABRA are conservative
// (the largest errors seen are from a third of ε on the 1,000-node graph
// to nine tenths on karate), so few violations are expected. To show that
// the count can see a wrong bound, a control draws 1/16 of each run's
// pairs (the sample size a bound 4 times too optimistic would give) and
// counts its violations of ε: over all cases they must exceed the sum of
// the limits.
//
// Each run must also report a bound at most ε and not below the error
// actually made, no more pairs than the cap of Riondato & Kornaropoulos
// for δ/2, exactly the fixed sample when not adaptive, and choose the rule
// the case expects; adaptive runs must stop before the cap.
func TestEstimateGuarantee(t *testing.T) {
	total, totalRuns, totalControl, totalLimit := 0, 0, 0, 0
	for _, c := range estimateCases(t) {
		violations, control, adaptive, early := 0, 0, 0, 0
		worst := 0.0
		for run := range c.runs {
			seed := uint64(1000 + run)
			est := EstimateBetweenness(c.g, c.eps, c.delta, PathOptions{Seed: seed})
			if est.Error > c.eps || est.Error <= 0 || est.Samples <= 0 || est.Samples > est.MaxSamples ||
				est.PilotSamples <= 0 || est.Confidence != 1-c.delta || est.MaxSamples < est.FixedSamples {
				t.Fatalf("%s seed %d: %+v", c.name, seed, est)
			}
			if est.Adaptive {
				adaptive++
				if est.Samples < est.MaxSamples {
					early++
				}
			} else if est.Samples != est.FixedSamples {
				t.Fatalf("%s seed %d: not adaptive, %d pairs, fixed sample %d", c.name, seed, est.Samples, est.FixedSamples)
			}
			off := maxError(est.Betweenness, c.exact)
			worst = math.Max(worst, off/c.eps)
			if off > c.eps || off > est.Error {
				violations++
			}
			// the control: 1/16 of the pairs, scaled as the estimate is
			n := c.g.Len()
			m := max(est.Samples/16, 1)
			counts := make([]int64, n)
			newPairSampler(c.g, seed, 2).draw(0, 0, m, counts)
			few := make([]float64, n)
			for i, k := range counts {
				few[i] = float64(k) / float64(m) * float64(n) / float64(n-2)
			}
			if maxError(few, c.exact) > c.eps {
				control++
			}
		}
		limit := binomialLimit(c.runs, c.delta, 1e-4)
		t.Logf("%s (n = %d): %d runs with ε = %v, δ = %v: %d violations (limit %d), %d adaptive, %d of them stopped before the cap, largest error %.2f ε; control with 1/16 of the pairs: %d violations",
			c.name, c.g.Len(), c.runs, c.eps, c.delta, violations, limit, adaptive, early, worst, control)
		if violations > limit {
			t.Errorf("%s: %d of %d runs off by more than ε = %v (or their bound), allowed %d for δ = %v", c.name, violations, c.runs, c.eps, limit, c.delta)
		}
		if c.adaptive && early < c.runs {
			t.Errorf("%s: %d of %d runs stopped early by the adaptive rule", c.name, early, c.runs)
		}
		if !c.adaptive && adaptive > 0 {
			t.Errorf("%s: %d of %d runs adaptive, where the fixed sample needs fewer pairs", c.name, adaptive, c.runs)
		}
		total += violations
		totalRuns += c.runs
		totalControl += control
		totalLimit += limit
	}
	t.Logf("all cases: %d violations in %d runs; control: %d violations, sum of the limits %d", total, totalRuns, totalControl, totalLimit)
	if totalControl <= totalLimit {
		t.Errorf("the control with 1/16 of the pairs violated ε in %d runs only (limit %d): the count cannot see a wrong bound", totalControl, totalLimit)
	}
}

// TestEstimateDeterministic: the estimate depends on the seed only, not on
// GOMAXPROCS nor on the number of workers, with and without adaptive
// stopping.
func TestEstimateDeterministic(t *testing.T) {
	g := randomGraph(3, 300, 0.02)
	opts := PathOptions{Seed: 5}
	want := EstimateBetweenness(g, 0.03, 0.2, opts)
	if want.Samples >= want.MaxSamples {
		t.Fatalf("no early stop: %d of %d pairs", want.Samples, want.MaxSamples)
	}
	for _, procs := range []int{1, 2, 4} {
		old := runtime.GOMAXPROCS(procs)
		for _, w := range []int{0, 1, 3, 7} {
			got := EstimateBetweenness(g, 0.03, 0.2, PathOptions{Seed: 5, Workers: w})
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("GOMAXPROCS %d, Workers %d: (-want +got)\n%s", procs, w, diff)
			}
		}
		runtime.GOMAXPROCS(old)
	}
	if other := EstimateBetweenness(g, 0.03, 0.2, PathOptions{Seed: 6}); cmp.Equal(other.Betweenness, want.Betweenness) {
		t.Error("seeds 5 and 6 give the same estimate")
	}
}

// TestEstimateFormula checks the sample sizes by hand for the path
// 0-1-2-3-4. VD bound: BFS from node 0 reaches distances 4 and 3 (4+3+1 =
// 8), from node 1, the first of highest degree, 3 and 2 (3+2+1 = 6); the
// smaller is 6, and ⌊log₂ 4⌋ + 1 = 3. ε = 0.1, δ = 0.1, ε' = 0.1·3/5 =
// 0.06, so the fixed size is ⌈0.5/0.0036 · (3 + ln 10)⌉ = ⌈138.89 ·
// 5.3026⌉ = ⌈736.47⌉ = 737 and the cap, for δ/2, ⌈138.89 · (3 + ln 20)⌉
// = ⌈138.89 · 5.9957⌉ = ⌈832.74⌉ = 833; the pilot has the minimum, 256.
// Node 2 lies on 2/3 of the paths (0.4 in the units of the bound, nodes 1
// and 3 on 0.3): even at T = ω = 833 the upper shares exp(−L_U) alone,
// L_U = 833²·0.0036 / (2(833·0.02 + 833·0.06 + 833 b̂)), come to about
// 0.022 + 0.044 + 0.022 > δ/2 = 0.05, so no stop before ω is predicted and
// the fixed sample of 737 pairs is drawn, with the bound √(0.5 ·
// 5.3026/737) · 5/3 = 0.099964. The estimate is unbiased: averaged over
// 200 seeds it comes within 0.01 of the exact values 0, 1/2, 2/3, 1/2, 0.
func TestEstimateFormula(t *testing.T) {
	g := mustGraph(5, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}}, nil)
	est := EstimateBetweenness(g, 0.1, 0.1, PathOptions{Seed: 1})
	if est.VertexDiameter != 6 || est.FixedSamples != 737 || est.MaxSamples != 833 || est.Samples != 737 || est.PilotSamples != 256 || est.Adaptive {
		t.Errorf("VD %d, fixed %d, cap %d, samples %d, pilot %d, adaptive %v; want 6, 737, 833, 737, 256, false",
			est.VertexDiameter, est.FixedSamples, est.MaxSamples, est.Samples, est.PilotSamples, est.Adaptive)
	}
	if math.Abs(est.Error-0.099964) > 0.000001 {
		t.Errorf("bound %v, want 0.099964", est.Error)
	}
	// the benchmarks' non-adaptive estimate: the same sample, no pilot
	fixed := estimateBetweenness(g, 0.1, 0.1, PathOptions{Seed: 1}, false)
	if fixed.Samples != 737 || fixed.PilotSamples != 0 || fixed.Error != est.Error || !slices.Equal(fixed.Betweenness, est.Betweenness) {
		t.Errorf("non-adaptive: %d pairs, pilot %d, bound %v; want 737, 0, %v and the same estimate", fixed.Samples, fixed.PilotSamples, fixed.Error, est.Error)
	}
	mean := make([]float64, 5)
	for seed := range uint64(200) {
		for i, x := range EstimateBetweenness(g, 0.1, 0.1, PathOptions{Seed: seed}).Betweenness {
			mean[i] += x / 200
		}
	}
	checkFloats(t, "mean estimate", mean, []float64{0, 0.5, 2.0 / 3, 0.5, 0}, 0.01)
}

// TestEstimateEdgeCases: graphs whose shortest paths have no inner node
// (empty, one or two nodes, isolates, a matching) give exact zeros with no
// samples; a disconnected graph with isolates is estimated within its
// bound with isolates and leaves at exactly 0; a bad ε or δ gives the exact
// values.
func TestEstimateEdgeCases(t *testing.T) {
	for _, h := range []*Graph{mustGraph(0, nil, nil), mustGraph(1, nil, nil), mustGraph(2, [][2]int{{0, 1}}, nil),
		mustGraph(3, [][2]int{{0, 1}}, nil), mustGraph(4, [][2]int{{0, 1}, {2, 3}}, nil), mustGraph(5, nil, nil)} {
		e := EstimateBetweenness(h, 0.1, 0.1, PathOptions{})
		if e.Samples != 0 || e.PilotSamples != 0 || e.Error != 0 || len(e.Betweenness) != h.Len() || slices.ContainsFunc(e.Betweenness, func(x float64) bool { return x != 0 }) {
			t.Errorf("n=%d: %+v", h.Len(), e)
		}
	}
	// two paths 0-1-2-3 and 4-5-6, a triangle 7-8-9 and isolates 10, 11:
	// exact values over (n−1)(n−2) = 110 ordered pairs: node 1 and 2 are
	// inside 2·2 = 4 ordered pairs' paths, node 5 inside 2, others none
	g := mustGraph(12, [][2]int{{0, 1}, {1, 2}, {2, 3}, {4, 5}, {5, 6}, {7, 8}, {8, 9}, {7, 9}}, nil)
	exact := []float64{0, 4.0 / 110, 4.0 / 110, 0, 0, 2.0 / 110, 0, 0, 0, 0, 0, 0}
	checkFloats(t, "plain Brandes", Paths(g, PathOptions{Plain: true}).Betweenness, exact, 1e-12)
	for seed := range uint64(20) {
		e := EstimateBetweenness(g, 0.02, 0.1, PathOptions{Seed: seed})
		if off := maxError(e.Betweenness, exact); off > e.Error || e.Error > 0.02 || e.Samples > e.MaxSamples {
			t.Errorf("seed %d: off by %v, bound %v, %d of %d pairs", seed, off, e.Error, e.Samples, e.MaxSamples)
		}
		for _, v := range []int{0, 3, 4, 6, 10, 11} {
			if e.Betweenness[v] != 0 {
				t.Errorf("seed %d: node %d of degree < 2 estimated %v", seed, v, e.Betweenness[v])
			}
		}
	}
	// a bad ε or δ gives the exact values, and so does an ε too small to
	// sample for: 0.5/(0.6·10⁻⁹)² · (3 + ln 20) pairs is above 2⁴⁰
	p := mustGraph(5, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}}, nil)
	for _, bad := range [][2]float64{{0, 0.1}, {-1, 0.1}, {math.NaN(), 0.1}, {0.1, 0}, {0.1, 1}, {0.1, math.NaN()}, {1e-9, 0.1}, {1e-300, 1e-300}} {
		e := EstimateBetweenness(p, bad[0], bad[1], PathOptions{})
		checkFloats(t, "exact fallback", e.Betweenness, []float64{0, 0.5, 2.0 / 3, 0.5, 0}, 1e-15)
		if e.Error != 0 || e.Confidence != 1 || e.Samples != 0 {
			t.Errorf("ε %v, δ %v: %+v", bad[0], bad[1], e)
		}
	}
}

// TestEstimateProgress: progress counts the pairs drawn, never backwards,
// up to the pairs the estimate is made of, out of the cap of the rule in
// use (MaxSamples for the adaptive rule, FixedSamples for the fixed
// sample), and does not change the result.
func TestEstimateProgress(t *testing.T) {
	for _, c := range estimateCases(t) {
		var calls [][2]int
		opts := PathOptions{Seed: 3, Progress: func(done, total int) { calls = append(calls, [2]int{done, total}) }}
		est := EstimateBetweenness(c.g, c.eps, c.delta, opts)
		if len(calls) == 0 {
			t.Errorf("%s: no progress", c.name)
			continue
		}
		total := est.FixedSamples
		if est.Adaptive {
			total = est.MaxSamples
		}
		for i, k := range calls {
			if k[1] != total || k[0] > k[1] || (i > 0 && k[0] <= calls[i-1][0]) {
				t.Errorf("%s: progress %v after %v, want increasing, out of %d", c.name, k, calls[max(i-1, 0)], total)
			}
		}
		if last := calls[len(calls)-1][0]; last > est.Samples || (!est.Adaptive && last != est.Samples) {
			t.Errorf("%s: last progress %d, estimate of %d pairs (adaptive %v)", c.name, last, est.Samples, est.Adaptive)
		}
		plain := EstimateBetweenness(c.g, c.eps, c.delta, PathOptions{Seed: 3})
		if !slices.Equal(plain.Betweenness, est.Betweenness) {
			t.Errorf("%s: progress changed the estimate", c.name)
		}
	}
}

// TestEstimateHugeEps: an eps so large that its square overflows still
// draws pairs and gives finite estimates (it gave NaN from 0 pairs), and
// an exact result (a graph with no inner node) claims confidence 1.
func TestEstimateHugeEps(t *testing.T) {
	g := benchGraph(200)
	for _, eps := range []float64{1e200, math.Inf(1)} {
		est := EstimateBetweenness(g, eps, 0.1, PathOptions{Seed: 1})
		if est.Samples < 1 {
			t.Errorf("eps %g: %d pairs", eps, est.Samples)
		}
		for v, b := range est.Betweenness {
			if math.IsNaN(b) || b < 0 || b > 1 {
				t.Fatalf("eps %g: node %d estimate %v", eps, v, b)
			}
		}
	}
	pair := EstimateBetweenness(randomGraph(1, 2, 1), 0.1, 0.1, PathOptions{})
	if pair.Confidence != 1 || pair.Error != 0 {
		t.Errorf("two nodes: confidence %v error %v, want an exact 1 and 0", pair.Confidence, pair.Error)
	}
}
