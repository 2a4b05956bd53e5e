package metrics

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"

	"gonum.org/v1/gonum/mat"
)

const (
	// eigenTol is the residual ||Ax - θx||/θ at which Eigenvector stops.
	eigenTol = 1e-12
	// eigenBasis is the size of the Lanczos basis between restarts.
	eigenBasis = 40
	// eigenSelectiveBasis is the size of the basis where the vectors are
	// orthogonalised selectively (see eigenSelective), whose steps then
	// cost the same however long the basis is.
	eigenSelectiveBasis = 60
	// eigenCheck is how often, in steps, the Lanczos method checks for
	// convergence within a basis on components larger than the basis.
	eigenCheck = 8
	// eigenMaxRestarts caps the Lanczos restarts per component.
	eigenMaxRestarts = 500
	// eigenSelective is the component size from which the Lanczos vectors
	// are orthogonalised against the restart vector and the last two
	// only, rather than against the whole basis.
	eigenSelective = 4096
)

// Eigenvector returns the weighted eigenvector centrality of every node: the
// entries of the eigenvector of the weighted adjacency matrix A belonging to
// its largest eigenvalue λ, A x = λ x, scaled to unit Euclidean norm and
// non-negative up to rounding (Bonacich 1972; nx.eigenvector_centrality_numpy with
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
// Each component is solved by the Lanczos method with a 40-vector basis
// (60 on components of 4,096 nodes and more), restarted from the current
// Ritz vector until the residual ||Ax - θx||
// falls below 1e-12 θ (checked every 8 steps on components larger than the
// basis, which then stop where they converge); components whose largest
// strength (an upper bound on their eigenvalue) cannot beat the best
// eigenvalue so far are skipped.
// Plain power iteration, as in nx.eigenvector_centrality, needed 5,489
// iterations on the 10,000-node benchmark graph, whose partnership groups
// give it a small spectral gap; the restarted Lanczos method is an order of
// magnitude faster there (BenchmarkEigenvector; the repository's
// bench/RESULTS.md has the figures).
//
// A graph without edges has no meaningful eigenvector: every value is NaN
// (networkx returns an arbitrary vector or raises). If a component fails to
// converge in 500 restarts every value is NaN. An empty graph gives an
// empty slice.
func Eigenvector(g *Graph) []float64 {
	n := g.Len()
	out := make([]float64, n)
	if n == 0 {
		return out
	}
	if g.NumEdges() == 0 {
		return fillNaN(out)
	}
	g = scaleWeights(g)
	label, sizes := Components(g)
	members := make([][]int32, len(sizes))
	for i, c := range label {
		members[c] = append(members[c], int32(i))
	}
	strength := Strength(g)
	x := make([]float64, n)
	local := make([]int32, n)
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
		lambda, _, ok := lanczos(g, nodes, x, local, len(nodes) >= eigenSelective)
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

// scaleWeights returns g with its weights divided by the power of two
// nearest their largest, when that is far from 1, so that the eigenvector
// does not depend on the weights' scale: at 1e-300 their products
// underflow, at 1e300 they overflow. Scaling by a power of two is exact, so
// the result is the same, bit for bit, as for weights of order 1. g itself
// is returned when no scaling is needed.
func scaleWeights(g *Graph) *Graph {
	top := 0.0
	for _, w := range g.w {
		top = math.Max(top, w)
	}
	_, exp := math.Frexp(top)
	if top == 0 || math.IsInf(top, 0) || math.IsNaN(top) || (exp > -64 && exp < 64) {
		return g
	}
	scaled := *g
	scaled.w = make([]float64, len(g.w))
	for i, w := range g.w {
		scaled.w[i] = math.Ldexp(w, -exp)
	}
	return &scaled
}

// lanczos finds the leading eigenvector of A restricted to nodes (one
// connected component), leaving it, unit-norm and with a non-negative sum,
// in x[nodes]; it returns the eigenvalue, the number of products with the
// matrix it took and whether it converged. x and local are scratch vectors
// of length n.
//
// It is the Lanczos method restarted with the current Ritz vector: build an
// orthonormal Krylov basis of up to eigenBasis vectors (the
// matrix-vector products run on all cores), take the Ritz pair of the
// largest eigenvalue of the tridiagonal projection, and restart from it
// until the residual ||Ax - θx|| is below eigenTol × θ, as estimated from
// the projection.
//
// Each new vector is orthogonalised by classical Gram-Schmidt against the
// whole basis in one pass (full reorthogonalisation), or, when selective
// is set, in two passes against the restart vector and the last two
// vectors only. In floating point the Lanczos vectors lose their
// orthogonality towards the Ritz vectors that converge (Paige 1976); here
// that is the one Ritz vector sought, which each restart starts from
// (selective orthogonalisation, Parlett & Scott 1979). The selective form
// then also computes the residual of its result, and goes on with the whole
// basis if that is above the tolerance. Its steps cost the same however
// long the basis is, so it keeps a longer one (eigenSelectiveBasis), which
// needs fewer restarts. On the partner graph of the 100,000-partner
// benchmark network it takes 117 products with the matrix (one of them for
// the computed residual) and 0.41 CPU seconds, against 136 and 0.62–0.82
// with the whole 40-vector basis (BenchmarkLanczos);
// TestEigenvectorSelective compares the two forms.
func lanczos(g *Graph, nodes []int32, x []float64, local []int32, selective bool) (float64, int, bool) {
	m := len(nodes)
	k := min(eigenBasis, m)
	if selective {
		k = min(eigenSelectiveBasis, m)
	}
	// A large component's vectors are indexed by node index (zero off the
	// component), saving an indirection in the matrix-vector product; a
	// small one's by position in nodes.
	global := 2*m >= g.Len()
	size := m
	if global {
		size = g.Len()
	}
	basis := make([][]float64, k+1)
	for i := range basis {
		basis[i] = make([]float64, size)
	}
	for p, v := range nodes { // local: node index -> position in nodes
		local[v] = int32(p)
		if global {
			local[v] = v
		}
	}
	products := 0
	matvec := func(dst, src []float64) {
		products++
		forBlocks(m, func(_, lo, hi int) {
			for _, v := range nodes[lo:hi] {
				var s float64
				w := g.Weights(int(v))
				nb := g.Neighbours(int(v))
				if global {
					for j, u := range nb {
						s += w[j] * src[u]
					}
				} else {
					for j, u := range nb {
						s += w[j] * src[local[u]]
					}
				}
				dst[local[v]] = s
			}
		})
	}
	start := basis[0]
	for _, v := range nodes {
		start[local[v]] = 1 / math.Sqrt(float64(m))
	}
	alpha := make([]float64, k)
	beta := make([]float64, k)
	var theta float64
	var against [3]int
	for range eigenMaxRestarts {
		steps := k
		var vecs *mat.Dense // the Ritz vectors of the early stop, if any
		for j := 0; j < k; j++ {
			w := basis[j+1]
			matvec(w, basis[j])
			// w -= (basis[i]·w) basis[i] for each i orthogonalised
			// against in turn, then beta = |w|. Each pass over w subtracts
			// one projection and takes the dot product the next one needs
			// (axpyDot): the same operations in the same order as separate
			// dot and axpy loops, with a third of the passes.
			var c float64
			if selective {
				// against basis[0], basis[j-1] and basis[j], twice
				set := against[:0]
				for _, i := range []int{0, j - 1, j} {
					if i >= 0 && (len(set) == 0 || i > set[len(set)-1]) {
						set = append(set, i)
					}
				}
				for pass := range 2 {
					c = dot(basis[set[0]], w)
					for p, i := range set {
						if pass == 0 && i == j {
							alpha[j] = c
						}
						next := w
						if p+1 < len(set) {
							next = basis[set[p+1]]
						}
						c = axpyDot(-c, basis[i], w, next)
					}
				}
			} else {
				// against the whole basis so far, alpha with the first
				// dot product (dot2)
				alpha[j], c = dot2(basis[j], basis[0], w)
				for i := 0; i <= j; i++ {
					next := w
					if i < j {
						next = basis[i+1]
					}
					c = axpyDot(-c, basis[i], w, next)
				}
			}
			beta[j] = math.Sqrt(c)
			if beta[j] <= 1e-14*math.Abs(alpha[j]) || beta[j] == 0 {
				steps = j + 1
				beta[j] = 0
				break
			}
			scale(1/beta[j], w)
			// A component larger than the basis checks every
			// eigenCheck steps whether the Ritz pair has converged, and
			// then stops there rather than at the end of the basis.
			if m > k && (j+1)%eigenCheck == 0 && j+1 < k {
				if th, v, ok := ritz(alpha, beta, j+1); ok && math.Abs(beta[j]*v.At(j, j)) <= eigenTol*math.Max(th, 1e-300) {
					steps, theta, vecs = j+1, th, v
					break
				}
			}
		}
		if vecs == nil {
			var ok bool
			if theta, vecs, ok = ritz(alpha, beta, steps); !ok {
				return 0, products, false
			}
		}
		top := steps - 1
		resid := math.Abs(beta[steps-1] * vecs.At(steps-1, top))
		// Ritz vector into the spare last basis slot, then to basis[0]
		y := basis[k]
		clear(y)
		for i := range steps {
			axpy(vecs.At(i, top), basis[i], y)
		}
		var sum float64
		for _, v := range y {
			sum += v
		}
		norm := math.Sqrt(dot(y, y))
		if norm == 0 || math.IsNaN(norm) {
			return 0, products, false
		}
		if sum < 0 {
			norm = -norm
		}
		scale(1/norm, y)
		basis[0], basis[k] = y, basis[0]
		if steps < k || resid <= eigenTol*math.Max(theta, 1e-300) {
			if selective {
				// the residual itself, into the free basis[1]; if
				// orthogonality was lost after all (or rounding keeps
				// the residual above the tolerance), go on from y with
				// the whole basis
				r := basis[1]
				matvec(r, y)
				axpy(-theta, y, r)
				if math.Sqrt(dot(r, r)) > eigenTol*math.Max(theta, 1e-300) {
					selective = false
					continue
				}
			}
			for _, v := range nodes {
				x[v] = basis[0][local[v]]
			}
			return theta, products, true
		}
	}
	return theta, products, false
}

// ritz returns the largest eigenvalue of the steps × steps tridiagonal
// matrix with diagonal alpha and off-diagonal beta, and its eigenvectors
// in ascending order of eigenvalue (the last column is the largest's).
func ritz(alpha, beta []float64, steps int) (float64, *mat.Dense, bool) {
	t := mat.NewSymDense(steps, nil)
	for i := range steps {
		t.SetSym(i, i, alpha[i])
		if i+1 < steps {
			t.SetSym(i, i+1, beta[i])
		}
	}
	var es mat.EigenSym
	if !es.Factorize(t, true) {
		return 0, nil, false
	}
	vals := es.Values(nil)
	var vecs mat.Dense
	es.VectorsTo(&vecs)
	return vals[steps-1], &vecs, true
}

func dot(a, b []float64) float64 {
	var s float64
	for i, x := range a {
		s += x * b[i]
	}
	return s
}

// dot2 returns a·w and b·w, each summed in index order as dot does.
func dot2(a, b, w []float64) (float64, float64) {
	var s, t float64
	b = b[:len(a)]
	w = w[:len(a)]
	for i, x := range a {
		s += x * w[i]
		t += b[i] * w[i]
	}
	return s, t
}

// axpyDot sets y += a*x and returns z·y with the new y, summed in index
// order: axpy(a, x, y) followed by dot(z, y), in one pass.
func axpyDot(a float64, x, y, z []float64) float64 {
	var s float64
	y = y[:len(x)]
	z = z[:len(x)]
	for i, v := range x {
		y[i] += a * v
		s += z[i] * y[i]
	}
	return s
}

// axpy sets y += a*x.
func axpy(a float64, x, y []float64) {
	for i, v := range x {
		y[i] += a * v
	}
}

func scale(a float64, x []float64) {
	for i := range x {
		x[i] *= a
	}
}

// fillNaN sets every element of x to NaN and returns it.
func fillNaN(x []float64) []float64 {
	for i := range x {
		x[i] = math.NaN()
	}
	return x
}

// rowBlocks is the number of fixed blocks parallel row loops are split into;
// per-block partial sums added in block order make results independent of
// scheduling and of the number of cores.
const rowBlocks = 16

// forBlocks calls f(b, lo, hi) for each of the rowBlocks fixed blocks
// [lo, hi) of [0, n), spread over runtime.GOMAXPROCS(0) goroutines (inline
// for small n).
func forBlocks(n int, f func(b, lo, hi int)) {
	workers := min(runtime.GOMAXPROCS(0), rowBlocks)
	if n < 4096 || workers == 1 {
		for b := range rowBlocks {
			f(b, b*n/rowBlocks, (b+1)*n/rowBlocks)
		}
		return
	}
	var next atomic.Int32
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				b := int(next.Add(1)) - 1
				if b >= rowBlocks {
					return
				}
				f(b, b*n/rowBlocks, (b+1)*n/rowBlocks)
			}
		})
	}
	wg.Wait()
}
