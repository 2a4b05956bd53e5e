package metrics

import (
	"math"
	"slices"
)

// Brokerage roles of Gould & Fernandez (1989, Structures of mediation: a
// formal approach to brokerage in transaction networks, Sociological
// Methodology 19), indexing the columns of BrokerageResult. For an open
// two-path a → v → c (a, v, c distinct, no arc a → c) broker v plays:
const (
	Coordinator    = iota // w_I: a, v, c all in one group
	Itinerant             // w_O (consultant): a, c in one group, v in another
	Representative        // b_IO: a, v in one group, c in another
	Gatekeeper            // b_OI: v, c in one group, a in another
	Liaison               // b_O: a, v, c in three different groups
	BrokerageTotal        // t: all open two-paths through v
	brokerageRoles
)

// BrokerageResult holds a Gould-Fernandez brokerage analysis, laid out as R's
// sna::brokerage (raw.nli, exp.nli, sd.nli, z.nli, raw.gli, exp.gli, sd.gli,
// z.gli, exp.grp, sd.grp). Rows of the per-node slices are indexed by node,
// columns by role (Coordinator ... BrokerageTotal).
type BrokerageResult struct {
	Raw, Expected, SD, Z [][6]float64 // per node; expectations by the node's group
	// Global counts over all nodes, with their expectations, standard
	// deviations and z-scores.
	GlobalRaw, GlobalExpected, GlobalSD, GlobalZ [6]float64
	Groups                                       []int        // distinct group labels, ascending
	GroupSize                                    []int        // members of each group
	GroupExpected, GroupSD                       [][6]float64 // by group, aligned with Groups
	Density                                      float64      // d = m / (N (N − 1))
}

// Brokerage counts, for each of n nodes, the open two-paths a → v → c through
// it by Gould-Fernandez role, with expectations and z-scores under a random
// digraph of the same density, exactly as R's sna::brokerage (Butts, sna
// package, R/models.R and src/gli.c):
//
//   - counts: for each arc a → v and arc v → c with a, v, c distinct and no arc
//     a → c, broker v scores one in the role given by the groups of a, v, c
//     (see the role constants). Mutual ties count in both directions.
//   - with N = n, m distinct arcs, d = m/(N(N−1)), q = d²(1−d),
//     r = d³(1−d)³, group sizes n_g, and for a broker in group i:
//     E[w_I] = q (n_i−1)(n_i−2),         V = E(1−q) + 2(n_i−1)(n_i−2)(n_i−3) r;
//     E[w_O] = q Σ_{j≠i} n_j(n_j−1),     V = E(1−q) + 2 Σ_{j≠i} n_j(n_j−1)(n_j−2) r;
//     E[b_IO] = E[b_OI] = q (N−n_i)(n_i−1),
//     V = E(1−q) + 2[(n_i−1) C(N−n_i,2) + (N−n_i) C(n_i−1,2)] r;
//     E[b_O] = q (Σ_{j,k≠i} n_j n_k − Σ_{j≠i} n_j²),
//     V = E(1−q) + 4 Σ_{j≠i} n_j C(N−n_j−n_i, 2) r;
//     E[t] = q (N−1)(N−2),               V = E(1−q) + 2(N−1)(N−2)(N−3) r;
//     with C(x,2) = x(x−1)/2 as R's choose; the global moments follow
//     sna's formulas in brokerageGlobal. Z = (raw − E)/√V as in R, which is
//     ±Inf or NaN where V = 0 (e.g. w_I in groups of fewer than 3).
//
// arcs are (from, to) pairs of node indices in [0, n); repeated arcs count
// once, self-loops and arcs naming nodes outside [0, n) are ignored. group[v]
// is the group label of node v (any ints). Counting costs
// Σ_v indeg(v)·outdeg(v)·log; the global liaison variance loops over ordered
// triples of groups, O(K³) for K groups. It returns nil when n < 1 or
// len(group) != n.
func Brokerage(arcs [][2]int, n int, group []int) *BrokerageResult {
	if n < 1 || len(group) != n {
		return nil
	}
	// Distinct arcs as sorted out- and in-lists.
	list := make([][2]int32, 0, len(arcs))
	for _, a := range arcs {
		if a[0] == a[1] || a[0] < 0 || a[1] < 0 || a[0] >= n || a[1] >= n {
			continue
		}
		list = append(list, [2]int32{int32(a[0]), int32(a[1])})
	}
	slices.SortFunc(list, func(x, y [2]int32) int {
		if x[0] != y[0] {
			return int(x[0] - y[0])
		}
		return int(x[1] - y[1])
	})
	list = slices.Compact(list)
	outOff := make([]int32, n+1)
	inOff := make([]int32, n+1)
	for _, a := range list {
		outOff[a[0]+1]++
		inOff[a[1]+1]++
	}
	for i := 0; i < n; i++ {
		outOff[i+1] += outOff[i]
		inOff[i+1] += inOff[i]
	}
	out := make([]int32, len(list))
	in := make([]int32, len(list))
	pos := slices.Clone(inOff[:n])
	for k, a := range list {
		out[k] = a[1] // list is sorted by source, so out rows are in order
		in[pos[a[1]]] = a[0]
		pos[a[1]]++
	}
	adj := func(a, c int32) bool {
		_, ok := slices.BinarySearch(out[outOff[a]:outOff[a+1]], c)
		return ok
	}

	res := &BrokerageResult{Raw: make([][6]float64, n)}
	for v := int32(0); v < int32(n); v++ {
		gv := group[v]
		for _, a := range in[inOff[v]:inOff[v+1]] {
			ga := group[a]
			for _, c := range out[outOff[v]:outOff[v+1]] {
				if c == a || adj(a, c) {
					continue
				}
				gc := group[c]
				var role int
				switch {
				case ga == gv && gv == gc:
					role = Coordinator
				case ga == gv:
					role = Representative
				case gv == gc:
					role = Gatekeeper
				case ga == gc:
					role = Itinerant
				default:
					role = Liaison
				}
				res.Raw[v][role]++
				res.Raw[v][BrokerageTotal]++
			}
		}
	}
	for v := range res.Raw {
		for k := range brokerageRoles {
			res.GlobalRaw[k] += res.Raw[v][k]
		}
	}

	// Groups and their sizes.
	res.Groups = slices.Clone(group)
	slices.Sort(res.Groups)
	res.Groups = slices.Compact(res.Groups)
	res.GroupSize = make([]int, len(res.Groups))
	gi := make([]int, n)
	for v, l := range group {
		gi[v], _ = slices.BinarySearch(res.Groups, l)
		res.GroupSize[gi[v]]++
	}
	N := float64(n)
	sizes := make([]float64, len(res.GroupSize))
	for i, s := range res.GroupSize {
		sizes[i] = float64(s)
	}
	d := 0.0
	if n > 1 {
		d = float64(len(list)) / (N * (N - 1))
	}
	res.Density = d
	res.GroupExpected, res.GroupSD = brokerageByGroup(sizes, N, d)
	res.Expected = make([][6]float64, n)
	res.SD = make([][6]float64, n)
	res.Z = make([][6]float64, n)
	for v := range res.Raw {
		res.Expected[v] = res.GroupExpected[gi[v]]
		res.SD[v] = res.GroupSD[gi[v]]
		for k := range brokerageRoles {
			res.Z[v][k] = (res.Raw[v][k] - res.Expected[v][k]) / res.SD[v][k]
		}
	}
	var vg [6]float64
	res.GlobalExpected, vg = brokerageGlobal(sizes, N, d)
	for k := range brokerageRoles {
		res.GlobalSD[k] = math.Sqrt(vg[k])
		res.GlobalZ[k] = (res.GlobalRaw[k] - res.GlobalExpected[k]) / res.GlobalSD[k]
	}
	return res
}

func choose2(x float64) float64 { return x * (x - 1) / 2 }

// brokerageByGroup returns sna's exp.grp and sd.grp: the moments of each
// role's count for a broker in each group.
func brokerageByGroup(n []float64, N, d float64) (exp, sd [][6]float64) {
	q := d * d * (1 - d)
	r := math.Pow(d, 3) * math.Pow(1-d, 3)
	exp = make([][6]float64, len(n))
	sd = make([][6]float64, len(n))
	for i, ni := range n {
		var e, v [6]float64
		e[Coordinator] = q * (ni - 1) * (ni - 2)
		v[Coordinator] = e[Coordinator]*(1-q) + 2*(ni-1)*(ni-2)*(ni-3)*r
		var s2, s3, s1, sq, lia float64
		for j, nj := range n {
			if j == i {
				continue
			}
			s2 += nj * (nj - 1)
			s3 += nj * (nj - 1) * (nj - 2)
			s1 += nj
			sq += nj * nj
			lia += nj * choose2(N-nj-ni)
		}
		e[Itinerant] = q * s2
		v[Itinerant] = e[Itinerant]*(1-q) + 2*s3*r
		e[Representative] = q * (N - ni) * (ni - 1)
		v[Representative] = e[Representative]*(1-q) + 2*((ni-1)*choose2(N-ni)+(N-ni)*choose2(ni-1))*r
		e[Gatekeeper], v[Gatekeeper] = e[Representative], v[Representative]
		e[Liaison] = q * (s1*s1 - sq)
		v[Liaison] = e[Liaison]*(1-q) + 4*lia*r
		e[BrokerageTotal] = q * (N - 1) * (N - 2)
		v[BrokerageTotal] = e[BrokerageTotal]*(1-q) + 2*(N-1)*(N-2)*(N-3)*r
		exp[i] = e
		for k := range v {
			sd[i][k] = math.Sqrt(v[k])
		}
	}
	return exp, sd
}

// brokerageGlobal returns sna's exp.gli and the variances behind sd.gli, for
// the whole-network counts, transcribed from sna's R code:
//
//	E[w_I] = q Σ n(n−1)(n−2),
//	V = E(1−q) + Σ n(n−1)(n−2)[(4n−10) r − 4(n−3) d⁴(1−d)² + (n−3) s];
//	E[w_O] = q Σ n(N−n)(n−1),
//	V = E(1−q) + Σ_{x,y} xy(x−1)[(2x+2y−6) r + (N−x−1) s] − Σ n²(n−1)[(4n−6) r + (N−n−1) s];
//	E[b_IO] = E[b_OI] = q Σ n(N−n)(n−1),
//	V = E(1−q) + Σ n(N−n)(n−1)[(N−3) r + (n−2) s];
//	E[b_O] = q (Σ_{x,y} xy(N−x−y) − Σ n²(N−2n)),
//	V = E(1−q) + Σ_{i,j,k distinct} n_i n_j n_k [(4(N−n_j) − 2(n_i+n_k+1)) r
//	    − (4(N−n_k) − 2(n_i+n_j+1)) d⁴(1−d)² + (N−(n_i+n_k+1)) s];
//	E[t] = q N(N−1)(N−2),
//	V = E(1−q) + N(N−1)(N−2)[(4N−10) r − 4(N−3) d⁴(1−d)² + (N−3) s];
//
// with q = d²(1−d), r = d³(1−d)³, s = d⁵(1−d); Σ_{x,y} runs over all ordered
// pairs of group sizes, the diagonal included (R's outer).
func brokerageGlobal(n []float64, N, d float64) (e, v [6]float64) {
	q := d * d * (1 - d)
	r := math.Pow(d, 3) * math.Pow(1-d, 3)
	t := math.Pow(d, 4) * math.Pow(1-d, 2)
	s := math.Pow(d, 5) * (1 - d)
	var a1, b1, a3, b3, a5, b5 float64
	for _, x := range n {
		a1 += x * (x - 1) * (x - 2)
		b1 += x * (x - 1) * (x - 2) * ((4*x-10)*r - 4*(x-3)*t + (x-3)*s)
		a3 += x * (N - x) * (x - 1)
		b3 += x * (N - x) * (x - 1) * ((N-3)*r + (x-2)*s)
		b5 += x * x * (N - 2*x)
	}
	var o2, d2 float64
	for _, x := range n {
		for _, y := range n {
			o2 += x * y * (x - 1) * ((2*x+2*y-6)*r + (N-x-1)*s)
			a5 += x * y * (N - x - y)
		}
		d2 += x * x * (x - 1) * ((4*x-6)*r + (N-x-1)*s)
	}
	e[Coordinator] = q * a1
	v[Coordinator] = e[Coordinator]*(1-q) + b1
	e[Itinerant] = q * a3
	v[Itinerant] = e[Itinerant]*(1-q) + o2 - d2
	e[Representative] = q * a3
	v[Representative] = e[Representative]*(1-q) + b3
	e[Gatekeeper], v[Gatekeeper] = e[Representative], v[Representative]
	e[Liaison] = q * (a5 - b5)
	v[Liaison] = e[Liaison] * (1 - q)
	for i, ni := range n {
		for j, nj := range n {
			if j == i {
				continue
			}
			for k, nk := range n {
				if k == i || k == j {
					continue
				}
				v[Liaison] += ni * nj * nk * ((4*(N-nj)-2*(ni+nk+1))*r -
					(4*(N-nk)-2*(ni+nj+1))*t + (N-(ni+nk+1))*s)
			}
		}
	}
	e[BrokerageTotal] = q * N * (N - 1) * (N - 2)
	v[BrokerageTotal] = e[BrokerageTotal]*(1-q) + N*(N-1)*(N-2)*((4*N-10)*r-4*(N-3)*t+(N-3)*s)
	return e, v
}
