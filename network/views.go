package network

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
)

// Projection chooses how the one-mode partner graph weighs its edges.
type Projection uint8

const (
	// Combined is the partner graph of the data format: the weight between
	// two partners is the number of bodies they share plus the weights of
	// the ties between them, in either direction.
	Combined Projection = iota
	// CoMembership counts shared bodies only; ties are ignored.
	CoMembership
	// Newman weighs each shared body of k members 1/(k-1) (Newman 2001,
	// "Scientific collaboration networks. II", Phys. Rev. E 64, 016132);
	// ties are ignored.
	Newman
	// TiesOnly uses the direct ties only, their weights summed over both
	// directions.
	TiesOnly
	// Survey is the network of the partner survey (ratings.csv): the
	// weight between two partners is the mean of the levels of
	// collaboration they gave each other (the one answer when only one
	// answered), and there is an edge when it is above 0 (no interaction).
	// Bodies and ties are ignored.
	Survey
)

var projectionNames = [...]string{"combined", "co-membership", "newman", "ties", "survey"}

// String returns "combined", "co-membership", "newman", "ties" or "survey".
func (p Projection) String() string {
	if int(p) < len(projectionNames) {
		return projectionNames[p]
	}
	return "Projection(?)"
}

// ParseProjection parses the names String returns.
func ParseProjection(s string) (Projection, error) {
	if i := slices.Index(projectionNames[:], s); i >= 0 {
		return Projection(i), nil
	}
	return Combined, fmt.Errorf("network: unknown projection %q: want combined, co-membership, newman, ties or survey", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (p Projection) MarshalText() ([]byte, error) {
	if int(p) >= len(projectionNames) {
		return nil, fmt.Errorf("network: invalid Projection(%d)", p)
	}
	return []byte(p.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseProjection].
func (p *Projection) UnmarshalText(b []byte) error {
	v, err := ParseProjection(string(b))
	if err == nil {
		*p = v
	}
	return err
}

// distinct returns, per partner, the distinct body indices it belongs to,
// and per body the distinct partner indices of its members, both ascending.
func (n *Network) distinct() (bodiesOf, membersOf [][]int32) {
	bodiesOf = make([][]int32, len(n.partners))
	membersOf = make([][]int32, len(n.bodies))
	for b, idx := range n.byBody {
		for _, mi := range idx {
			p := n.memberEnds[mi][1]
			if l := membersOf[b]; len(l) == 0 || l[len(l)-1] != p {
				membersOf[b] = append(membersOf[b], p)
				bodiesOf[p] = append(bodiesOf[p], int32(b))
			}
		}
	}
	return bodiesOf, membersOf
}

// parallelRowsFrom is the number of partners from which PartnerGraph builds
// its rows in parallel (a variable for tests).
var parallelRowsFrom = 4096

// PartnerGraph returns the one-mode partner graph under a projection: one
// node per partner (isolated partners included), no self-loops. Under
// Combined it is exactly the partner graph of the data format. It costs
// O(Σ k²) over bodies of k members plus O(ties), and is built anew on each
// call.
func (n *Network) PartnerGraph(p Projection) *Graph {
	np := len(n.partners)
	g := &Graph{labels: make([]string, np), partners: np, off: make([]int32, np+1)}
	// The rows are independent: build them in fixed chunks on every core,
	// then put the chunks in place in order (BenchmarkPartnerGraph
	// measures it).
	chunks := 16
	if np < parallelRowsFrom {
		chunks = 1 // not worth the goroutines
	}
	// The labels and each partner's bodies (with the bodies' members) are
	// listed on another core while its direct edges are listed here.
	var bodiesOf, membersOf [][]int32
	var lists sync.WaitGroup
	lists.Go(func() {
		for i, pt := range n.partners {
			g.labels[i] = pt.ID
		}
		bodiesOf, membersOf = n.distinct()
	})
	var direct []edge // the edges of the projection other than shared bodies
	switch p {
	case Survey:
		direct = n.surveyEdges()
	case Combined, TiesOnly:
		direct = n.tieEdges()
	}
	tiesOf := arcsOf(np, direct)
	lists.Wait()
	type part struct {
		nbr []int32
		w   []float64
	}
	parts := make([]part, chunks)
	var wg sync.WaitGroup
	next := atomic.Int32{}
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Go(func() {
			acc := make([]float64, np)
			seen := make([]bool, np)
			var touched []int32
			visit := func(v int32, w float64) {
				if !seen[v] {
					seen[v] = true
					touched = append(touched, v)
				}
				acc[v] += w
			}
			for c := int(next.Add(1) - 1); c < chunks; c = int(next.Add(1) - 1) {
				pt := &parts[c]
				lo, hi := int32(c*np/chunks), int32((c+1)*np/chunks)
				bound := 0 // an upper bound of the chunk's row lengths
				for u := lo; u < hi; u++ {
					if p <= Newman { // the projections of shared bodies
						for _, b := range bodiesOf[u] {
							bound += len(membersOf[b]) - 1
						}
					}
					bound += len(tiesOf[u])
				}
				pt.nbr, pt.w = make([]int32, 0, bound), make([]float64, 0, bound)
				for u := lo; u < hi; u++ {
					touched = touched[:0]
					if p <= Newman { // the projections of shared bodies
						for _, b := range bodiesOf[u] {
							ms := membersOf[b]
							w := 1.0
							if p == Newman {
								w = 1 / float64(len(ms)-1)
							}
							for _, v := range ms {
								if v != u {
									visit(v, w)
								}
							}
						}
					}
					for _, a := range tiesOf[u] {
						visit(a.to, a.w)
					}
					slices.Sort(touched)
					for _, v := range touched {
						pt.nbr = append(pt.nbr, v)
						pt.w = append(pt.w, acc[v])
						acc[v], seen[v] = 0, false
					}
					g.off[u+1] = int32(len(touched)) // the row's length, for now
				}
			}
		})
	}
	wg.Wait()
	for u := range np {
		g.off[u+1] += g.off[u]
	}
	if chunks == 1 {
		g.nbr, g.w = parts[0].nbr, parts[0].w
		return g
	}
	// Each chunk is copied to where its first row starts, on every core.
	g.nbr = make([]int32, g.off[np])
	g.w = make([]float64, g.off[np])
	next.Store(0)
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Go(func() {
			for c := int(next.Add(1) - 1); c < chunks; c = int(next.Add(1) - 1) {
				at := g.off[c*np/chunks]
				copy(g.nbr[at:], parts[c].nbr)
				copy(g.w[at:], parts[c].w)
			}
		})
	}
	wg.Wait()
	return g
}

// edge is an undirected edge between partner indices.
type edge struct {
	a, b int32
	w    float64
}

// arc is an edge seen from one end.
type arc struct {
	to int32
	w  float64
}

// arcsOf returns the arcs of each of np partners: of every edge but
// self-loops, in the order of the edges. The lists share one array.
func arcsOf(np int, edges []edge) [][]arc {
	size := make([]int32, np)
	for _, e := range edges {
		if e.a != e.b {
			size[e.a]++
			size[e.b]++
		}
	}
	arcs := emptyLists[arc](size)
	for _, e := range edges {
		if e.a != e.b {
			arcs[e.a] = append(arcs[e.a], arc{e.b, e.w})
			arcs[e.b] = append(arcs[e.b], arc{e.a, e.w})
		}
	}
	return arcs
}

// tieEdges returns the ties as edges, in the order of the ties.
func (n *Network) tieEdges() []edge {
	es := make([]edge, len(n.ties))
	for k, t := range n.ties {
		es[k] = edge{n.tieEnds[k][0], n.tieEnds[k][1], t.Weight}
	}
	return es
}

// surveyEdges returns the edges of the Survey projection.
func (n *Network) surveyEdges() []edge {
	type sum struct{ total, count int }
	at := make(map[uint64]int, len(n.ratings))
	pairs := make([]sum, 0, len(n.ratings))
	ends := make([][2]int32, 0, len(n.ratings))
	for k, r := range n.ratings {
		if r.Collaboration == NotAnswered {
			continue
		}
		a, b := n.ratingEnds[k][0], n.ratingEnds[k][1]
		a, b = min(a, b), max(a, b)
		key := uint64(a)<<32 | uint64(b)
		i, ok := at[key]
		if !ok {
			i = len(pairs)
			at[key] = i
			pairs = append(pairs, sum{})
			ends = append(ends, [2]int32{a, b})
		}
		pairs[i].total += r.Collaboration
		pairs[i].count++
	}
	out := make([]edge, 0, len(pairs))
	for i, s := range pairs {
		if w := float64(s.total) / float64(s.count); w > 0 {
			out = append(out, edge{ends[i][0], ends[i][1], w})
		}
	}
	return out
}

// AffiliationGraph returns the two-mode graph of partners and bodies: an
// edge of weight 1 joins a partner to each body it belongs to (several
// memberships of one partner in one body give one edge). Partners are nodes
// 0..NumPartners()-1, bodies follow; see Graph.
func (n *Network) AffiliationGraph() *Graph {
	np, nb := len(n.partners), len(n.bodies)
	g := &Graph{labels: make([]string, np+nb), partners: np, off: make([]int32, np+nb+1)}
	for i, pt := range n.partners {
		g.labels[i] = pt.ID
	}
	for i, b := range n.bodies {
		g.labels[np+i] = b.ID
	}
	bodiesOf, membersOf := n.distinct()
	row := func(i int, vs []int32, shift int32) {
		for _, v := range vs {
			g.nbr = append(g.nbr, v+shift)
			g.w = append(g.w, 1)
		}
		g.off[i+1] = int32(len(g.nbr))
	}
	for i, bs := range bodiesOf {
		row(i, bs, int32(np))
	}
	for i, ms := range membersOf {
		row(np+i, ms, 0)
	}
	return g
}

// Subset returns the sub-network of the partners for which keep is true:
// their memberships and the ties among them, the bodies with at least one
// kept member (and the working groups of kept action teams), and the
// profiles of the partnerships still present. Every measure can be
// recomputed on it.
func (n *Network) Subset(keep func(Partner) bool) *Network {
	return n.subset(keep, func(Body, bool) bool { return false })
}

// Partnership returns the sub-network of one partnership of a
// multi-partnership dataset: its partners, and the bodies that name it or
// have a member in it.
func (n *Network) Partnership(name string) *Network {
	return n.subset(func(p Partner) bool { return p.Partnership == name },
		func(b Body, _ bool) bool { return b.Partnership == name })
}

// MembersOf returns the sub-network of a body's members (the body and every
// other body they sit on included).
func (n *Network) MembersOf(bodyID string) *Network {
	ids := n.MemberIDs(bodyID)
	return n.Subset(func(p Partner) bool { _, ok := slices.BinarySearch(ids, p.ID); return ok })
}

func (n *Network) subset(keep func(Partner) bool, keepBody func(Body, bool) bool) *Network {
	var d Data
	kept := make(map[string]bool)
	lips := map[string]bool{"": true}
	for _, p := range n.partners {
		if keep(p) {
			kept[p.ID] = true
			lips[p.Partnership] = true
			d.Partners = append(d.Partners, p)
		}
	}
	hasMember := make(map[string]bool)
	for _, m := range n.memberships {
		if kept[m.Partner] {
			hasMember[m.Body] = true
		}
	}
	bodyKept := make(map[string]bool)
	for _, b := range n.bodies {
		if hasMember[b.ID] || keepBody(b, hasMember[b.ID]) {
			bodyKept[b.ID] = true
		}
	}
	for _, b := range n.bodies {
		if bodyKept[b.ID] && b.Parent != "" {
			bodyKept[b.Parent] = true
		}
	}
	for _, b := range n.bodies {
		if bodyKept[b.ID] {
			d.Bodies = append(d.Bodies, b)
		}
	}
	for _, m := range n.memberships {
		if kept[m.Partner] {
			d.Memberships = append(d.Memberships, m)
		}
	}
	for _, t := range n.ties {
		if kept[t.Source] && kept[t.Target] {
			d.Ties = append(d.Ties, t)
		}
	}
	for _, r := range n.ratings {
		if kept[r.Rater] && kept[r.Target] {
			d.Ratings = append(d.Ratings, r)
		}
	}
	for _, p := range n.profiles {
		if lips[p.Partnership] {
			d.Profiles = append(d.Profiles, p)
		}
	}
	return build(d, n.Taxonomy())
}

// AsOf returns the network as of a date: only the memberships active on d
// (see Membership.ActiveOn) and the profiles not dated after d's year
// remain. Partners, bodies, ties and ratings stay.
func (n *Network) AsOf(d Date) *Network {
	data := n.Data()
	data.Memberships = slices.DeleteFunc(data.Memberships, func(m Membership) bool { return !m.ActiveOn(d) })
	if !d.IsZero() {
		data.Profiles = slices.DeleteFunc(data.Profiles, func(p Profile) bool { return p.Year > int(d.year) })
	}
	return build(data, n.Taxonomy())
}

// ByPartnership returns the sub-network of every partnership of
// Partnerships(), by name: the same networks as Partnership(name), built in
// one pass over the records instead of one pass per partnership.
func (n *Network) ByPartnership() map[string]*Network {
	names := n.Partnerships()
	idx := make(map[string]int32, len(names))
	for i, s := range names {
		idx[s] = int32(i)
	}
	lipOf := make([]int32, len(n.partners))
	ds := make([]Data, len(names))
	for i, p := range n.partners {
		lipOf[i] = idx[p.Partnership]
		ds[lipOf[i]].Partners = append(ds[lipOf[i]].Partners, p)
	}
	// The partnerships of each body: those of its members and the one it
	// names, then those of its action teams (one level: parents are
	// working groups, which have no parent).
	bodyLips := make([][]int32, len(n.bodies))
	add := func(b int, l int32) {
		if !slices.Contains(bodyLips[b], l) {
			bodyLips[b] = append(bodyLips[b], l)
		}
	}
	for b, ms := range n.byBody {
		for _, mi := range ms {
			add(b, lipOf[n.memberEnds[mi][1]])
		}
		if l, ok := idx[n.bodies[b].Partnership]; ok {
			add(b, l)
		}
	}
	own := make([][]int32, len(n.bodies))
	for b := range bodyLips {
		own[b] = slices.Clone(bodyLips[b])
	}
	for b, body := range n.bodies {
		if pb, ok := n.bodyIdx[body.Parent]; ok && body.Parent != "" {
			for _, l := range own[b] {
				add(int(pb), l)
			}
		}
	}
	for b, body := range n.bodies {
		for _, l := range bodyLips[b] {
			ds[l].Bodies = append(ds[l].Bodies, body)
		}
	}
	for k, m := range n.memberships {
		l := lipOf[n.memberEnds[k][1]]
		ds[l].Memberships = append(ds[l].Memberships, m)
	}
	for k, t := range n.ties {
		if a, b := lipOf[n.tieEnds[k][0]], lipOf[n.tieEnds[k][1]]; a == b {
			ds[a].Ties = append(ds[a].Ties, t)
		}
	}
	for k, r := range n.ratings {
		if a, b := lipOf[n.ratingEnds[k][0]], lipOf[n.ratingEnds[k][1]]; a == b {
			ds[a].Ratings = append(ds[a].Ratings, r)
		}
	}
	for _, p := range n.profiles {
		for l, name := range names {
			if p.Partnership == "" || p.Partnership == name {
				ds[l].Profiles = append(ds[l].Profiles, p)
			}
		}
	}
	out := make(map[string]*Network, len(names))
	for l, name := range names {
		out[name] = build(ds[l], n.tax)
	}
	return out
}
