package collab

import (
	"fmt"
	"slices"

	"github.com/lipgraph/lipgraph/network"
)

// The kinds of Change, as the JSON contract's "kind" spells them.
const (
	KindRecruit         = "recruit"            // invite a new partner of a sector onto the council
	KindSeat            = "seat-on-council"    // bring an existing partner onto the council
	KindJoin            = "join-working-group" // add the municipal partner to one or more working groups
	KindAddMainstream   = "add-mainstream"     // add a member of a missing category, fitting the theme, to a working group of one category
	KindFullSeat        = "full-seat"          // make an observer a full member of a body
	KindFormGroup       = "form-working-group" // form a working group on a missing common theme
	KindFormSecretariat = "form-secretariat"   // staff a secretariat
	KindPlan            = "plan"               // a plan fact of profile.csv changes from no to yes
	KindChairs          = "share-chairs"       // one organization hands the chair of some tables to other members
)

// EditOp says what one Edit does.
type EditOp uint8

// The edits a Change is made of.
const (
	// AddPartner adds partner Partner (named Name) of sector Sector to the
	// change's partnership.
	AddPartner EditOp = iota + 1
	// SetRole makes Partner a member of Body in Role, or changes its role
	// there to Role when it is a member already.
	SetRole
	// AddBody adds body Body (named Name) of kind Kind on theme Theme to the
	// change's partnership.
	AddBody
	// SetAnswer sets the profile.csv column Field of the change's
	// partnership to Value ("yes", or a year for action_plan_year, or a
	// state for implementation), adding a profile row when there is none.
	SetAnswer
)

var editOpNames = [...]string{"", "add-partner", "set-role", "add-body", "set-answer"}

// String returns "add-partner", "set-role", "add-body" or "set-answer".
func (o EditOp) String() string {
	if int(o) < len(editOpNames) {
		return editOpNames[o]
	}
	return ""
}

// Edit is one step of a Change: a record added to the data or an answer
// set. The fields used depend on Op (see the EditOp constants).
type Edit struct {
	Op            EditOp
	Partner, Body string // IDs
	Name, Sector  string // of a partner or body added
	Kind          network.BodyKind
	Theme         string
	Role          network.Role
	Field, Value  string // SetAnswer: the profile.csv column and its new value
}

// Change is one concrete what-if change to a partnership: a short list of
// edits, with the partners and body it concerns named for people.
type Change struct {
	// Kind is one of the Kind constants.
	Kind string
	// Target is the body, sector, theme or plan fact the change concerns.
	Target string
	// Partnership is the partnership the change is for.
	Partnership string
	// Partners are the IDs of the partners who join or change role (a new
	// ID for a partner to invite), PartnerNames their names, in the same
	// order (the ID when a partner has no name).
	Partners, PartnerNames []string
	// Bodies are the IDs of the bodies joined or formed, BodyNames their
	// names, in the same order.
	Bodies, BodyNames []string
	// Edits make the change; Apply applies them to raw data.
	Edits []Edit
	// Text is the change as a sentence, with names rather than IDs.
	Text string

	bestPractice bool // it serves one of Qayyum et al.'s four best practices
}

// editor is where edits land: the scoring model of a what-if variant, or
// raw network.Data. apply is the one applier of both.
type editor interface {
	addPartner(id, name, sector string)
	setRole(partner, body string, role network.Role)
	addBody(id, name string, kind network.BodyKind, theme string)
	setAnswer(field, value string)
}

// apply makes edits on e, in order.
func apply(e editor, edits []Edit) {
	for _, x := range edits {
		switch x.Op {
		case AddPartner:
			e.addPartner(x.Partner, x.Name, x.Sector)
		case SetRole:
			e.setRole(x.Partner, x.Body, x.Role)
		case AddBody:
			e.addBody(x.Body, x.Name, x.Kind, x.Theme)
		case SetAnswer:
			e.setAnswer(x.Field, x.Value)
		}
	}
}

// Apply makes the change on raw data, so that network.New(d, …) gives the
// what-if network the recommendation scored: partners and bodies are added
// in the change's partnership, memberships added or their role changed, a
// profile answer set. d may hold other partnerships too.
func (ch *Change) Apply(d *network.Data) { apply(dataEditor{d, ch.Partnership}, ch.Edits) }

// dataEditor applies edits to network.Data.
type dataEditor struct {
	d   *network.Data
	lip string
}

func (e dataEditor) addPartner(id, name, sector string) {
	e.d.Partners = append(e.d.Partners, network.Partner{ID: id, Name: name, Sector: sector, Partnership: e.lip})
}

func (e dataEditor) setRole(partner, body string, role network.Role) {
	for i := range e.d.Memberships {
		if m := &e.d.Memberships[i]; m.Partner == partner && m.Body == body {
			m.Role = role
			return
		}
	}
	e.d.Memberships = append(e.d.Memberships, network.Membership{Partner: partner, Body: body, Role: role})
}

func (e dataEditor) addBody(id, name string, kind network.BodyKind, theme string) {
	if !slices.ContainsFunc(e.d.Bodies, func(b network.Body) bool { return b.ID == id }) {
		e.d.Bodies = append(e.d.Bodies, network.Body{ID: id, Name: name, Kind: kind, Theme: theme, Partnership: e.lip})
	}
}

func (e dataEditor) setAnswer(field, value string) {
	i := slices.IndexFunc(e.d.Profiles, func(p network.Profile) bool { return p.Partnership == e.lip })
	if i < 0 {
		e.d.Profiles = append(e.d.Profiles, network.Profile{Partnership: e.lip})
		i = len(e.d.Profiles) - 1
	}
	setAnswer(&e.d.Profiles[i], field, value)
}

// modelEditor applies edits to a scoring model (a clone).
type modelEditor struct{ m *model }

func (e modelEditor) addPartner(id, name, sector string) {
	m := e.m
	info, _ := m.tax.Lookup(sector)
	m.addPartner(mPartner{id: id, name: name, sector: sector, category: info.Category, cat: catIndex(m.cats, info.Category), sec: keyIndex(m.keys, sector), level: info.Level})
}

func (e modelEditor) setRole(partner, body string, role network.Role) {
	b, p := e.m.body(body), e.m.partner(partner)
	if b >= 0 && p >= 0 {
		e.m.setMember(b, int32(p), role)
	}
}

func (e modelEditor) addBody(id, name string, kind network.BodyKind, theme string) {
	if e.m.body(id) < 0 {
		e.m.bodies = append(e.m.bodies, mBody{id: id, name: name, kind: kind, theme: theme})
	}
}

func (e modelEditor) setAnswer(field, value string) {
	e.m.hasProfile = true
	e.m.profile.Partnership = e.m.partnership
	setAnswer(&e.m.profile, field, value)
}

// setAnswer sets one profile.csv column. Yes/no columns take "yes" or
// "no"; action_plan_year a year; implementation a state.
func setAnswer(p *network.Profile, field, value string) {
	a := network.AnswerNo
	if value == "yes" {
		a = network.AnswerYes
	}
	switch field {
	case "presented_to_council":
		p.PresentedToCouncil = a
	case "endorsed_by_council":
		p.EndorsedByCouncil = a
	case "terms_of_reference":
		p.TermsOfReference = a
	case "newcomer_consultation":
		p.NewcomerConsultation = a
	case "strategic_plan":
		p.StrategicPlan = a
	case "needs_assessment":
		p.NeedsAssessment = a
	case "action_plan_year":
		var y int
		if _, err := fmt.Sscan(value, &y); err == nil {
			p.ActionPlanYear = y
		}
	case "implementation":
		p.Implementation = value
	}
}

// freshID returns base, or base-2, base-3… if the model already uses it as
// a partner or body ID.
func freshID(m *model, base string) string {
	id := base
	for k := 2; m.partner(id) >= 0 || m.body(id) >= 0; k++ {
		id = fmt.Sprintf("%s-%d", base, k)
	}
	return id
}

// mostActive returns the index of the partner with the most body
// memberships among those keep accepts (ties: the smaller ID), or -1.
func mostActive(m *model, keep func(*mPartner) bool) int {
	count := make([]int, len(m.partners))
	for _, b := range m.bodies {
		for _, x := range b.members {
			count[x.p]++
		}
	}
	best := -1
	for i := range m.partners {
		if !keep(&m.partners[i]) {
			continue
		}
		if best < 0 || count[i] > count[best] || (count[i] == count[best] && m.partners[i].id < m.partners[best].id) {
			best = i
		}
	}
	return best
}

// label names a partner for a sentence: its name, or its ID when it has
// none.
func (p *mPartner) label() string {
	if p.name == "" {
		return p.id
	}
	return p.name
}

// label names a body for a sentence: its name, or its ID.
func (b *mBody) label() string {
	if b.name == "" {
		return b.id
	}
	return b.name
}
