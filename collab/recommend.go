package collab

import (
	"slices"

	"github.com/lipgraph/lipgraph/network"
)

// Recommendation is one change of a scorecard's list, with the overall
// score the partnership would reach once it and every earlier change are
// made, and the criteria whose score it raises.
type Recommendation struct {
	Change
	ScoreAfter float64
	// Criteria are the IDs of the criteria whose score the change raises
	// (made after the earlier recommendations), in scorecard order.
	Criteria []string
}

// recommend finds up to limit changes (greedy), then lists them in the
// order the work happens (order) with the score reached after each and the
// criteria each raises.
func recommend(m *model, crit []Criterion, sc *Scorecard, limit int) []Recommendation {
	chosen := greedy(m, crit, sc.raw, limit)
	if len(chosen) == 0 {
		return nil
	}
	chosen = order(chosen)
	out := make([]Recommendation, len(chosen))
	cur, before := m, scores(m, crit)
	for i, ch := range chosen {
		v := cur.clone()
		ch.applyTo(v)
		after := scores(v, crit)
		r := Recommendation{Change: ch}
		var t tally
		for k := range crit {
			t.add(crit[k].Weight, after[k])
			if after[k].Status != AsContext && after[k].Score > before[k].Score+1e-9 {
				r.Criteria = append(r.Criteria, crit[k].ID)
			}
		}
		r.ScoreAfter = round1(t.overall())
		out[i] = r
		cur, before = v, after
	}
	return out
}

// scores judges every criterion on a model, quietly.
func scores(m *model, crit []Criterion) []Result {
	c := newContext(m)
	c.quiet = true
	out := make([]Result, len(crit))
	for i := range crit {
		if crit[i].Context || crit[i].Weight == 0 {
			out[i] = Result{Status: AsContext} // never counts: not judged
			continue
		}
		out[i] = crit[i].Judge(c)
	}
	return out
}

// greedy finds up to limit changes: at each step it applies every
// candidate change (candidates, recomputed on the current variant) to a
// copy, re-scores it, and keeps the one that raises the overall score most;
// ties go to the earlier candidate (candidates lists them in a fixed
// order). It stops when no candidate raises the score by more than 1e-9.
//
// Greedy is not optimal in general; recommend_test.go compares it with an
// exhaustive search over the same candidates on the samples and small
// cases. Combined moves (the city onto every working group it needs for a
// majority) are single candidates, so greedy does not have to see a gain
// from each step alone.
func greedy(m *model, crit []Criterion, base float64, limit int) []Change {
	var out []Change
	cur := m
	for range limit {
		best, bestScore := -1, base
		cands := candidatesQ(cur, true)
		var bestModel *model
		for i := range cands {
			v := cur.clone()
			cands[i].applyTo(v)
			if s := overall(v, crit); s > bestScore+1e-9 {
				best, bestScore, bestModel = i, s, v
			}
		}
		if best < 0 {
			break
		}
		out = append(out, candidates(cur)[best]) // the same list, with its sentences
		cur, base = bestModel, bestScore
	}
	return out
}

// applyTo makes the change on a model (a clone) and records its edits.
func (ch *Change) applyTo(m *model) {
	apply(modelEditor{m}, ch.Edits)
	m.edits = append(m.edits, ch.Edits...)
}

// phase is where a change falls in the order the work happens: the
// development stages first (terms of reference, research, strategy, the
// municipal council, the action plan, implementation: IRCC presentation,
// 2018; Burr 2011), then the changes that serve Qayyum et al.'s four best
// practices, then everything else.
func (ch *Change) phase() int {
	if ch.Kind == KindPlan {
		first := stageOrder[ch.Target]
		for _, e := range ch.Edits {
			if o, ok := stageOrder[e.Field]; ok && e.Op == SetAnswer {
				first = min(first, o)
			}
		}
		return first
	}
	if ch.bestPractice {
		return 10
	}
	return 20
}

// stageOrder ranks the plan facts in the order the work happens.
var stageOrder = map[string]int{
	"terms_of_reference": 0, "needs_assessment": 1, "newcomer_consultation": 2, "strategic_plan": 3,
	"presented_to_council": 4, "endorsed_by_council": 5, "action_plan_year": 6, "implementation": 7,
}

// order sorts changes by phase, keeping the greedy order within a phase
// and never moving a change ahead of one that adds a partner or body it
// uses.
func order(chs []Change) []Change {
	chs = slices.Clone(chs)
	for i := 1; i < len(chs); i++ {
		for j := i; j > 0 && chs[j].phase() < chs[j-1].phase() && !chs[j].uses(&chs[j-1]); j-- {
			chs[j], chs[j-1] = chs[j-1], chs[j]
		}
	}
	return chs
}

// uses reports whether ch sets a role on a partner or body that prev adds.
func (ch *Change) uses(prev *Change) bool {
	for _, a := range prev.Edits {
		if a.Op != AddPartner && a.Op != AddBody {
			continue
		}
		for _, e := range ch.Edits {
			if e.Op == SetRole && ((a.Op == AddPartner && e.Partner == a.Partner) || (a.Op == AddBody && e.Body == a.Body)) {
				return true
			}
		}
	}
	return false
}

// themeSectors are the sectors that fit a working group's theme: who is
// asked to join a group on it, or to found one.
var themeSectors = map[string][]string{
	"employment":        {"employment", "settlement", "education"},
	"language-training": {"language-training", "education", "library"},
	"social-inclusion":  {"ethnocultural", "faith", "community", "newcomer", "library", "police"},
	"settlement":        {"settlement", "social-services", "housing", "newcomer"},
	"health":            {"health", "social-services"},
	"youth":             {"education", "community", "library", "police"},
	"housing":           {"housing", "social-services", "settlement"},
	"education":         {"education", "language-training", "library"},
}

// fits reports whether a partner's sector fits a theme; a theme not in
// themeSectors fits every sector.
func fits(theme, sector string) bool {
	s, ok := themeSectors[normalTheme(theme)]
	return !ok || slices.Contains(s, sector)
}

// withPartnership stamps the partnership on changes.
func withPartnership(m *model, out []Change) []Change {
	for i := range out {
		out[i].Partnership = m.partnership
	}
	return out
}

// partnerChange fills a change's partner and body names from its SetRole
// and AddPartner edits.
func (ch Change) named(m *model) Change {
	for _, e := range ch.Edits {
		switch e.Op {
		case AddPartner:
			ch.Partners, ch.PartnerNames = appendNew(ch.Partners, ch.PartnerNames, e.Partner, e.Name)
		case AddBody:
			ch.Bodies, ch.BodyNames = appendNew(ch.Bodies, ch.BodyNames, e.Body, e.Name)
		case SetRole:
			name := e.Partner
			if p := m.partner(e.Partner); p >= 0 {
				name = m.partners[p].label()
			}
			ch.Partners, ch.PartnerNames = appendNew(ch.Partners, ch.PartnerNames, e.Partner, name)
			bname := e.Body
			if b := m.body(e.Body); b >= 0 {
				bname = m.bodies[b].label()
			}
			ch.Bodies, ch.BodyNames = appendNew(ch.Bodies, ch.BodyNames, e.Body, bname)
		}
	}
	return ch
}

func appendNew(ids, names []string, id, name string) ([]string, []string) {
	if slices.Contains(ids, id) {
		return ids, names
	}
	if name == "" {
		name = id
	}
	return append(ids, id), append(names, name)
}

// roleEdit is a SetRole edit.
func roleEdit(partner, body string, role network.Role) Edit {
	return Edit{Op: SetRole, Partner: partner, Body: body, Role: role}
}
