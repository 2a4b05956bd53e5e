package metrics

import (
	"container/list"
	"fmt"
	"math/bits"
	"math/rand/v2"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	lipnet "github.com/lipgraph/lipgraph/network"
)

// BenchmarkPathsKernel100k runs the searches of exact Paths from its first
// 1,024 sources (in the order Paths searches them and numbers the nodes,
// ballOrder) on the combined partner graph of gen_network.py 100000, on one
// core (skipped when the network is missing): the exact computation runs
// about 97 times as many. The sub-benchmarks run the path counts and
// dependencies one source at a time (bfs.run) and a batch at a time
// (bfs.runBatch), counting every target, as sampled sources do; exact
// Paths counts each pair from one end (see pairOwner), which
// BenchmarkPairOwners100k measures. cpu-s/op is the CPU time, the figure
// to compare on a busy machine.
func BenchmarkPathsKernel100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := ballOrder(g)
	c.setWeights(nil)
	first := pivots(g.Len(), 0, 0)[:1024] // Paths' first sources: 0..1023 in ball order
	for _, batched := range []bool{false, true} {
		name := "per-source"
		if batched {
			name = "batched"
		}
		b.Run(name, func(b *testing.B) {
			s := newBFS(g.Len(), 0, batched, haveAVX512)
			acc := make([]float64, g.Len())
			sh := make([]float64, 1)
			b.ResetTimer()
			cpu := benchdata.CPUSeconds()
			for b.Loop() {
				for lo := range int32(1024 / lanes) {
					mode := levelOrders
					if batched {
						mode = levelCounts
					}
					s.findLevels(c, first[lo*lanes:][:lanes], mode)
					if batched {
						s.runBatch(c, acc, pairOwner{})
					}
					for i := range lanes {
						if !batched {
							s.run(c, i, acc)
						}
						(*reduction)(nil).pathStats(0, s.distances(c, i), sh)
					}
				}
			}
			b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
		})
	}
}

// BenchmarkBatchSize100k runs the batched searches of the first 1,024
// sources of exact Paths on the combined partner graph of gen_network.py
// 100000 (skipped when missing), on one core, in batches of 16, 32 and 64
// sources (sources=K), the rest of the 64 lanes empty. rounds/src/node is
// the number of rounds a node is on, per source and node: the CPU time
// follows it, as each of a node's rounds reads its row and its neighbours'
// values once for the whole batch. rounds/src/node@128 is what a batch of
// 128 would be on (unionRounds); such batches, with 128 values a node, were
// slower all the same ("Where the 100k time goes" in bench/EXACT.md).
func BenchmarkBatchSize100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := ballOrder(g)
	c.setWeights(nil)
	first := pivots(g.Len(), 0, 0)[:1024]
	for _, size := range []int{16, 32, 64} {
		b.Run(fmt.Sprintf("sources=%d", size), func(b *testing.B) {
			s := newBFS(g.Len(), 0, true, haveAVX512)
			cpu, rounds := runBatches(b, s, c, first, size)
			b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(rounds)/float64(b.N)/float64(len(first))/float64(g.Len()), "rounds/src/node")
			if size == lanes {
				b.ReportMetric(unionRounds(s, c, first)/float64(len(first))/float64(g.Len()), "rounds/src/node@128")
			}
		})
	}
}

// runBatches runs the batched path counts and dependencies of srcs, size
// sources a batch, for each of b's iterations, and returns the CPU seconds
// they took and the rounds of a node they were on, over all iterations.
func runBatches(b *testing.B, s *bfs, c *relabelled, srcs []int32, size int) (cpu float64, rounds int) {
	acc := make([]float64, len(c.perm))
	start := benchdata.CPUSeconds()
	for b.Loop() {
		for lo := 0; lo < len(srcs); lo += size {
			s.findLevels(c, srcs[lo:lo+size], levelCounts)
			rounds += len(s.rv)
			s.runBatch(c, acc, pairOwner{})
		}
	}
	return benchdata.CPUSeconds() - start, rounds
}

// BenchmarkRoundCost runs the batched searches of exact Paths on one core,
// every target counted (as in BenchmarkPathsKernel100k), from all its
// sources in whole batches of 64 (the first 1,024 above 10,000 partners),
// on the combined partner graph of gen_network.py N for N = 1,000, 3,000,
// 10,000, 20,000, 30,000, 50,000 and 100,000 (each skipped when its
// network is missing), and
// reports the CPU time per round of a node (cpu-ns/round):
// what one entry of a round costs, its node's path counts and dependencies
// for every source of the batch that reaches it then. The time of the
// exact computation is about this cost times its rounds (rounds/src/node
// × n²).
// The graphs up to 10,000 partners leave a worker's 64 values per node in
// the cache (512 KB at 1,000, 5 MB at 10,000; one core of the project's
// machine keeps 4 to 16 MB, BenchmarkLoadLatency), the larger ones do not
// (10 MB at 20,000, 51 MB at 100,000); "Where the 100k time goes" in
// bench/EXACT.md reads the difference. The path counts are 16-bit, as
// Paths keeps them (see bfs.countPaths); partners=100000-float64 runs the
// searches at 100,000 partners with float64 path counts, for comparison.
func BenchmarkRoundCost(b *testing.B) {
	for _, partners := range []int{1000, 3000, 10000, 20000, 30000, 50000, 100000, -100000} {
		name, wide := fmt.Sprintf("partners=%d", partners), partners < 0
		if wide {
			partners = -partners
			name = fmt.Sprintf("partners=%d-float64", partners)
		}
		b.Run(name, func(b *testing.B) {
			g := NewGraph(benchdata.Load(b, partners).PartnerGraph(lipnet.Combined))
			c := ballOrder(g)
			c.setWeights(nil)
			srcs := pivots(g.Len(), 0, 0)
			if g.Len() > 10000 {
				srcs = srcs[:1024]
			}
			srcs = srcs[:len(srcs)/lanes*lanes]
			s := newBFS(g.Len(), 0, true, haveAVX512)
			s.narrow = !wide
			cpu, rounds := runBatches(b, s, c, srcs, lanes)
			b.ReportMetric(cpu/float64(rounds)*1e9, "cpu-ns/round")
			b.ReportMetric(float64(rounds)/float64(b.N)/float64(len(srcs))/float64(g.Len()), "rounds/src/node")
		})
	}
}

// unionRounds returns the rounds nodes would be on, summed over the nodes,
// were srcs searched in batches of 128: per pair of consecutive batches of
// 64, the distinct rounds of each node in either. A node's rounds are bits
// of a word, so a search of more than 64 rounds would be undercounted; it
// fails instead.
func unionRounds(s *bfs, c *relabelled, srcs []int32) float64 {
	n := len(c.perm)
	on := make([]uint64, n) // per node: the rounds it is on, as bits
	total := 0
	for lo := 0; lo+2*lanes <= len(srcs); lo += 2 * lanes {
		clear(on)
		for h := range 2 {
			s.findLevels(c, srcs[lo+h*lanes:][:lanes], levelCounts)
			if len(s.rstart) > 65 {
				panic("unionRounds: more than 64 rounds")
			}
			for r := 0; r+1 < len(s.rstart); r++ {
				for _, v := range s.rv[s.rstart[r]:s.rstart[r+1]] {
					on[v] |= 1 << (r & 63)
				}
			}
		}
		for _, x := range on {
			total += bits.OnesCount64(x)
		}
	}
	return float64(total)
}

// BenchmarkBatchWork counts what bfs.runBatch reads on the combined
// partner graph of gen_network.py 10000 (skipped when the network is
// missing), for the first 2,048 sources of three orders: balls, the order
// Paths searches them in (batchOrder); breadth-first, 64 consecutive nodes
// of c; and index, the nodes' own order, which exact Paths used before
// (the partners sorted by ID, which the generator deals out to the LIPs in
// turn, so a batch spans up to 64 LIPs). It counts the dependencies' pass,
// as fractions of what one search per source reads there (every arc, once
// per source): reads/arc is the neighbours whose mask it reads, hits/arc
// those whose mask shares a source with the node's, adds/arc the values it
// adds (the arcs between consecutive levels of a source, which Brandes'
// algorithm must add in any case; the path counts, which bfs.findLevels
// takes along, add the same arcs the other way); rounds/node is the number
// of rounds a node is on per batch of 64 sources; sources/hit and
// shared/hit are, per hit, the sources the neighbour is on its round for
// and those of them it shares with the node.
func BenchmarkBatchWork(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 10000).PartnerGraph(lipnet.Combined))
	c := bfsOrder(g)
	c.setWeights(nil)
	s := newBFS(g.Len(), 0, true, haveAVX512)
	breadth, index := make([]int32, g.Len()), make([]int32, g.Len())
	for v := range int32(g.Len()) {
		breadth[v], index[v] = v, c.inv[v]
	}
	for _, o := range []struct {
		name  string
		order []int32
	}{{"balls", batchOrder(c.off, c.nbr, pivots(len(c.perm), 0, 0))}, {"breadth-first", breadth}, {"index", index}} {
		b.Run(o.name, func(b *testing.B) {
			var reads, hits, adds, held, entries, arcs, batches int
			for b.Loop() {
				reads, hits, adds, held, entries, arcs, batches = 0, 0, 0, 0, 0, 0, 0
				for lo := 0; lo < 2048; lo += lanes {
					s.findLevels(c, o.order[lo:lo+lanes], levelCounts)
					eachDependencyStep(s, func(v int32, m uint64) {
						for _, u := range c.nbr[c.off[v]:c.off[v+1]] {
							reads++
							if dm := s.mask[u] & m; dm != 0 {
								hits++
								adds += bits.OnesCount64(dm)
								held += bits.OnesCount64(s.mask[u])
							}
						}
					})
					entries += len(s.rv)
					arcs += lanes * len(c.nbr)
					batches++
				}
			}
			b.ReportMetric(float64(reads)/float64(arcs), "reads/arc")
			b.ReportMetric(float64(hits)/float64(arcs), "hits/arc")
			b.ReportMetric(float64(adds)/float64(arcs), "adds/arc")
			b.ReportMetric(float64(entries)/float64(batches*g.Len()), "rounds/node")
			b.ReportMetric(float64(held)/float64(hits), "sources/hit")
			b.ReportMetric(float64(adds)/float64(hits), "shared/hit")
		})
	}
}

// eachDependencyStep calls f with each node v and its sources m of the
// rounds of s's last findLevels whose nodes have successors (all but the
// last), outermost first, with s.mask holding the sources of the round
// after v's, as bfs.runBatch reads them: the counting benchmarks'
// dependencies' step without its arithmetic.
func eachDependencyStep(s *bfs, f func(v int32, m uint64)) {
	rs := s.rstart
	s.eachRoundBack(func(r int, last bool) {
		if last {
			return
		}
		for k := rs[r]; k < rs[r+1]; k++ {
			f(s.rv[k], s.rm[k])
		}
	})
}

// BenchmarkLanczos runs the Lanczos method of Eigenvector on the largest
// component of the combined partner graph of gen_network.py 100000
// (skipped when the network is missing), orthogonalising against the whole
// 40-vector basis (full) and selectively with a 60-vector basis
// (selective, what Eigenvector does there), and reports the products with
// the matrix each took. cpu-s/op is the CPU time over all threads.
func BenchmarkLanczos(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	label, sizes := Components(g)
	big := 0
	for c, size := range sizes {
		if size > sizes[big] {
			big = c
		}
	}
	var nodes []int32
	for v, c := range label {
		if c == big {
			nodes = append(nodes, int32(v))
		}
	}
	for _, selective := range []bool{false, true} {
		name := "full"
		if selective {
			name = "selective"
		}
		b.Run(name, func(b *testing.B) {
			x, local := make([]float64, g.Len()), make([]int32, g.Len())
			var products int
			cpu := benchdata.CPUSeconds()
			for b.Loop() {
				_, products, _ = lanczos(g, nodes, x, local, selective)
			}
			b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(products), "products")
		})
	}
}

// BenchmarkBatchOrder100k times batchOrder, the exact computation's
// grouping of its sources into balls, as ballOrder runs it, on the
// combined partner graph of gen_network.py 100000 (skipped when the
// network is missing). It reports where the arcs end (see ballSpread):
// the share of arcs between nodes of balls 1 to 3 apart (near-arcs) and
// further apart (far-arcs), whose values a search reads from far away in
// memory.
func BenchmarkBatchOrder100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	_, _, seeds := bfsComponents(g)
	var order []int32
	for b.Loop() {
		if order = batchOrder(g.off, g.nbr, seeds); len(order) != g.Len() {
			b.Fatal("batchOrder lost nodes")
		}
	}
	near, far := ballSpread(g, order)
	b.ReportMetric(near, "near-arcs")
	b.ReportMetric(far, "far-arcs")
}

// ballSpread returns the shares of g's arcs whose ends lie in batches of
// order (of lanes nodes each) 1 to 3 apart (near) and more than 3 apart
// (far).
func ballSpread(g *Graph, order []int32) (near, far float64) {
	ball := make([]int, g.Len())
	for k, v := range order {
		ball[v] = k / lanes
	}
	var arcs int
	for v := range g.Len() {
		for _, u := range g.Neighbours(v) {
			arcs++
			switch ballGap(ball[u], ball[v]) {
			case gapNear:
				near++
			case gapFar:
				far++
			}
		}
	}
	return near / float64(arcs), far / float64(arcs)
}

// How far apart two balls are, for ballSpread and depsLines.
const (
	gapSame = iota // the same ball
	gapNear        // one to three balls apart
	gapFar         // further
)

// ballGap returns how far apart balls a and b are.
func ballGap(a, b int) int {
	switch d := a - b; {
	case d < -3 || d > 3:
		return gapFar
	case d != 0:
		return gapNear
	}
	return gapSame
}

// BenchmarkPairOwners100k runs 4 batches of exact Paths' sources on the
// combined partner graph of gen_network.py 100000 (skipped when missing),
// on one core, starting at=P% of the way through Paths' order, where a
// batch counts the pairs with the P% of nodes before it (see
// pairOwner): with the path counts taken along by the search (counts) or
// counted on the rounds pruneRounds leaves (pruned). Both give the same
// bits; the cost of each tells where Paths switches. Beside the whole CPU
// time it reports that of each pass: the search (findLevels, with the
// path counts when they are taken along), pruneRounds, countRounds and
// the dependencies (runBatch). top-batches is the share of its batches
// whose 16-bit path counts reached maxCount, which Paths would count
// again in float64 (see bfs.countPaths); past-targets, of the pruned
// batches, the share of the search's rounds beyond the last that holds a
// counted target (see pastTargets).
func BenchmarkPairOwners100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := ballOrder(g)
	c.setWeights(nil)
	n := len(c.perm)
	for _, at := range []int{5, 25, 50, 75, 95} {
		for _, pruned := range []bool{false, true} {
			name := fmt.Sprintf("at=%d/counts", at)
			if pruned {
				name = fmt.Sprintf("at=%d/pruned", at)
			}
			b.Run(name, func(b *testing.B) {
				s := newBFS(n, 0, true, haveAVX512)
				acc := make([]float64, n)
				first := int32(n * at / 100 / lanes * lanes)
				var srcs [lanes]int32
				var rounds, tops int
				var past float64     // pastTargets, summed over the pruned batches
				var phase [4]float64 // CPU seconds: search, pruning, path counts, dependencies
				var t float64        // when the pass now timed began
				lap := func(i int) {
					now := benchdata.CPUSeconds()
					phase[i] += now - t
					t = now
				}
				cpu := benchdata.CPUSeconds()
				for b.Loop() {
					for lo := first; lo < first+4*lanes; lo += lanes {
						for i := range srcs {
							srcs[i] = lo + int32(i)
						}
						own := pairOwner{lo, lo + lanes}
						s.top = false
						t = benchdata.CPUSeconds()
						if pruned {
							s.findLevels(c, srcs[:], levelRounds)
							lap(0)
							past += pastTargets(s, own)
							t = benchdata.CPUSeconds() // not a pass of Paths
							s.pruneRounds(c, own)
							lap(1)
							s.countRounds(c)
							lap(2)
						} else {
							s.findLevels(c, srcs[:], levelCounts)
							lap(0)
						}
						rounds += len(s.rv)
						if s.top {
							tops++
						}
						s.runBatch(c, acc, own)
						lap(3)
					}
				}
				b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
				b.ReportMetric(float64(rounds)/float64(b.N)/float64(4*lanes)/float64(n), "rounds/src/node")
				b.ReportMetric(float64(tops)/float64(b.N)/4, "top-batches")
				if pruned {
					b.ReportMetric(past/float64(b.N)/4, "past-targets")
				}
				for i, unit := range []string{"search-cpu-s/op", "prune-cpu-s/op", "counts-cpu-s/op", "deps-cpu-s/op"} {
					if pruned || i == 0 || i == 3 {
						b.ReportMetric(phase[i]/float64(b.N), unit)
					}
				}
			})
		}
	}
}

// BenchmarkLeafReads100k counts, in the dependencies' step (bfs.runBatch)
// of 4 batches at 5%, 25%, 50%, 75% and 95% of the order of exact Paths on
// the combined partner graph of gen_network.py 100000 (skipped when
// missing), how much of what a round reads is of leaves: a neighbour with
// no successor of its own for a source, whose coefficient is pass ×
// target weight / path count, which a reader could make from the 16-bit
// path counts rather than load (bench/EXACT.md, "Tried on 2026-12-03";
// not built). It reports the share of the neighbours' reads that are of
// leaves only (leaf-reads), of the sources read that are leaves'
// (leaf-sources) and of the rounds' entries that are leaves for all their
// sources (leaf-nodes); and, of the lines of coefficients read now (the
// bytes of each matching mask), what such a reader would read in
// coefficients (value-lines) and in path counts (count-lines, 32 a line).
// The arcs inside the hubs' cliques are read as plain arcs.
func BenchmarkLeafReads100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := ballOrder(g)
	c.setWeights(nil)
	n := len(c.perm)
	s := newBFS(n, 0, true, haveAVX512)
	// the sources each node has a successor for on its rounds of each
	// parity: those of round r+1 are read while round r's are written
	held := [2][]uint64{make([]uint64, n), make([]uint64, n)}
	setHalves := func(x uint64) (k float64) {
		if uint32(x) != 0 {
			k++
		}
		if x>>32 != 0 {
			k++
		}
		return k
	}
	for _, at := range []int{5, 25, 50, 75, 95} {
		b.Run(fmt.Sprintf("at=%d", at), func(b *testing.B) {
			var nodes, leafNodes, reads, leafReads, read, leafRead, lines, valueLines, countLines float64
			first := int32(n * at / 100 / lanes * lanes)
			var srcs [lanes]int32
			for b.Loop() {
				nodes, leafNodes, reads, leafReads, read, leafRead, lines, valueLines, countLines = 0, 0, 0, 0, 0, 0, 0, 0, 0
				for lo := first; lo < first+4*lanes; lo += lanes {
					for i := range srcs {
						srcs[i] = lo + int32(i)
					}
					own := pairOwner{lo, lo + lanes}
					s.countPaths(c, srcs[:], own, 2*int(lo) < n, true)
					s.eachRoundBack(func(r int, last bool) {
						for k := s.rstart[r]; k < s.rstart[r+1]; k++ {
							v, m := s.rv[k], s.rm[k]
							var found uint64
							if !last {
								for _, u := range c.nbr[c.off[v]:c.off[v+1]] {
									dm := s.mask[u] & m
									if dm == 0 {
										continue
									}
									found |= dm
									leaf := dm &^ held[(r+1)&1][u]
									reads++
									if leaf == dm {
										leafReads++
									}
									read += float64(bits.OnesCount64(dm))
									leafRead += float64(bits.OnesCount64(leaf))
									lines += setBytes(dm)
									valueLines += setBytes(dm &^ leaf)
									countLines += setHalves(leaf)
								}
							}
							held[r&1][v] = found
							nodes++
							if found == 0 {
								leafNodes++
							}
						}
					})
				}
			}
			if reads == 0 {
				b.Fatal("the dependencies' step read no neighbour")
			}
			b.ReportMetric(leafReads/reads, "leaf-reads")
			b.ReportMetric(leafRead/read, "leaf-sources")
			b.ReportMetric(leafNodes/nodes, "leaf-nodes")
			b.ReportMetric(valueLines/lines, "value-lines")
			b.ReportMetric(countLines/lines, "count-lines")
		})
	}
}

// setBytes counts the bytes of x that are not 0: the lines of a node's 64
// float64 values that the sources of x touch.
func setBytes(x uint64) (k float64) {
	for ; x != 0; x >>= 8 {
		if x&0xff != 0 {
			k++
		}
	}
	return k
}

// pastTargets is the share of the rounds' entries (a node and its
// sources) of the last findLevels that lie beyond its last round holding
// a target own counts: what a search stopped there would not list. The
// farness of closeness could be summed from the other end for those
// pairs; at 100k partners the counted targets reach the last round or the
// one before it, so there is nothing to stop early (bench/EXACT.md).
func pastTargets(s *bfs, own pairOwner) float64 {
	last := 0
	for r := range len(s.rstart) - 1 {
		for _, v := range s.rv[s.rstart[r]:s.rstart[r+1]] {
			if own.weight(v) > 0 {
				last = r
				break
			}
		}
	}
	return 1 - float64(s.rstart[last+1])/float64(len(s.rv))
}

// BenchmarkLoadLatency measures what the memory of this machine makes a
// load cost that depends on the one before, over working sets of 1 to 128
// MB: a random cycle through one 64-byte line in each (a pointer chase;
// the gathers of the rounds read values and masks scattered over the
// graph). ns/load is the time of one load. The processor may report more
// cache than a core can keep: where the time per load jumps is where a
// worker's values (64 per node, 512 bytes; 51 MB at 100,000 nodes) stop
// being found in the cache ("Where the 100k time goes" in bench/EXACT.md).
func BenchmarkLoadLatency(b *testing.B) {
	const line = 8 // uint64s per 64-byte line
	for mb := 1; mb <= 128; mb *= 2 {
		b.Run(fmt.Sprintf("MB=%d", mb), func(b *testing.B) {
			lines := mb << 20 / 64
			next := make([]uint64, lines*line)
			// the lines in a random order, each pointing to the next and
			// the last to the first: one cycle through every line, whose
			// next step no prefetcher can guess
			r := rand.New(rand.NewPCG(uint64(mb), 7))
			cycle := make([]uint32, lines)
			for i := range cycle {
				cycle[i] = uint32(i)
			}
			r.Shuffle(lines, func(i, j int) { cycle[i], cycle[j] = cycle[j], cycle[i] })
			for i, l := range cycle {
				next[int(l)*line] = uint64(cycle[(i+1)%lines]) * line
			}
			const loads = 1 << 22
			var p uint64
			for b.Loop() {
				for range loads {
					p = next[p]
				}
			}
			if p >= uint64(len(next)) {
				b.Fatal("the chase left the array")
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/loads, "ns/load")
		})
	}
}

// BenchmarkDepsCache100k replays the lines of memory that the dependencies'
// step (bfs.runBatch) reads, in its order, through a model of a cache: a
// fully associative LRU cache of 2, 4 or 8 MB of 64-byte lines, for two
// batches at half way through the order of exact Paths on the combined
// partner graph of gen_network.py 100000 (skipped when missing), every
// target counted. It reports the lines a round of a node misses, by what
// they hold: the node's own (counts-miss/round: both lines of its 16-bit
// path counts, which the assembly reads whole; own-miss/round: the lines
// of coefficients it stores, which it reads first), those of matching
// neighbours in its own ball and of the members a hub sums (ball-), of
// matching neighbours one to three balls away (near-) and further (far-),
// hubs' values (hub-), and the masks (mask-); miss/round is their sum. A
// model, not the processor: it has no prefetching and no associativity,
// and it leaves out the rows, the rounds' lists and the path counts'
// pass.
//
// layout=nodes models the coefficients as runBatch keeps them, 64 a node
// side by side; layout=rounds a layout not built, in which each round's
// coefficients lie in one array, only those of each node's sources on the
// round, node after node (two arrays, by the round's parity), and a
// node's mask sits beside the position of its coefficients in its round's
// array, 16 bytes a node in an array of their own.
func BenchmarkDepsCache100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := ballOrder(g)
	c.setWeights(nil)
	n := int32(len(c.perm))
	s := newBFS(int(n), 0, true, haveAVX512)
	for _, mb := range []int{2, 4, 8} {
		for _, byRound := range []bool{false, true} {
			layout := "nodes"
			if byRound {
				layout = "rounds"
			}
			b.Run(fmt.Sprintf("cache=%dMB/layout=%s", mb, layout), func(b *testing.B) {
				var miss [7]float64
				var rounds int
				for b.Loop() {
					miss, rounds = [7]float64{}, 0
					cache := newLRU(mb << 20 / 64)
					first := n / 2 / lanes * lanes
					var srcs [lanes]int32
					for lo := first; lo < first+2*lanes; lo += lanes {
						for i := range srcs {
							srcs[i] = lo + int32(i)
						}
						s.findLevels(c, srcs[:], levelCounts)
						rounds += depsLines(c, s, cache, &miss, byRound)
					}
				}
				total := 0.0
				for i, kind := range []string{"own", "ball", "near", "far", "hub", "mask", "counts"} {
					b.ReportMetric(miss[i]/float64(rounds), kind+"-miss/round")
					total += miss[i]
				}
				b.ReportMetric(total/float64(rounds), "miss/round")
			})
		}
	}
}

// depsLines passes the lines runBatch reads in the rounds of the last
// search of s (every target counted) through cache, counting the misses of
// each kind (see BenchmarkDepsCache100k) in miss, and returns the rounds
// of a node it went through. With byRound, the coefficients lie round by
// round, only those of each node's sources there (layout=rounds).
func depsLines(c *relabelled, s *bfs, cache *lru, miss *[7]float64, byRound bool) (rounds int) {
	const own, ball, near, far, hub, maskLine, countLine = 0, 1, 2, 3, 4, 5, 6
	n := int32(len(c.perm))
	touch := func(kind int, line uint64) {
		if !cache.touch(line) {
			miss[kind]++
		}
	}
	const masks = 1 << 40    // the masks' lines, apart from the values'
	const counts = 1 << 41   // the 16-bit path counts' lines
	const byRounds = 1 << 42 // the coefficients' lines with byRound
	rv, rm, rs := s.rv, s.rm, s.rstart
	maskBytes := uint64(8)
	// with byRound: where each entry of a round starts in its round's
	// array, in bytes; the two arrays, each as long as the longest round;
	// and the entry of each node on the round after the one at work
	var start []uint64
	var longest uint64
	var entry []int32
	if byRound {
		maskBytes = 16
		start = make([]uint64, len(rv))
		for r := range len(rs) - 1 {
			var p uint64
			for k := rs[r]; k < rs[r+1]; k++ {
				start[k] = p
				p += uint64(bits.OnesCount64(rm[k])) * 8
			}
			longest = max(longest, p)
		}
		entry = make([]int32, n)
	}
	// where round r's array starts, with byRound
	region := func(r int) uint64 { return byRounds + uint64(r%2)*(longest+64) }
	// the lines holding bytes [from, from+size) of the coefficients
	span := func(kind int, from, size uint64) {
		for l := from / 64; size > 0 && l <= (from+size-1)/64; l++ {
			touch(kind, l)
		}
	}
	// the lines of w's values (a node or hub; with byRound a node on round
	// r) that hold a source of bits
	values := func(kind int, w int32, r int, bits8 uint64) {
		if !byRound || w >= n {
			for j := range uint64(8) {
				if bits8>>(8*j)&0xff != 0 {
					touch(kind, uint64(w)*8+j)
				}
			}
			return
		}
		k := entry[w]
		at := region(r) + start[k]
		for j := range uint64(8) {
			if bits8>>(8*j)&0xff != 0 {
				before := uint64(bits.OnesCount64(rm[k] & (1<<(8*j) - 1)))
				span(kind, at+before*8, uint64(bits.OnesCount64(rm[k]>>(8*j)&0xff))*8)
			}
		}
	}
	maskOf := func(w int32) { touch(maskLine, masks+uint64(w)*maskBytes/64) }
	// the rounds and masks as runBatch sets them (eachRoundBack), each
	// hub's bits made when first read on a round (hubBits), as hubSum makes
	// its values
	s.eachRoundBack(func(r int, last bool) {
		if !last {
			for k := rs[r+1]; k < rs[r+2]; k++ {
				maskOf(rv[k])
				if byRound {
					entry[rv[k]] = k
				}
			}
		}
		for k := rs[r]; k < rs[r+1]; k++ {
			v, m := rv[k], rm[k]
			rounds++
			var row []int32 // the last round has no successors
			if !last {
				row = c.anbr[c.aoff[v]:c.aoff[v+1]]
			}
			for _, u := range row {
				if u >= n { // v's hub
					if s.hubBits(c, u-n, s.mask) {
						for _, w := range c.members(u - n) {
							maskOf(w)
							values(ball, w, r+1, s.mask[w])
						}
						values(hub, u, r+1, s.mask[u])
					}
					values(hub, u, r+1, s.mask[u]&m)
					continue
				}
				maskOf(u)
				kind := [...]int{gapSame: ball, gapNear: near, gapFar: far}[ballGap(int(u/lanes), int(v/lanes))]
				values(kind, u, r+1, s.mask[u]&m)
			}
			// its 16-bit path counts, both lines, and the lines of its
			// coefficients it stores
			touch(countLine, counts+uint64(v)*2)
			touch(countLine, counts+uint64(v)*2+1)
			if byRound {
				span(own, region(r)+start[k], uint64(bits.OnesCount64(m))*8)
			} else {
				values(own, v, r, m)
			}
		}
	})
	return rounds
}

// lru is a fully associative cache of lines with least-recently-used
// eviction, for BenchmarkDepsCache100k.
type lru struct {
	size int
	use  *list.List // lines, most recent first
	at   map[uint64]*list.Element
}

func newLRU(lines int) *lru {
	return &lru{size: lines, use: list.New(), at: map[uint64]*list.Element{}}
}

// touch reads line, saying whether it was in the cache.
func (c *lru) touch(line uint64) bool {
	if e, ok := c.at[line]; ok {
		c.use.MoveToFront(e)
		return true
	}
	c.at[line] = c.use.PushFront(line)
	if c.use.Len() > c.size {
		old := c.use.Back()
		delete(c.at, old.Value.(uint64))
		c.use.Remove(old)
	}
	return false
}
