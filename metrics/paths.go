package metrics

import (
	"cmp"
	"math"
	"math/bits"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
)

// PathOptions configures Paths. The zero value computes every measure
// exactly on all available cores.
type PathOptions struct {
	// Samples is the number k of source nodes (pivots) betweenness is
	// estimated from. Zero, a negative value or k >= n means exact: every
	// node is a source.
	Samples int
	// Seed seeds the PCG generator (math/rand/v2) the pivots are drawn with.
	Seed uint64
	// Workers is the number of goroutines; 0 means runtime.GOMAXPROCS(0).
	// The result does not depend on it.
	Workers int
	// Plain turns off the exact reductions (degree-1 folding and twins;
	// see Paths), for comparison; the results agree to rounding.
	Plain bool
	// reductions turns single reductions off, for tests and benchmarks.
	reductions reductionSet
	// kernel picks how the path counts and dependencies run, for tests and
	// benchmarks: by default a batch at a time (bfs.runBatch) when exact or
	// when more than one batch of pivots is drawn, within batchedBytes, and
	// one source at a time (bfs.run) otherwise.
	kernel pathKernel
	// portable runs the batched kernel's loops in Go where their AVX-512
	// assembly could run (see lanes.go), for tests and benchmarks.
	portable bool
	// wide keeps the batched path counts in float64 throughout, rather
	// than 16-bit counts first (see bfs.narrow), for tests and benchmarks.
	wide bool
	// Progress, when not nil, is called each time a batch of up to 64
	// searches is finished, with the number of searches done and the total
	// (one per source, or per node of the reduced graph). Calls are never
	// concurrent.
	Progress func(done, total int)
}

// PathMeasures holds the shortest-path centralities of every node, indexed
// by node index.
type PathMeasures struct {
	// Betweenness is the normalised betweenness centrality (exact or
	// sampled); see Betweenness.
	Betweenness []float64
	// Closeness and Harmonic are exact (see Closeness and Harmonic), and nil
	// when betweenness was sampled: a sample of sources cannot give every
	// node's distances.
	Closeness []float64
	Harmonic  []float64
}

// pathBlocks is the number of fixed blocks the sources are split into. Each
// block's betweenness is summed separately and the blocks are added in a
// fixed order (the last first, as they are handed out; see blockQueue), so
// the result does not depend on scheduling or on Workers.
const pathBlocks = 64

// Paths returns betweenness, closeness and harmonic centrality from one
// breadth-first search per source node (hop counts; weights are ignored).
// Betweenness uses Brandes' (2001) dependency accumulation. The distance
// levels of 64 sources at a time come from one bit-parallel multi-source
// search (Then et al. 2014; see bfs.findLevels), which lists its rounds
// (the nodes each level reaches, with the sources that reach them there)
// and can take the path counts of the whole batch along; the dependencies
// then follow the rounds back, the 64 sources' values of a node side by
// side, so that one read of a neighbour serves every source it matches
// (see bfs.runBatch). In an undirected graph a pair of nodes adds the same
// to every dependency from either end, so an exact batch counts only its
// pairs with the nodes before it, twice, and those among its own sources
// (see pairOwner): a node that leads from a source to none of those
// targets adds nothing for it. The dependencies' step skips those; and
// in the first half of the sources, where they are many, the search
// lists its rounds alone, they are dropped from the rounds (see
// bfs.pruneRounds) and the path counts are counted on what is left (see
// bfs.countRounds; BenchmarkPairOwners100k). Sampled batches keep every
// target. The path counts are whole numbers, kept as 16-bit counts while
// they fit, and counted again in float64 in a batch where one does not
// (see bfs.countPaths): the search then moves a quarter of the memory,
// for the same bits. On amd64 processors with AVX-512, the loops over a
// node's 64 values run as assembly that keeps them in vector registers
// and adds them under the sources' bits as masks, with no branch per
// source; it gives the same bits as the portable loops, which the purego
// build tag keeps to (see lanes.go). The exact batches are balls of 64 nodes
// close together (see batchOrder), which are on fewer rounds than batches of
// 64 nodes in breadth-first order or in their own (BenchmarkBatchWork), and
// the nodes are numbered in their order, so that a ball's values lie side by
// side (see ballOrder); each round lists its nodes in that order (see
// bfs.sortNodes). Cliques of four or more nodes, such as the members of
// one body of a partnership, are read through one hub each (see findHubs):
// a hub sums its members' values once per level and round, and each member
// reads that sum rather than every other member's values. Sampled sources
// are batched the same way, on the same numbering, when there are more
// than 64 of them; up to 64 pivots, each
// source's path counts and dependencies run level by level on the CSR
// arrays, pulled or pushed whichever reads fewer edges (see bfs.run), which
// is then about as fast without 64 values per node
// (BenchmarkPathsSampled100k).
// Nothing stores predecessor lists or any n×n table: memory is O(n) per
// worker (64 n-vectors of int32 for the levels of a batch, a few more of
// counts, and in the batched computation 64 float64 values and 64 16-bit
// counts per node and hub; fewer workers run where those could pass 1 GiB
// in all, and a graph where one worker's could, of over 1.3 million
// nodes, counts one source at a time)
// plus at most one n-vector per block of sources in flight. Sources
// are split into up to 64 fixed blocks shared out among the workers, the
// last first (in an exact computation the later blocks cost the most), and
// the blocks' sums are added in that order, so the result is the same bit
// for bit for any Workers.
//
// The exact computation first folds the nodes of degree 1 (Baglioni et al.
// 2012): pendant nodes are removed one after the other until none is left,
// so that every tree hanging on the rest of the graph (the core) is folded
// into the core node it hangs on. Every shortest path from a node of such
// a tree to the outside runs through that core node, so the searches run
// on the core only, each core node weighing as many nodes as its tree, and
// the measures of the folded nodes follow by counting: a folded node is an
// inner node of exactly the pairs it separates, and its distances are its
// depth plus its root's, or distances inside its tree (see
// reduction.expand). Then it merges twins (Sariyüce et al. 2013): nodes
// of the core with the same neighbours and equal trees, either adjacent to
// each other (closed twins, such as partners that sit on the same bodies
// and have no ties of their own in a co-membership projection) or not (open
// twins, such as isolated nodes). Twins have equal measures, so one search
// per class on the graph of classes, each class weighing as many nodes as
// it has members, gives every node's values. The results equal the plain
// algorithm's to rounding (opts.Plain turns the reductions off). A
// co-membership projection, where many partners sit on the same bodies and
// nothing else, has many twins and gains most; BenchmarkPathsGenerated
// measures each reduction on generated networks. Paths are hop counts, so
// weights never decide who is a twin.
//
// With opts.Samples = k, 0 < k < n, betweenness is the estimator of Brandes
// & Pich (2007): k pivots are drawn uniformly without replacement (partial
// Fisher-Yates with a PCG source seeded by opts.Seed), each pivot's
// dependencies are accumulated as in the exact algorithm, and the sum is
// scaled by n/k, which makes it unbiased (as nx.betweenness_centrality with
// k=k). Closeness and Harmonic are then nil. k >= n is the exact
// computation.
//
// gonum's network.Betweenness is not used: it counts ordered pairs, leaves
// out zeros, its closeness needs an O(n²) path.AllShortest, and it is far
// slower (BenchmarkPaths against BenchmarkGonumBetweenness; the README's
// Performance section has the figures).
//
// An empty graph gives empty slices.
func Paths(g *Graph, opts PathOptions) PathMeasures {
	n := g.Len()
	sources := pivots(n, opts.Samples, opts.Seed)
	exact := len(sources) == n
	res := PathMeasures{Betweenness: make([]float64, n)}
	if exact {
		res.Closeness = make([]float64, n)
		res.Harmonic = make([]float64, n)
	}
	if n == 0 {
		return res
	}
	// The exact measures run on the reduced graph (degree-1 folding, then
	// twins), one search per node of it.
	work := g
	var red *reduction
	if exact && !opts.Plain {
		if red = reduce(g, opts.reductions); red != nil {
			work = red.h
			sources = sources[:work.Len()]
		}
	}
	nw := work.Len()
	// at most pathBlocks blocks, of at least one batch of lanes sources
	// each where there are enough: one multi-source search finds the
	// levels of a whole batch, so smaller batches would repeat it
	batches := (len(sources) + lanes - 1) / lanes
	nb := min(pathBlocks, batches)
	// block b runs the sources from bound(b) to bound(b+1), whole batches
	// but for the last: a batch's search costs nearly as much with fewer
	// sources
	bound := func(b int) int { return min(len(sources), b*batches/nb*lanes) }
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, nb)
	// the batched path counts keep 64 values per node and worker, and as
	// many 16-bit counts (see countPaths): above batchedBytes in all they
	// would hold more memory than the search is worth, so fewer workers
	// run, and a graph too large for one worker
	// counts one source at a time, as do up to 64 pivots, which the batched
	// loops over all 64 values of a node serve little or no faster
	// (BenchmarkPathsSampled100k). Which kernel runs decides how the sums
	// are rounded, so it must not depend on the number of workers. The
	// hubs hold 64 values and counts each too, and there is at most one for
	// every minHub nodes (see findHubs).
	perWorker := int64(nw+nw/minHub) * lanes * (8 + 2)
	batched := opts.kernel == batchedKernel ||
		opts.kernel != perSourceKernel && (exact || len(sources) > lanes) && perWorker <= batchedBytes
	if batched {
		workers = int(max(1, min(int64(workers), batchedBytes/perWorker)))
	}
	// sources close together share more of their levels, so a batch's
	// search reads less and its nodes are on fewer rounds
	// (BenchmarkPathsGenerated, BenchmarkBatchWork); numbered in ball
	// order, the nodes a round reaches together lie together in memory
	// (BenchmarkPathsKernel100k, BenchmarkPathsSampled100k)
	var c *relabelled
	if exact || batched {
		c = ballOrder(work)
	} else {
		c = bfsOrder(work)
	}
	if exact {
		copy(sources, c.perm)
	} else {
		slices.SortFunc(sources, func(a, b int32) int { return cmp.Compare(c.inv[a], c.inv[b]) })
	}
	c.setWeights(red)
	bw := make([]float64, nw) // Σ over sources of tgt(source) × dependency, per node of work
	var reached, farness, harmonic []float64
	var shifted [][]float64 // per node of work: pathStats' sums for depths 1 and more
	if exact {
		reached, farness, harmonic = make([]float64, nw), make([]float64, nw), make([]float64, nw)
		shifted = make([][]float64, nw)
		if red != nil && red.prof != nil {
			for a, p := range red.prof {
				shifted[a] = make([]float64, len(p)-1)
			}
		}
	}

	q := newBlockQueue(nb, nw, func(acc []float64) {
		for i, x := range acc {
			bw[c.perm[i]] += x
		}
	})
	var (
		mu   sync.Mutex
		done int // sources finished
	)
	progressed := func(searches int) {
		if opts.Progress != nil {
			mu.Lock()
			defer mu.Unlock()
			done += searches
			opts.Progress(done, len(sources))
		}
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := newBFS(nw, c.maxDepth, batched, haveAVX512 && !opts.portable)
			narrow := !opts.wide && c.wholePass
			sh := make([]float64, c.maxDepth+1)
			var ci [lanes]int32
			for {
				b, acc := q.take()
				if b < 0 {
					return
				}
				lo, hi := bound(b), bound(b+1)
				for blo := lo; blo < hi; blo += lanes {
					batch := sources[blo:min(blo+lanes, hi)]
					for i, src := range batch {
						ci[i] = c.inv[src]
					}
					switch {
					case !batched:
						s.findLevels(c, ci[:len(batch)], levelOrders)
						for i := range batch {
							s.run(c, i, acc)
						}
					case exact && !opts.Plain:
						// each pair from its later end (see pairOwner)
						own := pairOwner{int32(blo), int32(blo + len(batch))}
						// before half way, the path counts only where
						// they lead to a counted target: there enough
						// nodes lead to none for the separate passes to
						// pay (BenchmarkPairOwners100k)
						s.countPaths(c, ci[:len(batch)], own, 2*blo < len(sources), narrow)
						s.runBatch(c, acc, own)
					default:
						s.countPaths(c, ci[:len(batch)], pairOwner{}, false, narrow)
						s.runBatch(c, acc, pairOwner{})
					}
					if exact {
						for i, src := range batch {
							sh := sh[:len(shifted[src])+1]
							reached[src], farness[src] = red.pathStats(src, s.distances(c, i), sh)
							harmonic[src] = sh[0]
							copy(shifted[src], sh[1:])
						}
					}
					progressed(len(batch))
				}
				q.finish(b, acc)
			}
		}()
	}
	wg.Wait()

	if red != nil {
		red.expand(&res, bw, reached, farness, harmonic, shifted)
	} else {
		copy(res.Betweenness, bw)
		if exact {
			for v := range n {
				res.Closeness[v] = closenessOf(reached[v], farness[v], n)
			}
			copy(res.Harmonic, harmonic)
		}
	}

	// nx.betweenness_centrality, normalized: 1/((n-1)(n-2)) over ordered
	// pairs (each unordered pair is counted from both ends), times n/k when
	// sampled; for n <= 2 every value is 0 and is left unscaled.
	if n > 2 {
		scale := 1 / (float64(n-1) * float64(n-2))
		if !exact {
			scale *= float64(n) / float64(len(sources))
		}
		for i := range res.Betweenness {
			res.Betweenness[i] *= scale
		}
	}
	return res
}

// blockQueue hands out the blocks of sources of Paths to its workers, the
// last block first, and merges each block's sums in the order it handed
// them out, whatever the order they finish in: so the sums are added in
// one fixed order, and the result does not depend on scheduling or on
// the number of workers. It keeps an accumulator for each block finished
// but not yet merged, and reuses them once merged (cleared).
type blockQueue struct {
	mu      sync.Mutex
	size    int             // values per accumulator
	next    int             // blocks handed out
	merged  int             // blocks merged
	pending [][]float64     // per block, one for each: its sums, from finished until merged
	free    [][]float64     // merged accumulators, cleared, to hand out again
	merge   func([]float64) // adds one block's sums to the result
}

func newBlockQueue(nb, size int, merge func([]float64)) *blockQueue {
	return &blockQueue{size: size, pending: make([][]float64, nb), merge: merge}
}

// take returns the next block to run and a zeroed accumulator for its
// sums, or -1 when every block has been handed out.
func (q *blockQueue) take() (int, []float64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	nb := len(q.pending)
	if q.next == nb {
		return -1, nil
	}
	// the last block first: an exact batch counts the pairs with the
	// nodes before it (see pairOwner), so the later blocks cost up to
	// three times the first ones, and a worker left with one of them at
	// the end would keep the other waiting
	b := nb - 1 - q.next
	q.next++
	if k := len(q.free); k > 0 {
		acc := q.free[k-1]
		q.free = q.free[:k-1]
		return b, acc
	}
	return b, make([]float64, q.size)
}

// finish records block b's sums, acc, and merges every finished block
// next in the order handed out.
func (q *blockQueue) finish(b int, acc []float64) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.pending[b] = acc
	for q.merged < len(q.pending) {
		k := len(q.pending) - 1 - q.merged
		p := q.pending[k]
		if p == nil {
			break // block k is still running
		}
		q.merge(p)
		clear(p)
		q.free = append(q.free, p)
		q.pending[k] = nil
		q.merged++
	}
}

// batchedBytes is the most memory the batched path counts of all workers
// may take (see Paths): 1 GiB, a graph of about 670,000 nodes on two
// cores. Tests lower it.
var batchedBytes int64 = 1 << 30

// pathKernel says how Paths runs the path counts and dependencies (see
// PathOptions.kernel).
type pathKernel int

const (
	autoKernel      pathKernel = iota // batched when exact or over 64 pivots (within batchedBytes), per source otherwise
	perSourceKernel                   // one source at a time, bfs.run
	batchedKernel                     // a batch at a time, bfs.runBatch
)

// closenessOf is nx.closeness_centrality(wf_improved=True) of a node that
// reaches r other nodes at total distance farness in a graph of n nodes:
// (r/farness) × r/(n-1), and 0 when it reaches none.
func closenessOf(r, farness float64, n int) float64 {
	if farness == 0 || n < 2 {
		return 0
	}
	return (r / farness) * (r / float64(n-1))
}

// pivots returns the sources: all nodes when k <= 0 or k >= n, otherwise k
// distinct nodes drawn with a seeded PCG generator, in ascending order.
func pivots(n, k int, seed uint64) []int32 {
	all := make([]int32, n)
	for i := range all {
		all[i] = int32(i)
	}
	if k <= 0 || k >= n {
		return all
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	for i := range k {
		j := i + r.IntN(n-i)
		all[i], all[j] = all[j], all[i]
	}
	p := all[:k]
	slices.Sort(p)
	return p
}

// lanes is the number of sources whose levels one multi-source search
// finds at once (one bit of a uint64 each).
const lanes = 64

// bfs holds one worker's buffers: those of the multi-source search that
// finds the levels of up to 64 sources at once (see bfs.findLevels), and
// those of the path counts and dependencies, of one source at a time (see
// bfs.run) or of the whole batch at once (see bfs.runBatch).
type bfs struct {
	seen, visit, next []uint64          // per node: the sources (bits) that reached it, on the last level, on the next
	frontier, found   []int32           // nodes with visit, next != 0
	order             [lanes][]int32    // per source: nodes in BFS order
	levels            [lanes][]int32    // per source: start of each distance level in order, then len(order) (counted when order is not listed)
	ledges            [lanes][]int32    // per source: edge ends on each level
	heavy             [lanes][]heavyHit // per source: the nodes of c.heavy it reaches, with their levels
	sigma             []float64         // number of shortest paths from the source
	front             []float64         // sigma × pass on the current level, 0 elsewhere; then coef
	delta             []float64         // dependencies of one level
	push              []float64         // scratch sums for the push forms
	hist              []float64         // weighted number of nodes at each distance
	// the rounds of the last findLevels: round r lists the nodes some
	// source reaches at distance r (rv) with the sources (bits) that do
	// (rm), from rv[rstart[r]] on
	rv     []int32
	rm     []uint64
	rstart []int32
	lane   []float64 // per node, one value per source: sigma × pass, then coefficients (see runBatch)
	cnt    []uint16  // per node, one 16-bit path count (sigma × pass) per source, when narrow
	narrow bool      // the batch's path counts go to cnt rather than lane (see countPaths)
	top    bool      // a node's count in cnt reached maxCount: the batch is counted again in lane
	mask   []uint64  // per node: the sources of one round, 0 elsewhere
	keep   []uint64  // per node and hub: the sources its neighbours kept, as pruneRounds passes them on
	marks  []uint64  // one bit per node, all 0 between calls of sortNodes
	stamp  []uint32  // per hub: the tick its sums or bits were last made for (see hubSum, hubBits)
	tick   uint32    // one per level of findLevels and round of the passes over the rounds
	avx512 bool      // run the lane loops in assembly (see lanes.go)
}

// heavyHit is a node that stands for more than one node (see
// relabelled.heavy) and its distance from a source.
type heavyHit struct{ v, d int32 }

// newBFS returns the buffers for searches on n nodes whose folded trees
// are at most maxDepth deep, with path counts a batch at a time (batched)
// or one source at a time.
func newBFS(n, maxDepth int, batched, avx512 bool) *bfs {
	s := &bfs{
		avx512: avx512,
		narrow: batched, // until countPaths says otherwise
		seen:   make([]uint64, n),
		visit:  make([]uint64, n),
		next:   make([]uint64, n),
		hist:   make([]float64, n+maxDepth+3),
	}
	if batched {
		// lane and mask come with the first search, sized for the hubs
		// too (see fitLanes)
		s.marks = make([]uint64, (n+63)/64)
	} else {
		s.sigma, s.front = make([]float64, n), make([]float64, n)
		s.push, s.delta = make([]float64, n), make([]float64, n)
	}
	return s
}

// findLevels finds the distance levels of every source of srcs (at most 64
// indices of c) with one bit-parallel breadth-first search (Then, Kaufmann,
// Chirigati, Hoang-Vu, Pham, Kemper, Neumann & Vo 2014, "The more the
// merrier: efficient multi-source graph traversal", VLDB): bit i of seen[v]
// says whether source i has reached v, and one pass over the edges moves
// every source's frontier one level at once, top-down from the frontier's
// nodes while they have fewer edges than the nodes not yet reached by every
// source, bottom-up otherwise. s.levels[i] ends with the number of nodes
// at each distance from source i.
//
// With levelOrders, source i's nodes, in order of distance, end up in
// s.order[i], with s.levels[i] and s.ledges[i] as bfs.run reads them.
// Otherwise the rounds end up in s.rv, s.rm and s.rstart (the nodes each
// round reaches, in node order, and the sources, as bits, that reach them
// there), each clique's members reached through its hub (see findHubs),
// which holds the sources of its members on the frontier. With
// levelRounds that is all, for bfs.pruneRounds and bfs.countRounds. With
// levelCounts the path counts of the whole batch are taken along, for
// bfs.runBatch: the 64 sources' values of a node sit side by side in
// lane[v×64:], and a node new to some sources on a level sums the values
// its neighbours on the level before hold for those sources (pushed from
// the frontier top-down, pulled from every neighbour bottom-up, which then
// reads them all), so that one read of a neighbour serves every source of
// the batch it matches. The neighbours in a node's clique, if it has one,
// are read through the clique's hub (see findHubs), which sums on each
// level the values of its members on the frontier when first read; every
// other neighbour is read on its own. Path counts are whole numbers, exact
// up to 2^53, so below that the order of the pushes does not change them.
func (s *bfs) findLevels(c *relabelled, srcs []int32, mode levelMode) {
	orders := mode == levelOrders
	rounds := mode != levelOrders // the rounds are listed
	off, nbr := c.off, c.nbr
	seen, visit, next := s.seen, s.visit, s.next
	full := ^uint64(0) >> (lanes - len(srcs))
	frontier := s.frontier[:0]
	var frontEdges, restEdges int64 = 0, int64(len(nbr))
	// every source's order grows to its component's size, so the first
	// search would otherwise copy each of them as it grows
	// (BenchmarkPathsSampled100k)
	for i := range srcs {
		if orders && cap(s.order[i]) < len(seen) {
			s.order[i] = make([]int32, 0, len(seen))
		}
	}
	var count [lanes]int32 // nodes found per source
	var tally laneTally    // the same, for the nodes of a round not yet in count
	// with levelCounts, the batched path counts are taken along (see
	// runBatch): lane holds sigma × pass of each node's new sources
	counts := mode == levelCounts
	// the rows the steps read, and whose edges they count: with the
	// rounds listed, aoff and anbr, each clique read through its hub (see
	// findHubs)
	eoff, enbr := off, nbr
	if rounds {
		s.fitLanes(c)
		eoff, enbr = c.aoff, c.anbr
		restEdges = int64(len(c.anbr))
		visit = s.visit
	}
	n := int32(len(seen))
	pass := c.pass
	s.rv, s.rm, s.rstart = s.rv[:0], s.rm[:0], append(s.rstart[:0], 0)
	for i, src := range srcs {
		s.rv = append(s.rv, src)
		s.rm = append(s.rm, 1<<i)
		seen[src] |= 1 << i
		visit[src] |= 1 << i
		frontier = append(frontier, src)
		e := eoff[src+1] - eoff[src]
		count[i] = 1
		if orders {
			s.order[i] = append(s.order[i][:0], src)
			s.ledges[i] = append(s.ledges[i][:0], e)
		}
		s.levels[i] = append(s.levels[i][:0], 0)
		s.heavy[i] = s.heavy[i][:0]
		if counts {
			s.setPath(src, i) // the source passes on 1
		}
		frontEdges += int64(e)
		if seen[src] == full {
			restEdges -= int64(e)
		}
	}
	s.rstart = append(s.rstart, int32(len(s.rv)))
	var start [lanes]int32
	var edges [lanes]int32
	for len(frontier) > 0 {
		found := s.found[:0]
		s.nextTick()
		switch {
		case counts && frontEdges < restEdges:
			// push each frontier node's values to its neighbours' new
			// sources, the first setting them, the others adding, and
			// each hub's to its members, once the first of them is met
			for _, v := range frontier {
				row := c.anbr[c.aoff[v]:c.aoff[v+1]]
				if h := hubOf(c, v); h >= 0 {
					row = row[:len(row)-1]
					if s.hubPaths(c, h, visit) {
						found = s.pushFrom(found, n+h, c.members(h), visit[n+h])
					}
				}
				found = s.pushFrom(found, v, row, visit[v])
			}
			// in node order, as the pull finds them: a round's nodes then
			// come a ball at a time, next to each other in memory, for the
			// next push and for runBatch (BenchmarkPathsKernel100k)
			s.sortNodes(found)
		case counts:
			// pull from every neighbour on the last level: all of them,
			// for the path counts
			for v := range int32(len(seen)) {
				if seen[v] == full {
					continue
				}
				need := full &^ seen[v]
				if h := hubOf(c, v); h >= 0 {
					s.hubPaths(c, h, visit)
				}
				x := s.pullPaths(v, visit, c.anbr[c.aoff[v]:c.aoff[v+1]], need)
				if x != 0 {
					next[v] = x
					found = append(found, v)
				}
			}
		case frontEdges < restEdges:
			for _, v := range frontier {
				row := enbr[eoff[v]:eoff[v+1]]
				if h := hubOf(c, v); rounds && h >= 0 {
					// each clique's members reached at once from its hub
					row = row[:len(row)-1]
					if s.hubBits(c, h, visit) {
						found = reach(found, next, c.members(h), visit[n+h])
					}
				}
				found = reach(found, next, row, visit[v])
			}
			k := 0
			for _, u := range found {
				if next[u] &^= seen[u]; next[u] != 0 {
					found[k] = u
					k++
				}
			}
			found = found[:k]
			if rounds {
				s.sortNodes(found)
			}
		default:
			for v := range int32(len(seen)) {
				if seen[v] == full {
					continue
				}
				// stop as soon as every source that has not reached v
				// reaches it now
				need := full &^ seen[v]
				if h := hubOf(c, v); rounds && h >= 0 {
					s.hubBits(c, h, visit)
				}
				var x uint64
				for _, u := range enbr[eoff[v]:eoff[v+1]] {
					if x |= visit[u]; x&need == need {
						break
					}
				}
				if x &= need; x != 0 {
					next[v] = x
					found = append(found, v)
				}
			}
		}
		for _, v := range frontier {
			visit[v] = 0
		}
		for i := range srcs {
			start[i], edges[i] = count[i], 0
		}
		frontEdges = 0
		for _, v := range found {
			x := next[v]
			e := eoff[v+1] - eoff[v]
			if orders {
				for b := x; b != 0; b &= b - 1 {
					i := bits.TrailingZeros64(b)
					s.order[i] = append(s.order[i], v)
					edges[i] += e
				}
			}
			tally.add(x, &count)
			if c.heavy != nil && c.heavy[v] {
				for b := x; b != 0; b &= b - 1 {
					i := bits.TrailingZeros64(b)
					s.heavy[i] = append(s.heavy[i], heavyHit{v, int32(len(s.levels[i]))})
				}
			}
			if counts {
				s.scalePaths(v, x, pass[v])
			}
			if rounds {
				s.rv = append(s.rv, v)
				s.rm = append(s.rm, x)
			}
			visit[v], next[v] = x, 0
			if seen[v] |= x; seen[v] == full {
				restEdges -= int64(e)
			}
			frontEdges += int64(e)
		}
		tally.flush(&count)
		for i := range srcs {
			if start[i] < count[i] {
				s.levels[i] = append(s.levels[i], start[i])
				if orders {
					s.ledges[i] = append(s.ledges[i], edges[i])
				}
			}
		}
		if rounds && len(found) > 0 {
			s.rstart = append(s.rstart, int32(len(s.rv)))
		}
		s.frontier, s.found = found, frontier
		frontier = found
	}
	for i := range srcs {
		s.levels[i] = append(s.levels[i], count[i])
	}
	clear(seen)
}

// pushFrom is the top-down step of findLevels from node (or hub) v,
// reached by the sources bv, along row: see pushLanes, and pushCounts
// when narrow. It returns found with the nodes newly reached appended.
func (s *bfs) pushFrom(found []int32, v int32, row []int32, bv uint64) []int32 {
	found = slices.Grow(found, len(row))
	room := found[len(found) : len(found)+len(row)]
	var k int
	switch {
	case s.narrow:
		var top bool
		src := s.cnt[int(v)*lanes:][:lanes:lanes]
		if s.avx512 {
			k, top = pushCountsAVX512(s.cnt, src, s.seen, s.next, row, bv, room)
		} else {
			k, top = pushCounts(s.cnt, src, s.seen, s.next, row, bv, room)
		}
		s.top = s.top || top
	case s.avx512:
		k = pushAVX512(s.lane, s.lane[int(v)*lanes:][:lanes:lanes], s.seen, s.next, row, bv, room)
	default:
		k = pushLanes(s.lane, s.lane[int(v)*lanes:][:lanes:lanes], s.seen, s.next, row, bv, room)
	}
	return found[:len(found)+k]
}

// pullPaths sums into the path counts of node (or hub) v those of the
// nodes of row for the sources of need each holds in visit: see
// pullLanes, and pullCounts when narrow.
func (s *bfs) pullPaths(v int32, visit []uint64, row []int32, need uint64) uint64 {
	if !s.narrow {
		return s.pullInto(s.lane[int(v)*lanes:][:lanes:lanes], s.lane, visit, row, need)
	}
	var x uint64
	var top bool
	dst := s.cnt[int(v)*lanes:][:lanes:lanes]
	if s.avx512 {
		x, top = pullCountsAVX512(dst, s.cnt, visit, row, need)
	} else {
		x, top = pullCounts(dst, s.cnt, visit, row, need)
	}
	s.top = s.top || top
	return x
}

// setPath sets node v's path count for source i to 1, the source's own.
func (s *bfs) setPath(v int32, i int) {
	if s.narrow {
		s.cnt[int(v)*lanes+i] = 1
	} else {
		s.lane[int(v)*lanes+i] = 1
	}
}

// scalePaths multiplies node v's path counts for the sources of m by p,
// its pass (see scaleLanes); narrow, a product over maxCount becomes
// maxCount.
func (s *bfs) scalePaths(v int32, m uint64, p float64) {
	if !s.narrow {
		scaleLanes(s.lane[int(v)*lanes:], m, p)
		return
	}
	if p == 1 {
		return
	}
	l := s.cnt[int(v)*lanes:][:lanes:lanes]
	for b := m; b != 0; b &= b - 1 {
		i := bits.TrailingZeros64(b) & (lanes - 1)
		if x := float64(l[i]) * p; x < maxCount {
			l[i] = uint16(x)
		} else {
			l[i], s.top = maxCount, true
		}
	}
}

// pullInto sums into dst the values of the nodes of row for the sources of
// need each holds in visit: see pullLanes.
func (s *bfs) pullInto(dst, lane []float64, visit []uint64, row []int32, need uint64) uint64 {
	if s.avx512 {
		return pullAVX512(dst, lane, visit, row, need)
	}
	return pullLanes(dst, lane, visit, row, need)
}

// hubOf returns the hub of node v of c, or -1 (see findHubs).
func hubOf(c *relabelled, v int32) int32 {
	if c.hub == nil {
		return -1
	}
	return c.hub[v]
}

// nextTick starts a new level or round: every hub's sums are out of date.
func (s *bfs) nextTick() {
	if s.tick++; s.tick == 0 {
		clear(s.stamp)
		s.tick = 1
	}
}

// hubSum makes hub h's values and bits the sums of its members', for the
// sources they hold in bits (visit on a level, mask on a round), unless
// they already are for this tick: the values at lane[(n+h)×64:], the
// sources in bits[n+h], n the number of nodes. It says whether it made
// them now.
func (s *bfs) hubSum(c *relabelled, h int32, bits []uint64) bool {
	if !s.due(h) {
		return false
	}
	hn := len(c.perm) + int(h)
	bits[hn] = s.pullInto(s.lane[hn*lanes:][:lanes:lanes], s.lane, bits, c.members(h), ^uint64(0))
	return true
}

// due says whether hub h's sums or bits are still to be made for this
// tick, and marks them made.
func (s *bfs) due(h int32) bool {
	if s.stamp[h] == s.tick {
		return false
	}
	s.stamp[h] = s.tick
	return true
}

// hubPaths is hubSum for the path counts: in cnt when narrow (see
// pullPaths).
func (s *bfs) hubPaths(c *relabelled, h int32, bits []uint64) bool {
	if !s.due(h) {
		return false
	}
	hn := int32(len(c.perm)) + h
	// a hub's sum that passes maxCount passes it on to the members that
	// read it, which say so; one that none reads does not matter
	top := s.top
	bits[hn] = s.pullPaths(hn, bits, c.members(h), ^uint64(0))
	s.top = top
	return true
}

// fitLanes makes room in lane, visit and mask for the nodes and hubs of c
// (see findHubs), the hubs after the nodes. visit and mask are all 0
// between searches and lane holds nothing kept, so they are made anew
// rather than copied.
func (s *bfs) fitLanes(c *relabelled) {
	m := len(c.perm) + c.hubs()
	if len(s.lane) < m*lanes {
		s.lane = make([]float64, m*lanes)
	}
	if s.narrow && len(s.cnt) < m*lanes {
		s.cnt = make([]uint16, m*lanes)
	}
	if len(s.visit) < m {
		s.visit = make([]uint64, m)
	}
	if len(s.mask) < m {
		s.mask = make([]uint64, m)
	}
	if len(s.keep) < m {
		s.keep = make([]uint64, m)
	}
	if h := c.hubs(); len(s.stamp) < h {
		s.stamp = make([]uint32, h)
	}
}

// laneTally counts, for each of the 64 sources, the masks added with the
// source's bit set, eight counters of a byte to a word, the lanes j, j+8,
// ..., j+56 in word j: eight shifts, masks and additions per mask rather
// than one step per bit set (a node of a round has about 15). It passes its
// counts on to count every 255 masks, before a byte could overflow, and on
// flush.
type laneTally struct {
	w [8]uint64
	n int
}

// add counts x's bits, passing the counts to count when they are due.
func (t *laneTally) add(x uint64, count *[lanes]int32) {
	const ones = 0x0101010101010101
	t.w[0] += x & ones
	t.w[1] += x >> 1 & ones
	t.w[2] += x >> 2 & ones
	t.w[3] += x >> 3 & ones
	t.w[4] += x >> 4 & ones
	t.w[5] += x >> 5 & ones
	t.w[6] += x >> 6 & ones
	t.w[7] += x >> 7 & ones
	if t.n++; t.n == 255 {
		t.flush(count)
	}
}

// flush adds the counts to count and clears them.
func (t *laneTally) flush(count *[lanes]int32) {
	for j, w := range t.w {
		for k := range 8 {
			count[8*k+j] += int32(w >> (8 * k) & 0xff)
		}
		t.w[j] = 0
	}
	t.n = 0
}

// sortNodes sorts vs, distinct nodes, in ascending order. More than 64 of
// them it marks in s.marks and reads back in order, in time proportional
// to len(vs) plus the number of nodes over 64.
func (s *bfs) sortNodes(vs []int32) {
	if len(vs) <= lanes {
		slices.Sort(vs)
		return
	}
	marks := s.marks
	for _, v := range vs {
		marks[v>>6] |= 1 << (v & 63)
	}
	k := 0
	for w, b := range marks {
		if b == 0 {
			continue
		}
		for ; b != 0; b &= b - 1 {
			vs[k] = int32(w<<6 | bits.TrailingZeros64(b))
			k++
		}
		marks[w] = 0
	}
}

// sum4 returns the sum of x[i] over the indices in row, with four partial
// sums to break the chain of dependent additions.
func sum4(x []float64, row []int32) float64 {
	var s0, s1, s2, s3 float64
	i := 0
	for ; i+4 <= len(row); i += 4 {
		s0 += x[row[i]]
		s1 += x[row[i+1]]
		s2 += x[row[i+2]]
		s3 += x[row[i+3]]
	}
	for ; i < len(row); i++ {
		s0 += x[row[i]]
	}
	return (s0 + s1) + (s2 + s3)
}

// run computes the path counts and dependencies of source i of the last
// call of findLevels and adds tgt(source) times each node's dependency to
// acc (indexed as c). It leaves its buffers reset for the next source.
//
// Each node v of c stands for pass[v] twins and tgt[v] original nodes (all
// 1 without the reductions; see reduction): sigma[v] counts the shortest
// paths from one member of the source to one member of v, so a node passes
// on sigma × pass to the next level (the source itself passes on 1), and
// the dependency of v sums tgt[w] + delta[w] over its successors w. With
// every weight 1 this is Brandes' algorithm operation for operation.
//
// The levels are known, so each level's path counts are either pulled by
// its nodes from their neighbours or pushed by the nodes of the level
// before, whichever reads fewer edges; the dependencies likewise, level by
// level outermost first. front holds sigma × pass on the previous level
// and 0 elsewhere, so a node of level d summing front over all its
// neighbours (on levels d−1, d and d+1) adds exactly its predecessors'
// counts: the pull is branch-free.
func (s *bfs) run(c *relabelled, i int, acc []float64) {
	off, nbr, pass, tgt := c.off, c.nbr, c.pass, c.tgt
	sigma, front, push := s.sigma, s.front, s.push
	order, levels, ledges := s.order[i], s.levels[i], s.ledges[i]
	src := order[0]
	sigma[src], front[src] = 1, 1
	for d := 1; d < len(levels)-1; d++ {
		prev, lv := order[levels[d-1]:levels[d]], order[levels[d]:levels[d+1]]
		if ledges[d] <= ledges[d-1] {
			for _, v := range lv {
				sigma[v] = sum4(front, nbr[off[v]:off[v+1]])
			}
		} else {
			// push: the neighbours of level d-1 are on levels d-2 to d,
			// which are cleared after
			for _, u := range prev {
				fu := front[u]
				for _, w := range nbr[off[u]:off[u+1]] {
					push[w] += fu
				}
			}
			for _, v := range lv {
				sigma[v] = push[v]
			}
			for _, w := range order[levels[max(d-2, 0)]:levels[d+1]] {
				push[w] = 0
			}
		}
		for _, u := range prev {
			front[u] = 0
		}
		for _, v := range lv {
			front[v] = sigma[v] * pass[v]
		}
	}
	// Dependencies level by level, outermost first: delta[v] = sigma[v] ×
	// Σ coef[w] over the successors w of v, coef[w] = (1 + delta[w])/sigma[w].
	// coef reuses front, which now holds sigma on the last level only. The
	// last level has no successors (delta = 0). While level d is being
	// summed, coef is set only on levels d+1 and beyond, and a neighbour of v
	// is at level d-1, d or d+1, so summing coef over all neighbours adds
	// exactly the successors' terms (and zeros).
	coef, delta := front, s.delta
	ms := tgt[src]
	if last := len(levels) - 2; last > 0 {
		for _, v := range order[levels[last]:] {
			coef[v] = tgt[v] / sigma[v]
		}
		for d := last - 1; d > 0; d-- {
			lv := order[levels[d]:levels[d+1]]
			if ledges[d+1] >= ledges[d] {
				for k, v := range lv {
					delta[k] = sigma[v] * pass[v] * sum4(coef, nbr[off[v]:off[v+1]])
				}
			} else {
				// Level d+1 has fewer edges: push each of its coef to all
				// its neighbours in the scratch vector push instead, read
				// level d off it, and clear the levels it touched (d, d+1
				// and d+2).
				for _, u := range order[levels[d+1]:levels[d+2]] {
					cu := coef[u]
					for _, w := range nbr[off[u]:off[u+1]] {
						push[w] += cu
					}
				}
				for k, v := range lv {
					delta[k] = sigma[v] * pass[v] * push[v]
				}
				for _, w := range order[levels[d]:levels[min(d+3, len(levels)-1)]] {
					push[w] = 0
				}
			}
			for k, v := range lv {
				acc[v] += ms * delta[k]
				coef[v] = (tgt[v] + delta[k]) / sigma[v]
			}
		}
	}
	for _, v := range order {
		sigma[v], coef[v] = 0, 0
	}
}

// distances returns the distance histogram of source i of the last call
// of findLevels: hist[d] original nodes at distance d from one member of
// the source, its own class and tree left out (see reduction.pathStats,
// which clears it).
func (s *bfs) distances(c *relabelled, i int) (hist []float64) {
	levels, pass, tgt := s.levels[i], c.pass, c.tgt
	hist = s.hist[:min(len(s.hist), len(levels)+c.maxDepth+3)]
	// every node counts 1 at its level, but the few that stand for
	// more (findLevels lists them), whose twins and trees are added
	for d := 1; d < len(levels)-1; d++ {
		hist[d] = float64(levels[d+1] - levels[d])
	}
	for _, h := range s.heavy[i] {
		v, d := h.v, int(h.d)
		if c.prof == nil {
			hist[d] += tgt[v] - 1
			continue
		}
		hist[d]--
		for j, x := range c.prof[v] {
			hist[d+j] += pass[v] * x
		}
	}
	return hist
}

// relabelled is g's adjacency with nodes renumbered in breadth-first order
// (bfsOrder), or in the balls of the batched searches (ballOrder), so that
// neighbours tend to have nearby indices and the per-node arrays are read
// with better cache locality. perm maps new to old indices, inv
// old to new.
type relabelled struct {
	off, nbr  []int32
	perm, inv []int32
	// the weights of the reduction, indexed as c (see bfs.run)
	pass, tgt []float64
	prof      [][]float64 // nil when nothing was folded
	maxDepth  int
	heavy     []bool // the nodes that stand for more than one (pass or tgt > 1); nil when unit
	wholePass bool   // every pass is a whole number from 1 to maxCount, as the narrow path counts need (see bfs.narrow)
	// the hubs of the batched path counts and dependencies (see findHubs):
	// the clique of each node, or -1 (nil when there is none); the members
	// of clique h, hmem[hoff[h]:hoff[h+1]]; and each node's neighbours
	// outside its clique followed by its hub, n + its clique, at
	// anbr[aoff[v]:aoff[v+1]]
	hub        []int32
	hoff, hmem []int32
	aoff, anbr []int32
}

// setWeights copies r's weights into c's order; a nil r means every node
// stands for itself.
func (c *relabelled) setWeights(r *reduction) {
	n := len(c.perm)
	c.pass, c.tgt = make([]float64, n), make([]float64, n)
	for i, old := range c.perm {
		c.pass[i], c.tgt[i] = 1, 1
		if r != nil {
			c.pass[i], c.tgt[i] = r.pass[old], r.tgt[old]
		}
	}
	c.wholePass = true
	for _, p := range c.pass {
		if p < 1 || p > maxCount || p != math.Trunc(p) {
			c.wholePass = false
		}
	}
	if r != nil {
		c.heavy = make([]bool, n)
		for i := range c.heavy {
			c.heavy[i] = c.pass[i] != 1 || c.tgt[i] != 1
		}
	}
	if r != nil && r.prof != nil {
		c.prof = make([][]float64, n)
		for i, old := range c.perm {
			c.prof[i] = r.prof[old]
		}
		c.maxDepth = r.maxDepth
	}
}

// bfsOrder renumbers g's nodes in the order of a breadth-first search from
// node 0, then from the smallest unvisited node, and so on.
func bfsOrder(g *Graph) *relabelled {
	_, _, perm := bfsComponents(g)
	return relabel(g, perm)
}

// ballOrder renumbers g's nodes in the order of batchOrder, its balls
// seeded in breadth-first order where one does not go on from the ball
// before, so that the nodes of a ball, which a search tends to reach on
// the same rounds, hold their 64 values side by side in memory
// (BenchmarkPathsKernel100k), and a cluster split between two balls lies
// in two balls side by side (BenchmarkBatchOrder100k, far-arcs). The
// batches of exact Paths are then 64 consecutive nodes.
func ballOrder(g *Graph) *relabelled {
	_, _, seeds := bfsComponents(g)
	c := relabel(g, batchOrder(g.off, g.nbr, seeds))
	c.findHubs()
	return c
}

// relabel returns g's adjacency with node perm[i] numbered i, each row's
// neighbours sorted.
func relabel(g *Graph, perm []int32) *relabelled {
	n := g.Len()
	c := &relabelled{
		off:  make([]int32, n+1),
		nbr:  make([]int32, len(g.nbr)),
		perm: perm,
		inv:  make([]int32, n),
	}
	for i, old := range perm {
		c.inv[old] = int32(i)
	}
	k := int32(0)
	for i, old := range c.perm {
		row := c.nbr[k:k]
		for _, u := range g.Neighbours(int(old)) {
			row = append(row, c.inv[u])
		}
		slices.Sort(row)
		k += int32(len(row))
		c.off[i+1] = k
	}
	c.aoff, c.anbr = c.off, c.nbr // no hubs (see findHubs)
	return c
}

// batchOrder returns every node of a graph in CSR form (the neighbours of
// v are nbr[off[v]:off[v+1]]), in batches of lanes nodes (the last may be
// smaller); seeds lists every node once. A batch is a ball grown by
// adding, one at a time, the node not yet taken with the most neighbours
// in the ball, so it is a dense cluster, such as one LIP of a partnership
// network, and its nodes share more of their levels than lanes nodes of a
// breadth-first order. Of the nodes with as many, it adds the one with the
// most neighbours taken by earlier balls (the first in seeds, on ties), so
// that a ball gathers what earlier balls left of their clusters before it
// takes a node of a new one. A ball starts from the free node with the
// most neighbours in the ball before it (the first in seeds, on ties), so
// that it takes what that ball left of its cluster, and the two halves of
// a cluster lie side by side; failing that, from the first free node of
// seeds. Where a ball has no free neighbour
// left before it is full, the batch goes on with a ball from the next free
// node of seeds.
func batchOrder(off, nbr, seeds []int32) []int32 {
	n := len(seeds)
	rank := make([]int32, n) // the position of each node in seeds
	for i, v := range seeds {
		rank[v] = int32(i)
	}
	taken := make([]bool, n)
	links := make([]int32, n) // per node not taken: its neighbours in the ball
	took := make([]int32, n)  // per node: its neighbours taken, in any ball
	order := make([]int32, 0, n)
	// bucket[k] is a heap of the nodes that reached k links, keyed by
	// ballKey; an entry is stale once its node is taken or has more links.
	// A node's neighbours taken by earlier balls, took − links, do not
	// change while a ball grows.
	var bucket [lanes]keyHeap
	var touched []int32
	next := int32(-1) // the seed of the next ball, if the last one has a free neighbour
	for si := 0; ; {
		seed := next
		if seed < 0 {
			for si < n && taken[seeds[si]] {
				si++
			}
			if si == n {
				break
			}
			seed = seeds[si]
		}
		next = -1
		top := 0
		for v := seed; ; {
			taken[v] = true
			order = append(order, v)
			for _, u := range nbr[off[v]:off[v+1]] {
				took[u]++
				if taken[u] {
					continue
				}
				if links[u] == 0 {
					touched = append(touched, u)
				}
				links[u]++
				k := links[u]
				bucket[k].push(ballKey(took[u]-links[u], rank[u]))
				top = max(top, int(k))
			}
			if len(order)%lanes == 0 {
				// the next ball starts from the free node with the most
				// links to this one (the first in seeds, on ties): what
				// this ball left of its cluster
				for _, u := range touched {
					if !taken[u] && (next < 0 || links[u] > links[next] || links[u] == links[next] && rank[u] < rank[next]) {
						next = u
					}
				}
				break
			}
			// the next node: the smallest fresh entry of the highest bucket
			v = -1
			for ; top > 0; top-- {
				for len(bucket[top]) > 0 && v < 0 {
					u := seeds[keyRank(bucket[top].pop())]
					if !taken[u] && int(links[u]) == top {
						v = u
					}
				}
				if v >= 0 {
					break
				}
			}
			if v < 0 {
				break
			}
		}
		for _, u := range touched {
			links[u] = 0
		}
		touched = touched[:0]
		for k := range bucket {
			bucket[k] = bucket[k][:0]
		}
	}
	return order
}

// ballKey orders the nodes batchOrder may add to a ball with the same
// links to it: those with the most neighbours taken by earlier balls
// (earlier) first, then the first in seeds (rank).
func ballKey(earlier, rank int32) int64 { return int64(rank) - int64(earlier)<<32 }

// keyRank returns the rank of a key of ballKey.
func keyRank(key int64) int32 { return int32(uint32(key)) }

// keyHeap is a min-heap of int64, the keys batchOrder keeps (see
// ballKey). It is written out rather than used through container/heap,
// whose interface allocates for every value pushed
// (BenchmarkBatchOrder100k).
type keyHeap []int64

// push adds x to the heap.
func (h *keyHeap) push(x int64) {
	a := append(*h, x)
	for i := len(a) - 1; i > 0; {
		p := (i - 1) / 2
		if a[p] <= a[i] {
			break
		}
		a[p], a[i] = a[i], a[p]
		i = p
	}
	*h = a
}

// pop removes and returns the smallest value of a heap that is not empty.
func (h *keyHeap) pop() int64 {
	a := *h
	x, n := a[0], len(a)-1
	a[0] = a[n]
	a = a[:n]
	for i := 0; ; {
		m, l, r := i, 2*i+1, 2*i+2
		if l < n && a[l] < a[m] {
			m = l
		}
		if r < n && a[r] < a[m] {
			m = r
		}
		if m == i {
			break
		}
		a[i], a[m] = a[m], a[i]
		i = m
	}
	*h = a
	return x
}

// Betweenness returns the exact normalised betweenness centrality of every
// node, c_B(v) = Σ_{s≠v≠t} σ_st(v)/σ_st / ((n-1)(n-2)/2) over unordered
// pairs {s,t}, where σ_st is the number of shortest paths between s and t
// and σ_st(v) the number through v (nx.betweenness_centrality with
// normalized=True, unweighted; Brandes 2001). Endpoints are not counted; an
// isolated or pendant node has 0, and every node has 0 when n <= 2.
func Betweenness(g *Graph) []float64 { return Paths(g, PathOptions{}).Betweenness }

// Closeness returns the closeness centrality of every node in the form of
// Wasserman & Faust (1994) for disconnected graphs, which networkx uses by
// default (nx.closeness_centrality, wf_improved=True):
// C(u) = ((r-1)/(n-1)) × (r-1)/Σ_v d(u,v), with r the number of nodes
// reachable from u (including u) and the sum over them. An isolated node, and
// the single node of a one-node graph, has 0.
func Closeness(g *Graph) []float64 { return Paths(g, PathOptions{}).Closeness }

// Harmonic returns the harmonic centrality of every node,
// H(u) = Σ_{v≠u} 1/d(u,v), unreachable nodes contributing 0, unnormalised
// (nx.harmonic_centrality; Marchiori & Latora 2000). An isolated node has 0.
func Harmonic(g *Graph) []float64 { return Paths(g, PathOptions{}).Harmonic }

// runBatch computes the dependencies of all the sources of the last call
// of findLevels (levelCounts, which took the path counts along, or
// levelRounds followed by pruneRounds and countRounds) at once, and adds
// tgt(source) times each node's dependency to acc (indexed as c), as run
// does one source at a time, on the targets own counts (each as many
// times as own.weight says). It goes through the rounds, outermost first:
// in round r, a node v reached by the sources m sums, over its neighbours
// u, the coefficients of the sources u passes a dependency on for in
// round r+1 (mask[u] & m), read side by side in lane[u×64:], so that one
// read of a neighbour's mask serves every source of the batch. The
// neighbours in v's clique are read through its hub, which sums the
// coefficients of its members on round r+1 when first read in round r
// (see findHubs). A node passes a dependency on for every source of m when
// own counts it as a target, else for those some neighbour passes one on
// for, and rm takes those sources in place of m, as the masks of the round
// before. The sources of an exact batch are a ball of nodes close together
// (see batchOrder), so most nodes are on few rounds.
//
// lane holds sigma × pass from findLevels or countRounds (what run calls
// front), then the coefficients (tgt + delta)/sigma = pass × (tgt +
// delta)/front.
func (s *bfs) runBatch(c *relabelled, acc []float64, own pairOwner) {
	aoff, anbr, pass, tgt := c.aoff, c.anbr, c.pass, c.tgt
	lane, mask := s.lane, s.mask
	rv, rm, rs := s.rv, s.rm, s.rstart
	var ms [lanes]float64
	for k := rs[0]; k < rs[1]; k++ {
		ms[bits.TrailingZeros64(rm[k])] = tgt[rv[k]]
	}
	s.eachRoundBack(func(r int, last bool) {
		for k := rs[r]; k < rs[r+1]; k++ {
			v, m := rv[k], rm[k]
			var row []int32 // the last round has no successors
			if !last {
				row = anbr[aoff[v]:aoff[v+1]]
				if h := hubOf(c, v); h >= 0 {
					s.hubSum(c, h, mask)
				}
			}
			tv := own.weight(v) * tgt[v]
			l := lane[int(v)*lanes:][:lanes:lanes]
			var counts []uint16 // v's 16-bit path counts, when narrow
			if s.narrow {
				counts = s.cnt[int(v)*lanes:][:lanes:lanes]
			}
			var d float64
			if s.avx512 {
				d, rm[k] = backAVX512(l, lane, mask, row, m, pass[v], tv, &ms, counts)
			} else {
				d, rm[k] = backLanes(l, lane, mask, row, m, pass[v], tv, &ms, counts)
			}
			acc[v] += d
		}
	})
}

// eachRoundBack calls step for each round r of the last findLevels but
// the sources', outermost first, with the masks of the round after it
// set (see markRound) unless r is the last, and a new tick for the hubs.
func (s *bfs) eachRoundBack(step func(r int, last bool)) {
	nr := len(s.rstart) - 1
	for r := nr - 1; r >= 1; r-- {
		s.nextTick()
		last := r+1 == nr
		if !last {
			s.markRound(r+1, true)
		}
		step(r, last)
		if !last {
			s.markRound(r+1, false)
		}
	}
}

// markRound sets the mask of each node of round r of the last findLevels
// to its sources there (on), or back to 0: what the nodes of the round
// before or after read of their neighbours.
func (s *bfs) markRound(r int, on bool) {
	lo, hi := s.rstart[r], s.rstart[r+1]
	if !on {
		for _, v := range s.rv[lo:hi] {
			s.mask[v] = 0
		}
		return
	}
	for k, v := range s.rv[lo:hi] {
		s.mask[v] = s.rm[lo+int32(k)]
	}
}

// countPaths runs the search of the batch srcs with its path counts for
// runBatch: taken along by findLevels, or, with prune, counted by
// countRounds on the rounds pruneRounds leaves for own's targets.
//
// With narrow, the counts are 16-bit whole numbers first, 128 bytes a
// node in cnt rather than 512 in lane, summed with saturation at maxCount
// (see pushCounts and pullCounts); runBatch widens each node's own to
// float64. A path count is a whole number, and so is each pass (see
// relabelled.wholePass), so below maxCount the two hold the same values
// and the results are the same bits. A search that stores a count of
// maxCount, which a count that does not fit leaves, says so (bfs.top),
// and the batch is counted again in float64. On the combined partner
// graph of gen_network.py 100000 the counts stay under 31,000 (none of
// 121 batches spread over the order reached maxCount), and the search,
// which reads each matching neighbour's counts, moves a quarter of the
// memory: the whole exact run took a median 0.85 of the time of float64
// counts (bench/RESULTS.md). PathOptions.wide keeps float64 throughout.
func (s *bfs) countPaths(c *relabelled, srcs []int32, own pairOwner, prune, narrow bool) {
	s.narrow, s.top = narrow, false
	for {
		if prune {
			s.findLevels(c, srcs, levelRounds)
			s.pruneRounds(c, own)
			s.countRounds(c)
		} else {
			s.findLevels(c, srcs, levelCounts)
		}
		if !s.top {
			return
		}
		s.narrow, s.top = false, false
	}
}

// levelMode says what bfs.findLevels lists.
type levelMode uint8

const (
	levelOrders levelMode = iota // each source's nodes in order of distance, for bfs.run
	levelCounts                  // the rounds, with the path counts taken along, for bfs.runBatch
	levelRounds                  // the rounds alone, for bfs.pruneRounds and bfs.countRounds
)

// pruneRounds keeps, of each round of the last findLevels (levelRounds),
// only the sources for which the node leads to a target own counts: all
// of them for a counted target, else those some neighbour on the next
// round keeps (its successors for them), and drops the nodes left with
// none. The nodes and sources dropped add nothing to any dependency, so
// countRounds need not count their paths, nor runBatch their
// dependencies; and a node's predecessors for a source it keeps keep it
// too, so the path counts of what is left are whole.
//
// The rounds are read outermost first, and each node passes the sources
// it keeps on to its neighbours (keep), its clique's through its hub (see
// findHubs), once the whole round is pruned: then only the nodes kept
// read their rows, a sixth of the rounds in the batches that count the
// fewest targets, where a node's row was read whole to find that it leads
// nowhere (prune-cpu-s of BenchmarkPairOwners100k: 0.38 of the time at
// 5%, 0.64 at 25%, about the same at 50%). A node on round r for source
// i passes i to its neighbours, which are on rounds r-1 to r+1 for i, and
// the node of an inner round takes only the bits of its own sources there:
// so it takes i from its successors alone, and no bit left from a round
// further out can match.
func (s *bfs) pruneRounds(c *relabelled, own pairOwner) {
	aoff, anbr, keep := c.aoff, c.anbr, s.keep
	rv, rm, rs := s.rv, s.rm, s.rstart
	n := int32(len(c.perm))
	clear(keep)
	for r := len(rs) - 2; r >= 1; r-- {
		lo, hi := rs[r], rs[r+1]
		for k := lo; k < hi; k++ {
			if v := rv[k]; own.weight(v) == 0 {
				x := keep[v]
				if h := hubOf(c, v); h >= 0 {
					x |= keep[n+h]
				}
				rm[k] &= x
			}
		}
		if r == 1 {
			break // the sources' round is kept whole
		}
		// only now, so that no node of the round takes what another of
		// it passes on
		for k := lo; k < hi; k++ {
			if v, m := rv[k], rm[k]; m != 0 {
				for _, u := range anbr[aoff[v]:aoff[v+1]] {
					keep[u] |= m
				}
			}
		}
	}
	nr := len(rs) - 1
	// drop the nodes left with no source, the sources' round kept whole
	j := rs[1]
	for r := 1; r < nr; r++ {
		lo, hi := rs[r], rs[r+1]
		rs[r] = j
		for k := lo; k < hi; k++ {
			if rm[k] != 0 {
				rv[j], rm[j] = rv[k], rm[k]
				j++
			}
		}
	}
	rs[nr] = j
	// rounds left empty (beyond the last counted target) are dropped too
	for nr > 1 && rs[nr-1] == rs[nr] {
		nr--
	}
	s.rv, s.rm, s.rstart = rv[:j], rm[:j], rs[:nr+1]
}

// hubBits makes hub h's bits the union of its members', for this tick,
// as hubSum does for its values too: bits[n+h], n the number of nodes.
func (s *bfs) hubBits(c *relabelled, h int32, bits []uint64) bool {
	if !s.due(h) {
		return false
	}
	var x uint64
	for _, u := range c.members(h) {
		x |= bits[u]
	}
	bits[len(c.perm)+int(h)] = x
	return true
}

// reach is the top-down step of findLevels without path counts from one
// node (or hub) reached by the sources bv, along row: each node of row
// gains bv in next and is listed in found when new there. The caller
// drops from next the sources that had reached a node already.
func reach(found []int32, next []uint64, row []int32, bv uint64) []int32 {
	for _, u := range row {
		if next[u] == 0 {
			found = append(found, u)
		}
		next[u] |= bv
	}
	return found
}

// countRounds counts the shortest paths of the rounds pruneRounds left,
// innermost first: a node of round r takes, for each of its sources, the
// sum of the values of its neighbours on round r−1 for that source (its
// predecessors), through their hub for those in its clique, times its
// pass; each source passes on 1. It leaves in lane what findLevels
// (levelCounts) takes along, for the sources kept.
func (s *bfs) countRounds(c *relabelled) {
	aoff, anbr, pass := c.aoff, c.anbr, c.pass
	mask := s.mask
	rv, rm, rs := s.rv, s.rm, s.rstart
	for k := rs[0]; k < rs[1]; k++ {
		s.setPath(rv[k], bits.TrailingZeros64(rm[k]))
	}
	for r := 1; r+1 < len(rs); r++ {
		s.nextTick()
		s.markRound(r-1, true)
		for k := rs[r]; k < rs[r+1]; k++ {
			v, m := rv[k], rm[k]
			if h := hubOf(c, v); h >= 0 {
				s.hubPaths(c, h, mask)
			}
			s.pullPaths(v, mask, anbr[aoff[v]:aoff[v+1]], m)
			s.scalePaths(v, m, pass[v])
		}
		s.markRound(r-1, false)
	}
}

// scaleLanes multiplies the values of node row l for the sources of m by
// p, the node's pass: what it passes on to the next round.
func scaleLanes(l []float64, m uint64, p float64) {
	if p == 1 {
		return
	}
	l = l[:lanes:lanes]
	for b := m; b != 0; b &= b - 1 {
		l[bits.TrailingZeros64(b)&(lanes-1)] *= p
	}
}

// pairOwner says which targets a batch of an exact search counts. In an
// undirected graph a pair of nodes adds the same to every node's
// dependencies from either end, so each pair need be counted from one
// end only, twice: a batch whose sources are the nodes first to end-1
// (in the order of c) counts the nodes before it twice, its own once each
// way, and none after it. The balls of c grow one from the next, from one
// node (see batchOrder), so the nodes before a batch lie to one side of
// it, while those after it lie all around; the shortest paths to the
// earlier nodes then likely pass through fewer nodes. On the combined
// partner graph of 100,000 partners, counting the earlier nodes, the
// batches at 5% of the way keep 0.15 of their rounds and those at 95%
// 0.97; over 5%, 25%, 50%, 75% and 95%, 0.040 rounds per source and node
// are left (BenchmarkPairOwners100k). Counting the later nodes left 0.042
// rather than 0.040 with the balls of commit 43e35cb, seeded in
// breadth-first order, and 0.045 rather than 0.040 with the balls of
// commit 3a1e208 (bench/RESULTS.md has the runs). A
// node that leads to no counted target from a source then passes on no
// dependency for it: pruneRounds drops it from the round, and runBatch
// passes on, as the next round's masks, only the sources each node leads
// to a counted target for. The zero pairOwner counts every target once,
// as sampled sources must.
type pairOwner struct{ first, end int32 }

// weight is how many times the batch counts target v.
func (o pairOwner) weight(v int32) float64 {
	switch {
	case o.end == 0: // every target
		return 1
	case v < o.first:
		return 2
	case v < o.end:
		return 1
	}
	return 0
}
