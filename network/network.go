package network

import (
	"cmp"
	"maps"
	"slices"
	"strings"
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

// build indexes valid data. It copies the record slices and sorts them.
func build(d Data, tax *Taxonomy) *Network {
	n := &Network{tax: tax, bodies: slices.Clone(d.Bodies), profiles: slices.Clone(d.Profiles)}
	n.partners, _ = sortedCopy(d.Partners, func(i, j int32) int { return strings.Compare(d.Partners[i].ID, d.Partners[j].ID) })
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
	// target, kind and weight. Every field takes part, so equal records are
	// identical and the order is fully determined. Comparing the partners'
	// and bodies' ranks instead of their ID strings is equivalent (ranks
	// follow ID order) and several times faster on large datasets. Each
	// record's ends are looked up once, here, and kept in the same order
	// as the records: the views need no lookup by ID.
	mkey := make([]uint64, len(d.Memberships))
	for i, m := range d.Memberships {
		mkey[i] = uint64(n.bodyIdx[m.Body])<<32 | uint64(n.partnerIdx[m.Partner])
	}
	var perm []int32
	n.memberships, perm = sortedCopy(d.Memberships, func(i, j int32) int {
		if c := cmp.Compare(mkey[i], mkey[j]); c != 0 {
			return c
		}
		a, b := &d.Memberships[i], &d.Memberships[j]
		return cmp.Or(compareDates(a.Since, b.Since), compareDates(a.Until, b.Until), cmp.Compare(a.Role, b.Role))
	})
	n.memberEnds = unpack(mkey, perm)
	tkey := make([]uint64, len(d.Ties))
	for i, t := range d.Ties {
		tkey[i] = uint64(n.partnerIdx[t.Source])<<32 | uint64(n.partnerIdx[t.Target])
	}
	n.ties, perm = sortedCopy(d.Ties, func(i, j int32) int {
		if c := cmp.Compare(tkey[i], tkey[j]); c != 0 {
			return c
		}
		a, b := &d.Ties[i], &d.Ties[j]
		return cmp.Or(strings.Compare(a.Kind, b.Kind), cmp.Compare(a.Weight, b.Weight))
	})
	n.tieEnds = unpack(tkey, perm)
	rkey := make([]uint64, len(d.Ratings))
	for i, r := range d.Ratings {
		rkey[i] = uint64(n.partnerIdx[r.Rater])<<32 | uint64(n.partnerIdx[r.Target])
	}
	n.ratings, perm = sortedCopy(d.Ratings, func(i, j int32) int { return cmp.Compare(rkey[i], rkey[j]) })
	n.ratingEnds = unpack(rkey, perm)
	n.byBody = groupBy(n.memberEnds, 0, len(n.bodies))
	n.byPartner = groupBy(n.memberEnds, 1, len(n.partners))
	return n
}

// unpack returns the two 32-bit halves of keys, high first, in the order
// perm.
func unpack(keys []uint64, perm []int32) [][2]int32 {
	ends := make([][2]int32, len(perm))
	for k, i := range perm {
		ends[k] = [2]int32{int32(keys[i] >> 32), int32(uint32(keys[i]))}
	}
	return ends
}

// groupBy returns, for each of n groups, the ascending indices k of the
// ends whose end e is that group. The lists share one array.
func groupBy(ends [][2]int32, e, n int) [][]int32 {
	start := make([]int32, n+1)
	for _, x := range ends {
		start[x[e]+1]++
	}
	for g := range n {
		start[g+1] += start[g]
	}
	all := make([]int32, len(ends))
	groups := make([][]int32, n)
	for g := range groups {
		groups[g] = all[start[g]:start[g]:start[g+1]]
	}
	for k, x := range ends {
		groups[x[e]] = append(groups[x[e]], int32(k))
	}
	return groups
}

// sortedCopy returns a copy of s sorted by compare, which compares the
// records at two indices. It sorts a permutation of int32 indices, which
// moves 4 bytes per swap instead of a whole record.
func sortedCopy[T any](s []T, compare func(i, j int32) int) (sorted []T, perm []int32) {
	perm = make([]int32, len(s))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, compare)
	out := make([]T, len(s))
	for k, i := range perm {
		out[k] = s[i]
	}
	return out, perm
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
