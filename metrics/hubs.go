package metrics

import (
	"math/bits"
	"slices"
)

// CliqueCoverer is implemented by graphs that know cliques among their
// nodes: sets of nodes that are pairwise adjacent, such as the members of
// one body in a co-membership projection. lipgraph's network.Graph does
// for the projections of shared bodies. NewGraph keeps the cliques, and
// Paths uses them to search the graph faster (see Paths); nothing else
// depends on them, and the results do not.
//
// Cliques returns clique k as members[off[k]:off[k+1]], node indices in
// the order of CSRer's ids (or of the ascending node IDs). Paths checks
// them: if a clique names a node out of range or two of its members are
// not adjacent, every clique is ignored and the searches run on the edges
// alone. The slices must not change.
type CliqueCoverer interface {
	Cliques() (off, members []int32)
}

// minHub is the smallest clique searched as a hub: a star of s members
// costs 2s reads per pass against s(s−1) for the clique's arcs, so below
// 4 members the arcs are as cheap.
const minHub = 4

// hubs is a clique cover of the graph the searches run on (indexed as the
// relabelled c), in the form of one extra hub node per clique adjacent to
// its members (Paths explains the search). The edges no hub covers stay
// edges; an edge that two or more hubs cover is listed in extra, so that
// the paths it would be counted on more than once are taken off again.
type hubs struct {
	dOff, dNbr []int32 // node -> its neighbours along edges no hub covers
	nOff, nHub []int32 // node -> the hubs it is a member of
	hOff, hMem []int32 // hub -> its members
	// row[rOff[v]:rOff[v+1]] is all that hubBFS.run sums for node v, as
	// indices into its values (hubBFS.vals): its neighbours along
	// uncovered edges (v < n), its hubs (n + hub), and once for each hub
	// too many, the neighbours it shares two or more hubs with (n + hubs +
	// node: the node's value negated)
	rOff, row []int32
	extra     int // the number of entries of the last kind
}

// numHubs returns the number of hubs.
func (hb *hubs) numHubs() int { return len(hb.hOff) - 1 }

// newHubs turns g's cliques into hubs on c, the relabelled graph the
// searches run on (g itself, or red.h when red is not nil), or returns nil
// when g has no cliques, when they are invalid, or (unless always) when
// the hubs would read at least three quarters of c's arcs. Folded nodes leave their
// cliques (they are in none of more than two members, as a clique of three
// is a cycle); twins map to their class, which is adjacent to the classes
// of their neighbours, so the cliques stay cliques of c.
func newHubs(g *Graph, red *reduction, c *relabelled, always bool) *hubs {
	if len(g.cliqueOff) < 2 {
		return nil
	}
	n := g.Len()
	node := func(v int32) int32 {
		if red == nil {
			return c.inv[v]
		}
		if red.fold != nil && red.fold.parent[v] >= 0 {
			return -1
		}
		return c.inv[red.node[v]]
	}
	// cnt[k] is the number of hubs that cover arc k of c
	cnt := make([]int32, len(c.nbr))
	hb := &hubs{hOff: []int32{0}}
	var cl []int32
	for k := range len(g.cliqueOff) - 1 {
		lo, hi := g.cliqueOff[k], g.cliqueOff[k+1]
		if lo < 0 || hi < lo || int(hi) > len(g.cliqueMem) {
			return nil
		}
		cl = cl[:0]
		for _, v := range g.cliqueMem[lo:hi] {
			if v < 0 || int(v) >= n {
				return nil
			}
			if a := node(v); a >= 0 {
				cl = append(cl, a)
			}
		}
		slices.Sort(cl)
		cl = slices.Compact(cl)
		if len(cl) < minHub {
			// still check that it is a clique of g
			for i, v := range g.cliqueMem[lo:hi] {
				for _, u := range g.cliqueMem[lo+int32(i)+1 : hi] {
					if _, ok := slices.BinarySearch(g.Neighbours(int(v)), u); !ok && u != v {
						return nil
					}
				}
			}
			continue
		}
		for _, a := range cl {
			row := c.nbr[c.off[a]:c.off[a+1]]
			for _, b := range cl {
				if b == a {
					continue
				}
				i, ok := slices.BinarySearch(row, b)
				if !ok {
					return nil
				}
				cnt[int(c.off[a])+i]++
			}
		}
		hb.hMem = append(hb.hMem, cl...)
		hb.hOff = append(hb.hOff, int32(len(hb.hMem)))
	}
	nc := len(c.perm)
	// the hubs of each node, by counting
	hb.nOff = make([]int32, nc+1)
	for _, a := range hb.hMem {
		hb.nOff[a+1]++
	}
	for a := range nc {
		hb.nOff[a+1] += hb.nOff[a]
	}
	hb.nHub = make([]int32, len(hb.hMem))
	fill := slices.Clone(hb.nOff[:nc])
	for h := range hb.numHubs() {
		for _, a := range hb.hMem[hb.hOff[h]:hb.hOff[h+1]] {
			hb.nHub[fill[a]] = int32(h)
			fill[a]++
		}
	}
	hb.dOff, hb.rOff = make([]int32, nc+1), make([]int32, nc+1)
	neg := int32(nc + hb.numHubs())
	for a := range nc {
		for k := c.off[a]; k < c.off[a+1]; k++ {
			if cnt[k] == 0 {
				hb.dNbr = append(hb.dNbr, c.nbr[k])
			}
		}
		hb.dOff[a+1] = int32(len(hb.dNbr))
		hb.row = append(hb.row, hb.dNbr[hb.dOff[a]:]...)
		for _, h := range hb.nHub[hb.nOff[a]:hb.nOff[a+1]] {
			hb.row = append(hb.row, int32(nc)+h)
		}
		for k := c.off[a]; k < c.off[a+1]; k++ {
			for range cnt[k] - 1 {
				hb.row = append(hb.row, neg+c.nbr[k])
				hb.extra++
			}
		}
		hb.rOff[a+1] = int32(len(hb.row))
	}
	// the searches read the rows and the hubs' members, against the
	// arcs of c
	if cost := len(hb.row) + len(hb.hMem); !always && 4*cost >= 3*len(c.nbr) {
		return nil
	}
	return hb
}

// hubBFS holds one worker's buffers for searches with hubs: those of the
// multi-source search that finds the levels of up to 64 sources at once
// (hubBFS.findLevels), and those of the path counts and dependencies of one
// source (hubBFS.run).
type hubBFS struct {
	seen, visit, next []uint64 // per node: the sources (bits) that reached it, on the last level, on the next
	hseen, hvisit     []uint64 // per hub: the sources that reached it, on the last level
	frontier, found   []int32
	order, levels     [lanes][]int32 // per source: nodes in order of distance; start of each level, then len(order)
	horder, hlev      [lanes][]int32 // per source: hubs in order of distance; start of each level
	heavy             [lanes][]heavyHit
	sigma             []float64 // per node: shortest paths from the source
	vals              []float64 // what the rows of hubs.row index: per node, per hub, per node negated
	delta             []float64 // dependencies of one level
	hist              []float64
}

func newHubBFS(n, numHubs, maxDepth int) *hubBFS {
	return &hubBFS{
		seen:   make([]uint64, n),
		visit:  make([]uint64, n),
		next:   make([]uint64, n),
		hseen:  make([]uint64, numHubs),
		hvisit: make([]uint64, numHubs),
		sigma:  make([]float64, n),
		vals:   make([]float64, 2*n+numHubs),
		delta:  make([]float64, n),
		hist:   make([]float64, n+maxDepth+3),
	}
}

// findLevels is bfs.findLevels on the graph with hubs: each step first
// finds the hubs that sources reach on the current level (a hub is on the
// level of its nearest members), reading every hub's members, then moves
// the frontier along the edges no hub covers and from those hubs to their
// members, top-down or bottom-up as bfs.findLevels does.
func (s *hubBFS) findLevels(c *relabelled, hb *hubs, srcs []int32) {
	dOff, dNbr, nOff, nHub, hOff, hMem := hb.dOff, hb.dNbr, hb.nOff, hb.nHub, hb.hOff, hb.hMem
	seen, visit, next, hseen, hvisit := s.seen, s.visit, s.next, s.hseen, s.hvisit
	full := ^uint64(0) >> (lanes - len(srcs))
	frontier := s.frontier[:0]
	deg := func(v int32) int64 { return int64(dOff[v+1] - dOff[v] + nOff[v+1] - nOff[v]) }
	var frontEdges, restEdges int64 = 0, int64(len(dNbr) + len(nHub))
	for i := range srcs {
		if cap(s.order[i]) < len(seen) {
			s.order[i] = make([]int32, 0, len(seen))
		}
	}
	for i, src := range srcs {
		seen[src] |= 1 << i
		visit[src] |= 1 << i
		frontier = append(frontier, src)
		s.order[i] = append(s.order[i][:0], src)
		s.levels[i] = append(s.levels[i][:0], 0)
		s.horder[i] = s.horder[i][:0]
		s.hlev[i] = s.hlev[i][:0]
		s.heavy[i] = s.heavy[i][:0]
		frontEdges += deg(src)
		if seen[src] == full {
			restEdges -= deg(src)
		}
	}
	var start [lanes]int32
	var live []int32 // hubs reached on this level by some source
	for len(frontier) > 0 {
		for i := range srcs {
			s.hlev[i] = append(s.hlev[i], int32(len(s.horder[i])))
		}
		live = live[:0]
		for h := range int32(hb.numHubs()) {
			if hseen[h] == full {
				continue
			}
			var x uint64
			for _, m := range hMem[hOff[h]:hOff[h+1]] {
				x |= visit[m]
			}
			if x &^= hseen[h]; x != 0 {
				hseen[h] |= x
				hvisit[h] = x
				live = append(live, h)
				for b := x; b != 0; b &= b - 1 {
					i := bits.TrailingZeros64(b)
					s.horder[i] = append(s.horder[i], h)
				}
			}
		}
		found := s.found[:0]
		if frontEdges < restEdges {
			for _, v := range frontier {
				bv := visit[v]
				for _, u := range dNbr[dOff[v]:dOff[v+1]] {
					if next[u] == 0 {
						found = append(found, u)
					}
					next[u] |= bv
				}
			}
			for _, h := range live {
				bh := hvisit[h]
				for _, u := range hMem[hOff[h]:hOff[h+1]] {
					if next[u] == 0 {
						found = append(found, u)
					}
					next[u] |= bh
				}
			}
			k := 0
			for _, u := range found {
				if next[u] &^= seen[u]; next[u] != 0 {
					found[k] = u
					k++
				}
			}
			found = found[:k]
		} else {
			for v := range int32(len(seen)) {
				if seen[v] == full {
					continue
				}
				need := full &^ seen[v]
				var x uint64
				for _, u := range dNbr[dOff[v]:dOff[v+1]] {
					if x |= visit[u]; x&need == need {
						break
					}
				}
				if x&need != need {
					for _, h := range nHub[nOff[v]:nOff[v+1]] {
						x |= hvisit[h]
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
		for _, h := range live {
			hvisit[h] = 0
		}
		for i := range srcs {
			start[i] = int32(len(s.order[i]))
		}
		frontEdges = 0
		for _, v := range found {
			x := next[v]
			for b := x; b != 0; b &= b - 1 {
				i := bits.TrailingZeros64(b)
				s.order[i] = append(s.order[i], v)
			}
			if c.heavy != nil && c.heavy[v] {
				for b := x; b != 0; b &= b - 1 {
					i := bits.TrailingZeros64(b)
					s.heavy[i] = append(s.heavy[i], heavyHit{v, int32(len(s.levels[i]))})
				}
			}
			visit[v], next[v] = x, 0
			if seen[v] |= x; seen[v] == full {
				restEdges -= deg(v)
			}
			frontEdges += deg(v)
		}
		for i := range srcs {
			if int(start[i]) < len(s.order[i]) {
				s.levels[i] = append(s.levels[i], start[i])
			}
		}
		s.frontier, s.found = found, frontier
		frontier = found
	}
	for i := range srcs {
		s.levels[i] = append(s.levels[i], int32(len(s.order[i])))
		s.hlev[i] = append(s.hlev[i], int32(len(s.horder[i])))
	}
	clear(seen)
	clear(hseen)
}

// run is bfs.run for source i of the last call of findLevels, on the
// graph with hubs hb. A hub of level d (the distance of its nearest
// members; the others are at d+1) passes the sum of its level-d members'
// path counts on to its members at d+1, and takes the sum of their
// coefficients back to its members at d in the dependency pass. A pair
// that shares k > 1 hubs would be counted k times, so k−1 of them are
// taken off again. Both passes are pulled and branch-free, each node
// summing one row of vals (see hubs.row): the nodes' values (path counts
// times pass, then coefficients) are set on the level being read only, the
// hubs' on the hubs of that level only, and the negated copies with the
// nodes'.
func (s *hubBFS) run(c *relabelled, hb *hubs, i int, acc []float64, dist bool) (hist []float64) {
	pass, tgt := c.pass, c.tgt
	rOff, row, hOff, hMem := hb.rOff, hb.row, hb.hOff, hb.hMem
	n := len(pass)
	sigma, vals := s.sigma, s.vals
	front, hval, neg := vals[:n], vals[n:n+hb.numHubs()], vals[n+hb.numHubs():]
	order, levels, horder, hlev := s.order[i], s.levels[i], s.horder[i], s.hlev[i]
	src := order[0]
	sigma[src], front[src], neg[src] = 1, 1, -1
	for d := 1; d < len(levels)-1; d++ {
		for _, h := range horder[hlev[d-1]:hlev[d]] {
			hval[h] = sum4(front, hMem[hOff[h]:hOff[h+1]])
		}
		lv := order[levels[d]:levels[d+1]]
		for _, v := range lv {
			sigma[v] = sum4(vals, row[rOff[v]:rOff[v+1]])
		}
		for _, u := range order[levels[d-1]:levels[d]] {
			front[u], neg[u] = 0, 0
		}
		for _, v := range lv {
			f := sigma[v] * pass[v]
			front[v], neg[v] = f, -f
		}
	}
	if dist {
		hist = s.hist[:min(len(s.hist), len(levels)+c.maxDepth+3)]
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
	}
	for _, h := range horder {
		hval[h] = 0
	}
	coef, delta := front, s.delta
	ms := tgt[src]
	if last := len(levels) - 2; last > 0 {
		for _, v := range order[levels[last]:] {
			x := tgt[v] / sigma[v]
			coef[v], neg[v] = x, -x
		}
		for d := last - 1; d > 0; d-- {
			for _, h := range horder[hlev[d]:hlev[d+1]] {
				hval[h] = sum4(coef, hMem[hOff[h]:hOff[h+1]])
			}
			lv := order[levels[d]:levels[d+1]]
			for k, v := range lv {
				delta[k] = sigma[v] * pass[v] * sum4(vals, row[rOff[v]:rOff[v+1]])
			}
			for k, v := range lv {
				acc[v] += ms * delta[k]
				x := (tgt[v] + delta[k]) / sigma[v]
				coef[v], neg[v] = x, -x
			}
		}
	}
	for _, v := range order {
		sigma[v], coef[v], neg[v] = 0, 0, 0
	}
	for _, h := range horder {
		hval[h] = 0
	}
	return hist
}
