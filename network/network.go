package network

import (
	"cmp"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Network is a validated partnership dataset: partners, bodies, memberships,
// ties and plan profiles, with indexes for the questions the rest of lipgraph
// asks. It is immutable once built and safe for concurrent readers. Slices
// returned by its methods are fresh copies unless documented otherwise.
//
// Records are kept in a canonical order whatever the input order: partners
// and bodies by ID, memberships by body then partner then since, ties by
// source, target and kind, profiles by partnership, ratings by rater and
// target.
//
// The zero Network is an empty network under DefaultTaxonomy, usable with
// every function and method. Methods need a non-nil *Network; the package's
// functions that take one (WriteJSON, WriteDir) treat nil as empty.
type Network struct {
	tax         *Taxonomy
	partners    []Partner
	bodies      []Body
	memberships []Membership
	ties        []Tie
	profiles    []Profile
	ratings     []Rating

	warnings []*Problem // from loading; see Warnings

	partnerIdx map[string]int32
	bodyIdx    map[string]int32
	byBody     [][]int32 // membership indices per body
	byPartner  [][]int32 // membership indices per partner
	// The indices of the bodies and partners each record refers to,
	// aligned with the records: memberships' body and partner, ties'
	// source and target, ratings' rater and target.
	memberEnds, tieEnds, ratingEnds [][2]int32
}

// New validates d and returns the Network it describes. If anything is wrong
// it returns a nil Network and an *Error listing every problem, each naming
// the record ("partners", line = position from 1) and field. New copies what
// it keeps; d may be reused. A nil config means the defaults.
func New(d Data, config *Config) (*Network, error) {
	c := config.withDefaults()
	return newNetwork(d, &c, nil)
}

func newNetwork(d Data, c *Config, l *locator) (*Network, error) {
	ps := &problems{max: c.MaxProblems}
	validate(&d, c, l, ps)
	return conclude(d, c, l, ps)
}

// build indexes the records of d for the Network they describe: it copies
// the record slices and sorts them.
//
// build is total: on any Data, valid or not, it returns a Network without
// panicking, so that loading can build the network while it validates the
// data and drop the network if validation finds problems. On data that
// validation rejects the Network means nothing, but its indexes stay in
// range: where a membership, tie or rating names a partner or body that is
// not in the data it is the empty network, and an ID that several partners
// or bodies share (the empty one among them) indexes the last of them in
// ID order. (Indices are int32: more than 2^31-1 records of one kind,
// some 150 GB of them, are not provided for.)
func build(d Data, tax *Taxonomy) *Network {
	n := &Network{tax: tax, bodies: slices.Clone(d.Bodies), profiles: slices.Clone(d.Profiles)}
	n.partners = permute(d.Partners, sortedBy(len(d.Partners), func(i, j int32) int { return strings.Compare(d.Partners[i].ID, d.Partners[j].ID) }))
	for i := range n.partners {
		if len(n.partners[i].Attrs) == 0 {
			n.partners[i].Attrs = nil
		} else {
			n.partners[i].Attrs = maps.Clone(n.partners[i].Attrs)
		}
	}
	slices.SortFunc(n.bodies, func(a, b Body) int { return strings.Compare(a.ID, b.ID) })
	slices.SortFunc(n.profiles, func(a, b Profile) int {
		return cmp.Or(strings.Compare(a.Partnership, b.Partnership), cmp.Compare(a.Year, b.Year))
	})
	n.partnerIdx = make(map[string]int32, len(n.partners))
	for i, p := range n.partners {
		n.partnerIdx[p.ID] = int32(i)
	}
	n.bodyIdx = make(map[string]int32, len(n.bodies))
	for i, b := range n.bodies {
		n.bodyIdx[b.ID] = int32(i)
	}
	// Memberships by body, partner, since, until and role; ties by source,
	// target, kind and weight; ratings by rater and target. Every field
	// takes part, so equal records are identical and the order is fully
	// determined. Sorting by the partners' and bodies' ranks instead of
	// their ID strings is equivalent (ranks follow ID order) and several
	// times faster on large datasets. Each record's ends are looked up
	// once, here, and kept in the order of the records: the views need no
	// lookup by ID. An unknown ID (invalid data) gets index 0, which
	// sortedByEnds takes even when there are no partners or bodies, and is
	// noted: build then returns the empty network, without grouping the
	// memberships (an index 0 of no body is out of range there).
	// The ties, often the most records, are sorted on another core.
	var tied sync.WaitGroup
	var tiesKnown bool
	tied.Go(func() {
		ends := make([][2]int32, len(d.Ties))
		tiesKnown = true
		for i, t := range d.Ties {
			s, ok1 := n.partnerIdx[t.Source]
			u, ok2 := n.partnerIdx[t.Target]
			ends[i] = [2]int32{s, u}
			tiesKnown = tiesKnown && ok1 && ok2
		}
		perm := sortedByEnds(ends, len(n.partners), len(n.partners), func(i, j int32) int {
			a, b := &d.Ties[i], &d.Ties[j]
			return cmp.Or(strings.Compare(a.Kind, b.Kind), cmp.Compare(a.Weight, b.Weight))
		})
		n.ties, n.tieEnds = permute(d.Ties, perm), permute(ends, perm)
	})
	known := true
	ends := make([][2]int32, len(d.Memberships))
	for i, m := range d.Memberships {
		b, ok1 := n.bodyIdx[m.Body]
		p, ok2 := n.partnerIdx[m.Partner]
		ends[i] = [2]int32{b, p}
		known = known && ok1 && ok2
	}
	perm := sortedByEnds(ends, len(n.bodies), len(n.partners), func(i, j int32) int {
		a, b := &d.Memberships[i], &d.Memberships[j]
		return cmp.Or(compareDates(a.Since, b.Since), compareDates(a.Until, b.Until), cmp.Compare(a.Role, b.Role))
	})
	n.memberships, n.memberEnds = permute(d.Memberships, perm), permute(ends, perm)
	ends = make([][2]int32, len(d.Ratings))
	for i, r := range d.Ratings {
		s, ok1 := n.partnerIdx[r.Rater]
		u, ok2 := n.partnerIdx[r.Target]
		ends[i] = [2]int32{s, u}
		known = known && ok1 && ok2
	}
	perm = sortedByEnds(ends, len(n.partners), len(n.partners), nil)
	n.ratings, n.ratingEnds = permute(d.Ratings, perm), permute(ends, perm)
	if known {
		n.byBody = groupBy(n.memberEnds, 0, len(n.bodies))
		n.byPartner = groupBy(n.memberEnds, 1, len(n.partners))
	}
	tied.Wait()
	if !known || !tiesKnown {
		return &Network{tax: tax}
	}
	return n
}

// groupBy returns, for each of n groups, the ascending indices k of the
// ends whose end e is that group. The lists share one array.
func groupBy(ends [][2]int32, e, n int) [][]int32 {
	size := make([]int32, n)
	for _, x := range ends {
		size[x[e]]++
	}
	groups := emptyLists[int32](size)
	for k, x := range ends {
		groups[x[e]] = append(groups[x[e]], int32(k))
	}
	return groups
}

// emptyLists returns empty lists that share one array, list g with room
// for sizes[g] elements: appending up to that many stays in place.
func emptyLists[T any](sizes []int32) [][]T {
	total := 0
	for _, s := range sizes {
		total += int(s)
	}
	all := make([]T, total)
	lists := make([][]T, len(sizes))
	for g, s := range sizes {
		lists[g], all = all[:0:s], all[s:]
	}
	return lists
}

// sortedBy returns the indices 0..n-1 of records sorted by compare, which
// compares the records at two indices. Sorting indices moves 4 bytes per
// swap instead of a whole record.
func sortedBy(n int, compare func(i, j int32) int) []int32 {
	perm := make([]int32, n)
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, compare)
	return perm
}

// sortedByEnds returns the indices of records sorted by their ends, the
// first (below n0, or 0) then the second (below n1, or 0), and records of equal ends by
// tiebreak, which compares the records at two indices (nil: in any order).
//
// Where the ends and the index fit in 64 bits together, as they do up to
// millions of records, they are packed into one integer and sorted as such,
// and only the runs of equal ends, which are short, are sorted by tiebreak:
// several times faster than sorting all the indices with a comparison
// function, which is what it does otherwise (BenchmarkSortedByEnds).
func sortedByEnds(ends [][2]int32, n0, n1 int, tiebreak func(i, j int32) int) []int32 {
	b1, bi := bits.Len(uint(n1)), bits.Len(uint(len(ends)))
	if bits.Len(uint(n0))+b1+bi > 64 {
		return sortedBy(len(ends), func(i, j int32) int {
			a, b := ends[i], ends[j]
			if c := cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])); c != 0 || tiebreak == nil {
				return c
			}
			return tiebreak(i, j)
		})
	}
	keys := make([]uint64, len(ends))
	for i, e := range ends {
		keys[i] = uint64(e[0])<<(b1+bi) | uint64(e[1])<<bi | uint64(i)
	}
	radixSort(keys, bits.Len(uint(n0))+b1+bi)
	perm := make([]int32, len(keys))
	for k, key := range keys {
		perm[k] = int32(key & (1<<bi - 1))
	}
	for lo := 0; lo < len(keys) && tiebreak != nil; {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>bi == keys[lo]>>bi {
			hi++
		}
		slices.SortFunc(perm[lo:hi], tiebreak)
		lo = hi
	}
	return perm
}

// radixSort sorts keys below 2^width ascending: a least-significant-digit
// radix sort by 11 bits at a time, a few passes over the keys instead of
// the n log n comparisons of slices.Sort.
func radixSort(keys []uint64, width int) {
	const digit = 11
	if len(keys) < 1<<digit {
		slices.Sort(keys) // the counts would cost more than the keys
		return
	}
	src, dst := keys, make([]uint64, len(keys))
	for shift := 0; shift < width; shift += digit {
		var start [1<<digit + 1]int
		for _, k := range src {
			start[(k>>shift)&(1<<digit-1)+1]++
		}
		for d := range 1 << digit {
			start[d+1] += start[d]
		}
		for _, k := range src {
			d := (k >> shift) & (1<<digit - 1)
			dst[start[d]] = k
			start[d]++
		}
		src, dst = dst, src
	}
	if (width+digit-1)/digit%2 == 1 {
		copy(keys, src) // the last pass wrote to the other array
	}
}

// permute returns the records of s in the order perm.
func permute[T any](s []T, perm []int32) []T {
	out := make([]T, len(perm))
	for k, i := range perm {
		out[k] = s[i]
	}
	return out
}

func compareDates(a, b Date) int {
	return cmp.Or(cmp.Compare(a.year, b.year), cmp.Compare(a.month, b.month), cmp.Compare(a.day, b.day))
}

// Data returns a copy of the network's records, in canonical order; New(n.Data(), …)
// rebuilds an equal network.
func (n *Network) Data() Data {
	return Data{
		Partners:    n.Partners(),
		Bodies:      n.Bodies(),
		Memberships: n.Memberships(),
		Ties:        n.Ties(),
		Profiles:    n.Profiles(),
		Ratings:     n.Ratings(),
	}
}

// Taxonomy returns the taxonomy the network was validated against; for the
// zero Network (an empty network) or a nil one, DefaultTaxonomy().
func (n *Network) Taxonomy() *Taxonomy {
	if n == nil || n.tax == nil {
		return DefaultTaxonomy()
	}
	return n.tax
}

// NumPartners returns the number of partners.
func (n *Network) NumPartners() int { return len(n.partners) }

// NumBodies returns the number of bodies, as many as [Network.Bodies]
// returns, without copying them.
func (n *Network) NumBodies() int { return len(n.bodies) }

// NumMemberships returns the number of memberships, as many as
// [Network.Memberships] returns, without copying them.
func (n *Network) NumMemberships() int { return len(n.memberships) }

// NumTies returns the number of ties, as many as [Network.Ties] returns,
// without copying them.
func (n *Network) NumTies() int { return len(n.ties) }

// NumRatings returns the number of ratings, as many as [Network.Ratings]
// returns, without copying them: 0 when the dataset has no survey.
func (n *Network) NumRatings() int { return len(n.ratings) }

// Partners returns every partner, sorted by ID.
func (n *Network) Partners() []Partner { return slices.Clone(n.partners) }

// Partner returns the partner with the given ID.
func (n *Network) Partner(id string) (Partner, bool) {
	i, ok := n.partnerIdx[id]
	if !ok {
		return Partner{}, false
	}
	return n.partners[i], true
}

// Category returns the sector category of a partner, or "" if there is no
// such partner.
func (n *Network) Category(partnerID string) string {
	p, _ := n.Partner(partnerID)
	return n.Taxonomy().Category(p.Sector)
}

// Bodies returns every body, sorted by ID.
func (n *Network) Bodies() []Body { return slices.Clone(n.bodies) }

// Body returns the body with the given ID.
func (n *Network) Body(id string) (Body, bool) {
	i, ok := n.bodyIdx[id]
	if !ok {
		return Body{}, false
	}
	return n.bodies[i], true
}

// Memberships returns every membership, sorted by body, partner and since.
func (n *Network) Memberships() []Membership { return slices.Clone(n.memberships) }

// Ties returns every tie, sorted by source, target and kind.
func (n *Network) Ties() []Tie { return slices.Clone(n.ties) }

// TieNodes returns the source and target of each tie of Ties, in that
// order, as node IDs of the partner graph (see Graph): their indices in
// Partners. It saves looking each partner up by ID.
func (n *Network) TieNodes() [][2]int {
	arcs := make([][2]int, len(n.tieEnds))
	for k, e := range n.tieEnds {
		arcs[k] = [2]int{int(e[0]), int(e[1])}
	}
	return arcs
}

// Profiles returns the plan profiles, sorted by partnership and year.
func (n *Network) Profiles() []Profile { return slices.Clone(n.profiles) }

// Ratings returns the partner survey's ratings, sorted by rater and target;
// none when the dataset has no survey.
func (n *Network) Ratings() []Rating { return slices.Clone(n.ratings) }

// Profile returns the profile of a partnership: of its profiles, the one
// of the latest year (an undated profile counts as older than any dated
// one; AsOf drops the profiles dated after its date). When every profile
// has an empty partnership (a dataset of one partnership), any name finds
// the latest of them.
func (n *Network) Profile(partnership string) (Profile, bool) {
	var best Profile
	found := false
	for _, p := range n.profiles { // sorted by partnership and year: the last match is the latest
		if p.Partnership == partnership {
			best, found = p, true
		}
	}
	if found {
		return best, true
	}
	for _, p := range n.profiles {
		if p.Partnership != "" {
			return Profile{}, false
		}
		best, found = p, true
	}
	return best, found
}

// Members returns the memberships of a body, sorted by partner; nil for an
// unknown body.
func (n *Network) Members(bodyID string) []Membership {
	i, ok := n.bodyIdx[bodyID]
	if !ok {
		return nil
	}
	return n.pick(n.byBody[i])
}

// MemberIDs returns the distinct partner IDs of a body's members, sorted.
func (n *Network) MemberIDs(bodyID string) []string {
	var ids []string
	for _, m := range n.Members(bodyID) {
		if len(ids) == 0 || ids[len(ids)-1] != m.Partner {
			ids = append(ids, m.Partner)
		}
	}
	return ids
}

// BodiesOf returns the memberships of a partner, sorted by body.
func (n *Network) BodiesOf(partnerID string) []Membership {
	i, ok := n.partnerIdx[partnerID]
	if !ok {
		return nil
	}
	return n.pick(n.byPartner[i])
}

func (n *Network) pick(idx []int32) []Membership {
	ms := make([]Membership, len(idx))
	for k, i := range idx {
		ms[k] = n.memberships[i]
	}
	return ms
}

// Chairs returns the distinct IDs of a body's chairs and co-chairs, sorted.
func (n *Network) Chairs(bodyID string) []string {
	var ids []string
	for _, m := range n.Members(bodyID) {
		if m.Role.IsChair() && !slices.Contains(ids, m.Partner) {
			ids = append(ids, m.Partner)
		}
	}
	return ids
}

// PartnersWhere returns the partners for which keep is true, sorted by ID.
func (n *Network) PartnersWhere(keep func(Partner) bool) []Partner {
	var ps []Partner
	for _, p := range n.partners {
		if keep(p) {
			ps = append(ps, p)
		}
	}
	return ps
}

// PartnersInSector returns the partners of a sector, sorted by ID.
func (n *Network) PartnersInSector(sector string) []Partner {
	return n.PartnersWhere(func(p Partner) bool { return p.Sector == sector })
}

// PartnersInCategory returns the partners of a sector category, sorted by ID.
func (n *Network) PartnersInCategory(category string) []Partner {
	return n.PartnersWhere(func(p Partner) bool { return n.Taxonomy().Category(p.Sector) == category })
}

// BodiesOfKind returns the bodies of a kind, sorted by ID.
func (n *Network) BodiesOfKind(kind BodyKind) []Body {
	var bs []Body
	for _, b := range n.bodies {
		if b.Kind == kind {
			bs = append(bs, b)
		}
	}
	return bs
}

// Councils returns the partnership councils, sorted by ID (one per
// partnership in a multi-partnership dataset).
func (n *Network) Councils() []Body { return n.BodiesOfKind(Council) }

// WorkingGroups returns the working groups, sorted by ID; each has its Theme.
func (n *Network) WorkingGroups() []Body { return n.BodiesOfKind(WorkingGroup) }

// ActionTeams returns the action teams under a working group, sorted by ID.
func (n *Network) ActionTeams(workingGroupID string) []Body {
	var bs []Body
	for _, b := range n.bodies {
		if b.Kind == ActionTeam && b.Parent == workingGroupID {
			bs = append(bs, b)
		}
	}
	return bs
}

// Partnerships returns the distinct partnership names of the partners,
// sorted; a dataset whose partners name none gives [""].
func (n *Network) Partnerships() []string {
	set := map[string]bool{}
	for _, p := range n.partners {
		set[p.Partnership] = true
	}
	return slices.Sorted(maps.Keys(set))
}

// Warnings returns what looked suspicious, though valid, in the input the
// network was loaded or built from: each a *Problem located like a loading
// problem and wrapping one of ErrUnexpectedFile, ErrUnknownKey,
// ErrSeparator, ErrUnknownTheme and ErrEndedMembership, in the order of
// the files and lines. Config.Strict makes them problems instead. Views
// derived from the network (Subset, AsOf, …) have none of their own.
func (n *Network) Warnings() []*Problem {
	if n == nil {
		return nil
	}
	return slices.Clone(n.warnings)
}
