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

	names map[string]string // partner and body names by ID, for text
}

// MunicipalEngagement measures the city's place in the partnership
// (Burstein et al. 2012, in Lecours 2018; Qayyum et al. 2012 criteria 3 and 4).
type MunicipalEngagement struct {
	WorkingGroups, WithMunicipal int     // working groups, and those with a municipal full member
	Share                        float64 // WithMunicipal / WorkingGroups; NaN with no working group
	CouncilSeats, CouncilChairs  int     // municipal partners seated on the council, and chairing or co-chairing it
	Endorsed                     string  // endorsed_by_council of the profile: "yes", "no" or "" (unknown)
}

// CrossSector measures ties across sector categories on the partner graph
// (network.Combined; edges counted once, unweighted).
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
	// Brokers are the partners that broker between sector categories on
	// the reported ties (Gould & Fernandez 1989, metrics.Brokerage over the
	// directed ties, groups = categories): at least one open two-path
	// a → v → c through them in which a and c are not both of v's category
	// (consultant, representative, gatekeeper or liaison), and more such
	// two-paths than a random digraph of the same density and category
	// sizes would give it (the sum of sna::brokerage's expectations for
	// those roles). Sorted by those two-paths (descending), then ID.
	// Co-membership alone makes no broker: sitting on one council ties every
	// member to every other.
	Brokers []Broker
}

// CategoryEI is the E-I index of one category's partners.
type CategoryEI struct {
	Category           string
	Partners           int
	External, Internal int
	Index              float64 // NaN when the category has no edge
}

// Broker is a partner that brokers between categories on the ties.
type Broker struct {
	Partner    string
	Name       string   // the partner's name (its ID when it has none)
	Categories []string // the other categories among its tie neighbours, in taxonomy order
	// Roles counts its open two-paths by Gould-Fernandez role:
	// coordinator, consultant, representative, gatekeeper, liaison.
	Roles [5]int
	// Across is the number of its open two-paths that cross categories
	// (every role but coordinator).
	Across int
}

// Gaps lists what the partnership lacks, by the same rules as the
// scorecard's criteria: it is the one source of the gaps a diagram
// highlights. Every list is sorted.
type Gaps struct {
	Partnership string
	// Council is the ID of the council ("" when there is none).
	Council                  string
	CouncilMissingSectors    []string // taxonomy sectors with no partner seated on the council
	CouncilMissingCategories []string // categories with no partner seated on the council (bp.stakeholder-variety)
	ThemesWithoutGroup       []string // CommonThemes with no working group (context)
	GroupsWithoutMunicipal   []string // working groups where the city takes part in no way that counts (bp.city-in-most-working-groups)
	GroupsWithoutMainstream  []string // working groups with no seated mainstream partner
	// SingleHolderSectors are the sectors of the SinglePartners: the
	// partners the partnership depends on alone for a category a scored
	// criterion asks for (every category but media, which is context) or
	// for the municipality. Losing one would fail a criterion.
	SingleHolderSectors  []string
	SinglePartners       []string
	SingleCategoryBodies []string // bodies of two or more seated members, all of one category
}

// Participation measures how partners take part.
type Participation struct {
	MembersPerBody []BodySize // distinct members (every role), by body ID
	Unaffiliated   []string   // partners in no body, sorted
	// Ended lists the memberships with an end date (until), by partner
	// and body: scored like the others unless the network was passed
	// through network.Network.AsOf, so a report can say which ended ones
	// the judgement includes.
	Ended []EndedMembership
	// ChairConcentration is the Herfindahl index Σ s_i² of the chair and
	// co-chair seats held by each partner (s_i = partner i's share of all
	// such seats): 1 when one partner chairs everything, 1/k when k partners
	// hold one seat each; NaN with no chair.
	ChairConcentration float64
}

// EndedMembership is a membership with an end date.
type EndedMembership struct {
	Partner, Body string
	Until         network.Date
}

// BodySize is the number of distinct members of a body.
type BodySize struct {
	Body    string
	Members int
}

// Measure computes the domain measures of one partnership of n ("" when n
// holds a single partnership, as for Score).
func Measure(n *network.Network, partnership string) (*DomainMeasures, error) {
	sc, err := Score(n, partnership, &Options{Criteria: []Criterion{}})
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
	d := &DomainMeasures{Partnership: sc.Partnership, names: map[string]string{}}
	for _, p := range m.partners {
		d.names[p.id] = p.name
	}
	for _, b := range m.bodies {
		d.names[b.id] = b.name
	}
	d.Municipal = municipalEngagement(c)
	d.CrossSector = crossSector(sub, m)
	d.Gaps = gaps(c)
	d.Participation = participation(c)
	for _, x := range sub.Memberships() {
		if !x.Until.IsZero() && m.partner(x.Partner) >= 0 {
			d.Ended = append(d.Ended, EndedMembership{x.Partner, x.Body, x.Until})
		}
	}
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
	cs := CrossSector{Edges: g.NumEdges(), CrossShare: math.NaN(), EI: metrics.EIIndex(g, group), Categories: cats}
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
	cs.Brokers = tieBrokers(n, ps, group, cats)
	return cs
}

// tieBrokers finds the partners that broker between categories on the
// directed ties (Gould & Fernandez 1989; metrics.Brokerage).
func tieBrokers(n *network.Network, ps []network.Partner, group []int, cats []string) []Broker {
	index := make(map[string]int, len(ps))
	for i, p := range ps {
		index[p.ID] = i
	}
	var arcs [][2]int
	nbrCats := make([][]bool, len(ps))
	for _, t := range n.Ties() {
		a, ok1 := index[t.Source]
		b, ok2 := index[t.Target]
		if !ok1 || !ok2 || a == b {
			continue
		}
		arcs = append(arcs, [2]int{a, b})
		for _, x := range [][2]int{{a, b}, {b, a}} {
			if k := group[x[1]]; k >= 0 && k != group[x[0]] {
				if nbrCats[x[0]] == nil {
					nbrCats[x[0]] = make([]bool, len(cats))
				}
				nbrCats[x[0]][k] = true
			}
		}
	}
	if len(arcs) == 0 {
		return nil
	}
	r := metrics.Brokerage(arcs, len(ps), group)
	if r == nil {
		return nil
	}
	var out []Broker
	for i, raw := range r.Raw {
		br := Broker{Partner: ps[i].ID, Name: ps[i].Name}
		if br.Name == "" {
			br.Name = br.Partner
		}
		expected := 0.0
		for k, role := range []int{metrics.Coordinator, metrics.Itinerant, metrics.Representative, metrics.Gatekeeper, metrics.Liaison} {
			br.Roles[k] = int(raw[role])
			if k > 0 {
				br.Across += int(raw[role])
				expected += r.Expected[i][role]
			}
		}
		if br.Across == 0 || float64(br.Across) <= expected+1e-9 {
			continue
		}
		for k, ok := range nbrCats[i] {
			if ok {
				br.Categories = append(br.Categories, cats[k])
			}
		}
		out = append(out, br)
	}
	slices.SortStableFunc(out, func(a, b Broker) int {
		return cmp.Or(cmp.Compare(b.Across, a.Across), strings.Compare(a.Partner, b.Partner))
	})
	return out
}

// AllGaps returns the gaps of every partnership of n, in partnership order:
// what collab's criteria find missing, for a diagram to highlight.
func AllGaps(n *network.Network) []Gaps {
	if n == nil {
		return nil
	}
	var out []Gaps
	for _, m := range models(n) {
		out = append(out, gaps(newContext(m)))
	}
	return out
}

func gaps(c *Context) Gaps {
	m := c.m
	g := Gaps{Partnership: m.partnership, Council: c.Council()}
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
	byCat := make([]int, len(m.cats))
	municipal := 0
	for _, p := range m.partners {
		if p.cat >= 0 {
			byCat[p.cat]++
		}
		if p.level == network.Municipal {
			municipal++
		}
	}
	for _, p := range m.partners {
		single := (p.cat >= 0 && byCat[p.cat] == 1 && p.category != "media") || (p.level == network.Municipal && municipal == 1)
		if single {
			g.SinglePartners = append(g.SinglePartners, p.id)
			g.SingleHolderSectors = append(g.SingleHolderSectors, p.sector)
		}
	}
	slices.Sort(g.SinglePartners)
	g.SingleHolderSectors = sortedSet(g.SingleHolderSectors)
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
