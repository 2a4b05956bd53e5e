// Package report writes the evaluator's report of a partnership as one
// self-contained HTML page: the partnership at a glance, the scorecard by
// criteria set with its sources and evidence, the recommendations as an
// ordered list of actions with the score each reaches, the structure
// diagram with the scorecard's gaps highlighted, the partner diagram, the
// domain measures, and small charts; for a dataset of several partnerships,
// the ranking and a criterion × partnership matrix.
//
// The page needs nothing else: its style sheet is inline, its diagrams are
// inline SVG rendered by package render (Graphviz built in by default), its
// charts are inline SVG, nothing is fetched from the network and no script
// runs; a print style sheet gives a clean document from "Print to PDF".
// Every name goes through html/template's escaping after control and
// format characters (bidi overrides among them) are removed, and diagrams
// are re-serialised from parsed SVG keeping only shapes and text, so a
// partner named "<script>…" stays text. The bytes depend only on the data and
// the options: the same input gives the same page on every run.
package report

import (
	"context"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/draw"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/render"
	"github.com/lipgraph/lipgraph/waves"
)

// Options configures HTML. The zero value reports on the only partnership
// of the data, or ranks several, with diagrams from the built-in Graphviz.
type Options struct {
	// Dataset names the data in the heading (a folder or file name).
	Dataset string
	// Partnership names the partnership to report on in a dataset of
	// several; "" ranks them all.
	Partnership string
	// Graphviz renders the diagrams.
	Graphviz render.Options
	// MaxMatrix bounds the partnerships shown in the criterion ×
	// partnership matrix (the best ranked); default 40.
	MaxMatrix int
	// Before, when not nil, is an earlier wave of the same partnership
	// (package waves): the page then shows the change since it.
	// BeforeLabel names it (a year or a folder).
	Before      *network.Network
	BeforeLabel string
	// MaxDiagramPartners bounds the size of a dataset whose diagrams are
	// drawn; default 400 partners (a larger one is ranked without
	// diagrams, and the page says so).
	MaxDiagramPartners int
}

// HTML writes the report of n to w.
func HTML(ctx context.Context, w io.Writer, n *network.Network, opt Options) error {
	if n == nil {
		return fmt.Errorf("report: nil network")
	}
	if opt.MaxMatrix <= 0 {
		opt.MaxMatrix = 40
	}
	if opt.MaxDiagramPartners <= 0 {
		opt.MaxDiagramPartners = 400
	}
	p := &page{Dataset: text(opt.Dataset)}
	copts := &collab.Options{Dataset: opt.Dataset, MaxChanges: collab.DefaultMaxChanges}
	if opt.Partnership == "" && len(n.Partnerships()) > 1 {
		cards, err := collab.ScoreAll(n, &collab.Options{Dataset: opt.Dataset})
		if err != nil {
			return err
		}
		p.Title = fmt.Sprintf("%d partnerships", len(cards))
		p.Glance = glance(n)
		p.ranking(cards, opt.MaxMatrix)
		if n.NumPartners() <= opt.MaxDiagramPartners {
			if err := p.diagrams(ctx, n, cards, opt); err != nil {
				return err
			}
		} else {
			p.NoDiagrams = fmt.Sprintf("The diagrams are left out: %d partners are more than a page can show (report on one partnership with --partnership NAME).", n.NumPartners())
		}
		return tmpl.Execute(w, p)
	}
	sc, err := collab.Score(n, opt.Partnership, copts)
	if err != nil {
		return err
	}
	sub := n
	if opt.Partnership != "" {
		sub = n.Partnership(opt.Partnership)
	}
	dm, err := collab.Measure(n, opt.Partnership)
	if err != nil {
		return err
	}
	p.Title = name(sc.Partnership)
	p.Glance = glance(sub)
	p.Municipal = municipal(dm.Municipal)
	p.scorecard(n, sc)
	p.measures(dm, sub)
	if opt.Before != nil {
		if err := p.change(n, opt); err != nil {
			return err
		}
	}
	if err := p.diagrams(ctx, sub, []*collab.Scorecard{sc}, opt); err != nil {
		return err
	}
	return tmpl.Execute(w, p)
}

// Highlight lays out for a diagram what the scorecards call a gap, from
// collab's gaps: the working groups where the city takes part in no way
// that counts, when the criterion that the city sits on most working groups
// is not met, and the sector categories missing from each council, when the
// criterion on the variety of stakeholders on the council is not met; and
// the partners a partnership depends on alone (a risk rather than a gap).
// cards are the scorecards of the partnerships of gs; a partnership without
// one has no gap marked.
func Highlight(gs []collab.Gaps, cards []*collab.Scorecard) draw.Highlight {
	h := draw.Highlight{BodyNote: "no municipal partner", PartnerNote: "only partner of its category (a risk: without it a criterion fails)"}
	notMet := func(p, id string) bool {
		for _, c := range cards {
			if c != nil && c.Partnership == p {
				it, ok := c.Item(id)
				return ok && (it.Status == collab.Fail || it.Status == collab.Partial)
			}
		}
		return false
	}
	for _, g := range gs {
		if notMet(g.Partnership, "bp.city-in-most-working-groups") {
			h.Bodies = append(h.Bodies, g.GroupsWithoutMunicipal...)
		}
		h.Partners = append(h.Partners, g.SinglePartners...)
		if g.Council != "" && len(g.CouncilMissingCategories) > 0 && notMet(g.Partnership, "bp.stakeholder-variety") {
			if h.Missing == nil {
				h.Missing = map[string][]string{}
			}
			h.Missing[g.Council] = g.CouncilMissingCategories
		}
	}
	return h
}

// StructureGaps returns h for the structure diagram: only what the
// scorecard calls a gap. The partners a partnership depends on alone are a
// risk, marked in the partner diagram only.
func StructureGaps(h draw.Highlight) draw.Highlight {
	h.Partners = nil
	return h
}

// text returns s without control and format characters (bidi overrides,
// zero-width characters…), every space character as a plain space, and
// invalid UTF-8 as "?", for html/template to escape.
func text(s string) string {
	s = strings.ToValidUTF8(s, "?")
	return strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case strconv.IsPrint(r):
			return r
		}
		return -1
	}, s)
}

// name is text(s), or "(unnamed)" for an empty name.
func name(s string) string {
	if t := strings.TrimSpace(text(s)); t != "" {
		return t
	}
	return "(unnamed)"
}

// names joins evidence for people: a partner's or body's ID becomes its
// name; other entries (sectors, themes) are kept.
func names(n *network.Network, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if p, ok := n.Partner(id); ok && p.Name != "" {
			out[i] = p.Name
		} else if b, ok := n.Body(id); ok && b.Name != "" {
			out[i] = b.Name
		}
	}
	return text(strings.Join(out, ", "))
}

// page is what the template shows.
type page struct {
	Title, Dataset string
	Glance         []glanceRow
	Municipal      []fact
	Overall        string
	OverallMax     string
	Judged         string
	Sets           []set
	SetChart       chart
	Recs           []rec
	NoRecs         string
	Measures       []fact
	Brokers        []string
	Bodies         []fact
	Structure      any // template.HTML of the inline SVG
	Partners       any
	NoDiagrams     string
	Change         *change
	Ranking        []rankRow
	RankChart      chart
	Matrix         *matrix
}

type glanceRow struct {
	Category, Colour string
	Count            int
	Sectors          string
}

type fact struct{ Name, Value string }

type set struct {
	Name  string
	Score string
	Items []item
}

type item struct {
	Title, Status, Class, Score, Explanation, Source, Have, Missing string
}

type rec struct {
	Text, Score, Criteria string
}

type rankRow struct {
	Rank                      int
	Name, Overall, Max, Known string
}

type matrix struct {
	Partnerships []string
	Rows         []matrixRow
	Note         string
}

type matrixRow struct {
	Criterion string
	Cells     []cell
}

type cell struct{ Class, Mark, Title string }

// change is the change since an earlier wave.
type change struct {
	Label                     string
	Chart                     chart
	Retained, Entered, Exited int
	EnteredNames, ExitedNames string
	Retention                 string
	Criteria                  []waveCriterion
	Measures                  []waveMeasure
}

type waveCriterion struct{ Title, Before, After string }

type waveMeasure struct{ Name, Before, After, Change string }

// change compares the earlier wave with n, for the partnership reported.
func (p *page) change(n *network.Network, opt Options) error {
	label := opt.BeforeLabel
	if label == "" {
		label = "the earlier wave"
	}
	cmp, err := waves.Compare(waves.Wave{Label: label, Network: opt.Before}, waves.Wave{Label: opt.Dataset, Network: n}, nil)
	if err != nil {
		return err
	}
	var pc *waves.PartnershipChange
	for _, c := range cmp.Partnerships {
		if opt.Partnership == "" || c.Partnership == opt.Partnership {
			pc = c
			break
		}
	}
	if pc == nil {
		return fmt.Errorf("report: the partnership is not in the earlier wave")
	}
	num := func(x *float64, prec int) string {
		if x == nil {
			return "n/a"
		}
		return strconv.FormatFloat(*x, 'f', prec, 64)
	}
	c := &change{Label: text(label), Retained: len(pc.Partners.Retained), Entered: len(pc.Partners.Entered), Exited: len(pc.Partners.Exited)}
	partnerNames := func(nn *network.Network, ids []string) string { return names(nn, ids) }
	c.EnteredNames = partnerNames(n, pc.Partners.Entered)
	c.ExitedNames = partnerNames(opt.Before, pc.Partners.Exited)
	if pc.Retention != nil {
		c.Retention = strconv.FormatFloat(100**pc.Retention, 'f', 0, 64) + "%"
	}
	var bars []bar
	if pc.Score.Before != nil {
		bars = append(bars, bar{Label: text(label), Value: *pc.Score.Before})
	}
	if pc.Score.After != nil {
		bars = append(bars, bar{Label: "now", Value: *pc.Score.After})
	}
	c.Chart = barChart(bars, "Overall score, then and now (change "+num(pc.Score.Change, 1)+")")
	for _, cc := range pc.Criteria {
		c.Criteria = append(c.Criteria, waveCriterion{text(cc.Title), text(cc.Before), text(cc.After)})
	}
	for _, k := range waves.MeasureKeys() {
		if m, ok := pc.Measures[k]; ok {
			c.Measures = append(c.Measures, waveMeasure{strings.ReplaceAll(k, "_", " "), short(m.Before), short(m.After), short(m.Change)})
		}
	}
	p.Change = c
	return nil
}

// short writes a count as a whole number and anything else with three
// decimals; "n/a" for nil.
func short(x *float64) string {
	switch {
	case x == nil:
		return "n/a"
	case *x == math.Trunc(*x) && math.Abs(*x) < 1e15:
		return strconv.FormatFloat(*x, 'f', 0, 64)
	}
	return strconv.FormatFloat(*x, 'f', 3, 64)
}

// glance counts the partners by category, with their sectors.
func glance(n *network.Network) []glanceRow {
	tax := n.Taxonomy()
	var rows []glanceRow
	for _, cat := range tax.Categories() {
		ps := n.PartnersInCategory(cat)
		if len(ps) == 0 {
			continue
		}
		count := map[string]int{}
		for _, p := range ps {
			count[p.Sector]++
		}
		var parts []string
		for _, s := range tax.SectorsIn(cat) {
			if count[s] > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", s, count[s]))
			}
		}
		rows = append(rows, glanceRow{Category: text(cat), Colour: draw.CategoryColour(tax, cat), Count: len(ps), Sectors: text(strings.Join(parts, ", "))})
	}
	return rows
}

func municipal(m collab.MunicipalEngagement) []fact {
	endorsed := map[string]string{"yes": "yes", "no": "no", "": "unknown"}[m.Endorsed]
	return []fact{
		{"Working groups with a municipal member", fmt.Sprintf("%d of %d", m.WithMunicipal, m.WorkingGroups)},
		{"Municipal seats on the council", strconv.Itoa(m.CouncilSeats)},
		{"Municipal chairs of the council", strconv.Itoa(m.CouncilChairs)},
		{"Strategy endorsed by the municipal council", endorsed},
	}
}

var statusClass = map[collab.Status]string{
	collab.Pass: "pass", collab.Partial: "partial", collab.Fail: "fail", collab.Unknown: "unknown", collab.AsContext: "context",
}

func score1(x float64) string { return strconv.FormatFloat(x, 'f', 1, 64) }

// scorecard fills the scorecard, its chart and the recommendations.
func (p *page) scorecard(n *network.Network, sc *collab.Scorecard) {
	p.Overall, p.OverallMax = score1(sc.Overall), score1(sc.OverallMax)
	p.Judged = fmt.Sprintf("weight %s of %s judged", strconv.FormatFloat(sc.Known, 'g', 4, 64), strconv.FormatFloat(sc.Total, 'g', 4, 64))
	titles := map[string]string{}
	bySet := map[string]*set{}
	var order []string
	sums := map[string][2]float64{}
	for _, it := range sc.Items {
		c := it.Criterion
		titles[c.ID] = c.Title
		s := bySet[c.Set]
		if s == nil {
			s = &set{Name: text(c.Set)}
			bySet[c.Set] = s
			order = append(order, c.Set)
		}
		sc := "–"
		if it.Status != collab.AsContext && it.Status != collab.Unknown {
			sc = strconv.FormatFloat(it.Score, 'f', 0, 64)
		}
		if it.Status != collab.AsContext {
			v := sums[c.Set]
			sums[c.Set] = [2]float64{v[0] + c.Weight*it.Score, v[1] + c.Weight}
		}
		s.Items = append(s.Items, item{
			Title: text(c.Title), Status: it.Status.String(), Class: statusClass[it.Status], Score: sc,
			Explanation: text(it.Explanation), Source: text(c.Source),
			Have: names(n, it.Have), Missing: names(n, it.Missing),
		})
	}
	var bars []bar
	for _, id := range order {
		s := bySet[id]
		v := sums[id]
		if v[1] > 0 {
			x := v[0] / v[1]
			s.Score = score1(x)
			bars = append(bars, bar{Label: s.Name, Value: x})
		} else {
			s.Score = "context only"
		}
		p.Sets = append(p.Sets, *s)
	}
	p.SetChart = barChart(bars, "Score per criteria set (0-100, weighted mean of the scored criteria; unknown counts 0)")
	for _, r := range sc.Recommendations {
		var crit []string
		for _, id := range r.Criteria {
			crit = append(crit, text(titles[id]))
		}
		p.Recs = append(p.Recs, rec{Text: text(r.Text), Score: score1(r.ScoreAfter), Criteria: strings.Join(crit, "; ")})
	}
	if len(p.Recs) == 0 {
		p.NoRecs = sc.NoRecommendationsReason()
	}
}

func (p *page) measures(d *collab.DomainMeasures, n *network.Network) {
	cs := d.CrossSector
	num := func(x float64, f byte, prec int) string {
		if math.IsNaN(x) {
			return "n/a"
		}
		return strconv.FormatFloat(x, f, prec, 64)
	}
	p.Measures = []fact{
		{"Partners", strconv.Itoa(n.NumPartners())},
		{"Pairs of partners tied (shared bodies or reported ties)", strconv.Itoa(cs.Edges)},
		{"Share of those ties across sector categories", num(100*cs.CrossShare, 'f', 1) + "%"},
		{"E-I index of sector categories (−1 all within, +1 all across)", num(cs.EI, 'f', 2)},
		{"Chair concentration (Herfindahl: 1 when one partner chairs everything)", num(d.ChairConcentration, 'f', 2)},
		{"Partners in no body", strconv.Itoa(len(d.Unaffiliated))},
	}
	for _, b := range cs.Brokers {
		paths := "brokering paths"
		if b.Across == 1 {
			paths = "brokering path"
		}
		p.Brokers = append(p.Brokers, fmt.Sprintf("%s (%d %s across categories: %s)", name(b.Name), b.Across, paths, text(strings.Join(b.Categories, ", "))))
	}
	for _, b := range d.MembersPerBody {
		label := b.Body
		if body, ok := n.Body(b.Body); ok && body.Name != "" {
			label = body.Name
		}
		p.Bodies = append(p.Bodies, fact{name(label), strconv.Itoa(b.Members)})
	}
}

// ranking fills the ranking table, its chart and the matrix.
func (p *page) ranking(cards []*collab.Scorecard, maxMatrix int) {
	var bars []bar
	for i, c := range cards {
		p.Ranking = append(p.Ranking, rankRow{Rank: i + 1, Name: name(c.Partnership), Overall: score1(c.Overall), Max: score1(c.OverallMax),
			Known: strconv.FormatFloat(c.Known, 'g', 4, 64) + " of " + strconv.FormatFloat(c.Total, 'g', 4, 64)})
		if i < 30 {
			bars = append(bars, bar{Label: name(c.Partnership), Value: c.Overall})
		}
	}
	title := "Overall score per partnership"
	if len(cards) > 30 {
		title += " (the 30 best ranked)"
	}
	p.RankChart = barChart(bars, title)
	if len(cards) == 0 {
		return
	}
	shown := cards[:min(len(cards), maxMatrix)]
	m := &matrix{}
	if len(shown) < len(cards) {
		m.Note = fmt.Sprintf("The %d best ranked of %d partnerships.", len(shown), len(cards))
	}
	for _, c := range shown {
		m.Partnerships = append(m.Partnerships, name(c.Partnership))
	}
	marks := map[collab.Status]string{collab.Pass: "✓", collab.Partial: "½", collab.Fail: "✗", collab.Unknown: "?", collab.AsContext: "·"}
	for i, it := range shown[0].Items {
		row := matrixRow{Criterion: text(it.Criterion.Title)}
		for _, c := range shown {
			if i >= len(c.Items) {
				row.Cells = append(row.Cells, cell{})
				continue
			}
			ci := c.Items[i]
			row.Cells = append(row.Cells, cell{Class: statusClass[ci.Status], Mark: marks[ci.Status], Title: name(c.Partnership) + ": " + ci.Status.String()})
		}
		m.Rows = append(m.Rows, row)
	}
	p.Matrix = m
}

// diagrams renders the structure diagram with the gaps and the partner
// diagram.
func (p *page) diagrams(ctx context.Context, n *network.Network, cards []*collab.Scorecard, opt Options) error {
	h := Highlight(collab.AllGaps(n), cards)
	sh := StructureGaps(h)
	var s, q strings.Builder
	if err := draw.Structure(&s, n, draw.StructureOptions{Highlight: &sh}); err != nil {
		return err
	}
	if err := draw.Partners(&q, n, draw.PartnerOptions{SizeBy: draw.SizeDegree, Highlight: &h, MinWeight: draw.ReadableMinWeight(n, network.Combined), KeepHeaviest: true}); err != nil {
		return err
	}
	for _, d := range []struct {
		src, label string
		out        *any
	}{{s.String(), "Structure diagram", &p.Structure}, {q.String(), "Partner network diagram", &p.Partners}} {
		var b strings.Builder
		if err := render.Render(ctx, &b, []byte(d.src), render.SVG, opt.Graphviz); err != nil {
			return err
		}
		svg, err := inlineSVG([]byte(b.String()), d.label)
		if err != nil {
			return err
		}
		*d.out = trusted(svg)
	}
	return nil
}

// bar is one bar of a chart.
type bar struct {
	Label string
	Value float64 // 0-100
}

// chart is an inline SVG bar chart, laid out in Go and drawn by the
// template.
type chart struct {
	Title  string
	Height int
	Bars   []chartBar
}

type chartBar struct {
	Label, Value string
	Y, Width     int
	Class        string
}

// barChart lays out horizontal bars of 0-100 values: 22 px per bar, the
// bar's length 3 px per point.
func barChart(bars []bar, title string) chart {
	c := chart{Title: title, Height: 22*len(bars) + 8}
	for i, b := range bars {
		v := max(0, min(100, b.Value))
		class := "fail"
		switch {
		case v >= 80:
			class = "pass"
		case v >= 50:
			class = "partial"
		}
		c.Bars = append(c.Bars, chartBar{Label: b.Label, Value: score1(b.Value), Y: 22*i + 4, Width: int(math.Round(3 * v)), Class: class})
	}
	return c
}
