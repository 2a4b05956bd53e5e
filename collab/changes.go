package collab

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// The kinds of Change, as the JSON contract's "kind" spells them.
const (
	KindRecruit         = "recruit"            // recruit a new partner of a sector to the council
	KindSeat            = "seat-on-council"    // bring an existing partner onto the council
	KindJoin            = "join-working-group" // add the municipal partner to a working group
	KindAddMainstream   = "add-mainstream"     // add a mainstream partner to a working group without one
	KindFullSeat        = "full-seat"          // make an observer a full member of a body
	KindFormGroup       = "form-working-group" // form a working group on a missing common theme
	KindFormSecretariat = "form-secretariat"   // staff a secretariat
	KindPlan            = "plan"               // a plan fact of profile.csv changes from no to yes
)

// Change is one concrete what-if change to a partnership.
type Change struct {
	Kind string
	// Target is the body, sector, theme or plan fact the change concerns.
	Target string
	// Partner is the partner who joins or changes role (a new ID for
	// KindRecruit), Body the body it joins or that is formed ("" for plan
	// changes), Sector the new partner's sector (KindRecruit), Role its role,
	// Field the profile.csv column set to yes (KindPlan).
	Partner, Body, Sector, Field string
	Role                         network.Role
	// Partnership is the partnership the change is for.
	Partnership string
	// Text is the change as a sentence.
	Text string
}

// apply makes the change on a model (which must be a clone).
func (ch *Change) apply(m *model) {
	switch ch.Kind {
	case KindRecruit:
		info, _ := m.tax.Lookup(ch.Sector)
		p := m.addPartner(mPartner{id: ch.Partner, name: ch.Partner, sector: ch.Sector, category: info.Category, cat: catIndex(m.cats, info.Category), sec: keyIndex(m.keys, ch.Sector), level: info.Level})
		if b := m.body(ch.Body); b >= 0 {
			m.setMember(b, p, ch.Role)
		}
	case KindSeat, KindJoin, KindAddMainstream, KindFullSeat, KindFormSecretariat, KindFormGroup:
		b := m.body(ch.Body)
		if b < 0 {
			kind, theme := network.WorkingGroup, ch.Target
			if ch.Kind == KindFormSecretariat {
				kind, theme = network.Secretariat, ""
			}
			m.bodies = append(m.bodies, mBody{id: ch.Body, name: ch.Body, kind: kind, theme: theme})
			b = len(m.bodies) - 1
		}
		for _, id := range strings.Split(ch.Partner, ",") {
			if p := m.partner(id); p >= 0 {
				m.setMember(b, int32(p), ch.Role)
			}
		}
	case KindPlan:
		m.hasProfile = true
		m.profile.Partnership = m.partnership
		setAnswer(&m.profile, ch.Field)
	}
}

func setAnswer(p *network.Profile, field string) {
	switch field {
	case "endorsed_by_council":
		p.PresentedToCouncil, p.EndorsedByCouncil = network.Yes, network.Yes
	case "terms_of_reference":
		p.TermsOfReference = network.Yes
	case "newcomer_consultation":
		p.NewcomerConsultation = network.Yes
	case "strategic_plan":
		p.StrategicPlan = network.Yes
	case "needs_assessment":
		p.NeedsAssessment = network.Yes
	}
}

// Apply makes the change on raw data, so that network.New(d, …) gives the
// what-if network the recommendation scored: a recruited partner is added
// (in the change's partnership), memberships added or their role raised, a
// formed body added, a profile answer set to yes. d may hold other
// partnerships too.
func (ch *Change) Apply(d *network.Data) {
	lip := ch.Partnership
	setRole := func(partner, body string) {
		for i := range d.Memberships {
			if m := &d.Memberships[i]; m.Partner == partner && m.Body == body {
				m.Role = ch.Role
				return
			}
		}
		d.Memberships = append(d.Memberships, network.Membership{Partner: partner, Body: body, Role: ch.Role})
	}
	switch ch.Kind {
	case KindRecruit:
		d.Partners = append(d.Partners, network.Partner{ID: ch.Partner, Name: ch.Partner, Sector: ch.Sector, Partnership: lip})
		setRole(ch.Partner, ch.Body)
	case KindPlan:
		i := slices.IndexFunc(d.Profiles, func(p network.Profile) bool { return p.Partnership == lip })
		if i < 0 {
			d.Profiles = append(d.Profiles, network.Profile{Partnership: lip})
			i = len(d.Profiles) - 1
		}
		setAnswer(&d.Profiles[i], ch.Field)
	default:
		if !slices.ContainsFunc(d.Bodies, func(b network.Body) bool { return b.ID == ch.Body }) {
			kind, theme := network.WorkingGroup, ch.Target
			if ch.Kind == KindFormSecretariat {
				kind, theme = network.Secretariat, ""
			}
			d.Bodies = append(d.Bodies, network.Body{ID: ch.Body, Name: ch.Body, Kind: kind, Theme: theme, Partnership: lip})
		}
		for _, id := range strings.Split(ch.Partner, ",") {
			setRole(id, ch.Body)
		}
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

// label names a partner for a sentence: "Name (id)", or the ID alone.
func (p *mPartner) label() string {
	if p.name == "" || p.name == p.id {
		return p.id
	}
	return p.name + " (" + p.id + ")"
}

// bodyLabel names a body for a sentence.
func (b *mBody) label() string {
	if b.name == "" || b.name == b.id {
		return b.id
	}
	return b.name + " (" + b.id + ")"
}
