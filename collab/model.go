package collab

import (
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// model is the compact view of one partnership that criteria read: partners
// with their sector facts, bodies with their distinct members, and the plan
// profile. Recommendations apply what-if changes to copies of it, which is
// much cheaper than rebuilding a network.Network for every candidate; the
// same changes applied to network.Data (Change.Apply) give the same scores
// (tested in recommend_test.go).
type model struct {
	tax         *network.Taxonomy
	partnership string
	partners    []mPartner // sorted by ID
	bodies      []mBody    // sorted by ID
	profile     network.Profile
	hasProfile  bool
	cats        []string // tax.Categories(), shared
	keys        []string // tax.Keys() (sorted), shared

	// src is the network the model was split from (it may hold other
	// partnerships) and edits the changes applied since: together they
	// rebuild the partnership without loss (Context.Network).
	src   *network.Network
	edits []Edit
	// asOf is the date judged (Options.AsOf).
	asOf network.Date
}

type mPartner struct {
	id, name, sector, category string
	cat                        int // index of category in model.cats, -1 if unknown
	sec                        int // index of sector in model.keys, -1 if unknown
	level                      network.GovLevel
	attrs                      map[string]string // shared with the network: read only
}

// keyIndex returns the index of a sector key in the sorted keys, or -1.
func keyIndex(keys []string, k string) int {
	if i, ok := slices.BinarySearch(keys, k); ok {
		return i
	}
	return -1
}

// catIndex returns the index of a category in cats, or -1.
func catIndex(cats []string, c string) int {
	for i, x := range cats {
		if x == c {
			return i
		}
	}
	return -1
}

type mBody struct {
	id, name, theme, parent string
	kind                    network.BodyKind
	members                 []mMember // by partner index, one per partner
}

// mMember is one partner's place on a body: its strongest role there when it
// holds several memberships (chair, co-chair, member, observer, staff in
// that order).
type mMember struct {
	p    int32
	role network.Role
}

// roleRank orders roles from strongest (chair) to weakest (staff).
func roleRank(r network.Role) int {
	switch r {
	case network.RoleChair:
		return 0
	case network.RoleCoChair:
		return 1
	case network.RoleMember:
		return 2
	case network.RoleObserver:
		return 3
	}
	return 4
}

// seated reports whether a role counts as a seat at the table: every role
// but staff (the secretariat's coordinators are not representatives).
func seated(r network.Role) bool { return r != network.RoleStaff }

// full reports whether a role is a full seat: neither staff nor observer.
func full(r network.Role) bool { return r != network.RoleStaff && r != network.RoleObserver }

// models splits a network into one model per partnership, in one pass over
// its records. A body belongs to the partnership it names, or else to the
// partnership of its first member (by partner ID). The result is sorted by
// partnership name.
func models(n *network.Network) []*model {
	tax := n.Taxonomy()
	cats, keys := tax.Categories(), tax.Keys()
	partners := n.Partners()
	byName := map[string]*model{}
	var out []*model
	get := func(name string) *model {
		m := byName[name]
		if m == nil {
			m = &model{tax: tax, partnership: name, cats: cats, keys: keys, src: n}
			byName[name] = m
			out = append(out, m)
		}
		return m
	}
	// Partner index in its model, by global partner index.
	local := make([]int32, len(partners))
	where := make([]*model, len(partners))
	pidx := make(map[string]int, len(partners))
	for i, p := range partners {
		m := get(p.Partnership)
		info, _ := tax.Lookup(p.Sector)
		local[i] = int32(len(m.partners))
		where[i] = m
		pidx[p.ID] = i
		m.partners = append(m.partners, mPartner{id: p.ID, name: p.Name, sector: p.Sector, category: info.Category, cat: catIndex(cats, info.Category), sec: keyIndex(keys, p.Sector), level: info.Level, attrs: p.Attrs})
	}
	bodies := n.Bodies()
	bm := make([]*model, len(bodies))
	bl := make([]int32, len(bodies))
	bidx := make(map[string]int, len(bodies))
	for i, b := range bodies {
		bidx[b.ID] = i
	}
	ms := n.Memberships() // by body, then partner
	first := map[string]string{}
	for _, x := range ms {
		if _, ok := first[x.Body]; !ok {
			first[x.Body] = x.Partner
		}
	}
	for i, b := range bodies {
		var m *model
		if b.Partnership != "" {
			m = get(b.Partnership)
		} else if p, ok := first[b.ID]; ok {
			m = where[pidx[p]]
		} else {
			m = get("")
		}
		bm[i], bl[i] = m, int32(len(m.bodies))
		m.bodies = append(m.bodies, mBody{id: b.ID, name: b.Name, theme: b.Theme, parent: b.Parent, kind: b.Kind})
	}
	for _, x := range ms {
		bi, pi := bidx[x.Body], pidx[x.Partner]
		m := bm[bi]
		if where[pi] != m {
			continue // a member from another partnership: not part of this one's table
		}
		b := &m.bodies[bl[bi]]
		p := local[pi]
		if k := len(b.members); k > 0 && b.members[k-1].p == p {
			if roleRank(x.Role) < roleRank(b.members[k-1].role) {
				b.members[k-1].role = x.Role
			}
			continue
		}
		b.members = append(b.members, mMember{p: p, role: x.Role})
	}
	for _, m := range out {
		m.profile, m.hasProfile = n.Profile(m.partnership)
	}
	slices.SortFunc(out, func(a, b *model) int { return strings.Compare(a.partnership, b.partnership) })
	return out
}

// clone returns a copy of m that changes can modify: the body slice is
// copied; the partner and member slices are shared, clipped so that an
// append copies them (see addPartner and setMember).
func (m *model) clone() *model {
	c := *m
	c.partners = slices.Clip(m.partners)
	c.edits = slices.Clip(m.edits)
	c.bodies = slices.Clone(m.bodies)
	for i := range c.bodies {
		c.bodies[i].members = slices.Clip(c.bodies[i].members)
	}
	return &c
}

// body returns the index of the body with the given ID, or -1.
func (m *model) body(id string) int {
	for i := range m.bodies {
		if m.bodies[i].id == id {
			return i
		}
	}
	return -1
}

// partner returns the index of the partner with the given ID, or -1.
func (m *model) partner(id string) int {
	for i := range m.partners {
		if m.partners[i].id == id {
			return i
		}
	}
	return -1
}

// setMember gives partner p the role on body b, adding the membership when
// p is not a member yet.
func (m *model) setMember(b int, p int32, role network.Role) {
	ms := m.bodies[b].members
	for i := range ms {
		if ms[i].p == p {
			ms = slices.Clone(ms)
			ms[i].role = role
			m.bodies[b].members = ms
			return
		}
	}
	m.bodies[b].members = append(ms, mMember{p: p, role: role}) // ms is clipped: this copies
}

// addPartner adds a partner and returns its index.
func (m *model) addPartner(p mPartner) int32 {
	m.partners = append(m.partners, p)
	return int32(len(m.partners) - 1)
}
