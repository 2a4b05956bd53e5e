package metrics

import "math"

// Burt's structural-hole measures (Burt 1992, Structural Holes, ch. 2), on the
// weighted undirected graph. Throughout, for a node i with contacts N(i):
//
//	p_ij = w_ij / Σ_{k∈N(i)} w_ik           (proportional tie strength)
//	m_jq = w_jq / max_{k∈N(j)} w_jk         (marginal strength)
//	c_ij = (p_ij + Σ_{q∈N(i), q≠j} p_iq p_qj)²   (j's contribution to i's constraint)
//
// These are networkx 2.8's normalized_mutual_weight (with sum and max norms)
// and local_constraint for weight="weight" on an undirected graph, where the
// mutual weight w_ij + w_ji = 2 w_ij and the factor 2 cancels. Weights are
// assumed positive.

// burtScratch holds per-call work arrays for the structural-hole measures.
//
// p and acc are indexed by pos: the contact at position k of the ego's row
// is at k+1, and slot 0, where every node that is not a contact points, is
// 0 in p and a dummy in acc.
type burtScratch struct {
	str   []float64 // strength of each node
	maxw  []float64 // largest incident weight of each node
	plain []bool    // the node's weights are finite and its largest is not 0
	pos   []int32   // pos[j] = position of j in the current ego's row + 1, 0 if absent
	p     []float64 // p_ij of the current ego i's contacts j, by pos[j]
	acc   []float64 // per-contact accumulator, by pos
}

func newBurtScratch(g *Graph) *burtScratch {
	n := g.Len()
	s := &burtScratch{str: make([]float64, n), maxw: make([]float64, n), plain: make([]bool, n), pos: make([]int32, n)}
	for i := 0; i < n; i++ {
		finite := true
		for _, w := range g.Weights(i) {
			s.str[i] += w
			s.maxw[i] = math.Max(s.maxw[i], w)
			finite = finite && !math.IsInf(w, 0) && !math.IsNaN(w)
		}
		s.plain[i] = finite && s.maxw[i] != 0 // finite weights give a finite maxw
	}
	return s
}

// mark records ego i's contacts in pos, their proportional strengths p_ij
// in p, and zeroes acc, one slot per contact and slot 0.
func (s *burtScratch) mark(g *Graph, i int) []int32 {
	nb := g.Neighbours(i)
	wi := g.Weights(i)
	si := s.str[i]
	s.p = append(s.p[:0], 0)
	for k, j := range nb {
		s.pos[j] = int32(k) + 1
		s.p = append(s.p, wi[k]/si)
	}
	s.acc = append(s.acc[:0], make([]float64, len(nb)+1)...)
	return nb
}

// contribs returns the contributions c_ij that contributions and holes
// leave in acc, aligned with the ego's row.
func (s *burtScratch) contribs() []float64 { return s.acc[1:] }

// square turns the indirect constraint in acc into c_ij = (p_ij + acc)².
func (s *burtScratch) square() {
	for k, x := range s.acc[1:] {
		d := s.p[k+1] + x
		s.acc[k+1] = d * d
	}
}

func (s *burtScratch) unmark(nb []int32) {
	for _, j := range nb {
		s.pos[j] = 0
	}
}

// contributions sets c_ij for each contact j of i, which contribs returns
// (in the order of g.Neighbours(i)).
func (s *burtScratch) contributions(g *Graph, i int) []int32 {
	nb := s.mark(g, i)
	// indirect: Σ_q p_iq p_qj over contacts q of i and their neighbours j that
	// are also contacts of i.
	for k, q := range nb {
		piq := s.p[k+1]
		wq := g.Weights(int(q))
		for l, j := range g.Neighbours(int(q)) {
			if p := s.pos[j]; p != 0 {
				s.acc[p] += piq * wq[l] / s.str[q]
			}
		}
	}
	s.square()
	s.unmark(nb)
	return nb
}

// Constraint returns Burt's constraint C_i = Σ_{j∈N(i)} c_ij of every node
// (Burt 1992, eq. 2.4), as networkx 2.8's nx.constraint(G, weight="weight").
// Isolated nodes get NaN (networkx gives nan); an empty graph gives an empty
// slice.
func Constraint(g *Graph) []float64 {
	return eachEgo(g, func(s *burtScratch, i int) float64 {
		c, _ := s.constraintHierarchy(g, i)
		return c
	})
}

// eachEgo returns f of every node that has contacts, and NaN for the
// isolated nodes, with one scratch for all of them.
func eachEgo(g *Graph, f func(s *burtScratch, i int) float64) []float64 {
	out := make([]float64, g.Len())
	s := newBurtScratch(g)
	for i := range out {
		if g.Degree(i) == 0 {
			out[i] = math.NaN()
			continue
		}
		out[i] = f(s, i)
	}
	return out
}

// EffectiveSize returns Burt's effective size of every node,
//
//	E_i = Σ_{j∈N(i)} (1 − Σ_{q∈N(i)} p_iq m_jq),
//
// the number of contacts less their redundancy (Burt 1992, eq. 2.2), as
// networkx 2.8's nx.effective_size(G, weight="weight"). For weights all 1 it
// equals Borgatti's n − 2t/n. Isolated nodes get NaN (networkx gives nan); an
// empty graph gives an empty slice.
func EffectiveSize(g *Graph) []float64 {
	return eachEgo(g, func(s *burtScratch, i int) float64 { return s.effectiveSize(g, i) })
}

// effectiveSize returns the effective size of node i, which has contacts.
func (s *burtScratch) effectiveSize(g *Graph, i int) float64 {
	nb := s.mark(g, i)
	red := 0.0
	for _, j := range nb {
		wj := g.Weights(int(j))
		for l, q := range g.Neighbours(int(j)) {
			if p := s.pos[q]; p != 0 {
				red += s.p[p] * wj[l] / s.maxw[j]
			}
		}
	}
	s.unmark(nb)
	return float64(len(nb)) - red
}

// constraintHierarchy returns the constraint and the hierarchy of node i,
// which has contacts, from its contributions c_ij.
func (s *burtScratch) constraintHierarchy(g *Graph, i int) (constraint, hierarchy float64) {
	s.contributions(g, i)
	return constraintHierarchyOf(s.contribs())
}

// constraintHierarchyOf returns the constraint and the hierarchy of a node
// from its contributions c_ij, acc (not empty).
func constraintHierarchyOf(acc []float64) (constraint, hierarchy float64) {
	for _, x := range acc {
		constraint += x
	}
	d := len(acc)
	if d == 1 {
		return constraint, 1
	}
	mean := constraint / float64(d)
	e := 0.0
	for _, x := range acc {
		if r := x / mean; r > 0 {
			e += r * math.Log(r)
		}
	}
	return constraint, e / (float64(d) * math.Log(float64(d)))
}

// Efficiency returns Burt's efficiency E_i / deg(i), the effective size per
// contact (Burt 1992, p. 53), in (0, 1] for positive weights. Isolated nodes
// get NaN; an empty graph gives an empty slice.
func Efficiency(g *Graph) []float64 {
	out := EffectiveSize(g)
	for i := range out {
		out[i] /= float64(g.Degree(i)) // NaN/0 stays NaN for isolates
	}
	return out
}

// Hierarchy returns Burt's hierarchy of every node (Burt 1992, p. 71; the
// Coleman-Theil disorder index of the constraint contributions):
//
//	H_i = Σ_{j∈N(i)} r_ij ln r_ij / (N ln N),  r_ij = c_ij / (C_i / N),
//
// with N = deg(i) and C_i = Σ_j c_ij its constraint. H is 0 when every contact
// constrains i equally and approaches 1 when one contact accounts for all of
// it. networkx has no hierarchy; the definition, and the same formula, are
// documented for R's cograph::centrality_coleman_theil, which cites Burt's
// STRUCTURE 4.2 manual (pp. 181-183); the reference values in
// testdata/ref/structure.py apply it to nx.local_constraint. (R's
// manynet::node_hierarchy instead uses the contacts' own total constraints,
// which is not Burt's definition.) With one contact the formula is 0/0 and H
// is 1, STRUCTURE's convention (all constraint from one contact). Isolated
// nodes get NaN, like Constraint (STRUCTURE scores them 0); an empty graph
// gives an empty slice.
func Hierarchy(g *Graph) []float64 {
	return eachEgo(g, func(s *burtScratch, i int) float64 {
		_, h := s.constraintHierarchy(g, i)
		return h
	})
}

// Holes holds Burt's four structural-hole measures of every node, as
// returned by Constraint, EffectiveSize, Efficiency and Hierarchy.
type Holes struct {
	Constraint, EffectiveSize, Efficiency, Hierarchy []float64
}

// StructuralHoles returns Constraint, EffectiveSize, Efficiency and
// Hierarchy together, sharing one pass over each ego network; the values are
// identical, bit for bit, to the separate functions' (same definitions and
// the same order of every sum, NaN for isolates, empty slices for an empty
// graph). The egos are taken in breadth-first order (neighbouring egos share
// most of the contacts whose rows they read, which then come from cache),
// split into fixed blocks spread over the cores; each ego's values depend
// on its own pass only, so the result depends neither on that order nor on
// the number of cores.
func StructuralHoles(g *Graph) Holes {
	n := g.Len()
	h := Holes{
		Constraint: make([]float64, n), EffectiveSize: make([]float64, n),
		Efficiency: make([]float64, n), Hierarchy: make([]float64, n),
	}
	_, _, order := bfsComponents(g)
	shared := newBurtScratch(g)
	free := make(chan *burtScratch, rowBlocks) // one scratch per running block
	free <- shared                             // the first block works in shared itself
	forBlocks(n, func(_, lo, hi int) {
		var s *burtScratch
		select {
		case s = <-free:
		default:
			s = &burtScratch{str: shared.str, maxw: shared.maxw, plain: shared.plain, pos: make([]int32, n)}
		}
		for _, v := range order[lo:hi] {
			i := int(v)
			d := g.Degree(i)
			if d == 0 {
				nan := math.NaN()
				h.Constraint[i], h.EffectiveSize[i], h.Efficiency[i], h.Hierarchy[i] = nan, nan, nan, nan
				continue
			}
			h.EffectiveSize[i] = s.holes(g, i)
			h.Efficiency[i] = h.EffectiveSize[i] / float64(d)
			h.Constraint[i], h.Hierarchy[i] = constraintHierarchyOf(s.contribs())
		}
		free <- s
	})
	return h
}

// holes is effectiveSize and contributions in one pass over the ego network
// of i, which has contacts: it returns i's effective size and leaves c_ij
// for contribs. For each contact j and each neighbour q of j that is a
// contact of i, it adds p_iq m_jq to the redundancy (effectiveSize's sum,
// in its order) and p_ij w_jq / s_j to q's indirect constraint
// (contributions' sum, whose outer loop runs over the same contacts in the
// same order), so every value is the one the separate functions compute,
// bit for bit.
//
// Whether q is a contact is unpredictable, so for a contact j whose
// weights make it safe (plain) the loop does not branch on it: a q that is
// not a contact reads p = 0 from slot 0, whose term p w_jq / m_j is then
// ±0 and leaves the redundancy as it is (a sum that starts at +0 is never
// -0), and adds to the dummy slot of acc.
func (s *burtScratch) holes(g *Graph, i int) float64 {
	nb := s.mark(g, i)
	red := 0.0
	for k, j := range nb {
		pij := s.p[k+1]
		wj := g.Weights(int(j))
		sj, mj := s.str[j], s.maxw[j]
		row := g.Neighbours(int(j))
		if s.plain[j] {
			for l, q := range row {
				p := s.pos[q]
				red += s.p[p] * wj[l] / mj
				s.acc[p] += pij * wj[l] / sj
			}
			continue
		}
		for l, q := range row {
			if p := s.pos[q]; p != 0 {
				red += s.p[p] * wj[l] / mj
				s.acc[p] += pij * wj[l] / sj
			}
		}
	}
	s.square()
	s.unmark(nb)
	return float64(len(nb)) - red
}
