package metrics

// CoreNumbers returns the core number of each node: the largest k such that
// the node belongs to the k-core, the maximal subgraph in which every node
// has degree at least k (nx.core_number; Seidman 1983). An isolated node has
// core number 0.
//
// It is the bucket algorithm of Batagelj & Zaversnik (2003), O(n+m) time.
// It is far faster than gonum's topo.DegeneracyOrdering and topo.KCore
// (BenchmarkCoreNumbers against BenchmarkGonumDegeneracyOrdering and
// BenchmarkGonumKCore), so gonum's are not used.
func CoreNumbers(g *Graph) []int {
	n := g.Len()
	deg := make([]int32, n)
	maxDeg := int32(0)
	for i := range n {
		deg[i] = int32(g.Degree(i))
		maxDeg = max(maxDeg, deg[i])
	}
	// bin[d] = start of the nodes of current degree d in vert
	bin := make([]int32, maxDeg+2)
	for _, d := range deg {
		bin[d+1]++
	}
	for d := int32(1); d <= maxDeg+1; d++ {
		bin[d] += bin[d-1]
	}
	vert := make([]int32, n) // nodes sorted by current degree
	pos := make([]int32, n)  // position of each node in vert
	next := make([]int32, maxDeg+1)
	copy(next, bin[:maxDeg+1])
	for v := range n {
		pos[v] = next[deg[v]]
		vert[pos[v]] = int32(v)
		next[deg[v]]++
	}
	for i := range n {
		v := vert[i]
		for _, u := range g.Neighbours(int(v)) {
			if deg[u] > deg[v] {
				du := deg[u]
				pu := pos[u]
				pw := bin[du] // first node of degree du
				w := vert[pw]
				if u != w {
					vert[pu], vert[pw] = w, u
					pos[u], pos[w] = pw, pu
				}
				bin[du]++
				deg[u]--
			}
		}
	}
	core := make([]int, n)
	for i, d := range deg {
		core[i] = int(d)
	}
	return core
}

// MaxCore returns the largest core number in g (the degeneracy of g), 0 for
// an empty or edgeless graph.
func MaxCore(g *Graph) int {
	m := 0
	for _, c := range CoreNumbers(g) {
		m = max(m, c)
	}
	return m
}

// KCore returns the node indices, ascending, of the largest k-core of g: the
// nodes whose core number is MaxCore(g) (nx.k_core with k=None). For an
// edgeless graph that is every node (the 0-core); for an empty graph it is
// empty.
func KCore(g *Graph) []int {
	core := CoreNumbers(g)
	m := 0
	for _, c := range core {
		m = max(m, c)
	}
	nodes := []int{}
	for i, c := range core {
		if c == m {
			nodes = append(nodes, i)
		}
	}
	return nodes
}
