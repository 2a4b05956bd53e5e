package metrics

import "slices"

// cutDFS is an iterative depth-first search (Hopcroft & Tarjan 1973) over the
// nodes of g not marked in skip, recording discovery times, low points, DFS
// parents and subtree sizes. It uses explicit stacks, so graphs of any size
// are safe. Each DFS tree is one connected component of g − skip.
type cutDFS struct {
	disc, low []int32 // discovery time (−1 = unvisited or skipped), low point
	parent    []int32 // DFS parent, −1 for roots
	size      []int32 // number of nodes in the DFS subtree
	root      []int32 // root of the node's DFS tree (identifies its component)
	order     []int32 // nodes in discovery order
}

func newCutDFS(g *Graph, skip []bool) *cutDFS {
	n := g.Len()
	d := &cutDFS{
		disc: make([]int32, n), low: make([]int32, n), parent: make([]int32, n),
		size: make([]int32, n), root: make([]int32, n), order: make([]int32, 0, n),
	}
	for i := range d.disc {
		d.disc[i] = -1
	}
	it := make([]int32, n) // next neighbour position of each node on the stack
	stack := make([]int32, 0, 64)
	t := int32(0)
	for s := 0; s < n; s++ {
		if d.disc[s] >= 0 || (skip != nil && skip[s]) {
			continue
		}
		visit := func(v, p int32) {
			d.disc[v], d.low[v], d.parent[v], d.size[v] = t, t, p, 1
			d.root[v] = int32(s)
			d.order = append(d.order, v)
			t++
			it[v] = g.off[v]
			stack = append(stack, v)
		}
		visit(int32(s), -1)
		for len(stack) > 0 {
			// Scan v's row from where it stopped up to the next unvisited
			// neighbour, lowering v's low point on the way, and descend
			// into it; with the row done, return to v's parent.
			v := stack[len(stack)-1]
			e, end := it[v], g.off[v+1]
			low, parent := d.low[v], d.parent[v]
			next := int32(-1)
			for ; e < end; e++ {
				w := g.nbr[e]
				if skip != nil && skip[w] {
					continue
				}
				if d.disc[w] < 0 {
					next = w
					break
				}
				if w != parent && d.disc[w] < low {
					low = d.disc[w]
				}
			}
			d.low[v] = low
			if next >= 0 {
				it[v] = e + 1
				visit(next, v)
				continue
			}
			stack = stack[:len(stack)-1]
			if p := d.parent[v]; p >= 0 {
				d.low[p] = min(d.low[p], d.low[v])
				d.size[p] += d.size[v]
			}
		}
	}
	return d
}

// ArticulationPoints returns the cut vertices of g in ascending index order:
// the nodes whose removal increases the number of connected components, as
// networkx 2.8's nx.articulation_points (Hopcroft & Tarjan 1973, run
// iteratively, O(n + m)). An empty or edgeless graph gives an empty slice.
func ArticulationPoints(g *Graph) []int {
	d := newCutDFS(g, nil)
	isCut := make([]bool, g.Len())
	rootKids := make([]int, g.Len())
	for _, v := range d.order {
		p := d.parent[v]
		if p < 0 {
			continue
		}
		if d.parent[p] < 0 {
			rootKids[p]++
		} else if d.low[v] >= d.disc[p] {
			isCut[p] = true
		}
	}
	out := []int{}
	for v := range isCut {
		if isCut[v] || rootKids[v] >= 2 {
			out = append(out, v)
		}
	}
	return out
}

// Bridges returns the bridges of g, the edges whose removal increases the
// number of connected components, each as {lower index, higher index} and
// sorted, as networkx 2.8's nx.bridges (Tarjan 1974, iterative, O(n + m)).
// An empty or edgeless graph gives an empty slice.
func Bridges(g *Graph) [][2]int {
	d := newCutDFS(g, nil)
	out := [][2]int{}
	for _, v := range d.order {
		if p := d.parent[v]; p >= 0 && d.low[v] > d.disc[p] {
			out = append(out, [2]int{int(min(p, v)), int(max(p, v))})
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int {
		if a[0] != b[0] {
			return a[0] - b[0]
		}
		return a[1] - b[1]
	})
	return out
}
