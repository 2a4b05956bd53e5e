package metrics

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Krackhardt & Stern's E-I index (Krackhardt D., Stern R. N. 1988, Informal
// networks and organizational crises, Social Psychology Quarterly 51(2)):
//
//	E-I = (E − I) / (E + I),
//
// with E the number of ties between members of different groups and I the
// number of ties within groups. It runs from −1 (all ties internal) to +1 (all
// ties external). Edges are counted once each and weights are ignored, as in
// UCINET's E-I index. group[v] is the group of node index v; a group slice
// whose length is not g.Len() gives NaN / nil results.

// EIIndex returns the network-level E-I index of the partition group. It is
// NaN for a graph with no edges (or a mismatched group slice).
func EIIndex(g *Graph, group []int) float64 {
	if len(group) != g.Len() {
		return math.NaN()
	}
	e, i := eiCount(g, group)
	return eiRatio(e, i)
}

func eiRatio(e, i int) float64 {
	if e+i == 0 {
		return math.NaN()
	}
	return float64(e-i) / float64(e+i)
}

// eiCount counts external and internal edges (each undirected edge once).
func eiCount(g *Graph, group []int) (e, i int) {
	for u := 0; u < g.Len(); u++ {
		for _, v := range g.Neighbours(u) {
			if int(v) <= u {
				continue
			}
			if group[u] == group[v] {
				i++
			} else {
				e++
			}
		}
	}
	return e, i
}

// EIGroup is the E-I index of one group: External counts edges with exactly
// one end in the group, Internal edges with both ends in it (each once), and
// Index is (External − Internal)/(External + Internal), NaN when the group has
// no edges.
type EIGroup struct {
	Group              int
	Size               int
	External, Internal int
	Index              float64
}

// EIGroups returns the group-level E-I index of every group present in
// group, sorted by group label. It returns nil for an empty graph or a
// mismatched group slice.
func EIGroups(g *Graph, group []int) []EIGroup {
	if len(group) != g.Len() || g.Len() == 0 {
		return nil
	}
	labels := slices.Clone(group)
	slices.Sort(labels)
	labels = slices.Compact(labels)
	out := make([]EIGroup, len(labels))
	at := func(l int) *EIGroup {
		k, _ := slices.BinarySearch(labels, l)
		return &out[k]
	}
	for k, l := range labels {
		out[k].Group = l
	}
	for u := 0; u < g.Len(); u++ {
		at(group[u]).Size++
		for _, v := range g.Neighbours(u) {
			if int(v) <= u {
				continue
			}
			if group[u] == group[v] {
				at(group[u]).Internal++
			} else {
				at(group[u]).External++
				at(group[v]).External++
			}
		}
	}
	for k := range out {
		out[k].Index = eiRatio(out[k].External, out[k].Internal)
	}
	return out
}

// EINodes returns each node's E-I index: (E_v − I_v)/(E_v + I_v) over its
// neighbours in other groups (E_v) and in its own group (I_v). Isolated nodes
// get NaN; a mismatched group slice gives nil.
func EINodes(g *Graph, group []int) []float64 {
	if len(group) != g.Len() {
		return nil
	}
	out := make([]float64, g.Len())
	for u := range out {
		e, i := 0, 0
		for _, v := range g.Neighbours(u) {
			if group[v] == group[u] {
				i++
			} else {
				e++
			}
		}
		out[u] = eiRatio(e, i)
	}
	return out
}

// EITest is the result of EIPermutationTest.
type EITest struct {
	Observed float64 // the network E-I index of the given partition
	Mean     float64 // mean E-I index over the permutations
	// PHigher and PLower are one-sided p-values, the estimated probabilities
	// of an index at least as high (resp. low) as Observed under random
	// assignment of the labels; P is two-sided, for |E-I − Mean| at least
	// |Observed − Mean|. All use (count + 1)/(iterations + 1) (Phipson &
	// Smyth 2010), so they are never 0.
	PHigher, PLower, P float64
	Iterations         int
}

// EIPermutationTest returns the network E-I index of group with p-values from
// a permutation test: the labels are shuffled among the nodes iterations
// times (keeping group sizes and the graph fixed, as UCINET's E-I test does)
// and the index recomputed. The shuffles use math/rand/v2's PCG seeded with
// (seed, seed), so a seed always gives the same result. With no edges,
// iterations < 1 or a mismatched group slice every field except Iterations is
// NaN.
func EIPermutationTest(g *Graph, group []int, iterations int, seed uint64) EITest {
	res := EITest{Iterations: iterations}
	res.Observed = EIIndex(g, group)
	if math.IsNaN(res.Observed) || iterations < 1 {
		nan := math.NaN()
		res.Observed, res.Mean, res.PHigher, res.PLower, res.P = nan, nan, nan, nan, nan
		return res
	}
	// Edge list once, then count per permutation.
	var us, vs []int32
	for u := 0; u < g.Len(); u++ {
		for _, v := range g.Neighbours(u) {
			if int(v) > u {
				us = append(us, int32(u))
				vs = append(vs, v)
			}
		}
	}
	perm := slices.Clone(group)
	rng := rand.New(rand.NewPCG(seed, seed))
	vals := make([]float64, iterations)
	sum := 0.0
	for it := range vals {
		rng.Shuffle(len(perm), func(a, b int) { perm[a], perm[b] = perm[b], perm[a] })
		in := 0
		for k := range us {
			if perm[us[k]] == perm[vs[k]] {
				in++
			}
		}
		vals[it] = eiRatio(len(us)-in, in)
		sum += vals[it]
	}
	res.Mean = sum / float64(iterations)
	const eps = 1e-12 // ties in floating point count as equal
	hi, lo, two := 0, 0, 0
	for _, v := range vals {
		if v >= res.Observed-eps {
			hi++
		}
		if v <= res.Observed+eps {
			lo++
		}
		if math.Abs(v-res.Mean) >= math.Abs(res.Observed-res.Mean)-eps {
			two++
		}
	}
	den := float64(iterations + 1)
	res.PHigher, res.PLower, res.P = float64(hi+1)/den, float64(lo+1)/den, float64(two+1)/den
	return res
}
