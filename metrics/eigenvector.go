package metrics

import "math"

const (
	// eigenTol is the largest change in any element of the unit-norm
	// iterate at which Eigenvector's power iteration stops.
	eigenTol = 1e-13
	// eigenMaxIter caps the power iterations per component.
	eigenMaxIter = 20000
)

// Eigenvector returns the weighted eigenvector centrality of every node: the
// entries of the eigenvector of the weighted adjacency matrix A belonging to
// its largest eigenvalue λ, A x = λ x, scaled to unit Euclidean norm and
// non-negative (Bonacich 1972; nx.eigenvector_centrality_numpy with
// weight="weight", which it matches to 1e-6 and in practice to 1e-10).
// Weights must be positive.
//
// The spectrum of a disconnected graph is the union of its components'
// spectra, so the leading eigenvector lives on the component with the
// largest leading eigenvalue and is 0 on every other node, isolated nodes
// included; that is what networkx returns as well (up to ±1e-15 noise). If
// several components share the largest eigenvalue the eigenvector is not
// unique: Eigenvector uses the component with the smallest node index,
// where networkx (ARPACK) returns an arbitrary mix.
//
// Each component is solved by power iteration on A + cI, where the shift
// c = λ'/3 (λ' the current Rayleigh quotient) keeps the iteration from
// oscillating on bipartite components, stopping when no element changes by
// more than 1e-13; components whose largest strength (an upper bound on
// their eigenvalue) cannot beat the best eigenvalue so far are skipped.
//
// A graph without edges has no meaningful eigenvector: every value is NaN
// (networkx returns an arbitrary vector or raises). If a component fails to
// converge in 20,000 iterations every value is NaN. An empty graph gives an
// empty slice.
func Eigenvector(g *Graph) []float64 {
	n := g.Len()
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	if g.Edges() == 0 {
		return fillNaN(out)
	}
	label, sizes := Components(g)
	members := make([][]int32, len(sizes))
	for i, c := range label {
		members[c] = append(members[c], int32(i))
	}
	strength := Strength(g)
	x := make([]float64, n)
	y := make([]float64, n)
	best, bestLambda := -1, 0.0
	for c, nodes := range members {
		if len(nodes) < 2 {
			continue
		}
		bound := 0.0
		for _, v := range nodes {
			bound = math.Max(bound, strength[v])
		}
		if best >= 0 && bound <= bestLambda {
			continue
		}
		lambda, ok := powerIterate(g, nodes, x, y)
		if !ok {
			return fillNaN(out)
		}
		// a strictly larger eigenvalue, beyond rounding, wins
		if best < 0 || lambda > bestLambda*(1+1e-12) {
			best, bestLambda = c, lambda
			clear(out)
			for _, v := range nodes {
				out[v] = x[v]
			}
		}
	}
	return out
}

// powerIterate finds the leading eigenvector of A restricted to nodes (one
// connected component), leaving it, unit-norm and non-negative, in x[nodes];
// it returns the eigenvalue and whether the iteration converged. x and y are
// scratch vectors of length n.
func powerIterate(g *Graph, nodes []int32, x, y []float64) (float64, bool) {
	x0 := 1 / math.Sqrt(float64(len(nodes)))
	for _, v := range nodes {
		x[v] = x0
	}
	lambda := 0.0
	for range eigenMaxIter {
		// y = A x; the Rayleigh quotient x'Ax (x has unit norm)
		var rq float64
		for _, v := range nodes {
			var s float64
			w := g.Weights(int(v))
			for k, u := range g.Neighbours(int(v)) {
				s += w[k] * x[u]
			}
			y[v] = s
			rq += x[v] * s
		}
		lambda = rq
		shift := rq / 3
		var norm float64
		for _, v := range nodes {
			y[v] += shift * x[v]
			norm += y[v] * y[v]
		}
		norm = math.Sqrt(norm)
		if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
			return 0, false
		}
		var change float64
		for _, v := range nodes {
			y[v] /= norm
			change = math.Max(change, math.Abs(y[v]-x[v]))
			x[v] = y[v]
		}
		if change < eigenTol {
			return lambda, true
		}
	}
	return lambda, false
}

// fillNaN sets every element of x to NaN and returns it.
func fillNaN(x []float64) []float64 {
	for i := range x {
		x[i] = math.NaN()
	}
	return x
}
