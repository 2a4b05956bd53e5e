package metrics

import "math"

// Centralization returns Freeman's (1979) centralization of the node scores
// c: Σ_i (max_j c_j - c_i) / denom, where denom is the largest value the sum
// can take on a graph of the same size (attained by the star). It is NaN
// when c has fewer than three elements or denom is not positive. The
// specific indices below supply denom.
func Centralization(c []float64, denom float64) float64 {
	if len(c) < 3 || !(denom > 0) {
		return math.NaN()
	}
	m := math.Inf(-1)
	for _, x := range c {
		m = math.Max(m, x)
	}
	var s float64
	for _, x := range c {
		s += m - x
	}
	return s / denom
}

// DegreeCentralization returns Freeman's degree centralization,
// Σ_i (d_max - d_i) / ((n-1)(n-2)) (Freeman 1979; Wasserman & Faust 1994,
// eq. 5.5): 1 for a star, 0 for a regular graph such as a complete graph or
// a cycle. Isolated nodes count with degree 0. It is NaN for n < 3.
func DegreeCentralization(g *Graph) float64 {
	n := g.Len()
	d := make([]float64, n)
	for i := range d {
		d[i] = float64(g.Degree(i))
	}
	return Centralization(d, float64(n-1)*float64(n-2))
}

// BetweennessCentralization returns Freeman's betweenness centralization of
// g from its exact normalised betweenness (see Betweenness):
// Σ_i (b_max - b_i) / (n-1) (Freeman 1979; Wasserman & Faust 1994,
// eq. 5.13, with normalised scores, for which the star's sum is n-1): 1 for a
// star, 0 for a complete graph or a cycle. It is NaN for n < 3.
func BetweennessCentralization(g *Graph) float64 {
	return BetweennessCentralizationOf(Betweenness(g))
}

// BetweennessCentralizationOf is BetweennessCentralization computed from
// normalised betweenness scores already at hand (one per node), such as
// Paths(g, opts).Betweenness; with sampled scores it is an estimate.
func BetweennessCentralizationOf(b []float64) float64 {
	return Centralization(b, float64(len(b)-1))
}

// ClosenessCentralization returns Freeman's closeness centralization of g
// from its closeness (see Closeness):
// Σ_i (c_max - c_i) / ((n-1)(n-2)/(2n-3)) (Freeman 1979; Wasserman & Faust
// 1994, eq. 5.7). The denominator is the star's sum: its centre has
// closeness 1 and each of the n-1 leaves (n-1)/(2n-3). It is 1 for a star
// and 0 for a complete graph or a cycle. On a disconnected graph the
// closeness is networkx's Wasserman-Faust form, which scales each node's
// score by the share of nodes it reaches, and the star bound is kept. It is
// NaN for n < 3.
func ClosenessCentralization(g *Graph) float64 {
	return ClosenessCentralizationOf(Closeness(g))
}

// ClosenessCentralizationOf is ClosenessCentralization computed from
// closeness scores already at hand (one per node), such as
// Paths(g, opts).Closeness.
func ClosenessCentralizationOf(c []float64) float64 {
	n := float64(len(c))
	return Centralization(c, (n-1)*(n-2)/(2*n-3))
}
