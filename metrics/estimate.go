package metrics

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// BetweennessEstimate is the result of EstimateBetweenness.
type BetweennessEstimate struct {
	// Betweenness estimates the normalised betweenness of every node (as
	// Betweenness), indexed by node index.
	Betweenness []float64
	// Samples is the number of node pairs the estimate is made of.
	Samples int
	// PilotSamples is the number of pairs drawn first, apart from the
	// estimate, to share the failure probability δ among the nodes.
	PilotSamples int
	// MaxSamples is the most pairs the estimate can take: the sample size
	// of Riondato & Kornaropoulos for eps and δ/2, where sampling stops
	// whatever the adaptive rule says. Samples ≤ MaxSamples.
	MaxSamples int
	// FixedSamples is the sample size of the non-adaptive algorithm of
	// Riondato & Kornaropoulos for eps and δ. It is drawn (Samples =
	// FixedSamples) when Adaptive is false.
	FixedSamples int
	// Adaptive tells whether the adaptive rule set the sample size; when
	// the pilot predicts it would not stop well before FixedSamples, the
	// fixed sample is drawn instead, with its bound.
	Adaptive bool
	// Error is the bound achieved: with probability at least Confidence,
	// every value of Betweenness is within Error of the exact one. It is at
	// most the error asked for, and 0 when the result is exact (graphs
	// where no shortest path has an inner node).
	Error float64
	// Confidence is 1 − δ, or 1 when the result is exact (Error 0).
	Confidence float64
	// VertexDiameter is the upper bound on the number of nodes of a
	// shortest path the sample sizes were derived from.
	VertexDiameter int
}

// rkConstant is the universal constant c of the VC-dimension sample bound
// as Riondato & Kornaropoulos (2016) use it (c ≈ 0.5, after Löffler &
// Phillips 2009).
const rkConstant = 0.5

// Sampling constants. Pairs are drawn in blocks of estimateBlock, block b
// of a stream from a PCG generator seeded by (seed, stream|b), so the
// pairs drawn depend only on the seed, whatever the number of workers. The
// pilot sample has its own stream, independent of the estimate's. It has
// 1/pilotDivisor of the largest sample (as in KADABRA), at least
// minPilot pairs. floorShare of the main failure budget is spread evenly
// over the nodes, whatever the pilot says. The adaptive rule is used when
// stopMargin times the stop the pilot predicts is below the fixed sample.
const (
	estimateBlock = 64
	pilotStream   = 1 << 63
	pilotDivisor  = 100
	minPilot      = 256
	floorShare    = 0.01
	stopMargin    = 1.25
	// maxEstimateSamples bounds the sample sizes, far beyond what could be
	// drawn (and than the exact computation costs), so that they fit an int.
	maxEstimateSamples = 1 << 40
)

// EstimateBetweenness estimates the normalised betweenness centrality of
// every node with a guaranteed error: with probability at least 1 − delta,
// every estimate is within eps of the exact value of Betweenness. It is
// KADABRA (Borassi & Natale 2016, "KADABRA is an ADaptive Algorithm for
// Betweenness via Random Approximation", ESA): draw pairs (s, t) of
// distinct nodes uniformly, pick one shortest s-t path uniformly at random,
// credit each of its inner nodes, and stop as soon as a bound that holds
// at any stopping time certifies every node within eps, or at the sample
// size of Riondato & Kornaropoulos (2016, "Fast approximation of
// betweenness centrality through sampling", Data Min. Knowl. Disc. 30) at
// the latest:
//
//	ω = ⌈(c/ε'²) (⌊log₂(VD − 2)⌋ + 1 + ln(2/δ))⌉,  c = 0.5,
//
// where VD bounds the number of nodes on any shortest path, and ε' = eps
// (n−2)/n (their estimates are of Σ_{s≠t} σ_st(v)/σ_st / (n(n−1)), while
// Betweenness normalises by (n−1)(n−2)). At ω samples every estimate is
// within ε' with probability 1 − δ/2 by the VC dimension of the shortest
// paths. VD is bounded by one breadth-first search per connected
// component: if u's two farthest nodes are at distances d₁ ≥ d₂, no
// shortest path in that component has more than d₁ + d₂ + 1 nodes.
//
// The adaptive rule spends the other δ/2. A pilot sample of ω/100 pairs
// (at least 256), not reused, estimates each node's betweenness, from
// which δ/2 is shared among the nodes as failure probabilities δ_L(v) and
// δ_U(v). Then, after τ pairs in which v was counted b̃τ times, Freedman's
// martingale inequality, whose variance term is bounded over the at most ω
// pairs, certifies (in the units of Riondato & Kornaropoulos) b − b̃ < g and
// b̃ − b < f at whatever τ sampling stops, where with L = ln(1/δ_U(v)),
// resp. ln(1/δ_L(v)):
//
//	g = (L/τ) (1/3 + ω/τ + √((1/3 + ω/τ)² + 2ωb̃/L)),
//	f = min(b̃, (L/τ) (1/3 − ω/τ + √((ω/τ − 1/3)² + 2ωb̃/L))).
//
// Sampling stops when f and g are at most ε' for every node, checked at
// most about 128 times. Error is the largest of them (or the bound of
// Riondato & Kornaropoulos, if smaller, when sampling reached ω). A node
// of degree < 2 is inside no shortest path: its estimate is exactly 0.
// The rule needs fewer pairs than ω when every betweenness is small, as in
// large sparse networks; when some node lies on a large share of the
// shortest paths (small graphs, stars) it would run to ω. So when the
// pilot predicts no stop well before the fixed sample of Riondato &
// Kornaropoulos for all of δ (FixedSamples, with ln(1/δ) for ln(2/δ) in
// ω), that sample is drawn instead, with its bound: the choice depends on
// the pilot's pairs only, so either way the guarantee holds.
// BenchmarkEstimateBetweenness reports the pairs drawn on generated
// partner networks; the README's Performance section has the figures.
//
// Each pair's path comes from a balanced bidirectional breadth-first search
// (as in KADABRA), which grows whichever side has fewer edges to scan, so a
// sample costs far less than a full search. Hop counts are used; weights
// are ignored, as in Betweenness.
//
// The result depends only on g, eps, delta and opts.Seed, not on
// opts.Workers. opts.Samples and opts.Plain are ignored. opts.Progress,
// when not nil, is called as the pairs are drawn, with the pairs drawn and
// the most that will be (the adaptive rule may stop before). eps must be
// positive and delta in (0, 1), else the result is exact (Betweenness)
// with Error 0; so is it when the sample would exceed 2⁴⁰ pairs. A graph
// whose shortest paths have no inner node (VD < 3) gives exact zeros with
// no samples.
func EstimateBetweenness(g *Graph, eps, delta float64, opts PathOptions) BetweennessEstimate {
	return estimateBetweenness(g, eps, delta, opts, true)
}

// rkSamples is the sample size of Riondato & Kornaropoulos for error lam
// (in their units), ⌊log₂(VD−2)⌋ + 1 = vc and failure probability delta.
func rkSamples(lam, vc, delta float64) int {
	// at least 1: an eps so large that lam² overflows would give 0 pairs
	return max(1, int(math.Ceil(rkConstant/(lam*lam)*(vc+math.Log(1/delta)))))
}

// estimateBetweenness is EstimateBetweenness; with adaptive false it is
// the non-adaptive algorithm of Riondato & Kornaropoulos (FixedSamples
// pairs, all of δ on their bound), for comparison in benchmarks.
func estimateBetweenness(g *Graph, eps, delta float64, opts PathOptions, adaptive bool) BetweennessEstimate {
	n := g.Len()
	est := BetweennessEstimate{Betweenness: make([]float64, n), Confidence: 1 - delta}
	if !(eps > 0) || !(delta > 0 && delta < 1) {
		est.Betweenness = Paths(g, PathOptions{Workers: opts.Workers}).Betweenness
		est.Confidence = 1
		return est
	}
	vd := vertexDiameterBound(g)
	est.VertexDiameter = vd
	if n < 3 || vd < 3 {
		est.Confidence = 1 // exact zeros
		return est
	}
	scale := float64(n) / float64(n-2) // from their normalisation to ours
	lam := eps / scale
	vc := float64(bits.Len(uint(vd - 2))) // ⌊log₂(VD−2)⌋ + 1
	if rkConstant/(lam*lam)*(vc+math.Log(2/delta)) > maxEstimateSamples {
		// ε below about 10⁻⁶: sampling would never end; compute exactly
		est.Betweenness = Paths(g, PathOptions{Workers: opts.Workers}).Betweenness
		est.Confidence = 1
		return est
	}
	est.FixedSamples = rkSamples(lam, vc, delta)
	omega := rkSamples(lam, vc, delta/2)
	est.MaxSamples = omega
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	s := newPairSampler(g, opts.Seed, workers)
	counts := make([]int64, n)
	var c *certifier
	predicted := 0.0
	if adaptive {
		est.PilotSamples = min(omega, roundUp(max(omega/pilotDivisor, minPilot), estimateBlock))
		s.draw(pilotStream, 0, est.PilotSamples, counts)
		c, predicted = newCertifier(g, counts, est.PilotSamples, lam, float64(omega), delta/2)
		clear(counts)
		// The pilot also chooses between the adaptive rule and the fixed
		// sample with all of δ: the choice depends on the pilot's pairs
		// only, independent of those drawn next, so whichever is chosen
		// holds its guarantee. stopMargin leaves room for sampling to
		// stop later than the pilot predicts.
		adaptive = predicted*stopMargin < float64(est.FixedSamples)
		est.Adaptive = adaptive
	} else {
		est.MaxSamples = est.FixedSamples
	}
	if !adaptive {
		// in 16 parts, for the progress reports; the pairs are the same
		part := roundUp(max(est.FixedSamples/16, 1), estimateBlock)
		for from := 0; from < est.FixedSamples; from += part {
			to := min(from+part, est.FixedSamples)
			s.draw(0, from, to, counts)
			if opts.Progress != nil {
				opts.Progress(to, est.FixedSamples)
			}
		}
		est.Samples = est.FixedSamples
		est.Error = math.Min(eps, math.Sqrt(rkConstant*(vc+math.Log(1/delta))/float64(est.Samples))*scale)
	} else {
		// Check every 1/16 of the predicted stop, and at most about 128
		// times in all; the checks are at multiples of estimateBlock, so
		// the pairs drawn do not depend on the workers.
		step := roundUp(max(int(predicted/16), omega/128, 1), estimateBlock)
		tau := 0
		for tau < omega {
			tau = min(omega, tau+step)
			s.draw(0, est.Samples, tau, counts)
			est.Samples = tau
			if opts.Progress != nil {
				opts.Progress(tau, omega)
			}
			if c.done(counts, tau) {
				break
			}
		}
		bound := c.bound(counts, tau)
		if tau == omega { // the bound of Riondato & Kornaropoulos holds too
			bound = math.Min(bound, math.Sqrt(rkConstant*(vc+math.Log(2/delta))/float64(omega)))
		}
		est.Error = math.Min(eps, bound*scale)
	}
	// count/samples estimates the betweenness over n(n−1) ordered pairs;
	// rescale to (n−1)(n−2)
	// (no betweenness exceeds 1: capping an estimate there only brings it nearer)
	f := scale / float64(est.Samples)
	for i, c := range counts {
		est.Betweenness[i] = min(float64(c)*f, 1)
	}
	return est
}

// roundUp rounds x up to a multiple of m.
func roundUp(x, m int) int { return (x + m - 1) / m * m }

// pairSampler draws node pairs and credits the inner nodes of a random
// shortest path of each, with a fixed pool of workers' buffers.
type pairSampler struct {
	g       *Graph
	seed    uint64
	workers []*sampleWorker
}

type sampleWorker struct {
	bfs   *biBFS
	local []int64 // counts since the last merge
}

func newPairSampler(g *Graph, seed uint64, workers int) *pairSampler {
	return &pairSampler{g: g, seed: seed, workers: make([]*sampleWorker, max(workers, 1))}
}

// draw adds to counts, for each of the pairs from to to−1 of stream, 1 for
// each inner node of a random shortest path between them. from is a
// multiple of estimateBlock: pair i is the (i mod estimateBlock)-th of
// block i/estimateBlock, so the pairs are the same however they are split
// into calls or shared among workers. Counts are integers: adding them in
// any order is exact.
func (p *pairSampler) draw(stream uint64, from, to int, counts []int64) {
	n := p.g.Len()
	first, last := from/estimateBlock, (to+estimateBlock-1)/estimateBlock
	workers := min(len(p.workers), last-first)
	var (
		mu   sync.Mutex
		next = first
		wg   sync.WaitGroup
	)
	for w := range workers {
		if p.workers[w] == nil {
			p.workers[w] = &sampleWorker{bfs: newBiBFS(n), local: make([]int64, n)}
		}
		sw := p.workers[w]
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				b := next
				next++
				mu.Unlock()
				if b >= last {
					return
				}
				rng := rand.New(rand.NewPCG(p.seed, stream|uint64(b)))
				for range min(to, (b+1)*estimateBlock) - b*estimateBlock {
					src := rng.IntN(n)
					dst := rng.IntN(n - 1)
					if dst >= src {
						dst++
					}
					sw.bfs.samplePath(p.g, int32(src), int32(dst), rng, sw.local)
				}
			}
		}()
	}
	wg.Wait()
	for _, sw := range p.workers[:workers] {
		for i, c := range sw.local {
			if c != 0 {
				counts[i] += c
				sw.local[i] = 0
			}
		}
	}
}

// certifier is KADABRA's stopping rule: for each node v, failure
// probabilities δ_L(v) and δ_U(v), fixed from the pilot sample before any
// of the estimate's pairs is drawn, with Σ_v δ_L(v) + δ_U(v) ≤ δ/2.
//
// Why the rule is sound. Let X_i be 1 when v is an inner node of the i-th
// path drawn, else 0, b = E[X_i] the betweenness of v in the units of
// Riondato & Kornaropoulos, τ the number of pairs when sampling stops (a
// stopping time: whether to stop after pair k depends only on the first k
// pairs), τ ≤ ω, and b̃ = Σ_{i≤τ} X_i/τ. The sums S_k = Σ_{i≤k} (X_i − b)
// form a martingale whose steps, either way, are at most 1 and whose
// conditional variance is b(1−b) ≤ b per step, at most ωb over ω steps.
// Freedman's inequality (1975; Bennett's form implies this Bernstein form)
// bounds the chance that the walk ever strays that far before step ω: with
// L = ln(1/δ_U(v)) and a(b) = L/3 + √(L²/9 + 2Lωb),
//
//	P(∃k ≤ ω: −S_k ≥ a(b)) ≤ exp(−a(b)² / (2(ωb + a(b)/3))) = δ_U(v),
//
// and the same for S_k with L = ln(1/δ_L(v)). Outside that event the
// shortfall y = b − b̃ satisfies τy < a(b̃ + y); the y that do are exactly
// those below the positive root of τ²y² − 2(τ/3 + ω)Ly − 2Lωb̃ = 0 (y ≤
// L/(3τ) always does, and lies between the roots), so
//
//	b − b̃ < g = (L/τ) (1/3 + ω/τ + √((1/3 + ω/τ)² + 2ωb̃/L)),
//
// and, as b ≤ 1, b − b̃ ≤ 1 − b̃ too (nodeBound takes the smaller).
//
// Likewise the excess x = b̃ − b ≤ b̃ satisfies τx < a(b̃ − x), whose
// left side grows and right side shrinks with x: when τb̃ ≥ 2L/3 the limit
// is the non-negative root of τ²x² + 2(ω − τ/3)Lx − 2Lωb̃ = 0, and
// otherwise only x ≤ b̃ is certain, so
//
//	b̃ − b < f = min(b̃, (L/τ) (1/3 − ω/τ + √((ω/τ − 1/3)² + 2ωb̃/L))).
//
// These are the f and g of Borassi & Natale (2016). By the union bound over
// the nodes and both sides, with probability at least 1 − δ/2 every node is
// within max(f, g) at whatever τ sampling stops; at τ = ω the bound of
// Riondato & Kornaropoulos holds as well with probability 1 − δ/2. So
// stopping as soon as max(f, g) ≤ ε' for every node, or at ω, leaves every
// estimate within ε' with probability at least 1 − δ, and the bound
// reported, max over v of max(f, g) (or the smaller R&K bound at ω), holds
// with that probability too. A node of degree < 2 is inside no shortest
// path: its X_i are all 0, its estimate is exact and it takes no share.
//
// How δ/2 is shared only affects how soon sampling stops. From the pilot's
// estimate b̂ of each node, the share that would just meet g = ε' (or
// f = ε') at a target τ = T is exp(−L) for
//
//	L_U(T) = T²ε'² / (2(Tε'/3 + ωε' + ωb̂)),  L_L(T) = T²ε'² / (2(ωb̂ − ωε' + Tε'/3))
//
// (from the quadratics above at y = ε' and x = ε'; f needs no share when the
// second denominator is not positive). The smallest T of a geometric grid
// whose shares fit in (1 − floorShare) δ/2 is kept, the shares are scaled
// to fill that budget, and each δ gets floorShare δ/2 spread evenly on top.
type certifier struct {
	logL, logU []float64 // ln(1/δ_L(v)), ln(1/δ_U(v)); 0 for nodes without a share
	omega, lam float64
	last       int // the node that failed the last check
}

// newCertifier shares budget = δ/2 among the nodes of g from the counts of
// a pilot sample of pilot pairs, for error lam and at most omega pairs. It
// also returns the number of pairs after which every node is expected to
// be certified.
func newCertifier(g *Graph, pilotCounts []int64, pilot int, lam, omega, budget float64) (*certifier, float64) {
	n := g.Len()
	c := &certifier{logL: make([]float64, n), logU: make([]float64, n), omega: omega, lam: lam}
	budget *= 1 - 1e-9 // room for rounding in the sums below
	nodes := 0
	mult := map[int64]int{} // nodes of degree ≥ 2 by pilot count
	for v, k := range pilotCounts {
		if g.Degree(v) >= 2 {
			mult[k]++
			nodes++
		}
	}
	if nodes == 0 {
		return c, 0
	}
	keys := make([]int64, 0, len(mult))
	for k := range mult {
		keys = append(keys, k)
	}
	slices.Sort(keys) // a fixed order of summation
	p := float64(pilot)
	shares := func(T float64, k int64) (u, l float64) {
		b := float64(k) / p
		u = math.Exp(-T * T * lam * lam / (2 * (T*lam/3 + omega*lam + omega*b)))
		if d := 2 * (omega*b - omega*lam + T*lam/3); d > 0 {
			l = math.Exp(-T * T * lam * lam / d)
		}
		return u, l
	}
	total := func(T float64) float64 {
		s := 0.0
		for _, k := range keys {
			u, l := shares(T, k)
			s += float64(mult[k]) * (u + l)
		}
		return s
	}
	target := (1 - floorShare) * budget
	best := omega
	for T := omega; T >= 1; T *= 0.97 { // the total need not fall with T
		if total(T) <= target {
			best = T
		}
	}
	scale, floor := 0.0, budget/float64(2*nodes)
	if s := total(best); s > 0 {
		scale, floor = target/s, floorShare*budget/float64(2*nodes)
	}
	for v, k := range pilotCounts {
		if g.Degree(v) >= 2 {
			u, l := shares(best, k)
			c.logU[v] = -math.Log(scale*u + floor)
			c.logL[v] = -math.Log(scale*l + floor)
		}
	}
	return c, best
}

// nodeBound is max(f, g) for a node counted count times in tau pairs.
func (c *certifier) nodeBound(v int, count int64, tau int) float64 {
	if c.logU[v] == 0 {
		return 0
	}
	t := float64(tau)
	bt := float64(count) / t
	r := c.omega / t
	l := c.logU[v]
	a := r + 1.0/3
	g := math.Min(1-bt, l/t*(a+math.Sqrt(a*a+2*bt*c.omega/l)))
	l = c.logL[v]
	a = r - 1.0/3 // > 0 as τ ≤ ω; −a + √(a²+k) computed as k/(a + √(a²+k))
	k := 2 * bt * c.omega / l
	f := math.Min(bt, l/t*k/(a+math.Sqrt(a*a+k)))
	return math.Max(f, g)
}

// done reports whether every node is certified within lam after tau pairs,
// trying the node that failed last time first.
func (c *certifier) done(counts []int64, tau int) bool {
	if c.nodeBound(c.last, counts[c.last], tau) > c.lam {
		return false
	}
	for v, k := range counts {
		if c.nodeBound(v, k, tau) > c.lam {
			c.last = v
			return false
		}
	}
	return true
}

// bound is the largest certified error over the nodes after tau pairs.
func (c *certifier) bound(counts []int64, tau int) float64 {
	b := 0.0
	for v, k := range counts {
		b = math.Max(b, c.nodeBound(v, k, tau))
	}
	return b
}

// vertexDiameterBound returns an upper bound on the number of nodes of any
// shortest path of g: per connected component, d₁ + d₂ + 1 for the two
// largest distances d₁ ≥ d₂ from a node u (a shortest x-y path has at most
// d(x,u) + d(u,y) edges), the smaller of the bounds from the component's
// lowest node and from its node of highest degree (which in a small-world
// graph is central, and gives the tighter bound), the largest over the
// components; 1 for a graph without edges, 0 for the empty graph.
func vertexDiameterBound(g *Graph) int {
	n := g.Len()
	comp := make([]int32, n) // component number + 1, 0 = unseen
	dist := make([]int32, n)
	queue := make([]int32, 0, n)
	// bfs returns d₁ + d₂ + 1 from s over its component, marking it.
	bfs := func(s int32, mark int32) int {
		for _, v := range queue {
			dist[v] = -1
		}
		if mark > 0 {
			comp[s] = mark
		}
		dist[s] = 0
		queue = append(queue[:0], s)
		var d1, d2 int32
		for h := 0; h < len(queue); h++ {
			v := queue[h]
			for _, u := range g.Neighbours(int(v)) {
				if mark > 0 && comp[u] == 0 {
					comp[u] = mark
					dist[u] = -1
				}
				if dist[u] < 0 {
					dist[u] = dist[v] + 1
					queue = append(queue, u)
					if dist[u] >= d1 {
						d1, d2 = dist[u], d1
					} else if dist[u] > d2 {
						d2 = dist[u]
					}
				}
			}
		}
		return int(d1 + d2 + 1)
	}
	for i := range dist {
		dist[i] = -1
	}
	best, mark := 0, int32(0)
	for s := range int32(n) {
		if comp[s] != 0 {
			continue
		}
		mark++
		bound := bfs(s, mark)
		hub := s
		for _, v := range queue {
			if g.Degree(int(v)) > g.Degree(int(hub)) {
				hub = v
			}
		}
		if hub != s {
			bound = min(bound, bfs(hub, 0))
		}
		best = max(best, bound)
	}
	return best
}

// biBFS holds one worker's buffers for bidirectional searches. dist and
// sigma are indexed by node; side tells which search reached a node (0
// none, 1 from the source, 2 from the target).
type biBFS struct {
	side    []uint8
	dist    []int32
	sigma   []float64
	visited []int32 // nodes to reset
	front   [2][]int32
	next    []int32
	meet    []int32
}

func newBiBFS(n int) *biBFS {
	return &biBFS{side: make([]uint8, n), dist: make([]int32, n), sigma: make([]float64, n)}
}

// samplePath finds the shortest paths between src and dst (src ≠ dst) by a
// balanced bidirectional breadth-first search, picks one uniformly at random
// and adds 1 to count for each of its inner nodes. Nothing is added when
// dst cannot be reached or is adjacent to src. It returns the distance and
// the number of shortest paths, 0 and 0 when dst cannot be reached.
//
// Each round grows by one level the side whose frontier has fewer edge ends.
// When a node the growing side reaches has been reached by the other side,
// the search stops after finishing the level: the nodes met at this level
// are exactly the nodes of the shortest paths at their distance from the
// growing side's root (a node met with a smaller distance to the other root
// would have been met a level earlier), so σ_st = Σ σ_s(x) σ_t(x) over them.
// A path is drawn by choosing a met node x with probability σ_s(x)σ_t(x)/σ_st
// and then walking back to each root, stepping to a predecessor p of the
// current node c with probability σ(p)/σ(c).
func (b *biBFS) samplePath(g *Graph, src, dst int32, rng *rand.Rand, count []int64) (d int32, paths float64) {
	off, nbr := g.off, g.nbr
	side, dist, sigma := b.side, b.dist, b.sigma
	visit := func(v int32, sd uint8) {
		side[v], dist[v], sigma[v] = sd, 0, 1
		b.visited = append(b.visited, v)
	}
	visit(src, 1)
	visit(dst, 2)
	b.front[0] = append(b.front[0][:0], src)
	b.front[1] = append(b.front[1][:0], dst)
	edges := [2]int32{off[src+1] - off[src], off[dst+1] - off[dst]}
	meet := b.meet[:0]
	for len(meet) == 0 {
		i := 0
		if edges[1] < edges[0] {
			i = 1
		}
		sd, other := uint8(i+1), uint8(2-i)
		front := b.front[i]
		if len(front) == 0 {
			break // the two sides are in different components
		}
		next := b.next[:0]
		var ne int32
		for _, v := range front {
			if len(meet) > 0 {
				// the sides have met: the next level is not needed, only
				// the rest of the meeting edges
				for _, u := range nbr[off[v]:off[v+1]] {
					if side[u] == other {
						meet = append(meet, v)
					}
				}
				continue
			}
			dv, sv := dist[v]+1, sigma[v]
			for _, u := range nbr[off[v]:off[v+1]] {
				switch side[u] {
				case 0:
					side[u], dist[u], sigma[u] = sd, dv, sv
					b.visited = append(b.visited, u)
					next = append(next, u)
					ne += off[u+1] - off[u]
				case sd:
					if dist[u] == dv {
						sigma[u] += sv
					}
				case other:
					meet = append(meet, v) // v is on a shortest path
				}
			}
		}
		b.next, b.front[i] = front, next
		edges[i] = ne
		if len(meet) > 0 {
			// meet holds the growing side's nodes of the last level with a
			// neighbour on the other side, once per such neighbour; each
			// pair (v, u) carries σ(v)σ(u) of the shortest paths.
			paths = b.drawPath(g, meet, other, rng, count)
			d = dist[meet[0]] + dist[b.front[1-i][0]] + 1
		}
	}
	b.meet = meet[:0]
	for _, v := range b.visited {
		side[v], sigma[v] = 0, 0
	}
	b.visited = b.visited[:0]
	return d, paths
}

// drawPath picks an edge (v, u) between the two searches with probability
// σ(v)σ(u)/σ_st, v in meet (on the growing side) and u on side other, and
// walks from both ends back to the roots; it returns σ_st. Every such edge
// joins the two frontiers: a node of the other side nearer to its root was scanned
// earlier, and the meeting would have been seen then.
func (b *biBFS) drawPath(g *Graph, meet []int32, other uint8, rng *rand.Rand, count []int64) float64 {
	side, sigma := b.side, b.sigma
	// meetEdges calls f with each meeting edge and its share of the paths
	// until f returns false; meet lists v once per neighbour on the other
	// side, consecutively, so each distinct v's row is walked once.
	meetEdges := func(f func(v, u int32, paths float64) bool) {
		prev := int32(-1)
		for _, v := range meet {
			if v == prev {
				continue
			}
			prev = v
			for _, u := range g.Neighbours(int(v)) {
				if side[u] == other && !f(v, u, sigma[v]*sigma[u]) {
					return
				}
			}
		}
	}
	var total float64
	meetEdges(func(_, _ int32, p float64) bool { total += p; return true })
	x := rng.Float64() * total
	var pv, pu int32 // the last edge if rounding leaves x ≥ 0
	meetEdges(func(v, u int32, p float64) bool {
		pv, pu = v, u
		x -= p
		return x >= 0
	})
	b.walk(g, pv, rng, count)
	b.walk(g, pu, rng, count)
	return total
}

// walk counts c and the nodes of a random shortest path from c back to its
// side's root, excluding the root: at each step it moves to a neighbour p
// one level nearer on the same side with probability σ(p)/σ(c).
func (b *biBFS) walk(g *Graph, c int32, rng *rand.Rand, count []int64) {
	side, dist, sigma := b.side, b.dist, b.sigma
	sd := side[c]
	for dist[c] > 0 {
		count[c]++
		x := rng.Float64() * sigma[c]
		d := dist[c] - 1
		var last int32 = -1
		for _, p := range g.Neighbours(int(c)) {
			if side[p] == sd && dist[p] == d {
				last = p
				if x -= sigma[p]; x < 0 {
					break
				}
			}
		}
		c = last
	}
}
