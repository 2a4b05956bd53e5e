package metrics

import "math"

// Triangles returns the number of triangles through each node
// (nx.triangles). An isolated node or a node of degree 1 has 0.
//
// Each triangle is found once: nodes are ranked by (degree, index), every
// edge is oriented from lower to higher rank, and for each node v and each
// out-neighbour u of v the out-neighbours of u marked as out-neighbours of v
// close a triangle. This is O(m^1.5) time and O(n) extra memory.
func Triangles(g *Graph) []int {
	n := g.Len()
	tri := make([]int, n)
	if n == 0 {
		return tri
	}
	// out-neighbours in CSR form: each edge once, from lower to higher rank
	off := make([]int32, n+1)
	out := make([]int32, 0, len(g.nbr)/2)
	for v := range n {
		dv := g.off[v+1] - g.off[v]
		for _, u := range g.Neighbours(v) {
			if du := g.off[u+1] - g.off[u]; dv < du || (dv == du && int32(v) < u) {
				out = append(out, u)
			}
		}
		off[v+1] = int32(len(out))
	}
	mark := make([]int32, n)
	for i := range mark {
		mark[i] = -1
	}
	for v := range n {
		ov := out[off[v]:off[v+1]]
		for _, u := range ov {
			mark[u] = int32(v)
		}
		// Whether w closes a triangle is unpredictable, so it is added
		// as a 0 or 1 rather than branched on; v's and u's counts are
		// kept in registers.
		tv := 0
		for _, u := range ov {
			tu := 0
			for _, w := range out[off[u]:off[u+1]] {
				closes := 0
				if mark[w] == int32(v) {
					closes = 1
				}
				tu += closes
				tri[w] += closes
			}
			tv += tu
			tri[u] += tu
		}
		tri[v] += tv
	}
	return tri
}

// Clustering returns the local clustering coefficient of each node,
// c_i = 2 T_i / (k_i (k_i - 1)), where T_i is the number of triangles through
// node i and k_i its degree (nx.clustering, unweighted; Watts & Strogatz
// 1998). A node of degree 0 or 1 has clustering 0, as in networkx.
func Clustering(g *Graph) []float64 { return clusteringOf(g, Triangles(g)) }

// clusteringOf is Clustering from the triangle counts tri.
func clusteringOf(g *Graph, tri []int) []float64 {
	c := make([]float64, len(tri))
	for i, t := range tri {
		k := g.Degree(i)
		if k < 2 || t == 0 {
			continue
		}
		c[i] = 2 * float64(t) / (float64(k) * float64(k-1))
	}
	return c
}

// AverageClustering returns the mean of Clustering over all nodes, counting
// nodes of degree below 2 as 0 (nx.average_clustering with
// count_zeros=True). It is NaN for an empty graph, where networkx raises
// ZeroDivisionError.
func AverageClustering(g *Graph) float64 {
	n := g.Len()
	if n == 0 {
		return math.NaN()
	}
	var s float64
	for _, c := range Clustering(g) {
		s += c
	}
	return s / float64(n)
}

// Transitivity returns the global clustering coefficient,
// 3 × triangles / connected triples = Σ_i 2T_i / Σ_i k_i(k_i - 1)
// (nx.transitivity; Wasserman & Faust 1994). It is 0 when the graph has no
// triangles, including the empty graph, as in networkx.
func Transitivity(g *Graph) float64 { return transitivityOf(g, Triangles(g)) }

// ClusteringTransitivity returns Clustering and Transitivity, the same
// values, from one count of the triangles.
func ClusteringTransitivity(g *Graph) ([]float64, float64) {
	tri := Triangles(g)
	return clusteringOf(g, tri), transitivityOf(g, tri)
}

// transitivityOf is Transitivity from the triangle counts tri.
func transitivityOf(g *Graph, tri []int) float64 {
	var t, triples float64
	for i, x := range tri {
		t += 2 * float64(x)
		k := float64(g.Degree(i))
		triples += k * (k - 1)
	}
	if t == 0 {
		return 0
	}
	return t / triples
}
