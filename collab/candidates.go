package collab

import (
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// candidates lists the concrete changes that could raise a score, in a
// fixed order: the next plan steps (each only once the step before it is
// done), council seats by sector category, the city onto the working groups
// it needs for a majority, a municipal observer to a full seat, a working
// group when there is none, chair seats handed over, fitting members for
// working groups that mix no categories, a secretariat from the lead
// organization. Each is within the LIP's reach: government partners are
// invited to name a representative, never "recruited".
func candidates(m *model) []Change { return candidatesQ(m, false) }

// candidatesQ is candidates; quiet leaves out the sentences and names,
// which only the chosen change needs (greedy asks again for it).
func candidatesQ(m *model, quiet bool) []Change {
	c := newContext(m)
	c.quiet = quiet
	var out []Change
	out = append(out, planSteps(c)...)
	out = append(out, councilSeats(c)...)
	out = append(out, cityMoves(c)...)
	out = append(out, leadershipMoves(c)...)
	out = append(out, groupMoves(c)...)
	out = append(out, secretariatMove(c)...)
	if !quiet {
		for i := range out {
			out[i] = out[i].named(m)
		}
	}
	return withPartnership(m, out)
}

// planStep is one step of the plan work: the profile answers it sets, what
// it needs done first, and its sentence and the next step's hint.
type planStep struct {
	field  string
	answer network.Answer // the step's answer now
	needs  string         // the field of the step it follows ("" for none)
	edits  []Edit
	text   string
	next   string // the next step, appended when this step ends a change
}

// planSteps are the plan steps answered "no", in the order the work
// happens (stageOrder). A step whose earlier step is also answered "no" is
// offered as one change with it (a needs assessment, then the strategy):
// neither alone may move the score, and the work comes in that order. A
// step whose earlier step is unknown is not offered.
func planSteps(c *Context) []Change {
	m := c.m
	if !m.hasProfile {
		return nil
	}
	p := m.profile
	council := municipalCouncil(m)
	yes := func(field string) []Edit { return []Edit{{Op: SetAnswer, Field: field, Value: "yes"}} }
	plan, _ := actionPlan(p, m.asOf)
	steps := []planStep{
		{field: "terms_of_reference", answer: p.TermsOfReference, edits: yes("terms_of_reference"),
			text: "Adopt terms of reference for the council, setting out members' roles"},
		{field: "needs_assessment", answer: p.NeedsAssessment, edits: yes("needs_assessment"),
			text: "Conduct a needs assessment of the community, including newcomers who have never used settlement services", next: "then adopt a local settlement strategy"},
		{field: "newcomer_consultation", answer: p.NewcomerConsultation, edits: yes("newcomer_consultation"),
			text: "Set up a way to consult newcomers and people of the host community on needs, gaps and solutions"},
		{field: "strategic_plan", answer: p.StrategicPlan, needs: "needs_assessment", edits: yes("strategic_plan"),
			text: "Adopt a local settlement strategy (a strategic plan over three years) with key priorities for action", next: "then present it to the " + council},
		{field: "presented_to_council", answer: p.PresentedToCouncil, needs: "strategic_plan",
			edits: []Edit{{Op: SetAnswer, Field: "presented_to_council", Value: "yes"}, {Op: SetAnswer, Field: "endorsed_by_council", Value: "yes"}},
			text:  "Present the plan to the " + council + " and ask it to endorse the plan"},
		{field: "endorsed_by_council", answer: endorsedStep(p), needs: "presented_to_council", edits: yes("endorsed_by_council"),
			text: "Ask the " + council + " again to endorse the plan it has seen"},
	}
	if !m.asOf.IsZero() {
		y := fiscalYear(m.asOf)
		steps = append(steps, planStep{field: "action_plan_year", answer: plan, needs: "strategic_plan",
			edits: []Edit{{Op: SetAnswer, Field: "action_plan_year", Value: strconv.Itoa(y)}},
			text:  c.sprintf("Adopt the annual action plan for fiscal year %d-%02d, with specific, measurable, time-bound activities naming partners and funders", y, (y+1)%100),
			next:  "then implement it"})
	}
	steps = append(steps, planStep{field: "implementation", answer: implStep(p, plan), needs: "action_plan_year",
		edits: []Edit{{Op: SetAnswer, Field: "implementation", Value: "in-progress"}},
		text:  "Start implementing the action plan through its member organizations, the secretariat acting as catalyst"})
	if c.council < 0 {
		steps = steps[1:] // terms of reference are the council's
	}
	byField := map[string]*planStep{}
	for i := range steps {
		byField[steps[i].field] = &steps[i]
	}
	// answerOf is a step's answer; a step the list does not hold (the
	// action plan without a date judged) counts as done when the profile
	// records a plan, unknown otherwise.
	answerOf := func(field string) network.Answer {
		if s, ok := byField[field]; ok {
			return s.answer
		}
		if field == "action_plan_year" && plan == network.AnswerYes {
			return network.AnswerYes
		}
		return network.AnswerUnknown
	}
	var out []Change
	for _, st := range steps {
		if st.answer != network.AnswerNo {
			continue
		}
		chain := []planStep{st}
		ok := true
		for need := st.needs; need != "" && ok; {
			switch answerOf(need) {
			case network.AnswerYes:
				need = ""
			case network.AnswerNo:
				prev := byField[need]
				chain = append([]planStep{*prev}, chain...)
				need = prev.needs
			default:
				ok = false
			}
		}
		if !ok {
			continue
		}
		var texts []string
		var edits []Edit
		bp := false
		for i, x := range chain {
			t := x.text
			if i > 0 {
				t = "then " + strings.ToLower(t[:1]) + t[1:]
			}
			texts = append(texts, t)
			edits = append(edits, x.edits...)
			bp = bp || x.field == "presented_to_council" || x.field == "endorsed_by_council"
		}
		if st.next != "" {
			texts = append(texts, st.next)
		}
		out = append(out, Change{Kind: KindPlan, Target: st.field, Edits: edits, Text: strings.Join(texts, "; "), bestPractice: bp})
	}
	return out
}

// endorsedStep is the answer of the endorsement step on its own: no when
// the plan was presented and not endorsed; yes when endorsed; unknown
// otherwise (not presented: the presentation step covers it).
func endorsedStep(p network.Profile) network.Answer {
	switch {
	case p.EndorsedByCouncil == network.AnswerYes:
		return network.AnswerYes
	case p.PresentedToCouncil == network.AnswerYes && p.EndorsedByCouncil == network.AnswerNo:
		return network.AnswerNo
	}
	return network.AnswerUnknown
}

// implStep is the answer of the implementation step: no when it has not
// started.
func implStep(p network.Profile, plan network.Answer) network.Answer {
	switch p.Implementation {
	case "none":
		return network.AnswerNo
	case "in-progress", "complete":
		return network.AnswerYes
	}
	return network.AnswerUnknown
}

// inviteWords says how a new partner of a sector is approached: government
// is invited to name a representative; others are invited to join.
func inviteWords(s network.SectorInfo) string {
	label := s.Label
	if label == "" {
		label = s.Key
	}
	switch s.Level {
	case network.Municipal:
		return "Invite the municipality to name a representative to the council"
	case network.Provincial:
		return "Invite the provincial government to name a representative to the council"
	case network.Federal:
		return "Invite the federal government to name a representative to the council"
	}
	if p, ok := sectorPhrase[s.Key]; ok {
		return "Invite " + p + " to join the council"
	}
	return "Invite " + article(label) + " " + label + " organization to join the council"
}

// invitePhrase names a partner of a sector or category to invite, for a
// sentence: "an employer or employment body", "the provincial government".
func invitePhrase(what string) string {
	switch what {
	case "provincial", "federal":
		return "the " + what + " government to take part"
	case "knowledge":
		return "a research, academic or umbrella organization"
	}
	if p, ok := sectorPhrase[what]; ok {
		return p
	}
	return article(what) + " " + what + " partner"
}

// sectorPhrase names a new partner of a built-in sector in a sentence.
var sectorPhrase = map[string]string{
	"settlement": "a settlement agency", "language-training": "a language training provider",
	"education": "a school board or college", "health": "a health provider", "library": "the public library",
	"police": "the police service", "housing": "a housing provider", "legal": "a legal clinic",
	"social-services": "a social services agency", "employment": "an employer or employment body",
	"research": "a research or academic organization", "umbrella": "an umbrella organization",
	"ethnocultural": "an ethnocultural association", "faith": "a faith organization",
	"community": "a community organization", "newcomer": "a newcomer residents' group", "media": "a local media outlet",
}

// article returns "an" before a vowel, "a" otherwise.
func article(s string) string {
	if s != "" && slices.Contains([]byte("aeiouAEIOU"), s[0]) {
		return "an"
	}
	return "a"
}

// councilSeats proposes a seat for each sector category the council lacks
// (best practice 1; a mainstream organization is best practice 2), and
// for a newcomer or ethnocultural organization when newcomers have no
// voice: an existing partner of the partnership first (the most active),
// else a new one invited. Categories that only context items ask for
// (media) come last.
func councilSeats(c *Context) []Change {
	m := c.m
	if c.council < 0 {
		return nil
	}
	council := &m.bodies[c.council]
	counts := c.catCounts(c.council)
	var out []Change
	seat := func(keep func(*mPartner) bool, sector network.SectorInfo, why string, bp bool) {
		if p := mostActive(m, func(p *mPartner) bool { return keep(p) && !c.isSeated(c.council, p) }); p >= 0 {
			out = append(out, Change{Kind: KindSeat, Target: m.partners[p].sector, bestPractice: bp,
				Edits: []Edit{roleEdit(m.partners[p].id, council.id, network.RoleMember)},
				Text:  c.sprintf("Invite %s to join %s, %s", m.partners[p].label(), council.label(), why)})
			return
		}
		id := freshID(m, prefix(m)+"new-"+sector.Key)
		name := "new " + sector.Key + " partner"
		out = append(out, Change{Kind: KindRecruit, Target: sector.Key, bestPractice: bp,
			Edits: []Edit{{Op: AddPartner, Partner: id, Name: name, Sector: sector.Key}, roleEdit(id, council.id, network.RoleMember)},
			Text:  c.sprintf("%s, %s", inviteWords(sector), why)})
	}
	for i, cat := range m.cats {
		if counts[i] > 0 {
			continue
		}
		secs := m.tax.SectorsIn(cat)
		if len(secs) == 0 {
			continue
		}
		first := secs[0]
		if cat == network.CategoryGovernment {
			first = "municipal" // the municipality before other governments (Burstein et al. 2012)
			if _, ok := m.tax.Lookup(first); !ok {
				first = secs[0]
			}
		}
		info, _ := m.tax.Lookup(first)
		why := "so that the council represents " + cat + " stakeholders"
		if cat == network.CategoryMainstream {
			why = "so that mainstream organizations have representation on the council"
		}
		seat(func(p *mPartner) bool { return p.category == cat }, info, why, true)
	}
	// A scored national item no category seat covers: provincial partners
	// (about two-thirds of LIPs include them).
	if info, ok := m.tax.Lookup("provincial"); ok && c.presentCount("provincial", false) == 0 {
		seat(func(p *mPartner) bool { return p.sector == "provincial" }, info, "as about two-thirds of LIPs include provincial partners", false)
	}
	if o := newcomerVoice(&Context{m: m, council: c.council, quiet: true}, ""); o.Known && o.Value == 0 || !o.Known {
		if info, ok := m.tax.Lookup("newcomer"); ok {
			seat(func(p *mPartner) bool { return p.sector == "newcomer" || p.sector == "ethnocultural" }, info, "so that newcomers have a voice at the table", false)
		}
	}
	return out
}

// isSeated reports whether partner p is seated on body b.
func (c *Context) isSeated(b int, p *mPartner) bool {
	for _, x := range c.m.bodies[b].members {
		if &c.m.partners[x.p] == p && seated(x.role) {
			return true
		}
	}
	return false
}

// cityMoves: the municipal partner onto as many working groups as a
// majority needs, as one change (best practice 3), and a municipal
// observer on the council to a full seat.
func cityMoves(c *Context) []Change {
	m := c.m
	var out []Change
	city := mostActive(m, func(p *mPartner) bool { return p.level == network.Municipal })
	if city < 0 {
		return nil
	}
	cp := &m.partners[city]
	have, missing := municipalWGs(c)
	w := len(have) + len(missing)
	if need := w/2 + 1 - len(have); w > 0 && need > 0 && need <= len(missing) {
		var edits []Edit
		for _, id := range missing[:need] {
			edits = append(edits, roleEdit(cp.id, id, network.RoleMember))
		}
		text := c.sprintf("Ask %s to take a seat on %s, so that the city takes part in a majority of the working groups (%d of %d)",
			cp.label(), list(c.bodyNames(missing[:need])), len(have)+need, w)
		out = append(out, Change{Kind: KindJoin, Target: missing[0], Edits: edits, Text: text, bestPractice: true})
	}
	if c.council >= 0 {
		for _, x := range m.bodies[c.council].members {
			if p := &m.partners[x.p]; x.role == network.RoleObserver && p.level == network.Municipal {
				out = append(out, Change{Kind: KindFullSeat, Target: m.bodies[c.council].id,
					Edits: []Edit{roleEdit(p.id, m.bodies[c.council].id, network.RoleMember)},
					Text:  c.sprintf("Make %s a full member of %s rather than an observer", p.label(), m.bodies[c.council].label())})
			}
		}
	}
	return out
}

// leadershipMoves: when one organization holds more than half of the
// chair seats, hand over the chairs of as many tables as it takes (working
// groups first, the council last) to another member of each, as one
// change.
func leadershipMoves(c *Context) []Change {
	m := c.m
	seats, total, _ := c.chairSeats()
	if total < 2 {
		return nil
	}
	top := 0
	for i := range seats {
		if seats[i] > seats[top] {
			top = i
		}
	}
	held := seats[top]
	if 2*held <= total {
		return nil
	}
	active := make([]int, len(m.partners))
	for _, bb := range m.bodies {
		for _, x := range bb.members {
			active[x.p]++
		}
	}
	var edits []Edit
	var tables []string
	bodies := slices.Clone(c.workingGroups())
	for i := range m.bodies {
		if k := m.bodies[i].kind; k != network.WorkingGroup && k != network.Secretariat {
			bodies = append(bodies, i)
		}
	}
	for _, b := range bodies {
		if 2*held <= total {
			break
		}
		var chairRole network.Role
		isChair := false
		for _, x := range m.bodies[b].members {
			if int(x.p) == top && x.role.IsChair() {
				isChair, chairRole = true, x.role
			}
		}
		if !isChair {
			continue
		}
		// Another full member of the body takes the chair: one that chairs
		// fewest tables (counting those handed over in this change), then
		// the most active, then the smaller ID.
		cand := -1
		better := func(p int) bool {
			if cand < 0 {
				return true
			}
			if seats[p] != seats[cand] {
				return seats[p] < seats[cand]
			}
			if active[p] != active[cand] {
				return active[p] > active[cand]
			}
			return m.partners[p].id < m.partners[cand].id
		}
		for _, x := range m.bodies[b].members {
			if int(x.p) == top || !full(x.role) || x.role.IsChair() {
				continue
			}
			if better(int(x.p)) {
				cand = int(x.p)
			}
		}
		if cand < 0 {
			continue
		}
		seats[cand]++
		edits = append(edits, roleEdit(m.partners[cand].id, m.bodies[b].id, chairRole), roleEdit(m.partners[top].id, m.bodies[b].id, network.RoleMember))
		tables = append(tables, c.sprintf("%s to %s", m.bodies[b].label(), m.partners[cand].label()))
		held--
	}
	if len(edits) == 0 {
		return nil
	}
	return []Change{{Kind: KindChairs, Target: m.partners[top].id, Edits: edits,
		Text: c.sprintf("Share leadership: %s hands the chair of %s", m.partners[top].label(), list(tables))}}
}

// groupMoves: a first working group when there is none (on the common
// theme with the most fitting partners, with the city and those partners,
// so that the city takes part in it), and a fitting member for each working
// group whose members are all of one category.
func groupMoves(c *Context) []Change {
	m := c.m
	var out []Change
	wgs := c.workingGroups()
	city := mostActive(m, func(p *mPartner) bool { return p.level == network.Municipal })
	if len(wgs) == 0 && len(m.partners) > 0 {
		bestTheme, bestN := "", 0
		for _, t := range CommonThemes {
			n := 0
			for i := range m.partners {
				if slices.Contains(themeSectors[t], m.partners[i].sector) {
					n++
				}
			}
			if n > bestN {
				bestTheme, bestN = t, n
			}
		}
		if bestTheme != "" {
			id := freshID(m, prefix(m)+"wg-"+bestTheme)
			name := "Working group on " + themeWords(bestTheme)
			edits := []Edit{{Op: AddBody, Body: id, Name: name, Kind: network.WorkingGroup, Theme: bestTheme}}
			var who []string
			fitting := topFitting(m, bestTheme, 3)
			seats, _, _ := c.chairSeats()
			chair := -1 // the fitting partner chairing fewest tables chairs the new group
			for _, p := range fitting {
				if chair < 0 || seats[p] < seats[chair] {
					chair = p
				}
			}
			for _, p := range fitting {
				role := network.RoleMember
				if p == chair {
					role = network.RoleChair
				}
				edits = append(edits, roleEdit(m.partners[p].id, id, role))
				who = append(who, m.partners[p].label())
			}
			if city >= 0 {
				edits = append(edits, roleEdit(m.partners[city].id, id, network.RoleMember))
				who = append(who, m.partners[city].label())
			}
			out = append(out, Change{Kind: KindFormGroup, Target: bestTheme, Edits: edits, bestPractice: city >= 0,
				Text: c.sprintf("Form a working group on %s with %s", themeWords(bestTheme), list(who))})
		}
	}
	for _, b := range wgs {
		if v := iqv(c.catCounts(b)); !math.IsNaN(v) && v >= DiverseIQV-eps {
			continue
		}
		body := &m.bodies[b]
		cats := c.catCounts(b)
		p := mostActive(m, func(p *mPartner) bool {
			return fits(body.theme, p.sector) && p.cat >= 0 && cats[p.cat] == 0 && !c.isSeated(b, p)
		})
		if p < 0 {
			continue
		}
		out = append(out, Change{Kind: KindAddMainstream, Target: body.id,
			Edits: []Edit{roleEdit(m.partners[p].id, body.id, network.RoleMember)},
			Text:  c.sprintf("Invite %s to join %s, bringing a %s voice to a table of one kind of organization", m.partners[p].label(), body.label(), m.partners[p].category)})
	}
	return out
}

// topFitting returns up to k partners of sectors fitting a theme, most
// active first.
func topFitting(m *model, theme string, k int) []int {
	var out []int
	for len(out) < k {
		p := mostActive(m, func(p *mPartner) bool {
			if !slices.Contains(themeSectors[theme], p.sector) || p.level == network.Municipal {
				return false
			}
			for _, q := range out {
				if &m.partners[q] == p {
					return false
				}
			}
			return true
		})
		if p < 0 {
			break
		}
		out = append(out, p)
	}
	return out
}

// themeWords spells a theme key for a sentence: "language-training" →
// "language training".
func themeWords(t string) string {
	b := []byte(t)
	for i := range b {
		if b[i] == '-' {
			b[i] = ' '
		}
	}
	return string(b)
}

// secretariatMove: a secretariat staffed by the lead organization (the
// municipality when lead = municipal, the most active settlement provider
// when lead = settlement, else the most active partner).
func secretariatMove(c *Context) []Change {
	m := c.m
	for _, b := range m.bodies {
		if b.kind == network.Secretariat && len(b.members) > 0 {
			return nil
		}
	}
	var keep func(*mPartner) bool
	why := "as lead organization"
	if m.hasProfile {
		switch m.profile.Lead {
		case "municipal":
			keep = func(p *mPartner) bool { return p.level == network.Municipal }
		case "settlement":
			keep = func(p *mPartner) bool { return p.category == network.CategorySettlement }
		}
	}
	p := -1
	if keep != nil {
		p = mostActive(m, keep)
	}
	if p < 0 && c.council >= 0 { // lead not known: the council's chair
		why = "which chairs the council,"
		for _, x := range m.bodies[c.council].members {
			if x.role == network.RoleChair || (p < 0 && x.role == network.RoleCoChair) {
				p = int(x.p)
			}
		}
	}
	if p < 0 {
		why = "the most active partner,"
		p = mostActive(m, func(*mPartner) bool { return true })
	}
	if p < 0 {
		return nil
	}
	id, name, add := "", "Secretariat", true
	for _, b := range m.bodies {
		if b.kind == network.Secretariat {
			id, name, add = b.id, b.label(), false
			break
		}
	}
	var edits []Edit
	if add {
		id = freshID(m, prefix(m)+"secretariat")
		edits = append(edits, Edit{Op: AddBody, Body: id, Name: name, Kind: network.Secretariat})
	}
	edits = append(edits, roleEdit(m.partners[p].id, id, network.RoleStaff))
	return []Change{{Kind: KindFormSecretariat, Target: id, Edits: edits,
		Text: c.sprintf("Have %s, %s staff a secretariat to coordinate the partnership's work", m.partners[p].label(), strings.TrimSuffix(why, ",")+",")}}
}

// prefix returns "name-" for a named partnership, "" otherwise.
func prefix(m *model) string {
	if m.partnership == "" {
		return ""
	}
	return m.partnership + "-"
}
