package metrics

import (
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"sync"
)

// BetweennessEstimate is the result of EstimateBetweenness.
type BetweennessEstimate struct {
	// Betweenness estimates the normalised betweenness of every node (as
	// Betweenness), indexed by node index.
	Betweenness []float64
	// Samples is the number of node pairs sampled.
	Samples int
	// Error is the bound achieved: with probability at least Confidence,
	// every value of Betweenness is within Error of the exact one. It is at
	// most the error asked for, and 0 when the result is exact (graphs
	// where no shortest path has an inner node).
	Error float64
	// Confidence is 1 − δ.
	Confidence float64
	// VertexDiameter is the upper bound on the number of nodes of a
	// shortest path the sample size was derived from.
	VertexDiameter int
}

// rkConstant is the universal constant c of the VC-dimension sample bound
// as Riondato & Kornaropoulos (2016) use it (c ≈ 0.5, after Löffler &
// Phillips 2009).
const rkConstant = 0.5

// EstimateBetweenness estimates the normalised betweenness centrality of
// every node with a guaranteed error: with probability at least 1 − delta,
// every estimate is within eps of the exact value of Betweenness. It is the
// algorithm of Riondato & Kornaropoulos (2016, "Fast approximation of
// betweenness centrality through sampling", Data Min. Knowl. Disc. 30):
// draw r pairs (s, t) of distinct nodes uniformly, pick one shortest s-t
// path uniformly at random, and credit each of its inner nodes 1/r. With
//
//	r = ⌈(c/ε'²) (⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉,  c = 0.5,
//
// where VD bounds the number of nodes on any shortest path, the estimates
// of Σ_{s≠t} σ_st(v)/σ_st / (n(n−1)) are all within ε' of their values with
// probability 1 − δ, a bound from the VC dimension of the shortest paths.
// Betweenness normalises by (n−1)(n−2) instead, so ε' = eps (n−2)/n. VD
// is bounded by one breadth-first search per connected component: if u's
// two farthest nodes are at distances d₁ ≥ d₂, no shortest path in that
// component has more than d₁ + d₂ + 1 nodes.
//
// Each pair's path comes from a balanced bidirectional breadth-first search
// (as in KADABRA, Borassi & Natale 2016), which grows whichever side has
// fewer edges to scan, so a sample costs far less than a full search. Hop
// counts are used; weights are ignored, as in Betweenness.
//
// Cost (BenchmarkEstimateBetweenness; the README's Performance section has
// the figures): ε = 0.01, δ = 0.1 takes 31,526 pairs on the combined
// partner graph of gen_network.py 10000 (VD bound 17) and 36,515 on that of
// gen_network.py 100000 (VD bound 23), where a pair's search reaches about
// 1,400 of the 100,000 nodes. The sample size grows as 1/ε², so an ε near the largest
// betweenness of a large network (about 0.007 at 10,000 partners) costs
// more than the exact computation: the bound suits small and mid-sized
// networks, or a coarse ε.
//
// The pairs are drawn in 64 fixed blocks, block b from a PCG generator
// seeded by (opts.Seed, b), so the result depends only on g, eps, delta and
// opts.Seed, not on opts.Workers. opts.Samples and opts.Plain are ignored.
// eps must be positive and delta in (0, 1), else the result is exact
// (Betweenness) with Error 0. A graph whose shortest paths have no inner
// node (VD < 3) gives exact zeros with no samples.
func EstimateBetweenness(g *Graph, eps, delta float64, opts PathOptions) BetweennessEstimate {
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
		return est
	}
	// ε' in the units of Riondato & Kornaropoulos
	epsRK := eps * float64(n-2) / float64(n)
	vc := float64(bits.Len(uint(vd - 2))) // ⌊log₂(VD−2)⌋ + 1
	lg := vc + math.Log(1/delta)
	r := int(math.Ceil(rkConstant / (epsRK * epsRK) * lg))
	est.Samples = r
	est.Error = math.Sqrt(rkConstant*lg/float64(r)) * float64(n) / float64(n-2)

	nb := min(r, pathBlocks)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, nb)
	counts := make([]int64, n)
	var (
		mu   sync.Mutex
		next int
		wg   sync.WaitGroup
	)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newBiBFS(n)
			local := make([]int64, n)
			for {
				mu.Lock()
				b := next
				next++
				mu.Unlock()
				if b >= nb {
					break
				}
				rng := rand.New(rand.NewPCG(opts.Seed, uint64(b)))
				for range (b+1)*r/nb - b*r/nb {
					src := rng.IntN(n)
					dst := rng.IntN(n - 1)
					if dst >= src {
						dst++
					}
					s.samplePath(g, int32(src), int32(dst), rng, local)
				}
			}
			// counts are integers: adding them in any order is exact
			mu.Lock()
			for i, c := range local {
				counts[i] += c
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	// count/r estimates the betweenness over n(n−1) ordered pairs; rescale
	// to (n−1)(n−2)
	scale := float64(n) / (float64(r) * float64(n-2))
	for i, c := range counts {
		est.Betweenness[i] = float64(c) * scale
	}
	return est
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
