package network

// Partner is an organization (or a group such as newcomer residents) taking
// part in a partnership.
type Partner struct {
	ID          string
	Name        string
	Sector      string // a key of the network's Taxonomy
	Partnership string // groups the partners of many LIPs in one dataset; may be ""
	// Attrs holds the free columns of partners.csv with a non-empty value.
	// The maps of a Network's partners are shared: do not modify them.
	Attrs map[string]string
}

// Body is a council, steering committee, working group, action team or
// secretariat.
type Body struct {
	ID          string
	Name        string
	Kind        BodyKind
	Theme       string // the theme of a working group or action team, e.g. "employment"
	Parent      string // the working group an action team belongs to; "" otherwise
	Partnership string
}

// Membership says that a partner sits on a body in a role, optionally from
// Since until Until (inclusive; a year covers the whole year).
type Membership struct {
	Partner string
	Body    string
	Role    Role
	Since   Date
	Until   Date
}

// ActiveOn reports whether the membership is active on date d. A zero d, or
// a membership without dates, is always active.
func (m Membership) ActiveOn(d Date) bool {
	if d.IsZero() {
		return true
	}
	if !m.Since.IsZero() && d.last() < m.Since.first() {
		return false
	}
	return m.Until.IsZero() || d.first() <= m.Until.last()
}

// Tie is a direct relationship reported by Source about Target.
type Tie struct {
	Source string
	Target string
	Kind   string  // free text: information, referral, joint-program, funding…
	Weight float64 // > 0; 1 when not given
}

// Answer is a yes/no fact that may be unknown. The zero value is AnswerUnknown.
type Answer uint8

// The answers of profile.csv: "yes", "no", or empty for AnswerUnknown.
const (
	AnswerUnknown Answer = iota
	AnswerYes
	AnswerNo
)

// String returns "yes", "no" or "".
func (a Answer) String() string {
	switch a {
	case AnswerYes:
		return "yes"
	case AnswerNo:
		return "no"
	}
	return ""
}

// Profile holds the plan facts of one partnership (profile.csv): what its
// governance has produced and who leads it. Unknown answers are facts the
// data does not give.
type Profile struct {
	Partnership          string // "" for a dataset of one partnership
	Lead                 string // "settlement", "municipal", "other" or ""
	StrategicPlan        Answer
	TermsOfReference     Answer
	NeedsAssessment      Answer
	PresentedToCouncil   Answer // the plan was presented to city council
	EndorsedByCouncil    Answer // and endorsed by it
	ActionPlanYear       int    // the year of the latest annual action plan, 0 if none known
	Implementation       string // "none", "in-progress", "complete" or ""
	NewcomerConsultation Answer // a mechanism that consults newcomers exists
	// Year is the year the facts describe (profile.csv's optional year
	// column), 0 when undated. A partnership may have one profile per
	// year; see Network.Profile.
	Year int
}

// NotAnswered is the Collaboration of a Rating whose collaboration question
// was left unanswered.
const NotAnswered = -1

// Rating is one partner's answers, in a partner survey (ratings.csv), about
// another partner. Collaboration is a level of the Levels of Collaboration
// scale (Frey et al. 2006): 0 no interaction, 1 networking, 2 cooperation,
// 3 coordination, 4 coalition, 5 collaboration; NotAnswered when left
// empty. The trust items (Reliability, Mission, Openness) and the value
// items (Power, Involvement, Resources) are answered from 1 to 4, as in the
// trust and value scores of the PARTNER survey tool; 0 means not answered.
type Rating struct {
	Rater, Target                  string // partner IDs
	Collaboration                  int
	Reliability, Mission, Openness int
	Power, Involvement, Resources  int
}

// Items returns the six 1–4 items: the trust items, then the value items.
func (r Rating) Items() [6]int {
	return [6]int{r.Reliability, r.Mission, r.Openness, r.Power, r.Involvement, r.Resources}
}

// Data is the raw content of a partnership dataset, as loaded from files or
// built in code. New validates it into a Network.
type Data struct {
	Partners    []Partner
	Bodies      []Body
	Memberships []Membership
	Ties        []Tie
	Profiles    []Profile
	Ratings     []Rating
}
