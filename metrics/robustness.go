package metrics

import (
	"math"
	"math/rand/v2"
)

// Fragmentation returns Borgatti's fragmentation of g after deleting the
// nodes in removed (Borgatti 2006, Identifying sets of key players in a
// social network, Comput. Math. Organiz. Theor. 12, eq. 4):
//
//	F = 1 − Σ_k s_k (s_k − 1) / (n (n − 1)),
//
// where s_k are the sizes of the connected components of the remaining graph
// and n is the number of remaining nodes: the share of remaining pairs that
// cannot reach each other. F is 0 for a connected remainder and 1 when no
// edges remain. Indices in removed outside [0, g.Len()) and repeats are
// ignored. F is NaN when fewer than 2 nodes remain (including the empty
// graph).
func Fragmentation(g *Graph, removed []int) float64 {
	skip := make([]bool, g.Len())
	for _, v := range removed {
		if v >= 0 && v < g.Len() {
			skip[v] = true
		}
	}
	d := newCutDFS(g, skip)
	n := int64(len(d.order))
	return fragFromSum(compSquareSum(d), n)
}

// compSquareSum returns Σ_k s_k (s_k − 1) over the DFS trees of d.
func compSquareSum(d *cutDFS) int64 {
	var s int64
	for _, v := range d.order {
		if d.parent[v] < 0 {
			z := int64(d.size[v])
			s += z * (z - 1)
		}
	}
	return s
}

func fragFromSum(sum, n int64) float64 {
	if n < 2 {
		return math.NaN()
	}
	return 1 - float64(sum)/float64(n*(n-1))
}

// KeyPlayers returns a set of k nodes whose removal fragments g most, found
// greedily as Borgatti's KPP-Neg heuristic (Borgatti 2006): starting from the
// empty set, add k times the node whose removal (together with those already
// chosen) gives the highest fragmentation F, ties going to the lowest index.
// It returns the nodes in the order chosen and F after removing them all.
//
// Each round evaluates every candidate at once from one depth-first search:
// deleting v splits its component into the DFS subtrees of the children c
// with low(c) ≥ disc(v) plus the rest, so a round costs O(n + m) and the whole
// search O(k (n + m)). The greedy set is not always optimal (the exact
// problem is NP-hard): KeyPlayersSearch improves on it by swapping. k is
// clamped to [0, n − 2] so that F stays defined; for k = 0 the result is an
// empty set and the fragmentation of g itself (NaN for fewer than 2 nodes).
func KeyPlayers(g *Graph, k int) ([]int, float64) {
	n := g.Len()
	k = max(0, min(k, n-2))
	e := newKPPEval(n)
	chosen := make([]int, 0, k)
	for range k {
		best, _ := e.bestAddition(g)
		e.skip[best] = true
		chosen = append(chosen, best)
	}
	return chosen, Fragmentation(g, chosen)
}

// KeyPlayerOptions configures KeyPlayersSearch.
type KeyPlayerOptions struct {
	// Restarts is the number of further local searches, each from k nodes
	// drawn at random, after the one that starts from the greedy set.
	Restarts int
	// Seed seeds the PCG generator (math/rand/v2) the restarts are drawn
	// with.
	Seed uint64
}

// KeyPlayersSearch returns a set of k nodes whose removal fragments g at
// least as much as the greedy set of KeyPlayers, and often more: it starts
// from the greedy set and applies Borgatti's (2006) swap refinement, a local
// search that replaces one member of the set by the non-member that raises
// the fragmentation F most, until no single swap raises F. It then does the
// same from opts.Restarts sets of k nodes drawn with a PCG generator seeded
// by opts.Seed and keeps the best set found (the earliest on ties). The
// result depends only on g, k and opts.
//
// Members are revisited in order; for each, the best replacement over every
// non-member comes from one depth-first search (as in a round of
// KeyPlayers), lowest index on ties, and is taken only if F strictly rises,
// so each search ends, in O(k (n + m)) per pass over the set. It returns
// the nodes in set order and F after removing them; k is clamped to
// [0, n − 2] as in KeyPlayers. Each restart costs several greedy runs
// (BenchmarkKeyPlayersSearch against BenchmarkKeyPlayers5).
func KeyPlayersSearch(g *Graph, k int, opts KeyPlayerOptions) ([]int, float64) {
	n := g.Len()
	k = max(0, min(k, n-2))
	best, _ := KeyPlayers(g, k)
	if k == 0 {
		return best, Fragmentation(g, best)
	}
	e := newKPPEval(n)
	bestSum := e.swapSearch(g, best)
	r := rand.New(rand.NewPCG(opts.Seed, 0x6b43a9b5d2f1c0e7))
	set := make([]int, k)
	for range max(0, opts.Restarts) {
		clear(e.skip) // marks the nodes drawn so far
		for i := range set {
			v := r.IntN(n)
			for e.skip[v] {
				v = r.IntN(n)
			}
			e.skip[v] = true
			set[i] = v
		}
		clear(e.skip)
		if s := e.swapSearch(g, set); s < bestSum {
			bestSum = s
			copy(best, set)
		}
	}
	return best, Fragmentation(g, best)
}

// kppEval holds the buffers for evaluating every single-node addition to a
// removed set at once.
type kppEval struct {
	skip   []bool  // the removed set
	pieces []int64 // Σ p(p−1) over the pieces split off each node
	split  []int64 // nodes split off each node into those pieces
}

func newKPPEval(n int) *kppEval {
	return &kppEval{skip: make([]bool, n), pieces: make([]int64, n), split: make([]int64, n)}
}

// bestAddition returns the node outside e.skip whose removal, with e.skip's,
// leaves the fewest connected ordered pairs (the highest F), lowest index on
// ties, and that number of pairs Σ_k s_k (s_k − 1). There must be such a
// node.
func (e *kppEval) bestAddition(g *Graph) (int, int64) {
	d := newCutDFS(g, e.skip)
	base := compSquareSum(d)
	pieces, split := e.pieces, e.split
	clear(pieces)
	clear(split)
	for _, v := range d.order {
		p := d.parent[v]
		if p < 0 {
			continue
		}
		// v's subtree is its own piece when p is removed if low(v) ≥
		// disc(p); for a DFS root that always holds.
		if d.low[v] >= d.disc[p] {
			z := int64(d.size[v])
			pieces[p] += z * (z - 1)
			split[p] += z
		}
	}
	best, bestSum := -1, int64(math.MaxInt64)
	for _, v := range d.order {
		s := int64(d.size[d.root[v]])
		rest := s - 1 - split[v]
		sum := base - s*(s-1) + pieces[v] + rest*(rest-1)
		if sum < bestSum || (sum == bestSum && int(v) < best) {
			best, bestSum = int(v), sum
		}
	}
	return best, bestSum
}

// swapSearch improves set (distinct nodes, len(set) ≤ n − 2) in place by
// Borgatti's swaps and returns its connected-pair count Σ s(s − 1); e.skip
// must be all false on entry and is left marking set.
func (e *kppEval) swapSearch(g *Graph, set []int) int64 {
	for _, v := range set {
		e.skip[v] = true
	}
	cur := compSquareSum(newCutDFS(g, e.skip))
	for improved := true; improved; {
		improved = false
		for i, v := range set {
			e.skip[v] = false
			w, sum := e.bestAddition(g)
			if sum < cur {
				set[i], cur, improved = w, sum, true
			}
			e.skip[set[i]] = true
		}
	}
	return cur
}
