package collab

import (
	"fmt"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// Recommendation is one change of a scorecard's list, with the overall
// score the partnership would reach once it and every earlier change are
// made.
type Recommendation struct {
	Change
	ScoreAfter float64
}

// recommend finds up to limit changes greedily: at each step it applies
// every candidate change (candidates) to a copy of the current variant,
// re-scores it, and keeps the one that raises the overall score most; ties
// go to the earlier candidate (candidates lists them in a fixed order). It
// stops when no candidate raises the score by more than 1e-9.
//
// Greedy is not optimal in general; recommend_test.go compares it with an
// exhaustive search over the same candidates on the samples and small
// cases.
func recommend(m *model, crit []Criterion, base float64, limit int) []Recommendation {
	var out []Recommendation
	cur := m
	for range limit {
		best, bestScore := -1, base
		cands := candidates(cur)
		var bestModel *model
		for i := range cands {
			v := cur.clone()
			cands[i].apply(v)
			if s := overall(v, crit); s > bestScore+1e-9 {
				best, bestScore, bestModel = i, s, v
			}
		}
		if best < 0 {
			break
		}
		out = append(out, Recommendation{Change: cands[best], ScoreAfter: round1(bestScore)})
		cur, base = bestModel, bestScore
	}
	return out
}

// candidates lists the concrete changes that could raise a score, in a fixed
// order: plan facts, council seats by sector (existing partners first, then
// recruits), the municipal partner in working groups, observers to full
// seats, mainstream members for working groups without one, new working
// groups on missing common themes (founded by the council chairs), a
// secretariat.
func candidates(m *model) []Change {
	var out []Change
	c := newContext(m)

	// Plan facts answered "no".
	if m.hasProfile {
		p := m.profile
		for _, f := range []struct {
			field string
			a     network.Answer
			text  string
		}{
			{"endorsed_by_council", p.EndorsedByCouncil, "Present the plan to city council and obtain its endorsement"},
			{"terms_of_reference", p.TermsOfReference, "Adopt terms of reference for the council"},
			{"needs_assessment", p.NeedsAssessment, "Conduct a needs assessment"},
			{"strategic_plan", p.StrategicPlan, "Complete a strategic plan"},
			{"newcomer_consultation", p.NewcomerConsultation, "Set up a mechanism to consult newcomers"},
		} {
			if f.a == network.No || (f.field == "endorsed_by_council" && p.PresentedToCouncil == network.No) {
				out = append(out, Change{Kind: KindPlan, Target: f.field, Field: f.field, Text: f.text})
			}
		}
	}

	// Council seats for sectors the council lacks.
	if c.council >= 0 {
		council := &m.bodies[c.council]
		onCouncil := map[string]bool{}
		c.seatedOn(c.council, func(p *mPartner, _ network.Role) { onCouncil[p.sector] = true })
		for _, s := range m.tax.Sectors() {
			if onCouncil[s.Key] {
				continue
			}
			if p := mostActive(m, func(p *mPartner) bool { return p.sector == s.Key }); p >= 0 {
				out = append(out, Change{Kind: KindSeat, Target: s.Key, Partner: m.partners[p].id, Body: council.id, Role: network.RoleMember,
					Text: fmt.Sprintf("Bring %s onto the council %s so that the %s sector has a seat", m.partners[p].label(), council.id, s.Key)})
				continue
			}
			id := freshID(m, "new-"+s.Key)
			out = append(out, Change{Kind: KindRecruit, Target: s.Key, Partner: id, Sector: s.Key, Body: council.id, Role: network.RoleMember,
				Text: fmt.Sprintf("Recruit a partner of the %s sector%s to the council %s", s.Key, sectorLabel(s), council.id)})
		}
	}

	// The municipal partner in the working groups without it.
	wgs := c.workingGroups()
	if city := mostActive(m, func(p *mPartner) bool { return p.level == network.Municipal }); city >= 0 {
		var without []string
		for _, b := range wgs {
			if f, _ := c.hasLevel(b, network.Municipal); !f {
				without = append(without, m.bodies[b].id)
			}
		}
		for _, b := range wgs {
			if f, _ := c.hasLevel(b, network.Municipal); f {
				continue
			}
			text := fmt.Sprintf("Add %s to the working group %s", m.partners[city].label(), m.bodies[b].label())
			if len(without) > 1 {
				text += fmt.Sprintf(" (one of the %d working groups without the city: %s)", len(without), strings.Join(without, ", "))
			}
			out = append(out, Change{Kind: KindJoin, Target: m.bodies[b].id, Partner: m.partners[city].id, Body: m.bodies[b].id, Role: network.RoleMember, Text: text})
		}
	}

	// Observers to full seats on the council.
	if c.council >= 0 {
		for _, x := range m.bodies[c.council].members {
			if x.role == network.RoleObserver {
				p := &m.partners[x.p]
				out = append(out, Change{Kind: KindFullSeat, Target: m.bodies[c.council].id, Partner: p.id, Body: m.bodies[c.council].id, Role: network.RoleMember,
					Text: fmt.Sprintf("Make %s a full member of the council %s instead of an observer", p.label(), m.bodies[c.council].id)})
			}
		}
	}

	// A mainstream member for working groups without one.
	if ms := mostActive(m, func(p *mPartner) bool { return p.category == network.CategoryMainstream }); ms >= 0 {
		for _, b := range wgs {
			has := false
			c.seatedOn(b, func(p *mPartner, _ network.Role) { has = has || p.category == network.CategoryMainstream })
			if !has {
				out = append(out, Change{Kind: KindAddMainstream, Target: m.bodies[b].id, Partner: m.partners[ms].id, Body: m.bodies[b].id, Role: network.RoleMember,
					Text: fmt.Sprintf("Add the mainstream organization %s to the working group %s", m.partners[ms].label(), m.bodies[b].label())})
			}
		}
	}

	// Working groups on the missing common themes, founded by the council
	// chairs (the city is left out: adding it is a separate change).
	themes := map[string]bool{}
	for _, b := range wgs {
		themes[normalTheme(m.bodies[b].theme)] = true
	}
	var founders []string
	if c.council >= 0 {
		for _, x := range m.bodies[c.council].members {
			if x.role.IsChair() {
				founders = append(founders, m.partners[x.p].id)
			}
		}
	}
	if len(founders) == 0 {
		if p := mostActive(m, func(*mPartner) bool { return true }); p >= 0 {
			founders = append(founders, m.partners[p].id)
		}
	}
	if len(founders) > 0 {
		for _, t := range CommonThemes {
			if themes[t] {
				continue
			}
			id := freshID(m, prefix(m)+"wg-"+t)
			out = append(out, Change{Kind: KindFormGroup, Target: t, Partner: strings.Join(founders, ","), Body: id, Role: network.RoleMember,
				Text: fmt.Sprintf("Form a working group on %s (%s) with %s", t, id, strings.Join(founders, ", "))})
		}
	}

	// A secretariat, staffed by the most active partner.
	hasSec := false
	for _, b := range m.bodies {
		hasSec = hasSec || (b.kind == network.Secretariat && len(b.members) > 0)
	}
	if p := mostActive(m, func(*mPartner) bool { return true }); !hasSec && p >= 0 {
		id := freshID(m, prefix(m)+"secretariat")
		for _, b := range m.bodies {
			if b.kind == network.Secretariat {
				id = b.id
				break
			}
		}
		out = append(out, Change{Kind: KindFormSecretariat, Target: id, Partner: m.partners[p].id, Body: id, Role: network.RoleStaff,
			Text: fmt.Sprintf("Staff a secretariat (%s) with coordinators from %s", id, m.partners[p].label())})
	}
	for i := range out {
		out[i].Partnership = m.partnership
	}
	return out
}

// prefix returns "name-" for a named partnership, "" otherwise.
func prefix(m *model) string {
	if m.partnership == "" {
		return ""
	}
	return m.partnership + "-"
}

// sectorLabel returns " (label)" for a sector whose label differs from its
// key.
func sectorLabel(s network.SectorInfo) string {
	if s.Label != "" && s.Label != s.Key {
		return " (" + s.Label + ")"
	}
	return ""
}
