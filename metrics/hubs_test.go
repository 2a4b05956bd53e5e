package metrics

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	lipnet "github.com/lipgraph/lipgraph/network"
)

// bodyGraph returns a seeded graph shaped like a partner graph: n nodes,
// bodies of 3 to 14 random members each joined pairwise (overlapping, as
// partners sit on several bodies), and a few random ties.
func bodyGraph(seed uint64, n, bodies, ties int) *Graph {
	r := rand.New(rand.NewPCG(seed, 29))
	seenEdge := map[[2]int]bool{}
	var edges [][2]int
	add := func(a, b int) {
		if a == b {
			return
		}
		e := [2]int{min(a, b), max(a, b)}
		if !seenEdge[e] {
			seenEdge[e] = true
			edges = append(edges, e)
		}
	}
	for range bodies {
		members := r.Perm(n)[:min(n, 3+r.IntN(12))]
		for i, a := range members {
			for _, b := range members[i+1:] {
				add(a, b)
			}
		}
	}
	for range ties {
		add(r.IntN(n), r.IntN(n))
	}
	return mustGraph(n, edges, nil)
}

// TestFindHubs: the hubs findHubs picks are node-disjoint cliques of at
// least minHub nodes, and each node's row of c.anbr holds exactly its
// neighbours outside its clique, then its hub, so that no arc is lost or
// read twice.
func TestFindHubs(t *testing.T) {
	found := 0
	for seed := range uint64(60) {
		g := bodyGraph(seed, 20+int(seed*5), 2+int(seed%12), int(seed%40))
		c := ballOrder(g)
		n := int32(len(c.perm))
		found += c.hubs()
		owner := make([]int32, n)
		for i := range owner {
			owner[i] = -1
		}
		for h := range int32(c.hubs()) {
			mem := c.members(h)
			if len(mem) < minHub || !slices.IsSorted(mem) {
				t.Fatalf("seed %d: hub %d has members %v", seed, h, mem)
			}
			for i, a := range mem {
				if owner[a] >= 0 || c.hub[a] != h {
					t.Fatalf("seed %d: node %d is in hubs %d and %d (hub says %d)", seed, a, owner[a], h, c.hub[a])
				}
				owner[a] = h
				for _, b := range mem[i+1:] {
					if _, ok := slices.BinarySearch(c.nbr[c.off[a]:c.off[a+1]], b); !ok {
						t.Fatalf("seed %d: hub %d: members %d and %d are not adjacent", seed, h, a, b)
					}
				}
			}
		}
		for v := range n {
			var want []int32
			for _, u := range c.nbr[c.off[v]:c.off[v+1]] {
				if owner[v] < 0 || owner[u] != owner[v] {
					want = append(want, u)
				}
			}
			if owner[v] >= 0 {
				want = append(want, n+owner[v])
			} else if c.hub != nil && c.hub[v] != -1 {
				t.Fatalf("seed %d: node %d is in no hub's members but has hub %d", seed, v, c.hub[v])
			}
			if got := c.anbr[c.aoff[v]:c.aoff[v+1]]; !slices.Equal(got, want) {
				t.Fatalf("seed %d: node %d reads %v, want %v", seed, v, got, want)
			}
		}
	}
	// a complete graph is one clique
	var edges [][2]int
	for a := range 50 {
		for b := range a {
			edges = append(edges, [2]int{a, b})
		}
	}
	c := ballOrder(mustGraph(50, edges, nil))
	if c.hubs() != 1 || len(c.members(0)) != 50 {
		t.Fatalf("complete graph of 50 nodes: %d hubs, not one of all 50", c.hubs())
	}
	if found < 100 {
		t.Fatalf("only %d hubs in 60 graphs of bodies: the test checks too little", found)
	}
}

// TestHubsAgainstPlain: on graphs of overlapping bodies, where the batched
// path counts read most arcs through hubs, Paths equals the plain
// algorithm one source at a time (which reads every arc) within 1e-9, and
// the AVX-512 loops give the portable loops' bits.
func TestHubsAgainstPlain(t *testing.T) {
	withHubs := 0
	for seed := range uint64(40) {
		g := bodyGraph(seed, 30+int(seed*4), 3+int(seed%15), int(seed%25))
		if c := ballOrder(g); c.hubs() == 0 {
			continue
		}
		withHubs++
		name := fmt.Sprintf("seed %d", seed)
		checkReductions(t, name, g)
		if haveAVX512 {
			asm := Paths(g, PathOptions{kernel: batchedKernel})
			portable := Paths(g, PathOptions{kernel: batchedKernel, portable: true})
			if !sameBits(asm.Betweenness, portable.Betweenness) || !sameBits(asm.Harmonic, portable.Harmonic) {
				t.Fatalf("%s: the AVX-512 loops give other bits", name)
			}
		}
	}
	if withHubs < 30 {
		t.Fatalf("only %d of 40 graphs have hubs: the test checks too little", withHubs)
	}
}

// BenchmarkFindHubs finds the hubs of a complete graph of 2,000 nodes (one
// clique of all of them), of a random graph of 20,000 nodes and 4 million
// arcs (where the budget of row entries stops the search), and of the
// combined partner graph of gen_network.py 100000 (skipped when the network
// is missing).
func BenchmarkFindHubs(b *testing.B) {
	var edges [][2]int
	for a := range 2000 {
		for c := range a {
			edges = append(edges, [2]int{a, c})
		}
	}
	graphs := []struct {
		name string
		g    func(b *testing.B) *Graph
	}{
		{"complete2000", func(*testing.B) *Graph { return mustGraph(2000, edges, nil) }},
		{"random20000", func(*testing.B) *Graph { return randomGraph(1, 20000, 0.01) }},
		{"generated100k", func(b *testing.B) *Graph {
			return NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
		}},
	}
	for _, gr := range graphs {
		b.Run(gr.name, func(b *testing.B) {
			g := gr.g(b)
			c := relabel(g, pivots(g.Len(), 0, 0))
			for b.Loop() {
				c.findHubs()
			}
			b.ReportMetric(float64(c.hubs()), "hubs")
		})
	}
}

// BenchmarkHubWork counts what the dependencies' step of bfs.runBatch
// reads with and without hubs on the combined partner graph of
// gen_network.py 100000 (skipped when the network is missing), over the
// first 1,024 sources of exact Paths: per round of a node, the row entries
// read without hubs (arcs/round) and those of them whose mask shares a
// source with the node's (matches/round), and with hubs the entries of the
// row outside the node's clique (rest/round, restmatches/round) and the
// hubs read (hubs/round); and the bytes of eight sources that hold any of
// the node's sources (bytes/round) and, per match, any the two share
// (bytes/match), the vectors of eight values the AVX-512 loops add under a
// mask that is not 0; and, of the entries outside the clique that match,
// those bytes for neighbours among the same 64 consecutive nodes as the
// node, mostly its ball (ballbytes/round), and for the others
// (farbytes/round). It also reports the hubs and the fraction of the arcs
// inside their cliques (inside).
func BenchmarkHubWork(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := ballOrder(g)
	c.setWeights(nil)
	n := int32(len(c.perm))
	srcs := pivots(g.Len(), 0, 0)[:1024]
	s := newBFS(g.Len(), 0, true, haveAVX512)
	var rounds, arcs, matches, rest, restMatches, hubs, roundBytes, matchBytes, ballBytes, farBytes float64
	for b.Loop() {
		rounds, arcs, matches, rest, restMatches, hubs, roundBytes, matchBytes, ballBytes, farBytes = 0, 0, 0, 0, 0, 0, 0, 0, 0, 0
		for lo := 0; lo < len(srcs); lo += lanes {
			s.findLevels(c, srcs[lo:lo+lanes], levelCounts)
			eachDependencyStep(s, func(v int32, m uint64) {
				rounds++
				roundBytes += setBytes(m)
				for _, u := range c.nbr[c.off[v]:c.off[v+1]] {
					arcs++
					if dm := s.mask[u] & m; dm != 0 {
						matches++
						matchBytes += setBytes(dm)
					}
				}
				for _, u := range c.anbr[c.aoff[v]:c.aoff[v+1]] {
					if u >= n {
						hubs++
						continue
					}
					rest++
					if dm := s.mask[u] & m; dm != 0 {
						restMatches++
						if u/lanes == v/lanes {
							ballBytes += setBytes(dm)
						} else {
							farBytes += setBytes(dm)
						}
					}
				}
			})
		}
	}
	// the arcs not in anbr are those inside the cliques; anbr has one hub
	// entry for each member of a clique
	inside := len(c.nbr) - (len(c.anbr) - len(c.hmem))
	b.ReportMetric(arcs/rounds, "arcs/round")
	b.ReportMetric(matches/rounds, "matches/round")
	b.ReportMetric(rest/rounds, "rest/round")
	b.ReportMetric(restMatches/rounds, "restmatches/round")
	b.ReportMetric(hubs/rounds, "hubs/round")
	b.ReportMetric(roundBytes/rounds, "bytes/round")
	b.ReportMetric(matchBytes/matches, "bytes/match")
	b.ReportMetric(ballBytes/rounds, "ballbytes/round")
	b.ReportMetric(farBytes/rounds, "farbytes/round")
	b.ReportMetric(float64(c.hubs()), "hubs")
	b.ReportMetric(float64(inside)/float64(len(c.nbr)), "inside")
}

// TestPairOwnersAgainstPlain: on graphs of bodies large enough for several
// batches of sources, with twins and pendant trees added so that the
// reduced graph's nodes stand for several nodes each, Paths, which counts
// each pair of nodes from the batch of its later end only (see
// pairOwner), equals the plain algorithm, which counts every pair from
// both ends, within 1e-9, and the AVX-512 loops give the portable loops'
// bits.
func TestPairOwnersAgainstPlain(t *testing.T) {
	for seed := range uint64(12) {
		size := 150 + int(seed*40)
		base := bodyGraph(seed, size, size/4, size/2)
		r := rand.New(rand.NewPCG(seed, 31))
		n := base.Len()
		edges := edgeList(base)
		for range 5 + r.IntN(20) { // an open twin of a random node
			v := r.IntN(base.Len())
			for _, u := range base.Neighbours(v) {
				edges = append(edges, [2]int{n, int(u)})
			}
			n++
		}
		for range 5 + r.IntN(20) { // a pendant path of 1 to 3 nodes
			at := r.IntN(n)
			for range 1 + r.IntN(3) {
				edges = append(edges, [2]int{at, n})
				at = n
				n++
			}
		}
		g := mustGraph(n, edges, nil)
		red := reduce(g, reductionSet{})
		if red == nil || red.h.Len() <= 2*lanes || red.fold == nil {
			t.Fatalf("seed %d: the reduction leaves no graph of several batches with folded trees", seed)
		}
		name := fmt.Sprintf("seed %d (n=%d, %d reduced)", seed, n, red.h.Len())
		checkReductions(t, name, g)
		if haveAVX512 {
			asm := Paths(g, PathOptions{})
			portable := Paths(g, PathOptions{portable: true})
			if !sameBits(asm.Betweenness, portable.Betweenness) {
				t.Fatalf("%s: the AVX-512 loops give other bits", name)
			}
		}
	}
}

// TestPrunedRounds: for every batch of Paths' sources on reduced graphs
// of bodies (with hubs, and nodes that stand for several), the path
// counts taken on the rounds pruneRounds leaves give runBatch's
// dependencies the same bits as the path counts taken along the search,
// on no more rounds, and that pruneRounds drops some rounds.
func TestPrunedRounds(t *testing.T) {
	dropped := 0
	for seed := range uint64(6) {
		size := 200 + int(seed*60)
		g := bodyGraph(seed, size, size/4, size/2)
		red := reduce(g, reductionSet{})
		h := g
		if red != nil {
			h = red.h
		}
		c := ballOrder(h)
		c.setWeights(red)
		n := len(c.perm)
		a, b := newBFS(n, c.maxDepth, true, haveAVX512), newBFS(n, c.maxDepth, true, haveAVX512)
		srcs := make([]int32, 0, lanes)
		for lo := 0; lo < n; lo += lanes {
			srcs = srcs[:0]
			for v := lo; v < min(lo+lanes, n); v++ {
				srcs = append(srcs, int32(v))
			}
			own := pairOwner{int32(lo), int32(lo + len(srcs))}
			accA, accB := make([]float64, n), make([]float64, n)
			a.findLevels(c, srcs, levelCounts)
			a.runBatch(c, accA, own)
			b.findLevels(c, srcs, levelRounds)
			all := len(b.rv)
			b.pruneRounds(c, own)
			// what each node passes a dependency on for in the rounds
			// counted along, as runBatch found it from the other end
			want, got := keptRounds(a), keptRounds(b)
			for r := range max(len(want), len(got)) {
				if r >= len(want) || r >= len(got) || !slices.Equal(want[r], got[r]) {
					t.Fatalf("seed %d, batch at %d: %d rounds kept, round %d differs; want %d, the rounds runBatch passes a dependency on along", seed, lo, len(got), r+1, len(want))
				}
			}
			b.countRounds(c)
			b.runBatch(c, accB, own)
			if !sameBits(accA, accB) {
				t.Fatalf("seed %d, batch at %d: the pruned rounds give other dependencies", seed, lo)
			}
			if len(b.rv) > all {
				t.Fatalf("seed %d, batch at %d: %d rounds of a node after pruning, %d before", seed, lo, len(b.rv), all)
			}
			dropped += all - len(b.rv)
		}
	}
	if dropped == 0 {
		t.Fatal("pruneRounds dropped nothing: the test checks too little")
	}
}

// keptRounds lists the rounds of s from the first after the sources' on,
// each node whose sources are not 0 as {node, sources},
// up to the last round with one.
func keptRounds(s *bfs) [][][2]uint64 {
	var rounds [][][2]uint64
	last := 0
	for r := 1; r+1 < len(s.rstart); r++ {
		var round [][2]uint64
		for k := s.rstart[r]; k < s.rstart[r+1]; k++ {
			if s.rm[k] != 0 {
				round = append(round, [2]uint64{uint64(s.rv[k]), s.rm[k]})
			}
		}
		rounds = append(rounds, round)
		if len(round) > 0 {
			last = len(rounds)
		}
	}
	return rounds[:last]
}
