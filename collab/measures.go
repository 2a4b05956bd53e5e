package collab

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// Domain measures (issue 4, item 2): municipal engagement, cross-sector
// ties, coverage gaps and participation of one partnership. Memberships
// count whatever their since/until (use Network.AsOf for a date); "seated"
// means every role but staff.

// DomainMeasures gathers the domain measures of one partnership.
type DomainMeasures struct {
	Partnership string
	Municipal   MunicipalEngagement
	CrossSector CrossSector
	Gaps        Gaps
	Participation
}

// MunicipalEngagement measures the city's place in the partnership
// (Burstein et al. 2012, in seed 002; Qayyum et al. 2012 criteria 3 and 4).
type MunicipalEngagement struct {
	WorkingGroups, WithMunicipal int     // working groups, and those with a municipal full member
	Share                        float64 // WithMunicipal / WorkingGroups; NaN with no working group
	CouncilSeats, CouncilChairs  int     // municipal partners seated on the council, and chairing or co-chairing it
	Endorsed                     string  // endorsed_by_council of the profile: "yes", "no" or "" (unknown)
}

// CrossSector measures ties across sector categories on the partner graph
// of DATA-FORMAT.md (network.Combined; edges counted once, unweighted).
type CrossSector struct {
	Edges, CrossEdges int
	// CrossShare is CrossEdges / Edges, NaN for no edges.
	CrossShare float64
	// EI is Krackhardt & Stern's E-I index by category (metrics.EIIndex):
	// (CrossEdges − internal) / Edges; NaN for no edges.
	EI float64
	// ByCategory is the group E-I index of each category present
	// (metrics.EIGroups), in taxonomy order.
	ByCategory []CategoryEI
	// Categories label the rows and columns of Mixing, the category mixing
	// matrix (metrics.MixingMatrix: each edge adds 1 to [a][b] and [b][a]).
	Categories []string
	Mixing     [][]float64
	// Brokers are the partners with neighbours in at least two categories
	// other than their own, by the number of such categories (descending),
	// then ID.
	Brokers []Broker
}

// CategoryEI is the E-I index of one category's partners.
type CategoryEI struct {
	Category           string
	Partners           int
	External, Internal int
	Index              float64 // NaN when the category has no edge
}

// Broker is a partner tied to several other categories.
type Broker struct {
	Partner    string
	Categories []string // the other categories among its neighbours, in taxonomy order
}

// Gaps lists what the partnership lacks; every list is sorted.
type Gaps struct {
	CouncilMissingSectors    []string // taxonomy sectors with no partner seated on the council
	CouncilMissingCategories []string
	ThemesWithoutGroup       []string // CommonThemes with no working group
	GroupsWithoutMunicipal   []string // working groups with no municipal full member
	GroupsWithoutMainstream  []string // working groups with no seated mainstream partner
	SingleHolderSectors      []string // sectors held by exactly one partner of the partnership
	SingleCategoryBodies     []string // bodies of two or more seated members, all of one category
}

// Participation measures how partners take part.
type Participation struct {
	MembersPerBody []BodySize // distinct members (every role), by body ID
	Unaffiliated   []string   // partners in no body, sorted
	// ChairConcentration is the Herfindahl index Σ s_i² of the chair and
	// co-chair seats held by each partner (s_i = partner i's share of all
	// such seats): 1 when one partner chairs everything, 1/k when k partners
	// hold one seat each; NaN with no chair.
	ChairConcentration float64
}

// BodySize is the number of distinct members of a body.
type BodySize struct {
	Body    string
	Members int
}

// Measure computes the domain measures of one partnership of n ("" when n
// holds a single partnership, as for Score).
func Measure(n *network.Network, partnership string) (*DomainMeasures, error) {
	sc, err := Score(n, partnership, &Options{Criteria: []Criterion{}, MaxChanges: -1})
	if err != nil {
		return nil, err
	}
	sub := n
	if len(n.Partnerships()) > 1 {
		sub = n.Partnership(sc.Partnership)
	}
	ms := models(sub)
	m := &model{tax: n.Taxonomy(), cats: n.Taxonomy().Categories(), keys: n.Taxonomy().Keys()}
	if i := slices.IndexFunc(ms, func(x *model) bool { return x.partnership == sc.Partnership }); i >= 0 {
		m = ms[i]
	}
	c := newContext(m)
	d := &DomainMeasures{Partnership: sc.Partnership}
	d.Municipal = municipalEngagement(c)
	d.CrossSector = crossSector(sub, m)
	d.Gaps = gaps(c)
	d.Participation = participation(c)
	return d, nil
}

func municipalEngagement(c *Context) MunicipalEngagement {
	have, missing := municipalWGs(c)
	e := MunicipalEngagement{WorkingGroups: len(have) + len(missing), WithMunicipal: len(have), Share: math.NaN()}
	if e.WorkingGroups > 0 {
		e.Share = float64(e.WithMunicipal) / float64(e.WorkingGroups)
	}
	c.seatedOn(c.council, func(p *mPartner, r network.Role) {
		if p.level == network.Municipal {
			e.CouncilSeats++
			if r.IsChair() {
				e.CouncilChairs++
			}
		}
	})
	if c.m.hasProfile {
		e.Endorsed = c.m.profile.EndorsedByCouncil.String()
	}
	return e
}

func crossSector(n *network.Network, m *model) CrossSector {
	cats := m.cats
	g := metrics.NewGraph(n.PartnerGraph(network.Combined))
	ps := n.Partners() // node i = i-th partner in ID order
	group := make([]int, len(ps))
	for i, p := range ps {
		group[i] = catIndex(cats, n.Taxonomy().Category(p.Sector))
	}
	cs := CrossSector{Edges: g.Edges(), CrossShare: math.NaN(), EI: metrics.EIIndex(g, group), Categories: cats}
	for u := 0; u < g.Len(); u++ {
		for _, v := range g.Neighbours(u) {
			if int(v) > u && group[u] != group[int(v)] {
				cs.CrossEdges++
			}
		}
	}
	if cs.Edges > 0 {
		cs.CrossShare = float64(cs.CrossEdges) / float64(cs.Edges)
	}
	for _, e := range metrics.EIGroups(g, group) {
		if e.Group >= 0 {
			cs.ByCategory = append(cs.ByCategory, CategoryEI{cats[e.Group], e.Size, e.External, e.Internal, e.Index})
		}
	}
	cs.Mixing = metrics.MixingMatrix(g, group, group, len(cats), len(cats))
	for u := 0; u < g.Len(); u++ {
		seen := make([]bool, len(cats))
		var other []string
		for _, v := range g.Neighbours(u) {
			if k := group[v]; k >= 0 && k != group[u] && !seen[k] {
				seen[k] = true
			}
		}
		for k, ok := range seen {
			if ok {
				other = append(other, cats[k])
			}
		}
		if len(other) >= 2 {
			cs.Brokers = append(cs.Brokers, Broker{ps[u].ID, other})
		}
	}
	slices.SortStableFunc(cs.Brokers, func(a, b Broker) int {
		return cmp.Or(cmp.Compare(len(b.Categories), len(a.Categories)), strings.Compare(a.Partner, b.Partner))
	})
	return cs
}

func gaps(c *Context) Gaps {
	var g Gaps
	m := c.m
	onCouncil := map[string]bool{}
	c.seatedOn(c.council, func(p *mPartner, _ network.Role) { onCouncil[p.sector] = true })
	for _, s := range m.tax.Keys() {
		if !onCouncil[s] {
			g.CouncilMissingSectors = append(g.CouncilMissingSectors, s)
		}
	}
	counts := c.catCounts(c.council)
	for i, cat := range m.cats {
		if counts[i] == 0 {
			g.CouncilMissingCategories = append(g.CouncilMissingCategories, cat)
		}
	}
	slices.Sort(g.CouncilMissingCategories)
	themes := map[string]bool{}
	for _, b := range c.workingGroups() {
		themes[normalTheme(m.bodies[b].theme)] = true
		has := false
		c.seatedOn(b, func(p *mPartner, _ network.Role) { has = has || p.category == network.CategoryMainstream })
		if !has {
			g.GroupsWithoutMainstream = append(g.GroupsWithoutMainstream, m.bodies[b].id)
		}
	}
	for _, t := range CommonThemes {
		if !themes[t] {
			g.ThemesWithoutGroup = append(g.ThemesWithoutGroup, t)
		}
	}
	slices.Sort(g.ThemesWithoutGroup)
	_, g.GroupsWithoutMunicipal = municipalWGs(c)
	bySector := map[string]int{}
	for _, p := range m.partners {
		bySector[p.sector]++
	}
	for s, k := range bySector {
		if k == 1 {
			g.SingleHolderSectors = append(g.SingleHolderSectors, s)
		}
	}
	slices.Sort(g.SingleHolderSectors)
	for b := range m.bodies {
		cc := c.catCounts(b)
		total, kinds := 0, 0
		for _, k := range cc {
			total += k
			if k > 0 {
				kinds++
			}
		}
		if total >= 2 && kinds == 1 {
			g.SingleCategoryBodies = append(g.SingleCategoryBodies, m.bodies[b].id)
		}
	}
	return g
}

func participation(c *Context) Participation {
	var p Participation
	_, member := c.inSomeBody()
	for i, ok := range member {
		if !ok {
			p.Unaffiliated = append(p.Unaffiliated, c.m.partners[i].id)
		}
	}
	slices.Sort(p.Unaffiliated)
	chairs := map[int32]int{}
	total := 0
	for _, b := range c.m.bodies {
		p.MembersPerBody = append(p.MembersPerBody, BodySize{b.id, len(b.members)})
		for _, x := range b.members {
			if x.role.IsChair() {
				chairs[x.p]++
				total++
			}
		}
	}
	p.ChairConcentration = math.NaN()
	if total > 0 {
		keys := make([]int32, 0, len(chairs))
		for k := range chairs {
			keys = append(keys, k)
		}
		slices.Sort(keys) // a fixed summation order
		h := 0.0
		for _, k := range keys {
			s := float64(chairs[k]) / float64(total)
			h += s * s
		}
		p.ChairConcentration = h
	}
	return p
}
