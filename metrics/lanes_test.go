package metrics

import (
	"fmt"
	"math"
	"math/bits"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// laneCase is one input of the lane loops (lanes.go): n nodes with 64
// values each, two sets of masks, a row of neighbours (repeats allowed, as
// the loops need not care), one node's values src and the weights of
// backLanes.
type laneCase struct {
	lane, src     []float64
	cnt, csrc     []uint16 // 16-bit path counts, as lane and src (see bfs.narrow)
	masks, masks2 []uint64
	row           []int32
	m             uint64
	pv, tv        float64
	ms            [lanes]float64
}

// newLaneCase draws a laneCase: values over many magnitudes, path counts
// small, near maxCount (their sums past it) or at it, masks of a
// density drawn per case (none, sparse, half, dense, all), rows of up to
// 70 nodes, and m from the edge cases 0, 1, 1<<63, all and random bits.
func newLaneCase(r *rand.Rand) laneCase {
	n := 1 + r.IntN(200)
	value := func() float64 { return (0.5 + r.Float64()) * math.Ldexp(1, r.IntN(80)-40) }
	density := []float64{0, 0.05, 0.5, 0.95, 1}[r.IntN(5)]
	mask := func() uint64 {
		var x uint64
		for i := range lanes {
			if r.Float64() < density {
				x |= 1 << i
			}
		}
		return x
	}
	c := laneCase{
		lane: make([]float64, n*lanes), src: make([]float64, lanes),
		masks: make([]uint64, n), masks2: make([]uint64, n),
		row: make([]int32, r.IntN(71)),
		m:   []uint64{0, 1, 1 << 63, ^uint64(0), r.Uint64(), mask()}[r.IntN(6)],
		pv:  float64(1 + r.IntN(4)), tv: float64(r.IntN(8)),
	}
	for i := range c.lane {
		c.lane[i] = value()
	}
	for i := range c.src {
		c.src[i] = value()
	}
	count := func() uint16 {
		switch r.IntN(8) {
		case 0:
			return uint16(maxCount/2 + r.IntN(maxCount/2))
		case 1:
			return maxCount
		}
		return uint16(1 + r.IntN(1000))
	}
	c.cnt, c.csrc = make([]uint16, n*lanes), make([]uint16, lanes)
	for i := range c.cnt {
		c.cnt[i] = count()
	}
	for i := range c.csrc {
		c.csrc[i] = count()
	}
	for i := range c.ms {
		c.ms[i] = float64(r.IntN(5))
	}
	for i := range n {
		c.masks[i], c.masks2[i] = mask(), mask()
	}
	for i := range c.row {
		c.row[i] = int32(r.IntN(n))
	}
	return c
}

// sameBits reports whether a and b hold the same float64 bits.
func sameBits(a, b []float64) bool {
	return slices.EqualFunc(a, b, func(x, y float64) bool { return math.Float64bits(x) == math.Float64bits(y) })
}

// checkLanes runs each lane loop and its assembly twin on copies of c and
// fails unless they leave the same bits and return the same.
func checkLanes(t *testing.T, name string, c laneCase) {
	t.Helper()
	clone := func() laneCase {
		d := c
		d.lane, d.masks, d.masks2 = slices.Clone(c.lane), slices.Clone(c.masks), slices.Clone(c.masks2)
		d.cnt = slices.Clone(c.cnt)
		return d
	}

	// push: masks are seen, masks2 next
	a, b := clone(), clone()
	fa, fb := make([]int32, len(c.row)), make([]int32, len(c.row))
	ka := pushLanes(a.lane, a.src, a.masks, a.masks2, a.row, c.m, fa)
	kb := pushAVX512(b.lane, b.src, b.masks, b.masks2, b.row, c.m, fb)
	if ka != kb || !slices.Equal(fa[:ka], fb[:kb]) || !slices.Equal(a.masks2, b.masks2) || !sameBits(a.lane, b.lane) {
		t.Fatalf("%s: push differs: found %v against %v", name, fa[:ka], fb[:kb])
	}

	// pull into the first node's values: masks are visit, and the node
	// pulls only sources it has not reached, which it cannot be visited by
	a, b = clone(), clone()
	a.masks[0], b.masks[0] = 0, 0
	xa := pullLanes(a.lane[:lanes], a.lane, a.masks, a.row, c.m)
	xb := pullAVX512(b.lane[:lanes], b.lane, b.masks, b.row, c.m)
	if xa != xb || !sameBits(a.lane, b.lane) {
		t.Fatalf("%s: pull differs: sources %#x against %#x", name, xa, xb)
	}

	// back for the first node: masks are the successors' sources, which
	// the node, on the round before for them, is not
	a, b = clone(), clone()
	a.masks[0], b.masks[0] = 0, 0
	sa, la := backLanes(a.lane[:lanes], a.lane, a.masks, a.row, c.m, c.pv, c.tv, &a.ms, nil)
	sb, lb := backAVX512(b.lane[:lanes], b.lane, b.masks, b.row, c.m, c.pv, c.tv, &b.ms, nil)
	if math.Float64bits(sa) != math.Float64bits(sb) || la != lb || !sameBits(a.lane, b.lane) {
		t.Fatalf("%s: back differs: sum %v, sources %#x against %v, %#x", name, sa, la, sb, lb)
	}

	// the same with the node's path counts (front) 16-bit, in own
	a, b = clone(), clone()
	a.masks[0], b.masks[0] = 0, 0
	sa, la = backLanes(a.lane[:lanes], a.lane, a.masks, a.row, c.m, c.pv, c.tv, &a.ms, c.cnt[:lanes])
	sb, lb = backAVX512(b.lane[:lanes], b.lane, b.masks, b.row, c.m, c.pv, c.tv, &b.ms, c.cnt[:lanes])
	if math.Float64bits(sa) != math.Float64bits(sb) || la != lb || !sameBits(a.lane, b.lane) {
		t.Fatalf("%s: back from 16-bit counts differs: sum %v, sources %#x against %v, %#x", name, sa, la, sb, lb)
	}

	// the 16-bit push and pull, as above
	a, b = clone(), clone()
	ka, ta := pushCounts(a.cnt, c.csrc, a.masks, a.masks2, a.row, c.m, fa)
	kb, tb := pushCountsAVX512(b.cnt, c.csrc, b.masks, b.masks2, b.row, c.m, fb)
	if ka != kb || ta != tb || !slices.Equal(fa[:ka], fb[:kb]) || !slices.Equal(a.masks2, b.masks2) || !slices.Equal(a.cnt, b.cnt) {
		t.Fatalf("%s: push of counts differs: found %v, top %v against %v, %v", name, fa[:ka], ta, fb[:kb], tb)
	}
	a, b = clone(), clone()
	a.masks[0], b.masks[0] = 0, 0
	xa, ta = pullCounts(a.cnt[:lanes], a.cnt, a.masks, a.row, c.m)
	xb, tb = pullCountsAVX512(b.cnt[:lanes], b.cnt, b.masks, b.row, c.m)
	if xa != xb || ta != tb || !slices.Equal(a.cnt, b.cnt) {
		t.Fatalf("%s: pull of counts differs: sources %#x, top %v against %#x, %v", name, xa, ta, xb, tb)
	}
}

// TestCounts checks the portable 16-bit pull and push against sums taken
// in int: each count they store is the exact sum, or maxCount where that
// is at least maxCount, and they say whether they stored maxCount.
func TestCounts(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	var tops int
	for range 1000 {
		c := newLaneCase(r)
		c.masks[0] = 0
		want := slices.Clone(c.cnt[:lanes])
		var wantX uint64
		for i := range lanes {
			sum, any := 0, false
			for _, u := range c.row {
				if c.masks[u]&c.m&(1<<i) != 0 {
					sum += int(c.cnt[int(u)*lanes+i])
					any = true
				}
			}
			if any {
				want[i] = uint16(min(sum, maxCount))
				wantX |= 1 << i
			}
		}
		wantTop := false
		for b := wantX; b != 0; b &= b - 1 {
			wantTop = wantTop || want[bits.TrailingZeros64(b)] == maxCount
		}
		got := slices.Clone(c.cnt)
		x, top := pullCounts(got[:lanes], got, c.masks, c.row, c.m)
		if x != wantX || top != wantTop || !slices.Equal(got[:lanes], want) {
			t.Fatalf("pull: sources %#x, top %v, counts %v; want %#x, %v, %v", x, top, got[:lanes], wantX, wantTop, want)
		}
		if top {
			tops++
		}

		// push: masks are seen, masks2 next; each neighbour's count for a
		// new source is src's, plus what it had there in next already
		cnt := make([]int, len(c.cnt))
		for i, x := range c.cnt {
			cnt[i] = int(x)
		}
		next := slices.Clone(c.masks2)
		wantTop = false
		for _, u := range c.row {
			nu := c.m &^ c.masks[u]
			for i := range lanes {
				if nu&(1<<i) == 0 {
					continue
				}
				x := &cnt[int(u)*lanes+i]
				if next[u]&(1<<i) == 0 {
					*x = 0
				}
				*x = min(*x+int(c.csrc[i]), maxCount)
				wantTop = wantTop || *x == maxCount
			}
			next[u] |= nu
		}
		got = slices.Clone(c.cnt)
		gotNext := slices.Clone(c.masks2)
		_, top = pushCounts(got, c.csrc, c.masks, gotNext, c.row, c.m, make([]int32, len(c.row)))
		if top != wantTop || !slices.Equal(gotNext, next) {
			t.Fatalf("push: top %v, want %v", top, wantTop)
		}
		for i, x := range got {
			if int(x) != cnt[i] {
				t.Fatalf("push: count %d is %d, want %d", i, x, cnt[i])
			}
		}
	}
	if tops == 0 || tops == 1000 {
		t.Fatalf("%d of 1000 cases reached maxCount: the cases miss one side", tops)
	}
}

// TestLanesAsm checks that the AVX-512 loops give the same bits as the
// portable ones on 3,000 drawn inputs; it is skipped where they cannot
// run (no AVX-512, another architecture, or the purego tag).
func TestLanesAsm(t *testing.T) {
	if !haveAVX512 {
		t.Skip("no AVX-512 loops here")
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 3000 {
		checkLanes(t, fmt.Sprint("case ", i), newLaneCase(r))
	}
}

// FuzzLanesAsm is TestLanesAsm on inputs drawn from fuzzed seeds.
func FuzzLanesAsm(f *testing.F) {
	if !haveAVX512 {
		f.Skip("no AVX-512 loops here")
	}
	f.Add(uint64(0), uint64(0))
	f.Add(uint64(1), ^uint64(0))
	f.Fuzz(func(t *testing.T, a, b uint64) {
		checkLanes(t, fmt.Sprint(a, b), newLaneCase(rand.New(rand.NewPCG(a, b))))
	})
}

// TestBackLanes checks backLanes against Brandes' formulas computed
// directly: for each source i of m, delta = front × (the sum of the
// successors' coefficients), the new coefficient pv × (tv + delta) /
// front, and the returned Σ ms[i] × delta within rounding; and that it
// returns the sources the node passes a dependency on for, all of m for a
// target (tv > 0), else those of m some successor holds, leaving the
// values as they were when there are none.
func TestBackLanes(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var idle int
	for range 500 {
		c := newLaneCase(r)
		c.masks[0] = 0 // the node itself is not its own successor
		l := slices.Clone(c.lane[:lanes])
		got, live := backLanes(l, c.lane, c.masks, c.row, c.m, c.pv, c.tv, &c.ms, nil)
		wantLive := c.m
		if c.tv == 0 {
			wantLive = 0
			for _, u := range c.row {
				wantLive |= c.masks[u] & c.m
			}
		}
		if live != wantLive {
			t.Fatalf("sources passed on %#x, want %#x", live, wantLive)
		}
		if live == 0 {
			idle++
			if got != 0 || !slices.Equal(l, c.lane[:lanes]) {
				t.Fatalf("with nothing to pass on: sum %v, values changed %v", got, !slices.Equal(l, c.lane[:lanes]))
			}
			continue
		}
		var want, scale float64
		for i := range lanes {
			if c.m&(1<<i) == 0 {
				if l[i] != c.lane[i] {
					t.Fatalf("value %d of a source not in m changed", i)
				}
				continue
			}
			var sum float64
			for _, u := range c.row {
				if c.masks[u]&c.m&(1<<i) != 0 {
					sum += c.lane[int(u)*lanes+i]
				}
			}
			front := c.lane[i]
			delta := front * sum
			want += c.ms[i] * delta
			scale += math.Abs(c.ms[i] * delta)
			if coef := c.pv * (c.tv + delta) / front; math.Abs(l[i]-coef) > 1e-12*math.Abs(coef) {
				t.Fatalf("coefficient %d = %v, want %v", i, l[i], coef)
			}
		}
		if math.Abs(got-want) > 1e-12*scale {
			t.Fatalf("sum %v, want %v", got, want)
		}
	}
	if idle == 0 || idle == 500 {
		t.Fatalf("%d of 500 cases had nothing to pass on: the cases miss one side", idle)
	}
}

// kernelGraphs returns the graphs the batched kernel's tests run Paths on:
// for each seed below seeds a random graph, one with twins and one with
// pendant trees, then the partner graphs of the samples in the
// projections ps.
func kernelGraphs(t *testing.T, seeds uint64, ps ...network.Projection) []*Graph {
	t.Helper()
	var graphs []*Graph
	for seed := range seeds {
		graphs = append(graphs, randomGraph(seed, 20+int(seed*7), 0.05+0.01*float64(seed%10)),
			twinGraph(seed, 2+int(seed%9), 0.3), treeGraph(seed))
	}
	for _, dir := range []string{"midsize", "smallcentre", "neighbourhood"} {
		nw, err := network.LoadDir(filepath.Join("..", "testdata", dir), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			graphs = append(graphs, NewGraph(nw.PartnerGraph(p)))
		}
	}
	return graphs
}

// TestPathsAsm checks that exact Paths, and Paths with more than 64 pivots,
// gives the same bits with the AVX-512 loops as with the portable ones, on
// random graphs, graphs with twins and pendant trees, and the partner
// graphs of the samples.
func TestPathsAsm(t *testing.T) {
	if !haveAVX512 {
		t.Skip("no AVX-512 loops here")
	}
	for _, g := range kernelGraphs(t, 40, network.Combined, network.CoMembership, network.TiesOnly) {
		asm := Paths(g, PathOptions{kernel: batchedKernel})
		portable := Paths(g, PathOptions{kernel: batchedKernel, portable: true})
		if !sameBits(asm.Betweenness, portable.Betweenness) || !sameBits(asm.Closeness, portable.Closeness) || !sameBits(asm.Harmonic, portable.Harmonic) {
			t.Fatalf("graph of %d nodes: the AVX-512 loops give other bits", g.Len())
		}
		// more than 64 pivots run batched too
		if k := g.Len() / 2; k > lanes {
			asm := Paths(g, PathOptions{Samples: k, Seed: 3})
			portable := Paths(g, PathOptions{Samples: k, Seed: 3, portable: true})
			if !sameBits(asm.Betweenness, portable.Betweenness) {
				t.Fatalf("graph of %d nodes, %d pivots: the AVX-512 loops give other bits", g.Len(), k)
			}
		}
	}
}

// layeredGraph returns L layers of k nodes, each node joined to every
// node of the layers before and after it but, with skip, the one of the
// same index: a node of the first layer then has (k−1)^j shortest paths
// to most nodes of layer j, and no two nodes are twins. With cliques,
// each layer is a clique too, read through a hub (see findHubs).
func layeredGraph(k, layers int, skip, cliques bool) *Graph {
	var edges [][2]int
	for j := 0; cliques && j < layers; j++ {
		for a := range k {
			for b := range a {
				edges = append(edges, [2]int{j*k + a, j*k + b})
			}
		}
	}
	for j := 0; j+1 < layers; j++ {
		for a := range k {
			for b := range k {
				if !skip || a != b {
					edges = append(edges, [2]int{j*k + a, (j+1)*k + b})
				}
			}
		}
	}
	return mustGraph(k*layers, edges, nil)
}

// TestNarrowCounts checks the 16-bit path counts (bfs.narrow): a search
// whose counts pass maxCount says so (bfs.top), one whose counts do not
// does not, and exact Paths, whose batches are then counted again in
// float64, gives the same bits as with float64 counts throughout
// (PathOptions.wide), with the AVX-512 loops and the portable ones, on
// graphs whose counts pass maxCount (17^4 paths or more, with and
// without twins, which multiply the counts of their class by its size,
// and with cliques, whose hubs sum counts), random graphs,
// graphs with twins and pendant trees, and the partner graphs of the
// samples; and the plain algorithm's values within 1e-9.
func TestNarrowCounts(t *testing.T) {
	deep := layeredGraph(18, 6, true, false)
	for _, tc := range []struct {
		g   *Graph
		top bool
	}{{deep, true}, {layeredGraph(18, 2, true, false), false}, {randomGraph(1, 60, 0.1), false}} {
		c := ballOrder(tc.g)
		c.setWeights(nil)
		s := newBFS(tc.g.Len(), 0, true, haveAVX512)
		s.narrow = true
		s.findLevels(c, []int32{0}, levelCounts)
		if s.top != tc.top {
			t.Fatalf("graph of %d nodes: a count reached maxCount: %v, want %v", tc.g.Len(), s.top, tc.top)
		}
	}
	hubs := layeredGraph(18, 6, true, true)
	if c := ballOrder(hubs); c.hubs() == 0 {
		t.Fatal("the layers of cliques have no hub")
	}
	graphs := []*Graph{deep, hubs, layeredGraph(17, 5, false, false), layeredGraph(17, 6, false, false), layeredGraph(5, 4, true, false)}
	for _, g := range append(graphs, kernelGraphs(t, 20, network.Combined)...) {
		plain := Paths(g, PathOptions{Plain: true})
		for _, portable := range []bool{false, true} {
			narrow := Paths(g, PathOptions{portable: portable})
			wide := Paths(g, PathOptions{portable: portable, wide: true})
			if !sameBits(narrow.Betweenness, wide.Betweenness) || !sameBits(narrow.Closeness, wide.Closeness) || !sameBits(narrow.Harmonic, wide.Harmonic) {
				t.Fatalf("graph of %d nodes (portable %v): 16-bit counts give other bits", g.Len(), portable)
			}
			checkFloats(t, "betweenness", narrow.Betweenness, plain.Betweenness, 1e-9)
		}
	}
}
