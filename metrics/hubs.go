package metrics

import (
	"cmp"
	"slices"
)

// minHub is the fewest nodes a clique needs to be read through a hub (see
// findHubs).
const minHub = 4

// findHubs finds node-disjoint cliques of at least minHub nodes in c, for
// the batched path counts and dependencies (bfs.findLevels, bfs.runBatch):
// each clique h is read through one hub, an extra node n + h (n the number
// of nodes) that sums, on each level or round, the values its members hold
// for the sources they are on it for. A member's neighbours inside its
// clique are then one entry, the hub, rather than one each: in a
// partnership network the members of a body are pairwise adjacent, and a
// council of 25 is 600 arcs of the graph but 25 hub entries.
//
// The cliques are found greedily: from each node not yet taken, the nodes
// of highest degree first (the smallest index on ties), the clique grows by
// the neighbour not yet taken with the most neighbours among the remaining
// candidates (the smallest index on ties), the candidates shrinking to its
// neighbours, until none is left. A clique of fewer than minHub nodes is
// dropped, its nodes left to later cliques. Once the rows read pass 64
// times the arcs, no more cliques are sought, so that a dense graph costs
// O(arcs) here rather than O(Σ degree²) (BenchmarkFindHubs). The result
// depends on the graph alone.
//
// It sets c.hub, c.hoff, c.hmem, c.aoff and c.anbr; where no clique is
// found, c.hub is nil and c.aoff and c.anbr are c.off and c.nbr.
func (c *relabelled) findHubs() {
	off, nbr := c.off, c.nbr
	n := len(off) - 1
	hub := make([]int32, n)
	for i := range hub {
		hub[i] = -1
	}
	byDegree := make([]int32, n)
	for i := range byDegree {
		byDegree[i] = int32(i)
	}
	slices.SortStableFunc(byDegree, func(a, b int32) int {
		return cmp.Compare(off[b+1]-off[b], off[a+1]-off[a])
	})
	mark := make([]bool, n)   // the candidates
	links := make([]int32, n) // per candidate: its neighbours among the candidates
	// work counts the row entries read; past budget no more cliques are
	// sought, so that a dense graph costs O(arcs) here, not O(Σ degree²)
	var work int64
	budget := 64*int64(len(nbr)) + 1<<16
	var cand, gone, clique, hoff, hmem []int32
	hoff = append(hoff, 0)
	for _, v := range byDegree {
		if work > budget {
			break
		}
		if hub[v] >= 0 || int(off[v+1]-off[v]) < minHub-1 {
			continue
		}
		cand = cand[:0]
		for _, u := range nbr[off[v]:off[v+1]] {
			if hub[u] < 0 {
				cand = append(cand, u)
				mark[u] = true
			}
		}
		for _, a := range cand {
			l := int32(0)
			for _, b := range nbr[off[a]:off[a+1]] {
				if mark[b] {
					l++
				}
			}
			links[a] = l
			work += int64(off[a+1] - off[a])
		}
		clique = append(clique[:0], v)
		for len(cand) > 0 {
			best := cand[0]
			for _, a := range cand[1:] {
				if links[a] > links[best] || links[a] == links[best] && a < best {
					best = a
				}
			}
			clique = append(clique, best)
			// the candidates left are best's neighbours; the others leave,
			// and each takes itself off its neighbours' links
			row := nbr[off[best]:off[best+1]]
			k := 0
			gone = gone[:0]
			for _, b := range cand {
				if _, ok := slices.BinarySearch(row, b); ok && b != best {
					cand[k] = b
					k++
				} else {
					gone = append(gone, b)
				}
			}
			cand = cand[:k]
			for _, r := range gone {
				mark[r] = false
			}
			for _, r := range gone {
				for _, b := range nbr[off[r]:off[r+1]] {
					if mark[b] {
						links[b]--
					}
				}
				work += int64(off[r+1] - off[r])
			}
			work += int64(len(gone) + k)
		}
		if len(clique) < minHub {
			continue
		}
		h := int32(len(hoff) - 1)
		for _, u := range clique {
			hub[u] = h
		}
		slices.Sort(clique)
		hmem = append(hmem, clique...)
		hoff = append(hoff, int32(len(hmem)))
	}
	c.aoff, c.anbr, c.hub, c.hoff, c.hmem = off, nbr, nil, nil, nil
	if len(hoff) == 1 {
		return
	}
	// number the hubs in the order of their first members, so that the
	// hubs of a ball lie together too
	nh := len(hoff) - 1
	first := make([]int32, nh)
	for h := range first {
		first[h] = int32(h)
	}
	slices.SortFunc(first, func(a, b int32) int { return cmp.Compare(hmem[hoff[a]], hmem[hoff[b]]) })
	c.hoff, c.hmem = make([]int32, 1, nh+1), make([]int32, 0, len(hmem))
	renum := make([]int32, nh)
	for i, h := range first {
		renum[h] = int32(i)
		c.hmem = append(c.hmem, hmem[hoff[h]:hoff[h+1]]...)
		c.hoff = append(c.hoff, int32(len(c.hmem)))
	}
	for v, h := range hub {
		if h >= 0 {
			hub[v] = renum[h]
		}
	}
	c.hub = hub
	c.aoff = make([]int32, n+1)
	c.anbr = make([]int32, 0, len(nbr))
	for v := range n {
		h := hub[v]
		for _, u := range nbr[off[v]:off[v+1]] {
			if h < 0 || hub[u] != h {
				c.anbr = append(c.anbr, u)
			}
		}
		if h >= 0 {
			c.anbr = append(c.anbr, int32(n)+h)
		}
		c.aoff[v+1] = int32(len(c.anbr))
	}
}

// hubs returns the number of hubs of c (see findHubs).
func (c *relabelled) hubs() int {
	if c.hub == nil {
		return 0
	}
	return len(c.hoff) - 1
}

// members returns the members of hub h of c, in node order.
func (c *relabelled) members(h int32) []int32 {
	return c.hmem[c.hoff[h]:c.hoff[h+1]]
}
