package collab

import (
	"fmt"
	"math"

	"github.com/lipgraph/lipgraph/network"
)

// Measures of the council's composition. "Seated" means any role but staff:
// chairs, co-chairs, members and observers sit at the table.

func init() {
	defineMeasure("council.exists", "1 if the partnership has a council (a body of kind council), else 0", func(c *Context, _ string) Observation {
		if c.council < 0 {
			return Observation{Value: 0, Known: true, Missing: []string{"council"}, Text: "the partnership has no council"}
		}
		return Observation{Value: 1, Known: true, Have: []string{c.Council()}, Text: "the partnership has a council (" + c.m.bodies[c.council].label() + ")"}
	})
	defineMeasure("council.categories", "number of sector categories among the partners seated on the council (any role but staff)", councilCategories)
	defineMeasure("council.sectors", "number of distinct sectors among the partners seated on the council", func(c *Context, _ string) Observation {
		var have, missing []string
		seen := map[string]bool{}
		c.seatedOn(c.council, func(p *mPartner, _ network.Role) { seen[p.sector] = true })
		for _, s := range c.m.tax.Keys() {
			if seen[s] {
				have = append(have, s)
			} else {
				missing = append(missing, s)
			}
		}
		return Observation{Value: float64(len(have)), Known: true, Have: have, Missing: missing,
			Text: c.sprintf("the council seats %d of the %d sectors", len(have), len(have)+len(missing))}
	})
	defineMeasure("council.mainstream-sectors", "number of distinct mainstream-category sectors seated on the council (Qayyum et al. 2012's mainstream organizations)", func(c *Context, _ string) Observation {
		var sectors, members []string
		c.seatedOn(c.council, func(p *mPartner, _ network.Role) {
			if p.category == network.CategoryMainstream {
				if !contains(sectors, p.sector) {
					sectors = append(sectors, p.sector)
				}
				members = append(members, p.id)
			}
		})
		o := Observation{Value: float64(len(sectors)), Known: true}
		if c.quiet {
			return o
		}
		sectors = sortedSet(sectors)
		for _, s := range c.m.tax.SectorsIn(network.CategoryMainstream) {
			if !contains(sectors, s) {
				o.Missing = append(o.Missing, s)
			}
		}
		o.Have = sortedSet(members)
		o.Text = fmt.Sprintf("the council seats %s in %s (%s)", count(len(members), "mainstream organization"), count(len(sectors), "sector"), list(sectors))
		if len(members) == 0 {
			o.Text = "the council seats no mainstream organization"
		}
		return o
	})
	defineMeasure("council.category:", "number of partners of the given category seated on the council, e.g. council.category:economic", func(c *Context, cat string) Observation {
		return councilCount(c, cat, func(p *mPartner) bool { return p.category == cat })
	})
	defineMeasure("council.sector:", "number of partners of the given sector seated on the council, e.g. council.sector:employment", func(c *Context, s string) Observation {
		return councilCount(c, s, func(p *mPartner) bool { return p.sector == s })
	})
	defineMeasure("council.iqv", "index of qualitative variation (Blau's index over its maximum 1 − 1/K, K = the taxonomy's categories) of the seated council members' categories; unknown for an empty or missing council", councilIQV)
	defineMeasure("council.newcomer-voice", "1 if newcomers or ethnocultural organizations sit on the council or the profile records a newcomer consultation mechanism, 0 if neither (unknown when nobody sits and the consultation is not recorded)", newcomerVoice)
}

func contains(sorted []string, s string) bool {
	for _, x := range sorted {
		if x == s {
			return true
		}
	}
	return false
}

func councilCategories(c *Context, _ string) Observation {
	counts := c.catCounts(c.council)
	k := 0
	for _, n := range counts {
		if n > 0 {
			k++
		}
	}
	o := Observation{Value: float64(k), Known: true}
	if c.quiet {
		return o
	}
	for i, cat := range c.m.cats {
		if counts[i] > 0 {
			o.Have = append(o.Have, cat)
		} else {
			o.Missing = append(o.Missing, cat)
		}
	}
	o.Text = fmt.Sprintf("the council seats %d of the %d sector categories (%s)", k, len(c.m.cats), list(o.Have))
	if len(o.Missing) > 0 {
		o.Text += "; missing " + list(o.Missing)
		o.Next = "next step: seats for " + list(o.Missing) + " stakeholders"
	}
	return o
}

// catCounts counts the partners seated on body b (every role but staff) by
// category index; nil for b < 0.
func (c *Context) catCounts(b int) []int {
	counts := make([]int, len(c.m.cats))
	if b < 0 {
		return counts
	}
	for _, x := range c.m.bodies[b].members {
		if p := &c.m.partners[x.p]; seated(x.role) && p.cat >= 0 {
			counts[p.cat]++
		}
	}
	return counts
}

// iqv is the index of qualitative variation of category counts over K =
// len(counts) categories: (1 − Σ (n_c/n)²) / (1 − 1/K), as metrics.IQV
// computes it from labels (iqv_test.go checks the two agree). NaN for no
// members or K < 2.
func iqv(counts []int) float64 {
	n := 0
	for _, x := range counts {
		n += x
	}
	k := len(counts)
	if n == 0 || k < 2 {
		return math.NaN()
	}
	s := 0.0
	for _, x := range counts {
		p := float64(x) / float64(n)
		s += p * p
	}
	return (1 - s) / (1 - 1/float64(k))
}

func councilCount(c *Context, what string, keep func(*mPartner) bool) Observation {
	if c.quiet {
		k := 0
		c.seatedOn(c.council, func(p *mPartner, _ network.Role) {
			if keep(p) {
				k++
			}
		})
		return Observation{Value: float64(k), Known: true}
	}
	var ids []string
	c.seatedOn(c.council, func(p *mPartner, _ network.Role) {
		if keep(p) {
			ids = append(ids, p.id)
		}
	})
	o := Observation{Value: float64(len(ids)), Known: true, Have: sortedSet(ids)}
	if c.quiet {
		return o
	}
	switch len(ids) {
	case 0:
		o.Missing = []string{what}
		o.Text = "the council seats no " + what + " partner"
		o.Next = "next step: a seat for " + invitePhrase(what)
	default:
		o.Text = fmt.Sprintf("the council seats %s (%s)", count(len(ids), what+" partner"), list(c.partnerNames(ids)))
	}
	return o
}

func councilIQV(c *Context, _ string) Observation {
	counts := c.catCounts(c.council)
	v := iqv(counts)
	if math.IsNaN(v) {
		return Observation{Known: false, Text: "the council has no seated members to measure"}
	}
	o := Observation{Value: v, Known: true}
	if c.quiet {
		return o
	}
	n := 0
	for i, cat := range c.m.cats {
		if counts[i] > 0 {
			o.Have = append(o.Have, fmt.Sprintf("%s %d", cat, counts[i]))
			n += counts[i]
		}
	}
	o.Text = fmt.Sprintf("the council's category diversity (IQV) is %.2f over %s (%s)", v, count(n, "member"), list(o.Have))
	return o
}

func newcomerVoice(c *Context, _ string) Observation {
	var ids []string
	c.seatedOn(c.council, func(p *mPartner, _ network.Role) {
		if p.sector == "newcomer" || p.sector == "ethnocultural" {
			ids = append(ids, p.id)
		}
	})
	ids = sortedSet(ids)
	consult := network.AnswerUnknown
	if c.m.hasProfile {
		consult = c.m.profile.NewcomerConsultation
	}
	words := c.partnerNames(ids)
	if consult == network.AnswerYes {
		ids = append(ids, "newcomer-consultation")
		words = append(words, "a newcomer consultation mechanism")
	}
	switch {
	case len(ids) > 0:
		return Observation{Value: 1, Known: true, Have: ids,
			Text: c.sprintf("newcomers have a voice through %s", list(words))}
	case consult == network.AnswerNo:
		return Observation{Value: 0, Known: true, Missing: []string{"newcomer", "ethnocultural", "newcomer-consultation"},
			Text: "no newcomer or ethnocultural organization sits on the council and there is no newcomer consultation",
			Next: "next step: a seat for newcomers or a way to consult them"}
	}
	return Observation{Known: false, Missing: []string{"newcomer", "ethnocultural"},
		Text: "no newcomer or ethnocultural organization sits on the council and the profile does not say whether newcomers are consulted"}
}
