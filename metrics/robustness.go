package metrics

import "math"

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
// problem is NP-hard); see the tests for a comparison with exhaustive search.
// k is clamped to [0, n − 2] so that F stays defined; for k = 0 the result is
// an empty set and the fragmentation of g itself (NaN for fewer than 2
// nodes).
func KeyPlayers(g *Graph, k int) ([]int, float64) {
	n := g.Len()
	k = max(0, min(k, n-2))
	skip := make([]bool, n)
	chosen := make([]int, 0, k)
	pieces := make([]int64, n) // Σ p(p−1) over the pieces split off each node
	split := make([]int64, n)  // nodes split off each node into those pieces
	for range k {
		d := newCutDFS(g, skip)
		base := compSquareSum(d)
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
		skip[best] = true
		chosen = append(chosen, best)
	}
	return chosen, Fragmentation(g, chosen)
}
