package metrics

import (
	"encoding/binary"
	"slices"
)

// folding is the result of degree-1 folding (Baglioni, Geraci, Pellegrini
// & Lastres 2012, "Fast exact computation of betweenness centrality in
// social networks", ASONAM): nodes of degree 1 are removed one after the
// other, each hanging on its only remaining neighbour (its parent), until
// none is left. What remains is the core; every removed node belongs to a
// tree hanging on one core node, its root. A removed node reaches the rest
// of the graph only through its parent, so every shortest path from it to
// a node outside its subtree runs through its root, and the measures of the
// removed nodes follow from the core's by counting (see reduction.expand).
type folding struct {
	parent []int32   // node -> parent, -1 for core nodes
	root   []int32   // node -> the core node its tree hangs on (itself for core nodes)
	depth  []int32   // node -> distance to its root
	size   []float64 // node -> number of nodes in its subtree, itself included (core nodes: its whole tree)
	sumc2  []float64 // node -> Σ of the squares of its children's subtree sizes
	order  []int32   // removed nodes in the order they were removed (children before parents)
	g      *Graph    // the folded graph
	core   *Graph    // the core, nodes renumbered in ascending order
	coreOf []int32   // node -> core index, -1 for removed nodes
	prof   [][]float64
	// prof[c] is the depth profile of core node c's tree: prof[c][j] nodes
	// at distance j from it (prof[c][0] = 1, the core node).
}

// foldPendants folds g's degree-1 nodes, or returns nil when g has none.
func foldPendants(g *Graph) *folding {
	n := g.Len()
	deg := make([]int32, n) // remaining degree; -1 once removed
	var queue []int32
	for v := range n {
		deg[v] = int32(g.Degree(v))
		if deg[v] == 1 {
			queue = append(queue, int32(v))
		}
	}
	if len(queue) == 0 {
		return nil
	}
	f := &folding{g: g, parent: make([]int32, n), root: make([]int32, n), depth: make([]int32, n),
		size: make([]float64, n), sumc2: make([]float64, n)}
	for v := range f.parent {
		f.parent[v] = -1
		f.size[v] = 1
	}
	for i := 0; i < len(queue); i++ {
		v := queue[i]
		if deg[v] != 1 {
			continue // the last node of a tree component, or already removed
		}
		p := int32(-1)
		for _, u := range g.Neighbours(int(v)) {
			if deg[u] > 0 {
				p = u
				break
			}
		}
		deg[v] = -1
		f.parent[v] = p
		f.order = append(f.order, v)
		if deg[p]--; deg[p] == 1 {
			queue = append(queue, p)
		}
	}
	for _, v := range f.order {
		p, s := f.parent[v], f.size[v]
		f.size[p] += s
		f.sumc2[p] += s * s
	}
	for v := range f.root {
		f.root[v] = int32(v)
	}
	for _, v := range slices.Backward(f.order) {
		p := f.parent[v]
		f.root[v], f.depth[v] = f.root[p], f.depth[p]+1
	}
	f.coreOf = make([]int32, n)
	nc := int32(0)
	for v := range n {
		f.coreOf[v] = -1
		if deg[v] >= 0 {
			f.coreOf[v] = nc
			nc++
		}
	}
	f.prof = make([][]float64, nc)
	for v := range n {
		if c := f.coreOf[v]; c >= 0 {
			f.prof[c] = []float64{1}
		}
	}
	for _, v := range f.order {
		c, d := f.coreOf[f.root[v]], int(f.depth[v])
		for len(f.prof[c]) <= d {
			f.prof[c] = append(f.prof[c], 0)
		}
		f.prof[c][d]++
	}
	core := &Graph{ids: make([]int64, nc), off: make([]int32, nc+1)}
	for v := range n {
		c := f.coreOf[v]
		if c < 0 {
			continue
		}
		core.ids[c] = int64(c)
		for _, u := range g.Neighbours(v) {
			if cu := f.coreOf[u]; cu >= 0 {
				core.nbr = append(core.nbr, cu)
			}
		}
		core.off[c+1] = int32(len(core.nbr))
	}
	core.w = make([]float64, len(core.nbr))
	for i := range core.w {
		core.w[i] = 1
	}
	f.core = core
	return f
}

// reduction is the graph the exact searches run on when the reductions are
// on: the core left by degree-1 folding (if any node was folded), with its
// twins merged (if it has any). Node a of h stands for pass[a] twins of the
// core (every shortest path through one of them is a path of h), and each
// of those carries a tree of the folding with prof[a][j] nodes at distance j
// from it, tgt[a] original nodes in all.
type reduction struct {
	h    *Graph
	node []int32 // original node -> node of h (its root's class for removed nodes)
	pass []float64
	tgt  []float64
	prof [][]float64 // nil when nothing was folded
	gap  []int8      // as twinClasses.gap; all 0 without twins
	fold *folding    // nil when nothing was folded
	// maxDepth is the largest depth of a folded tree.
	maxDepth int
}

// reductionSet says which exact reductions Paths may use; the zero value is
// all of them. Tests and benchmarks turn single ones off.
type reductionSet struct {
	noFold, noTwins bool
}

// reduce returns g's reduction, or nil when neither folding nor twins
// change anything.
func reduce(g *Graph, set reductionSet) *reduction {
	var f *folding
	if !set.noFold {
		f = foldPendants(g)
	}
	cg := g
	var key []int32
	if f != nil {
		cg = f.core
		key = profileKeys(f.prof)
	}
	var tw *twinClasses
	if !set.noTwins {
		tw = findTwins(cg, key)
	}
	if f == nil && tw == nil {
		return nil
	}
	r := &reduction{h: cg, fold: f}
	k := cg.Len()
	cls := make([]int32, k) // core node -> node of h
	reps := make([]int32, k)
	r.pass = make([]float64, k)
	r.gap = make([]int8, k)
	for c := range cls {
		cls[c], reps[c], r.pass[c] = int32(c), int32(c), 1
	}
	if tw != nil {
		r.h, r.pass, r.gap = tw.h, tw.mult, tw.gap
		copy(cls, tw.class)
		reps = reps[:tw.h.Len()]
		for c := len(tw.class) - 1; c >= 0; c-- {
			reps[tw.class[c]] = int32(c) // the smallest member
		}
	}
	r.tgt = make([]float64, r.h.Len())
	for a := range r.tgt {
		r.tgt[a] = r.pass[a]
	}
	r.node = make([]int32, g.Len())
	if f == nil {
		copy(r.node, cls)
		return r
	}
	for v := range r.node {
		r.node[v] = cls[f.coreOf[f.root[v]]]
	}
	r.prof = make([][]float64, r.h.Len())
	for a := range r.prof {
		p := f.prof[reps[a]]
		r.prof[a] = p
		var w float64
		for _, x := range p {
			w += x
		}
		r.tgt[a] = r.pass[a] * w
		r.maxDepth = max(r.maxDepth, len(p)-1)
	}
	return r
}

// profileKeys numbers the distinct depth profiles, so that only core nodes
// carrying equal trees are merged as twins.
func profileKeys(prof [][]float64) []int32 {
	ids := map[string]int32{}
	key := make([]int32, len(prof))
	var b []byte
	for c, p := range prof {
		b = b[:0]
		for _, x := range p {
			b = binary.AppendUvarint(b, uint64(x))
		}
		id, ok := ids[string(b)]
		if !ok {
			id = int32(len(ids))
			ids[string(b)] = id
		}
		key[c] = id
	}
	return key
}

// pathStats turns the distance histogram of one search, hist[d] original
// nodes at distance d from one member x of the source class a (hist[0]
// unused), into x's count of reached nodes, their total distance and the
// sums shifted[j] = Σ_d hist[d]/(d+j) for j = 0 to the depth of a's tree
// (shifted[0] is x's harmonic centrality leaving out x's own tree). The
// other members of a and their trees, at distance gap from x, are added
// first. hist is cleared.
func (r *reduction) pathStats(a int32, hist []float64, shifted []float64) (reached, farness float64) {
	if r != nil && r.gap[a] > 0 && r.pass[a] > 1 {
		m, gap := r.pass[a], int(r.gap[a])
		if r.prof == nil {
			hist[gap] += m - 1
		} else {
			for j, x := range r.prof[a] {
				hist[gap+j] += (m - 1) * x
			}
		}
	}
	clear(shifted)
	for d, k := range hist {
		if d == 0 || k == 0 {
			continue
		}
		reached += k
		farness += float64(d) * k
		for j := range shifted {
			shifted[j] += k / float64(d+j)
		}
	}
	clear(hist)
	return reached, farness
}

// expand turns the sums of the searches on r.h into the measures of every
// node of the original graph; bw, reached, farness and harmonic are indexed
// by node of h, shifted[a] holds pathStats' shifted sums for j >= 1.
//
// Betweenness. A member z of class C gets bw[C]/m(C): each search from a
// class A added tgt(A) times the dependency of the original nodes beyond C
// on the whole of C, which the members of C share equally. Pairs of open
// twins x, y of a class A, at distance 2, with their trees (m(A)(m(A)−1)W²
// ordered pairs, W nodes per member's tree), are not seen by any search:
// their deg(A) shortest paths run through every neighbouring member once,
// so each member of a neighbouring class gets m(A)(m(A)−1)W²/deg(A). A
// folded node v is an inner node of exactly the pairs it separates: with
// the subtrees of its children of sizes c_i and the rest of its component
// (N − size(v) nodes), (N−1)² − Σ c_i² − (N − size(v))² ordered pairs. A
// core node x is besides the inner node of the pairs that have an end in
// its tree: (Σc_i)² − Σc_i² + 2 Σc_i (N − size(x)).
//
// Distances. Members of a class share their distances to the nodes outside
// it, and reach each other's trees at gap + depth (pathStats). A node at
// depth j in the tree of core node x reaches every node outside that tree
// at j + its distance from x, and the nodes of its own tree along the tree.
func (r *reduction) expand(res *PathMeasures, bw, reached, farness, harmonic []float64, shifted [][]float64) {
	h, n := r.h, len(r.node)
	per := make([]float64, h.Len())
	for a := range per {
		per[a] = bw[a] / r.pass[a]
	}
	for a := range h.Len() {
		m := r.pass[a]
		if r.gap[a] != 2 || m < 2 {
			continue
		}
		w := r.tgt[a] / m
		var deg float64
		for _, cl := range h.Neighbours(a) {
			deg += r.pass[cl]
		}
		for _, cl := range h.Neighbours(a) {
			per[cl] += m * (m - 1) * w * w / deg
		}
	}
	f := r.fold
	if f == nil {
		for v, a := range r.node {
			res.Betweenness[v] = per[a]
			res.Closeness[v] = closenessOf(reached[a], farness[a], n)
			res.Harmonic[v] = harmonic[a]
		}
		return
	}
	inFar, inHarm := f.treeDistances()
	for v, a := range r.node {
		// the size of v's component: the nodes the search from v's class
		// reached, and v's tree, which it left out
		N := reached[a] + f.size[f.root[v]]
		if f.parent[v] < 0 {
			c := f.size[v] - 1 // Σ of its children's subtree sizes
			res.Betweenness[v] = per[a] + c*c - f.sumc2[v] + 2*c*(N-f.size[v])
			var far, hm float64
			for j, x := range r.prof[a][1:] {
				far += float64(j+1) * x
				hm += x / float64(j+1)
			}
			res.Closeness[v] = closenessOf(reached[a]+f.size[v]-1, farness[a]+far, n)
			res.Harmonic[v] = harmonic[a] + hm
			continue
		}
		rest := N - f.size[v]
		res.Betweenness[v] = (N-1)*(N-1) - f.sumc2[v] - rest*rest
		j := float64(f.depth[v])
		size := f.size[f.root[v]]
		res.Closeness[v] = closenessOf(reached[a]+size-1, farness[a]+j*reached[a]+inFar[v], n)
		res.Harmonic[v] = shifted[a][f.depth[v]-1] + inHarm[v]
	}
}

// treeDistances returns, for every folded node v, the sum of the distances
// and of their inverses from v to the other nodes of its tree (its root
// included), by a search inside the tree from every folded node; leaves
// with the same parent share the result. The cost is the sum of the
// squares of the trees' sizes, which the plain algorithm pays as well.
func (f *folding) treeDistances() (far, harm []float64) {
	n := len(f.parent)
	far, harm = make([]float64, n), make([]float64, n)
	dist := make([]int32, n)
	for i := range dist {
		dist[i] = -1
	}
	leafOf := make([]int32, n) // parent -> a leaf child already searched, +1
	var queue []int32
	for _, v := range f.order {
		p := f.parent[v]
		if f.size[v] == 1 && leafOf[p] > 0 {
			l := leafOf[p] - 1
			far[v], harm[v] = far[l], harm[l]
			continue
		}
		queue = append(queue[:0], v)
		dist[v] = 0
		for h := 0; h < len(queue); h++ {
			u := queue[h]
			for _, w := range f.g.Neighbours(int(u)) {
				// a folded node's neighbours are its parent and children;
				// its root's others are outside the tree
				if dist[w] < 0 && (f.parent[u] >= 0 || f.parent[w] == u) {
					dist[w] = dist[u] + 1
					queue = append(queue, w)
				}
			}
		}
		var fs, hs float64
		for _, u := range queue[1:] {
			fs += float64(dist[u])
			hs += 1 / float64(dist[u])
		}
		for _, u := range queue {
			dist[u] = -1
		}
		far[v], harm[v] = fs, hs
		if f.size[v] == 1 {
			leafOf[p] = v + 1
		}
	}
	return far, harm
}
