package metrics

import (
	"math"
	"slices"
)

// MixingMatrix returns the nr×nc attribute mixing matrix of g: M[a][b] counts
// the edge ends with rows-label a on one side and cols-label b on the other.
// Each undirected edge {u, v} adds 1 to M[rows[u]][cols[v]] and 1 to
// M[rows[v]][cols[u]], so with rows == cols the matrix is symmetric, its total
// is twice the number of edges and it equals networkx 2.8's
// nx.attribute_mixing_matrix(G, attr, mapping=identity, normalized=False).
// With two different attributes (e.g. sector × government level) it is the
// count of ordered (u, v) pairs of neighbours by u's row label and v's column
// label. Weights are ignored. Edge ends whose label falls outside [0, nr) or
// [0, nc) are skipped; mismatched label slices or nr, nc < 1 give nil.
func MixingMatrix(g *Graph, rows, cols []int, nr, nc int) [][]float64 {
	if len(rows) != g.Len() || len(cols) != g.Len() || nr < 1 || nc < 1 {
		return nil
	}
	m := make([][]float64, nr)
	flat := make([]float64, nr*nc)
	for a := range m {
		m[a] = flat[a*nc : (a+1)*nc]
	}
	for u := 0; u < g.Len(); u++ {
		a := rows[u]
		if a < 0 || a >= nr {
			continue
		}
		for _, v := range g.Neighbours(u) {
			if b := cols[v]; b >= 0 && b < nc {
				m[a][b]++
			}
		}
	}
	return m
}

// AttributeAssortativity returns Newman's assortativity coefficient of a
// categorical attribute (Newman 2003, Mixing patterns in networks, eq. 2),
//
//	r = (Σ_i e_ii − Σ_i a_i b_i) / (1 − Σ_i a_i b_i),
//
// where e is the mixing matrix normalised to sum 1 and a, b its row and
// column sums; as networkx 2.8's nx.attribute_assortativity_coefficient.
// labels may be any ints (they are compared for equality only). It is NaN
// when g has no edges, when every edge joins the same category (Σ a_i b_i =
// 1, networkx gives nan), or for a mismatched label slice. Weights are
// ignored.
func AttributeAssortativity(g *Graph, labels []int) float64 {
	if len(labels) != g.Len() || g.NumEdges() == 0 {
		return math.NaN()
	}
	cats := slices.Clone(labels)
	slices.Sort(cats)
	cats = slices.Compact(cats)
	idx := make([]int, len(labels))
	for v, l := range labels {
		idx[v], _ = slices.BinarySearch(cats, l)
	}
	m := MixingMatrix(g, idx, idx, len(cats), len(cats))
	total := float64(2 * g.NumEdges())
	tr, ab := 0.0, 0.0
	for a := range m {
		ra, cb := 0.0, 0.0
		for b := range m {
			ra += m[a][b]
			cb += m[b][a]
		}
		tr += m[a][a] / total
		ab += (ra / total) * (cb / total)
	}
	if ab == 1 {
		return math.NaN()
	}
	return (tr - ab) / (1 - ab)
}
