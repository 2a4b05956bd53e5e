package waves

import (
	"cmp"
	"errors"
	"maps"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// Wave is one dataset of a comparison and the label it is reported under,
// such as its path or year.
type Wave struct {
	Label   string
	Network *network.Network
}

// Options controls Compare. A nil *Options means the defaults.
type Options struct {
	// Score are the scoring options of both waves; nil means collab's
	// defaults: the built-in criteria, no recommendations (Compare reports
	// scores and criteria, not recommendations).
	Score *collab.Options
}

// Comparison is the change of every partnership between two waves.
type Comparison struct {
	Before       string               `json:"before"`
	After        string               `json:"after"`
	Partnerships []*PartnershipChange `json:"partnerships"` // by name
}

// Change is a number in both waves and its change (After − Before); each is
// nil where the number is undefined (a partnership absent from a wave, a
// share of nothing).
type Change struct {
	Before *float64 `json:"before"`
	After  *float64 `json:"after"`
	Change *float64 `json:"change"`
}

func newChange(before, after float64) Change {
	var c Change
	if !math.IsNaN(before) {
		c.Before = &before
	}
	if !math.IsNaN(after) {
		c.After = &after
	}
	if c.Before != nil && c.After != nil {
		d := after - before
		c.Change = &d
	}
	return c
}

// PartnerChanges are the partners of a partnership matched by id: in both
// waves, only after, only before. Each list is sorted.
type PartnerChanges struct {
	Retained []string `json:"retained"`
	Entered  []string `json:"entered"`
	Exited   []string `json:"exited"`
}

// Rename is an exited and an entered partner with the same name: probably
// one organisation whose id changed. Compare still counts it as exited and
// entered.
type Rename struct {
	Before string `json:"before"` // the exited id
	After  string `json:"after"`  // the entered id
	Name   string `json:"name"`
}

// GroupRetention is the partners of one sector or category in both waves.
// Retention is Retained ÷ Before, nil when there were none before.
type GroupRetention struct {
	Group     string   `json:"group"`
	Before    int      `json:"before"`
	After     int      `json:"after"`
	Retained  int      `json:"retained"`
	Retention *float64 `json:"retention"`
}

// BodyChanges are the bodies of a partnership matched by id.
type BodyChanges struct {
	Formed  []string      `json:"formed"`
	Closed  []string      `json:"closed"`
	Members []BodyMembers `json:"members"` // every body of either wave, by id
}

// BodyMembers is the number of distinct members of a body in each wave,
// nil where the body does not exist.
type BodyMembers struct {
	ID     string `json:"id"`
	Name   string `json:"name"`
	Before *int   `json:"before"`
	After  *int   `json:"after"`
}

// CriterionChange is a criterion whose status changed.
type CriterionChange struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Before string `json:"before"`
	After  string `json:"after"`
}

// Pair is two partner ids, A < B.
type Pair struct {
	A string `json:"a"`
	B string `json:"b"`
}

// PartnershipChange is the change of one partnership between the waves.
type PartnershipChange struct {
	Partnership string         `json:"partnership"`
	Partners    PartnerChanges `json:"partners"`
	// Retention is retained ÷ partners before; nil without partners before.
	Retention      *float64         `json:"retention"`
	ProbableRename []Rename         `json:"probable_renames"`
	BySector       []GroupRetention `json:"by_sector"`   // every sector of either wave, by key
	ByCategory     []GroupRetention `json:"by_category"` // likewise by category
	SectorsGained  []string         `json:"sectors_gained"`
	SectorsLost    []string         `json:"sectors_lost"`
	Bodies         BodyChanges      `json:"bodies"`
	// Score is the overall score of the scorecard of each wave (as
	// `lipgraph score` reports it, one decimal) and its change, rounded to
	// one decimal.
	Score    Change            `json:"score"`
	Criteria []CriterionChange `json:"criteria"` // in scorecard order
	// Measures are the network measures of each wave, by key (see
	// MeasureKeys).
	Measures map[string]Change `json:"measures"`
	// NewCrossCategoryTies are the pairs tied after, across sector
	// categories, that were not tied before.
	NewCrossCategoryTies []Pair `json:"new_cross_category_ties"`
	// Survey is the change of the partner survey's measures (see
	// SurveyKeys), nil unless both waves have ratings.
	Survey map[string]Change `json:"survey"`
}

// MeasureKeys returns the keys of PartnershipChange.Measures, in the order
// reports list them:
//
//   - partners, edges, density, components: of the partner graph (the
//     combined projection, as `lipgraph metrics`);
//   - tied_pairs: the distinct pairs of partners joined by a tie of
//     ties.csv, undirected, self-ties ignored; cross_category_ties: those
//     whose ends are in different sector categories;
//     cross_category_tie_share: that ÷ tied_pairs; category_ei_index:
//     Krackhardt's E-I index of the tied pairs by category, (external −
//     internal) ÷ (external + internal);
//   - municipal_partners: partners of the municipal sector;
//     bodies_with_municipal_member and municipal_body_share: the bodies
//     with a municipal member, and their share of the bodies.
func MeasureKeys() []string {
	return []string{"partners", "edges", "density", "components", "tied_pairs", "cross_category_ties",
		"cross_category_tie_share", "category_ei_index", "municipal_partners", "bodies_with_municipal_member", "municipal_body_share"}
}

// SurveyKeys returns the keys of PartnershipChange.Survey: the Survey
// fields of the same JSON names.
func SurveyKeys() []string {
	return []string{"respondents", "response_rate", "trust", "value", "collaboration", "coordination_density",
		"trust_within_categories", "trust_across_categories"}
}

// Compare compares two waves of the same partnership(s): partners and
// bodies are matched by id within each partnership (the partnership column;
// "" for a dataset that names none). Every partnership of either wave is
// reported.
func Compare(before, after Wave, opts *Options) (*Comparison, error) {
	var sopts *collab.Options
	if opts != nil {
		sopts = opts.Score
	}
	var bw, aw *waveData
	var berr, aerr error
	parallel(func() { bw, berr = prepare(before.Network, sopts) }, func() { aw, aerr = prepare(after.Network, sopts) })
	if err := errors.Join(berr, aerr); err != nil {
		return nil, err
	}
	names := map[string]bool{}
	for k := range bw.lips {
		names[k] = true
	}
	for k := range aw.lips {
		names[k] = true
	}
	sorted := slices.Sorted(maps.Keys(names))
	c := &Comparison{Before: before.Label, After: after.Label, Partnerships: make([]*PartnershipChange, len(sorted))}
	// The partnerships are independent: compare them on every core, each
	// into its own slot, so the result does not depend on timing.
	var next atomic.Int64
	workers := make([]func(), min(runtime.GOMAXPROCS(0), max(len(sorted), 1)))
	for w := range workers {
		workers[w] = func() {
			for i := int(next.Add(1) - 1); i < len(sorted); i = int(next.Add(1) - 1) {
				name := sorted[i]
				c.Partnerships[i] = comparePartnership(name, bw.lips[name], aw.lips[name])
			}
		}
	}
	parallel(workers...)
	return c, nil
}

// waveData is one wave split by partnership, each scored.
type waveData struct {
	lips map[string]*lipData
}

type lipData struct {
	n    *network.Network
	card *collab.Scorecard
}

func prepare(n *network.Network, opts *collab.Options) (*waveData, error) {
	w := &waveData{lips: map[string]*lipData{}}
	if n == nil {
		return w, nil
	}
	cards, err := collab.ScoreAll(n, opts)
	if err != nil {
		return nil, err
	}
	lips := n.Partnerships()
	if len(lips) == 1 {
		w.lips[lips[0]] = &lipData{n: n}
	} else {
		for name, sub := range n.ByPartnership() {
			w.lips[name] = &lipData{n: sub}
		}
	}
	for _, sc := range cards {
		if l, ok := w.lips[sc.Partnership]; ok {
			l.card = sc
		} else if len(lips) == 1 {
			w.lips[lips[0]].card = sc
		}
	}
	return w, nil
}

func parallel(fns ...func()) {
	done := make(chan struct{}, len(fns))
	for _, f := range fns {
		go func() { f(); done <- struct{}{} }()
	}
	for range fns {
		<-done
	}
}

func comparePartnership(name string, b, a *lipData) *PartnershipChange {
	pc := &PartnershipChange{Partnership: name, Criteria: []CriterionChange{}, NewCrossCategoryTies: []Pair{}}
	bn, an := netOf(b), netOf(a)
	bp, ap := partnerMap(bn), partnerMap(an)
	pc.Partners = PartnerChanges{Retained: []string{}, Entered: []string{}, Exited: []string{}}
	for _, id := range slices.Sorted(maps.Keys(bp)) {
		if _, ok := ap[id]; ok {
			pc.Partners.Retained = append(pc.Partners.Retained, id)
		} else {
			pc.Partners.Exited = append(pc.Partners.Exited, id)
		}
	}
	for _, id := range slices.Sorted(maps.Keys(ap)) {
		if _, ok := bp[id]; !ok {
			pc.Partners.Entered = append(pc.Partners.Entered, id)
		}
	}
	pc.Retention = ratio(len(pc.Partners.Retained), len(bp))
	pc.ProbableRename = renames(pc.Partners.Exited, pc.Partners.Entered, bp, ap)
	tax := taxonomyOf(bn, an)
	pc.BySector = retention(bp, ap, func(p network.Partner) string { return p.Sector })
	pc.ByCategory = retention(bp, ap, func(p network.Partner) string { return tax.Category(p.Sector) })
	pc.SectorsGained, pc.SectorsLost = []string{}, []string{}
	for _, g := range pc.BySector {
		switch {
		case g.Before == 0 && g.After > 0:
			pc.SectorsGained = append(pc.SectorsGained, g.Group)
		case g.Before > 0 && g.After == 0:
			pc.SectorsLost = append(pc.SectorsLost, g.Group)
		}
	}
	pc.Bodies = compareBodies(bn, an)
	pc.Score = newChange(overall(b), overall(a))
	if d := pc.Score.Change; d != nil {
		*d = math.Round(*d*10) / 10 // the scores have one decimal; 6.8, not 6.799999999999997
	}
	if b != nil && a != nil && b.card != nil && a.card != nil {
		for _, it := range b.card.Items {
			if other, ok := a.card.Item(it.Criterion.ID); ok && other.Status != it.Status {
				pc.Criteria = append(pc.Criteria, CriterionChange{ID: it.Criterion.ID, Title: it.Criterion.Title, Before: it.Status.String(), After: other.Status.String()})
			}
		}
	}
	bm, am := measure(bn), measure(an)
	pc.Measures = make(map[string]Change, len(bm.values))
	for _, k := range MeasureKeys() {
		pc.Measures[k] = newChange(bm.values[k], am.values[k])
	}
	for _, p := range am.crossPairs {
		if !bm.tied[p] {
			pc.NewCrossCategoryTies = append(pc.NewCrossCategoryTies, p)
		}
	}
	if bn != nil && an != nil && bn.NumRatings() > 0 && an.NumRatings() > 0 {
		bs, as := surveyValues(SummariseSurvey(bn)), surveyValues(SummariseSurvey(an))
		pc.Survey = make(map[string]Change, len(bs))
		for _, k := range SurveyKeys() {
			pc.Survey[k] = newChange(bs[k], as[k])
		}
	}
	return pc
}

func netOf(l *lipData) *network.Network {
	if l == nil {
		return nil
	}
	return l.n
}

func overall(l *lipData) float64 {
	if l == nil || l.card == nil {
		return math.NaN()
	}
	return l.card.Overall
}

func taxonomyOf(ns ...*network.Network) *network.Taxonomy {
	for _, n := range ns {
		if n != nil {
			return n.Taxonomy()
		}
	}
	return network.DefaultTaxonomy()
}

func partnerMap(n *network.Network) map[string]network.Partner {
	m := map[string]network.Partner{}
	if n == nil {
		return m
	}
	for _, p := range n.Partners() {
		m[p.ID] = p
	}
	return m
}

func ratio(a, b int) *float64 {
	if b == 0 {
		return nil
	}
	r := float64(a) / float64(b)
	return &r
}

// renames pairs exited and entered partners of the same name (compared
// without case and surrounding space).
func renames(exited, entered []string, bp, ap map[string]network.Partner) []Rename {
	out := []Rename{}
	byName := map[string][]string{}
	for _, id := range entered {
		if k := nameKey(ap[id].Name); k != "" {
			byName[k] = append(byName[k], id)
		}
	}
	for _, id := range exited {
		for _, e := range byName[nameKey(bp[id].Name)] {
			out = append(out, Rename{Before: id, After: e, Name: ap[e].Name})
		}
	}
	return out
}

func nameKey(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func retention(bp, ap map[string]network.Partner, group func(network.Partner) string) []GroupRetention {
	at := map[string]*GroupRetention{}
	get := func(g string) *GroupRetention {
		if at[g] == nil {
			at[g] = &GroupRetention{Group: g}
		}
		return at[g]
	}
	for id, p := range bp {
		g := get(group(p))
		g.Before++
		if _, ok := ap[id]; ok {
			g.Retained++
		}
	}
	for _, p := range ap {
		get(group(p)).After++
	}
	out := []GroupRetention{}
	for _, k := range slices.Sorted(maps.Keys(at)) {
		g := at[k]
		g.Retention = ratio(g.Retained, g.Before)
		out = append(out, *g)
	}
	return out
}

func compareBodies(bn, an *network.Network) BodyChanges {
	type info struct {
		name    string
		members int
	}
	bodies := func(n *network.Network) map[string]info {
		m := map[string]info{}
		if n == nil {
			return m
		}
		for _, b := range n.Bodies() {
			m[b.ID] = info{b.Name, len(n.MemberIDs(b.ID))}
		}
		return m
	}
	bb, ab := bodies(bn), bodies(an)
	bc := BodyChanges{Formed: []string{}, Closed: []string{}, Members: []BodyMembers{}}
	ids := map[string]bool{}
	for id := range bb {
		ids[id] = true
	}
	for id := range ab {
		ids[id] = true
	}
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		row := BodyMembers{ID: id}
		if x, ok := bb[id]; ok {
			row.Name, row.Before = x.name, &x.members
		} else {
			bc.Formed = append(bc.Formed, id)
		}
		if x, ok := ab[id]; ok {
			row.Name, row.After = x.name, &x.members
		} else {
			bc.Closed = append(bc.Closed, id)
		}
		bc.Members = append(bc.Members, row)
	}
	return bc
}

// measured holds the measures of one wave and its tied pairs.
type measured struct {
	values     map[string]float64
	tied       map[Pair]bool
	crossPairs []Pair // sorted
}

// measure computes the measures of MeasureKeys on a wave; every value is
// NaN for an absent wave.
func measure(n *network.Network) measured {
	m := measured{values: map[string]float64{}, tied: map[Pair]bool{}}
	if n == nil {
		for _, k := range MeasureKeys() {
			m.values[k] = math.NaN()
		}
		return m
	}
	g := metrics.NewGraph(n.PartnerGraph(network.Combined))
	_, sizes := metrics.Components(g)
	m.values["partners"] = float64(g.Len())
	m.values["edges"] = float64(g.NumEdges())
	m.values["density"] = metrics.Density(g)
	m.values["components"] = float64(len(sizes))
	ps := n.Partners()
	cat := make(map[string]string, len(ps))
	municipal := 0
	for _, p := range ps {
		cat[p.ID] = n.Taxonomy().Category(p.Sector)
		if p.Sector == "municipal" {
			municipal++
		}
	}
	cross := 0
	for _, t := range n.Ties() {
		if t.Source == t.Target {
			continue
		}
		p := Pair{min(t.Source, t.Target), max(t.Source, t.Target)}
		if m.tied[p] {
			continue
		}
		m.tied[p] = true
		if cat[p.A] != cat[p.B] {
			cross++
			m.crossPairs = append(m.crossPairs, p)
		}
	}
	slices.SortFunc(m.crossPairs, func(x, y Pair) int { return cmp.Or(cmp.Compare(x.A, y.A), cmp.Compare(x.B, y.B)) })
	pairs := len(m.tied)
	m.values["tied_pairs"] = float64(pairs)
	m.values["cross_category_ties"] = float64(cross)
	m.values["cross_category_tie_share"] = math.NaN()
	m.values["category_ei_index"] = math.NaN()
	if pairs > 0 {
		m.values["cross_category_tie_share"] = float64(cross) / float64(pairs)
		m.values["category_ei_index"] = float64(cross-(pairs-cross)) / float64(pairs)
	}
	withCity := 0
	bodies := n.Bodies()
	for _, b := range bodies {
		for _, id := range n.MemberIDs(b.ID) {
			if p, _ := n.Partner(id); p.Sector == "municipal" {
				withCity++
				break
			}
		}
	}
	m.values["municipal_partners"] = float64(municipal)
	m.values["bodies_with_municipal_member"] = float64(withCity)
	m.values["municipal_body_share"] = math.NaN()
	if len(bodies) > 0 {
		m.values["municipal_body_share"] = float64(withCity) / float64(len(bodies))
	}
	return m
}

// surveyValues returns the numbers of SurveyKeys, NaN where undefined.
func surveyValues(s *Survey) map[string]float64 {
	f := func(p *float64) float64 {
		if p == nil {
			return math.NaN()
		}
		return *p
	}
	return map[string]float64{
		"respondents": float64(s.Respondents), "response_rate": s.ResponseRate, "trust": f(s.Trust), "value": f(s.Value),
		"collaboration": f(s.Collaboration), "coordination_density": s.CoordinationDensity,
		"trust_within_categories": f(s.TrustWithin), "trust_across_categories": f(s.TrustAcross),
	}
}

// AtDate returns the wave of a dataset with dated memberships as it stood
// on date d: the memberships active on d (see network.Membership.ActiveOn),
// and the partners with at least one of them, or with no membership at all
// (a partner known only by its ties or ratings is taken to be there
// throughout). Bodies, ties and ratings are those of the kept partners.
func AtDate(n *network.Network, d network.Date) *network.Network {
	hasAny := map[string]bool{}
	for _, m := range n.Memberships() {
		hasAny[m.Partner] = true
	}
	at := n.AsOf(d)
	active := map[string]bool{}
	for _, m := range at.Memberships() {
		active[m.Partner] = true
	}
	return at.Subset(func(p network.Partner) bool { return active[p.ID] || !hasAny[p.ID] })
}
