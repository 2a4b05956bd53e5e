package metrics

// Density returns the density of g, 2m/(n(n-1)) for n nodes and m edges:
// the share of possible ties that are present (nx.density). A graph with
// fewer than two nodes has density 0, as in networkx.
func Density(g *Graph) float64 {
	n := g.Len()
	if n < 2 {
		return 0
	}
	return 2 * float64(g.NumEdges()) / (float64(n) * float64(n-1))
}

// Degree returns the number of neighbours of each node (nx.degree); an
// isolated node has degree 0.
func Degree(g *Graph) []int {
	d := make([]int, g.Len())
	for i := range d {
		d[i] = g.Degree(i)
	}
	return d
}

// Strength returns the weighted degree of each node: the sum of the weights
// of its edges (nx.degree with weight="weight"). An isolated node has
// strength 0. Weights are summed in ascending neighbour order.
func Strength(g *Graph) []float64 {
	s := make([]float64, g.Len())
	for i := range s {
		for _, w := range g.Weights(i) {
			s[i] += w
		}
	}
	return s
}

// Components returns the connected components of g: label[i] is the component
// of node i and sizes[c] the number of nodes in component c. Components are
// numbered 0, 1, ... in the order of their smallest node index, so node 0 is
// always in component 0 and an isolated node is a component of size 1
// (nx.connected_components, ordered). An empty graph gives two empty slices.
//
// It runs one breadth-first search per component, O(n+m), on the CSR
// arrays. It is far faster than gonum's topo.ConnectedComponents
// (BenchmarkComponents against BenchmarkGonumConnectedComponents), so
// gonum's is not used.
func Components(g *Graph) (label []int, sizes []int) {
	label, sizes, _ = bfsComponents(g)
	return label, sizes
}

// bfsComponents returns Components' label and sizes, and every node in
// the order the searches reached it: breadth-first from node 0, then from
// the smallest node not reached yet, and so on. Nodes close together in
// that order share many neighbours, so a loop over the nodes that reads
// each node's neighbourhood finds more of it in cache taken in that order
// than in index order.
func bfsComponents(g *Graph) (label []int, sizes []int, order []int32) {
	n := g.Len()
	label = make([]int, n)
	for i := range label {
		label[i] = -1
	}
	sizes = []int{}
	order = make([]int32, 0, n)
	for s := 0; s < n; s++ {
		if label[s] >= 0 {
			continue
		}
		c, start := len(sizes), len(order)
		label[s] = c
		order = append(order, int32(s))
		for h := start; h < len(order); h++ {
			for _, u := range g.Neighbours(int(order[h])) {
				if label[u] < 0 {
					label[u] = c
					order = append(order, u)
				}
			}
		}
		sizes = append(sizes, len(order)-start)
	}
	return label, sizes, order
}
