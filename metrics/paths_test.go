package metrics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestPathsAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			for _, workers := range []int{1, 3} {
				p := Paths(g, PathOptions{Workers: workers})
				checkFloats(t, "Betweenness", p.Betweenness, refFloats(want.Betweenness), 1e-9)
				checkFloats(t, "Closeness", p.Closeness, refFloats(want.Closeness), 1e-9)
				checkFloats(t, "Harmonic", p.Harmonic, refFloats(want.Harmonic), 1e-9)
			}
			checkFloats(t, "Betweenness()", Betweenness(g), refFloats(want.Betweenness), 1e-9)
			checkFloats(t, "Closeness()", Closeness(g), refFloats(want.Closeness), 1e-9)
			checkFloats(t, "Harmonic()", Harmonic(g), refFloats(want.Harmonic), 1e-9)
		})
	}
}

// TestPathsHand checks the path 0-1-2-3 by hand. Betweenness: node 1 lies on
// the shortest paths 0-2 and 0-3, 2 of the (n-1)(n-2)/2 = 3 pairs not
// involving it: 2/3. Closeness of 0: 3/(1+2+3) = 0.5; of 1: 3/(1+1+2) = 0.75.
// Harmonic of 0: 1 + 1/2 + 1/3 = 11/6; of 1: 1 + 1 + 1/2 = 2.5.
func TestPathsHand(t *testing.T) {
	g := mustGraph(4, [][2]int{{0, 1}, {1, 2}, {2, 3}}, nil)
	p := Paths(g, PathOptions{})
	checkFloats(t, "Betweenness", p.Betweenness, []float64{0, 2.0 / 3, 2.0 / 3, 0}, 1e-15)
	checkFloats(t, "Closeness", p.Closeness, []float64{0.5, 0.75, 0.75, 0.5}, 1e-15)
	checkFloats(t, "Harmonic", p.Harmonic, []float64{11.0 / 6, 2.5, 2.5, 11.0 / 6}, 1e-15)
}

func TestPathsEmpty(t *testing.T) {
	p := Paths(mustGraph(0, nil, nil), PathOptions{Samples: 3})
	if p.Betweenness == nil || len(p.Betweenness) != 0 || len(p.Closeness) != 0 || len(p.Harmonic) != 0 {
		t.Errorf("Paths(empty) = %+v", p)
	}
}

// TestPathsDeterministic: the same input gives bit-identical output for any
// number of workers, exact and sampled (over 64 pivots the batched kernel
// runs), also where the memory of the batched path counts allows fewer
// workers than asked for.
func TestPathsDeterministic(t *testing.T) {
	g, _ := loadRef(t, "lesmis")
	big := randomGraph(3, 600, 0.01)
	defer func(b int64) { batchedBytes = b }(batchedBytes)
	// the second budget holds the batched path counts of 3 workers
	for _, budget := range []int64{batchedBytes, 3 * int64(big.Len()+big.Len()/minHub) * lanes * 8} {
		batchedBytes = budget
		for _, c := range []struct {
			name string
			g    *Graph
			opts PathOptions
		}{
			{"lesmis", g, PathOptions{}},
			{"random", big, PathOptions{}},
			{"random, 200 pivots", big, PathOptions{Samples: 200, Seed: 1}},
		} {
			c.opts.Workers = 1
			ref := Paths(c.g, c.opts)
			for _, w := range []int{2, 5, 64, 100} {
				c.opts.Workers = w
				p := Paths(c.g, c.opts)
				if !slices.Equal(p.Betweenness, ref.Betweenness) || !slices.Equal(p.Closeness, ref.Closeness) || !slices.Equal(p.Harmonic, ref.Harmonic) {
					t.Errorf("%s, budget %d bytes: Workers=%d differs from Workers=1", c.name, budget, w)
				}
			}
		}
	}
}

func TestSampledBetweenness(t *testing.T) {
	g, want := loadRef(t, "lesmis")
	n := g.Len()
	exact := Paths(g, PathOptions{})
	// k = n visits every node as a pivot with scale n/k = 1: the exact result.
	all := Paths(g, PathOptions{Samples: n, Seed: 9})
	if !slices.Equal(all.Betweenness, exact.Betweenness) || all.Closeness == nil {
		t.Error("Samples=n differs from exact")
	}
	a := Paths(g, PathOptions{Samples: 20, Seed: 1, Workers: 1})
	b := Paths(g, PathOptions{Samples: 20, Seed: 1, Workers: 4})
	c := Paths(g, PathOptions{Samples: 20, Seed: 2})
	if !slices.Equal(a.Betweenness, b.Betweenness) {
		t.Error("sampled betweenness not deterministic for a seed")
	}
	if slices.Equal(a.Betweenness, c.Betweenness) {
		t.Error("seeds 1 and 2 drew the same pivots")
	}
	if a.Closeness != nil || a.Harmonic != nil {
		t.Error("sampled Paths returned closeness/harmonic")
	}
	// Unbiased: the mean over many seeds approaches networkx's exact values.
	// With 400 runs of k=20 the standard error of the mean of the largest
	// value (Valjean, about 0.57) is about 0.01; allow 0.03 in total on the
	// sum of absolute errors relative to the sum of the values.
	mean := make([]float64, n)
	const runs = 400
	for seed := range uint64(runs) {
		p := Paths(g, PathOptions{Samples: 20, Seed: seed + 100, Workers: 1})
		for i, x := range p.Betweenness {
			mean[i] += x / runs
		}
	}
	ref := refFloats(want.Betweenness)
	var errSum, sum float64
	for i := range mean {
		errSum += math.Abs(mean[i] - ref[i])
		sum += ref[i]
	}
	if errSum/sum > 0.03 {
		t.Errorf("mean of sampled betweenness off by %.3f of the total", errSum/sum)
	}
	t.Logf("relative L1 error of the mean of %d sampled runs: %.4f", runs, errSum/sum)
}

// randomGraph returns a seeded random graph with n nodes and edge
// probability p, with some repeated edges and self-loops for FromEdges to
// merge and drop.
func randomGraph(seed uint64, n int, p float64) *Graph {
	r := rand.New(rand.NewPCG(seed, 7))
	var edges [][2]int
	for a := range n {
		for b := a; b < n; b++ {
			if r.Float64() < p {
				edges = append(edges, [2]int{a, b})
				if r.IntN(10) == 0 {
					edges = append(edges, [2]int{b, a})
				}
			}
		}
	}
	return mustGraph(n, edges, nil)
}

// bruteBetweenness is betweenness straight from the definition: all-pairs
// distances d and path counts σ by BFS, then for every pair s < t and every
// v with d(s,v) + d(v,t) = d(s,t) add σ_sv σ_vt / σ_st; normalised by
// (n-1)(n-2)/2 (nx.betweenness_centrality, normalized=True).
func bruteBetweenness(g *Graph) []float64 {
	n := g.Len()
	d, sig := allPairs(g)
	b := make([]float64, n)
	for s := range n {
		for t := s + 1; t < n; t++ {
			if d[s][t] < 0 {
				continue
			}
			for v := range n {
				if v != s && v != t && d[s][v] >= 0 && d[v][t] >= 0 && d[s][v]+d[v][t] == d[s][t] {
					b[v] += sig[s][v] * sig[v][t] / sig[s][t]
				}
			}
		}
	}
	if n > 2 {
		for v := range b {
			b[v] /= float64(n-1) * float64(n-2) / 2
		}
	}
	return b
}

// TestBetweennessBruteForce compares Paths with the definition on 150
// random graphs, sparse to dense, connected or not.
func TestBetweennessBruteForce(t *testing.T) {
	for seed := range uint64(150) {
		n := int(seed % 25)
		p := []float64{0.05, 0.15, 0.4, 0.8}[seed%4]
		g := randomGraph(seed, n, p)
		checkFloats(t, fmt.Sprintf("seed %d: Betweenness", seed), Paths(g, PathOptions{Workers: 2}).Betweenness, bruteBetweenness(g), 1e-12)
	}
}

// TestBatchOrder: batchOrder lists every node once, in batches of 64
// nodes, each made of balls grown through their own neighbours, so that
// every node of a batch has a neighbour earlier in the batch, unless it
// starts a new ball after one with no free neighbour left; and on a graph
// of 50-node groups with shuffled labels its batches are on fewer rounds
// per node than batches of a breadth-first order (BenchmarkBatchWork
// counts the same on the generated networks). Paths on such a graph, in 11
// batches, equals the definition.
func TestBatchOrder(t *testing.T) {
	shuffled := func(g *Graph, seed uint64) *Graph {
		perm := rand.New(rand.NewPCG(seed, 3)).Perm(g.Len())
		edges := edgeList(g)
		for i, e := range edges {
			edges[i] = [2]int{perm[e[0]], perm[e[1]]}
		}
		return mustGraph(g.Len(), edges, nil)
	}
	for _, g := range []*Graph{mustGraph(0, nil, nil), mustGraph(5, nil, nil), randomGraph(1, 300, 0.01), shuffled(structBenchGraph(3000, 4), 5)} {
		c := bfsOrder(g)
		order := batchOrder(c.off, c.nbr, pivots(g.Len(), 0, 0))
		if got := slices.Sorted(slices.Values(order)); !slices.Equal(got, pivots(g.Len(), 0, 0)) {
			t.Fatalf("n=%d: batchOrder is not a permutation of the nodes", g.Len())
		}
		// the same balls on g itself, seeded in breadth-first order, as
		// ballOrder grows them: the numbering does not matter
		_, _, seeds := bfsComponents(g)
		onG := batchOrder(g.off, g.nbr, seeds)
		for k, v := range order {
			if onG[k] != c.perm[v] {
				t.Fatalf("n=%d: position %d of the balls is node %d on g, %d in breadth-first numbering", g.Len(), k, onG[k], c.perm[v])
			}
		}
		ball := map[int32]bool{}
		for k, v := range order {
			if k%lanes == 0 {
				clear(ball)
			}
			linked := false
			for _, u := range c.nbr[c.off[v]:c.off[v+1]] {
				linked = linked || ball[u]
			}
			if !linked && len(ball) > 0 {
				// a new ball may start early only where its
				// predecessor had no untaken neighbour left
				for w := range ball {
					for _, u := range c.nbr[c.off[w]:c.off[w+1]] {
						if slices.Index(order, u) > k {
							t.Fatalf("n=%d: a ball of %d nodes ends at position %d of the order while its neighbour %d is still free", g.Len(), len(ball), k, u)
						}
					}
				}
				clear(ball)
			}
			ball[v] = true
		}
	}

	g := shuffled(structBenchGraph(3000, 4), 5)
	c := bfsOrder(g)
	c.setWeights(nil)
	s := newBFS(g.Len(), 0, true, haveAVX512)
	rounds := func(order []int32) float64 {
		entries := 0
		for lo := 0; lo < len(order); lo += lanes {
			s.findLevels(c, order[lo:min(lo+lanes, len(order))], levelCounts)
			entries += len(s.rv)
		}
		return float64(entries) / float64(g.Len()) / float64((len(order)+lanes-1)/lanes)
	}
	balls, breadth := rounds(batchOrder(c.off, c.nbr, pivots(g.Len(), 0, 0))), rounds(pivots(g.Len(), 0, 0))
	t.Logf("rounds per node and batch: %.3f in balls, %.3f in breadth-first order", balls, breadth)
	if balls >= 0.95*breadth {
		t.Errorf("balls are on %.3f rounds per node, breadth-first batches %.3f", balls, breadth)
	}
	// each ball goes on from what the one before left of its block of 50,
	// and gathers what earlier balls left before it takes a new block, so
	// that few arcs end more than three balls away: mostly the 10% of arcs
	// drawn at random (0.10 in all), against 0.14 without the second, and
	// 0.25 without either, with the balls seeded in breadth-first order
	// alone, which left the rest of a block for later
	_, _, seeds := bfsComponents(g)
	if near, far := ballSpread(g, batchOrder(g.off, g.nbr, seeds)); far > 0.12 {
		t.Errorf("%.3f of the arcs end more than three balls away (%.3f one to three)", far, near)
	}
	g = shuffled(structBenchGraph(700, 6), 7) // 11 batches
	checkFloats(t, "Betweenness", Paths(g, PathOptions{Workers: 2}).Betweenness, bruteBetweenness(g), 1e-9)
}

// TestSortNodes checks bfs.sortNodes against slices.Sort on drawn sets of
// distinct nodes, around the size where it switches to marking them, and
// that it leaves its marks cleared.
func TestSortNodes(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for _, n := range []int{1, 100, 5000} {
		s := newBFS(n, 0, true, false)
		for _, size := range []int{0, 1, lanes - 1, lanes, lanes + 1, n / 2, n} {
			if size > n {
				continue
			}
			vs := make([]int32, size)
			for i, v := range r.Perm(n)[:size] {
				vs[i] = int32(v)
			}
			want := slices.Sorted(slices.Values(vs))
			s.sortNodes(vs)
			if !slices.Equal(vs, want) {
				t.Fatalf("n=%d, %d nodes: sortNodes gave %v, want %v", n, size, vs, want)
			}
			if i := slices.IndexFunc(s.marks, func(w uint64) bool { return w != 0 }); i >= 0 {
				t.Fatalf("n=%d, %d nodes: word %d of the marks left %#x", n, size, i, s.marks[i])
			}
		}
	}
}

// TestRoundsInNodeOrder checks that each round of the batched search lists
// its nodes in ascending order, top-down rounds as well as bottom-up ones,
// so that runBatch and the next push visit a ball's nodes together; and
// that round r holds exactly the nodes at distance r from some source,
// with those sources' bits.
func TestRoundsInNodeOrder(t *testing.T) {
	g := structBenchGraph(3000, 4)
	c := bfsOrder(g)
	c.setWeights(nil)
	s := newBFS(g.Len(), 0, true, haveAVX512)
	for _, lo := range []int32{0, 640, 2900} {
		srcs := pivots(g.Len(), 0, 0)[lo:][:min(lanes, g.Len()-int(lo))]
		s.findLevels(c, srcs, levelCounts)
		want := map[[2]int32]uint64{} // {round, node}: sources
		for i, src := range srcs {
			for v, d := range bfsDistances(c, src) {
				if d >= 0 {
					want[[2]int32{d, int32(v)}] |= 1 << i
				}
			}
		}
		got := map[[2]int32]uint64{}
		for r := 0; r+1 < len(s.rstart); r++ {
			round := s.rv[s.rstart[r]:s.rstart[r+1]]
			if !slices.IsSorted(round) {
				t.Errorf("sources %d..: round %d is not in node order: %v", lo, r, round)
			}
			for k := s.rstart[r]; k < s.rstart[r+1]; k++ {
				got[[2]int32{int32(r), s.rv[k]}] = s.rm[k]
			}
		}
		if len(got) != len(want) {
			t.Fatalf("sources %d..: %d node rounds, want %d", lo, len(got), len(want))
		}
		for k, m := range want {
			if got[k] != m {
				t.Fatalf("sources %d..: node %d on round %d with sources %#x, want %#x", lo, k[1], k[0], got[k], m)
			}
		}
	}
}

// bfsDistances returns the distance of every node of c from src, -1 where
// it is not reached, by a plain breadth-first search.
func bfsDistances(c *relabelled, src int32) []int32 {
	d := make([]int32, len(c.off)-1)
	for i := range d {
		d[i] = -1
	}
	d[src] = 0
	queue := []int32{src}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, u := range c.nbr[c.off[v]:c.off[v+1]] {
			if d[u] < 0 {
				d[u] = d[v] + 1
				queue = append(queue, u)
			}
		}
	}
	return d
}

// TestBallKey checks that ballKey orders by the neighbours taken earlier,
// most first, then by rank, and that keyRank gives the rank back.
func TestBallKey(t *testing.T) {
	for _, a := range [][2]int32{{0, 0}, {0, 7}, {1, 0}, {3, 1<<31 - 1}, {1<<31 - 1, 5}} {
		if got := keyRank(ballKey(a[0], a[1])); got != a[1] {
			t.Errorf("keyRank(ballKey(%d, %d)) = %d", a[0], a[1], got)
		}
		for _, b := range [][2]int32{{0, 0}, {0, 8}, {2, 0}, {3, 1<<31 - 1}, {1<<31 - 1, 4}} {
			want := a[0] > b[0] || a[0] == b[0] && a[1] < b[1]
			if got := ballKey(a[0], a[1]) < ballKey(b[0], b[1]); got != want {
				t.Errorf("ballKey(%d, %d) < ballKey(%d, %d) is %v", a[0], a[1], b[0], b[1], got)
			}
		}
	}
}

// TestKeyHeap checks that keyHeap gives back what it was given, smallest
// first, with pushes and pops interleaved and values repeated.
func TestKeyHeap(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var h keyHeap
	var want []int64 // what the heap holds, sorted
	for step := range 5000 {
		if len(want) == 0 || r.IntN(3) > 0 {
			x := ballKey(int32(r.IntN(20)), int32(r.IntN(500)))
			h.push(x)
			i, _ := slices.BinarySearch(want, x)
			want = slices.Insert(want, i, x)
			continue
		}
		if got := h.pop(); got != want[0] {
			t.Fatalf("step %d: pop gave %d, want %d", step, got, want[0])
		}
		want = want[1:]
	}
	for len(want) > 0 {
		if got := h.pop(); got != want[0] {
			t.Fatalf("pop gave %d, want %d", got, want[0])
		}
		want = want[1:]
	}
	if len(h) != 0 {
		t.Fatalf("%d values left", len(h))
	}
}

// TestLaneTally checks laneTally against counting each bit, over runs of
// masks that pass the 255 a byte holds, with none, all and random bits.
func TestLaneTally(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for _, n := range []int{0, 1, 254, 255, 256, 600, 1000} {
		var got, want [lanes]int32
		var tally laneTally
		for k := range n {
			x := []uint64{0, ^uint64(0), r.Uint64(), 1 << 63, r.Uint64() & r.Uint64()}[k%5]
			tally.add(x, &got)
			for i := range lanes {
				want[i] += int32(x >> i & 1)
			}
		}
		tally.flush(&got)
		if got != want {
			t.Fatalf("%d masks: counts %v, want %v", n, got, want)
		}
	}
	// every bit in every mask: a byte that passed on its count one mask
	// late would wrap
	for _, n := range []int{255, 256, 511, 765} {
		var got [lanes]int32
		var tally laneTally
		for range n {
			tally.add(^uint64(0), &got)
		}
		tally.flush(&got)
		for i, c := range got {
			if c != int32(n) {
				t.Fatalf("%d masks of all bits: count %d of lane %d", n, c, i)
			}
		}
	}
}
