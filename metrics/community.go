package metrics

import (
	"math"
	"math/rand/v2"
	"slices"
)

// LouvainOptions configures Louvain.
type LouvainOptions struct {
	// Seed seeds the PCG generator that orders the nodes in each local-moving
	// pass; a given seed always gives the same partition.
	Seed uint64
	// Resolution is the γ of the modularity being maximised; 0 means 1
	// (standard modularity). Larger values give smaller communities.
	Resolution float64
}

// Louvain partitions g into communities by the Louvain method (Blondel,
// Guillaume, Lambiotte & Lefebvre 2008, Fast unfolding of communities in large
// networks, J. Stat. Mech. P10008) on the edge weights, maximising
// Modularity(g, labels, γ). Each level moves single nodes, in a seeded random
// order, to the neighbouring community with the largest modularity gain
//
//	ΔQ ∝ w_{i,C} − γ Σ_tot(C) k_i / (2m)
//
// until no move improves Q, then contracts communities to nodes (with
// self-loops for their internal weight) and repeats until a level moves
// nothing; as networkx 2.8's nx.community.louvain_communities, run natively
// on the CSR arrays. Ties keep a node where it is, else go to the community
// met first.
//
// The result is indexed by node and renumbered canonically: node 0 is in
// community 0 and each community takes the next number the first time a node
// of it appears in index order. Isolated nodes, and every node of an edgeless
// graph, form singleton communities. An empty graph gives an empty slice.
func Louvain(g *Graph, opt LouvainOptions) []int {
	n := g.Len()
	gamma := opt.Resolution
	if gamma == 0 {
		gamma = 1
	}
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	lg := &lvGraph{off: g.off, nbr: g.nbr, w: g.w, self: make([]float64, n)}
	lg.strengths()
	node := make([]int32, n) // community of each original node at the current level
	for i := range node {
		node[i] = int32(i)
	}
	if lg.m2 > 0 {
		for {
			comm, moved, rows := lg.moveNodes(gamma, rng)
			nc := renumber(comm)
			for i := range node {
				node[i] = comm[node[i]]
			}
			if !moved || nc == len(comm) {
				break
			}
			lg = lg.aggregate(comm, nc, rows)
		}
	}
	renumber(node)
	out := make([]int, n)
	for i, c := range node {
		out[i] = int(c)
	}
	return out
}

// lvGraph is one level of the Louvain hierarchy: CSR adjacency without
// self-loops plus a self-loop weight per node (the internal weight of the
// community it stands for).
type lvGraph struct {
	off  []int32
	nbr  []int32
	w    []float64
	self []float64
	k    []float64 // strength: Σ w + 2 self
	m2   float64   // Σ k = 2m
}

func (lg *lvGraph) strengths() {
	n := len(lg.self)
	lg.k = make([]float64, n)
	lg.m2 = 0
	for i := 0; i < n; i++ {
		s := 2 * lg.self[i]
		for _, w := range lg.w[lg.off[i]:lg.off[i+1]] {
			s += w
		}
		lg.k[i] = s
		lg.m2 += s
	}
}

// moveNodes runs local-moving passes from singletons until no node moves and
// returns each node's community, whether any node moved at all, and the
// copy of lg's rows it read them in (which aggregate can reuse).
func (lg *lvGraph) moveNodes(gamma float64, rng *rand.Rand) ([]int32, bool, *lvGraph) {
	n := len(lg.self)
	comm := make([]int32, n)
	tot := make([]float64, n)
	for i := range comm {
		comm[i] = int32(i)
		tot[i] = lg.k[i]
	}
	order := make([]int32, n)
	for i := range order {
		order[i] = int32(i)
	}
	rng.Shuffle(n, func(a, b int) { order[a], order[b] = order[b], order[a] })
	// The passes read the rows in this order, every time: a copy of the
	// rows laid out in it (row p is node order[p]'s) is read front to back
	// instead of at random.
	rows := lg.inOrder(order)
	wc := make([]float64, n) // weight from the current node to each other community
	seen := make([]bool, n)  // community already in touched
	touched := make([]int32, 0, 64)
	scale := gamma / lg.m2
	movedAny := false
	for {
		moved := 0
		for p, i := range order {
			ki := rows.k[p]
			if ki == 0 {
				continue
			}
			// The weight to i's own community, where most of its
			// neighbours are once the first pass has run, is summed in a
			// register; the other communities' in wc, each in the order
			// of i's row either way.
			ci := comm[i]
			own := 0.0
			touched = touched[:0]
			nbr, w := rows.nbr[rows.off[p]:rows.off[p+1]], rows.w[rows.off[p]:rows.off[p+1]]
			for e, u := range nbr {
				c := comm[u]
				if c == ci {
					own += w[e]
					continue
				}
				if !seen[c] {
					seen[c] = true
					touched = append(touched, c)
				}
				wc[c] += w[e]
			}
			tot[ci] -= ki
			best, bestGain := ci, own-scale*tot[ci]*ki
			eps := 1e-12 * ki
			for _, c := range touched {
				if gain := wc[c] - scale*tot[c]*ki; gain > bestGain+eps {
					best, bestGain = c, gain
				}
				wc[c], seen[c] = 0, false
			}
			tot[best] += ki
			if best != ci {
				comm[i] = best
				moved++
			}
		}
		if moved == 0 {
			return comm, movedAny, rows
		}
		movedAny = true
	}
}

// inOrder returns lg's rows and strengths laid out in the given order of
// its nodes: row p of the result, and k[p], are node order[p]'s. Only off,
// nbr, w and k are set.
func (lg *lvGraph) inOrder(order []int32) *lvGraph {
	r := &lvGraph{
		off: make([]int32, len(order)+1), nbr: make([]int32, 0, len(lg.nbr)),
		w: make([]float64, 0, len(lg.w)), k: make([]float64, len(order)),
	}
	for p, i := range order {
		r.nbr = append(r.nbr, lg.nbr[lg.off[i]:lg.off[i+1]]...)
		r.w = append(r.w, lg.w[lg.off[i]:lg.off[i+1]]...)
		r.off[p+1] = int32(len(r.nbr))
		r.k[p] = lg.k[i]
	}
	return r
}

// renumber maps community ids, which are in [0, len(comm)), to 0..k−1 in
// order of first appearance and returns k.
func renumber(comm []int32) int {
	id := make([]int32, len(comm)) // new id + 1, 0 while unseen
	k := int32(0)
	for i, c := range comm {
		if id[c] == 0 {
			k++
			id[c] = k
		}
		comm[i] = id[c] - 1
	}
	return int(k)
}

// aggregate contracts each community of comm (numbered 0..nc−1) to one node.
// The new graph's arcs are written into the arrays of spare, a copy of lg's
// rows no longer needed (there are no more of them than lg has), rather
// than into new ones.
func (lg *lvGraph) aggregate(comm []int32, nc int, spare *lvGraph) *lvGraph {
	n := len(comm)
	// Members of each community by counting sort.
	start := make([]int32, nc+1)
	for _, c := range comm {
		start[c+1]++
	}
	for c := 1; c <= nc; c++ {
		start[c] += start[c-1]
	}
	members := make([]int32, n)
	pos := slices.Clone(start[:nc])
	for i, c := range comm {
		members[pos[c]] = int32(i)
		pos[c]++
	}
	ng := &lvGraph{off: make([]int32, nc+1), nbr: spare.nbr[:0], w: spare.w[:0], self: make([]float64, nc)}
	acc := make([]float64, nc)
	seen := make([]bool, nc)
	var touched []int32
	for c := 0; c < nc; c++ {
		touched = touched[:0]
		internal := 0.0
		for _, u := range members[start[c]:start[c+1]] {
			ng.self[c] += lg.self[u]
			for e := lg.off[u]; e < lg.off[u+1]; e++ {
				d := comm[lg.nbr[e]]
				if int(d) == c {
					internal += lg.w[e]
					continue
				}
				if !seen[d] {
					seen[d] = true
					touched = append(touched, d)
				}
				acc[d] += lg.w[e]
			}
		}
		ng.self[c] += internal / 2 // each internal edge was seen from both ends
		for _, d := range touched {
			ng.nbr = append(ng.nbr, d)
			ng.w = append(ng.w, acc[d])
			acc[d], seen[d] = 0, false
		}
		ng.off[c+1] = int32(len(ng.nbr))
	}
	ng.strengths()
	return ng
}

// Modularity returns the weighted modularity of the partition labels of g
// (Newman & Girvan 2004; with resolution γ, Reichardt & Bornholdt 2006):
//
//	Q = Σ_c [ L_c / m − γ (d_c / 2m)² ],
//
// where m is the total edge weight, L_c the weight of edges inside community
// c and d_c the total strength of its nodes; as networkx 2.8's
// nx.community.modularity(G, communities, weight="weight", resolution=γ).
// labels may be any ints (equal labels, same community). It is NaN for a
// graph with no edges or zero total weight (networkx divides by zero) and for
// a label slice whose length is not g.Len().
func Modularity(g *Graph, labels []int, resolution float64) float64 {
	n := g.Len()
	if len(labels) != n {
		return math.NaN()
	}
	cats := slices.Clone(labels)
	slices.Sort(cats)
	cats = slices.Compact(cats)
	idx := make([]int32, n)
	for v, l := range labels {
		k, _ := slices.BinarySearch(cats, l)
		idx[v] = int32(k)
	}
	in := make([]float64, len(cats))
	deg := make([]float64, len(cats))
	m2 := 0.0
	for u := 0; u < n; u++ {
		cu := idx[u]
		ws := g.Weights(u)
		for k, v := range g.Neighbours(u) {
			deg[cu] += ws[k]
			if idx[v] == cu {
				in[cu] += ws[k]
			}
		}
	}
	for _, d := range deg {
		m2 += d
	}
	if m2 == 0 {
		return math.NaN()
	}
	q := 0.0
	for c := range in {
		q += in[c]/m2 - resolution*(deg[c]/m2)*(deg[c]/m2)
	}
	return q
}
