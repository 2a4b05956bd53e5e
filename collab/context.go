package collab

import (
	"fmt"
	"slices"

	"github.com/lipgraph/lipgraph/network"
)

// Context is what a criterion judges: one partnership, as loaded or as a
// what-if variant made by a recommendation. Its methods answer the questions
// the built-in criteria ask; Network gives everything else. A Context is
// read-only and not safe for concurrent use (Network builds lazily).
type Context struct {
	m       *model
	council int // index of the council in m.bodies, -1 if none
	net     *network.Network
	netErr  error

	// quiet is set when only the overall score matters (what-if variants
	// during recommendation): measures skip their text.
	quiet bool
	// memo of inSomeBody and present
	roles       []network.Role
	member      []bool
	sectorCount []int // partners with a membership, by sector index
	catCount    []int // and by category index
}

// presentCount returns the number of partners with a membership in some
// body of a sector (byCategory false) or category.
func (c *Context) presentCount(name string, byCategory bool) int {
	if c.sectorCount == nil {
		_, member := c.inSomeBody()
		c.sectorCount = make([]int, len(c.m.keys)+len(c.m.cats))
		c.sectorCount, c.catCount = c.sectorCount[:len(c.m.keys)], c.sectorCount[len(c.m.keys):]
		for i := range c.m.partners {
			if p := &c.m.partners[i]; member[i] {
				if p.sec >= 0 {
					c.sectorCount[p.sec]++
				}
				if p.cat >= 0 {
					c.catCount[p.cat]++
				}
			}
		}
	}
	if !byCategory {
		if i := keyIndex(c.m.keys, name); i >= 0 {
			return c.sectorCount[i]
		}
		return 0
	}
	if i := catIndex(c.m.cats, name); i >= 0 {
		return c.catCount[i]
	}
	return 0
}

// sprintf is fmt.Sprintf, or "" when the context is quiet.
func (c *Context) sprintf(format string, args ...any) string {
	if c.quiet {
		return ""
	}
	return fmt.Sprintf(format, args...)
}

func newContext(m *model) *Context {
	c := &Context{m: m, council: -1}
	for i := range m.bodies {
		if m.bodies[i].kind == network.Council {
			c.council = i // the first by ID if a partnership has several
			break
		}
	}
	return c
}

// Partnership returns the partnership's name ("" for a dataset that names
// none).
func (c *Context) Partnership() string { return c.m.partnership }

// Profile returns the partnership's plan profile (profile.csv) and whether
// there is one.
func (c *Context) Profile() (network.Profile, bool) { return c.m.profile, c.m.hasProfile }

// Taxonomy returns the sector taxonomy of the data.
func (c *Context) Taxonomy() *network.Taxonomy { return c.m.tax }

// Council returns the ID of the partnership council, or "" if it has none.
// With several councils the first by ID is the council.
func (c *Context) Council() string {
	if c.council < 0 {
		return ""
	}
	return c.m.bodies[c.council].id
}

// Seated returns the IDs of the partners seated on a body (every role but
// staff), sorted; nil for an unknown body.
func (c *Context) Seated(bodyID string) []string {
	b := c.m.body(bodyID)
	if b < 0 {
		return nil
	}
	var ids []string
	for _, x := range c.m.bodies[b].members {
		if seated(x.role) {
			ids = append(ids, c.m.partners[x.p].id)
		}
	}
	slices.Sort(ids)
	return ids
}

// Network returns the partnership as a *network.Network, with every
// record of the data: partners with their attributes, bodies, memberships
// with their dates, ties and the profile. For a what-if variant it is the
// loaded partnership with the variant's edits applied, built on first use
// (Data, Change.Apply's edits, New), which costs far more than the other
// methods: custom criteria that call it make recommendations slower. It
// returns nil if the variant does not validate (it always does for the
// built-in changes).
func (c *Context) Network() *network.Network {
	if c.net == nil && c.netErr == nil {
		c.net, c.netErr = c.m.network()
	}
	return c.net
}

// network rebuilds the model's partnership from its source network and
// edits.
func (m *model) network() (*network.Network, error) {
	src := m.src
	if src == nil {
		var err error
		if src, err = network.New(network.Data{}, &network.Config{Taxonomy: m.tax}); err != nil {
			return nil, err
		}
	}
	if ps := src.Partnerships(); len(ps) > 1 || (len(ps) == 1 && ps[0] != m.partnership) {
		src = src.Partnership(m.partnership)
	}
	if len(m.edits) == 0 {
		return src, nil
	}
	d := src.Data()
	apply(dataEditor{&d, m.partnership}, m.edits)
	return network.New(d, &network.Config{Taxonomy: m.tax})
}

// Attr returns the free attribute key (a partners.csv column such as
// "size" or "funding") of a partner of the partnership, and whether the
// partner has a non-empty value for it.
func (c *Context) Attr(partnerID, key string) (string, bool) {
	if i := c.m.partner(partnerID); i >= 0 {
		v, ok := c.m.partners[i].attrs[key]
		return v, ok
	}
	return "", false
}

// seatedOn calls f for each partner seated on body b (every role but staff).
func (c *Context) seatedOn(b int, f func(p *mPartner, role network.Role)) {
	if b < 0 {
		return
	}
	for _, x := range c.m.bodies[b].members {
		if seated(x.role) {
			f(&c.m.partners[x.p], x.role)
		}
	}
}

// inSomeBody returns, per partner index, its strongest role over all bodies
// (roleRank order) and whether it holds any membership.
func (c *Context) inSomeBody() (roles []network.Role, member []bool) {
	if c.member != nil {
		return c.roles, c.member
	}
	defer func() { c.roles, c.member = roles, member }()
	roles = make([]network.Role, len(c.m.partners))
	member = make([]bool, len(c.m.partners))
	for _, b := range c.m.bodies {
		for _, x := range b.members {
			if !member[x.p] || roleRank(x.role) < roleRank(roles[x.p]) {
				roles[x.p] = x.role
			}
			member[x.p] = true
		}
	}
	return roles, member
}

// workingGroups returns the indices of the working groups, in ID order.
func (c *Context) workingGroups() []int {
	var out []int
	for i := range c.m.bodies {
		if c.m.bodies[i].kind == network.WorkingGroup {
			out = append(out, i)
		}
	}
	return out
}

// hasLevel reports whether body b has a member of a government level with a
// full seat (not observer or staff), and failing that whether it has one as
// an observer. In a municipally housed partnership (profile lead =
// municipal) a municipal partner's staff on a body count as the city taking
// part: "municipal or regional governments" lead 34% of LIPs (IRCC data,
// October 2016), and their staff at a table are the city at that table.
func (c *Context) hasLevel(b int, level network.GovLevel) (fullSeat, observer bool) {
	housed := level == network.Municipal && c.municipalHost()
	for _, x := range c.m.bodies[b].members {
		if c.m.partners[x.p].level != level {
			continue
		}
		if full(x.role) || (housed && x.role == network.RoleStaff) {
			return true, false
		}
		if x.role == network.RoleObserver {
			observer = true
		}
	}
	return false, observer
}

// municipalHost reports whether the profile says the municipality leads
// (houses) the partnership.
func (c *Context) municipalHost() bool {
	return c.m.hasProfile && c.m.profile.Lead == "municipal"
}

// municipalSecretariat returns the ID of a municipal partner on a
// secretariat of a municipally housed partnership, or "".
func (c *Context) municipalSecretariat() string {
	if !c.municipalHost() {
		return ""
	}
	for _, b := range c.m.bodies {
		if b.kind != network.Secretariat {
			continue
		}
		for _, x := range b.members {
			if c.m.partners[x.p].level == network.Municipal {
				return c.m.partners[x.p].id
			}
		}
	}
	return ""
}
