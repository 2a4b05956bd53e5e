package network

import (
	"math"
	"slices"
	"strconv"
	"strings"
)

// The columns of each table; required ones first.
var (
	partnerCols    = []string{"id", "sector", "name", "partnership"}
	membershipCols = []string{"partner", "body", "role", "since", "until"}
	tieCols        = []string{"source", "target", "kind", "weight"}
	profileCols    = []string{"partnership", "lead", "strategic_plan", "terms_of_reference", "needs_assessment",
		"presented_to_council", "endorsed_by_council", "action_plan_year", "implementation", "newcomer_consultation"}
	ratingCols = []string{"rater", "target", "collaboration", "reliability", "mission", "openness", "power", "involvement", "resources"}
	required   = [numTables][]string{{"id", "sector"}, {"id", "kind"}, {"partner", "body"}, {"source", "target"}, nil, {"rater", "target"}}
)

// fieldFunc returns the trimmed value of a field of the current record.
type fieldFunc func(field string) string

// parser turns records of field strings into Data, reporting the problems of
// single fields. It is shared by the CSV and JSON readers.
type parser struct {
	d  Data
	l  *locator
	ps *problems
}

func (p *parser) bad(tab int, field, value string, kind error, expected string) {
	i := p.count(tab)
	p.ps.add(p.l.problem(tab, i, field, value, kind, expected))
}

// grow makes room for about n more records of a table.
func (p *parser) grow(tab, n int) {
	switch tab {
	case tabPartners:
		p.d.Partners = slices.Grow(p.d.Partners, n)
	case tabBodies:
		p.d.Bodies = slices.Grow(p.d.Bodies, n)
	case tabMemberships:
		p.d.Memberships = slices.Grow(p.d.Memberships, n)
	case tabTies:
		p.d.Ties = slices.Grow(p.d.Ties, n)
	case tabRatings:
		p.d.Ratings = slices.Grow(p.d.Ratings, n)
	}
	p.l.lines[tab] = slices.Grow(p.l.lines[tab], n)
}

// count returns the index the record being parsed will have.
func (p *parser) count(tab int) int {
	switch tab {
	case tabPartners:
		return len(p.d.Partners)
	case tabBodies:
		return len(p.d.Bodies)
	case tabMemberships:
		return len(p.d.Memberships)
	case tabTies:
		return len(p.d.Ties)
	case tabRatings:
		return len(p.d.Ratings)
	}
	return len(p.d.Profiles)
}

func (p *parser) partner(get fieldFunc, attrs map[string]string) {
	p.d.Partners = append(p.d.Partners, Partner{
		ID: get("id"), Name: get("name"), Sector: strings.ToLower(get("sector")),
		Partnership: get("partnership"), Attrs: attrs,
	})
}

func (p *parser) body(get fieldFunc) {
	kind, err := ParseBodyKind(strings.ToLower(get("kind")))
	if err != nil {
		p.bad(tabBodies, "kind", get("kind"), ErrUnknownKind, wantKind)
	}
	p.d.Bodies = append(p.d.Bodies, Body{
		ID: get("id"), Name: get("name"), Kind: kind, Theme: get("theme"),
		Parent: get("parent"), Partnership: get("partnership"),
	})
}

func (p *parser) membership(get fieldFunc) {
	role, err := ParseRole(strings.ToLower(get("role")))
	if err != nil {
		p.bad(tabMemberships, "role", get("role"), ErrUnknownRole, wantRole)
	}
	date := func(field string) Date {
		d, err := ParseDate(get(field))
		if err != nil {
			p.bad(tabMemberships, field, get(field), ErrBadDate, "an ISO year (2019) or date (2019-04-01)")
		}
		return d
	}
	p.d.Memberships = append(p.d.Memberships, Membership{
		Partner: get("partner"), Body: get("body"), Role: role, Since: date("since"), Until: date("until"),
	})
}

func (p *parser) tie(get fieldFunc) {
	w := 1.0
	if s := get("weight"); s != "" {
		v, err := strconv.ParseFloat(s, 64)
		if err != nil || !(v > 0) || math.IsInf(v, 0) {
			p.bad(tabTies, "weight", s, ErrBadWeight, "a finite number > 0")
		} else {
			w = v
		}
	}
	p.d.Ties = append(p.d.Ties, Tie{Source: get("source"), Target: get("target"), Kind: get("kind"), Weight: w})
}

func (p *parser) profile(get fieldFunc) {
	answer := func(field string) Answer {
		switch strings.ToLower(get(field)) {
		case "":
			return AnswerUnknown
		case "yes", "y", "true", "1":
			return AnswerYes
		case "no", "n", "false", "0":
			return AnswerNo
		}
		p.bad(tabProfiles, field, get(field), ErrBadValue, "yes, no or empty (unknown)")
		return AnswerUnknown
	}
	year := func(field string) int {
		s := get(field)
		if s == "" {
			return 0
		}
		y, err := strconv.Atoi(s)
		if err != nil || y < 1000 || y > 9999 {
			p.bad(tabProfiles, field, s, ErrBadValue, "a four-digit year")
			return 0
		}
		return y
	}
	p.d.Profiles = append(p.d.Profiles, Profile{
		Partnership:          get("partnership"),
		Lead:                 strings.ToLower(get("lead")),
		StrategicPlan:        answer("strategic_plan"),
		TermsOfReference:     answer("terms_of_reference"),
		NeedsAssessment:      answer("needs_assessment"),
		PresentedToCouncil:   answer("presented_to_council"),
		EndorsedByCouncil:    answer("endorsed_by_council"),
		ActionPlanYear:       year("action_plan_year"),
		Year:                 year("year"),
		Implementation:       strings.ToLower(get("implementation")),
		NewcomerConsultation: answer("newcomer_consultation"),
	})
}

// Ranges of the survey answers of ratings.csv.
const (
	wantCollaboration = "a whole number from 0 (no interaction) to 5 (collaboration), or empty (not answered)"
	wantItem          = "a whole number from 1 to 4, or empty (not answered)"
)

func (p *parser) rating(get fieldFunc) {
	level := func(field string, lo, hi, none int, want string) int {
		s := get(field)
		if s == "" {
			return none
		}
		v, err := strconv.Atoi(s)
		if err != nil || v < lo || v > hi {
			p.bad(tabRatings, field, s, ErrBadValue, want)
			return none
		}
		return v
	}
	item := func(field string) int { return level(field, 1, 4, 0, wantItem) }
	p.d.Ratings = append(p.d.Ratings, Rating{
		Rater: get("rater"), Target: get("target"),
		Collaboration: level("collaboration", 0, 5, NotAnswered, wantCollaboration),
		Reliability:   item("reliability"), Mission: item("mission"), Openness: item("openness"),
		Power: item("power"), Involvement: item("involvement"), Resources: item("resources"),
	})
}

// record dispatches one record of a table to its parser.
func (p *parser) record(tab int, get fieldFunc, attrs map[string]string) {
	switch tab {
	case tabPartners:
		p.partner(get, attrs)
	case tabBodies:
		p.body(get)
	case tabMemberships:
		p.membership(get)
	case tabTies:
		p.tie(get)
	case tabProfiles:
		p.profile(get)
	case tabRatings:
		p.rating(get)
	}
}

// finish validates the parsed data and returns the network, or every
// problem found by parsing and validation together.
//
// The network is built on another core while the data is validated (both
// only read it), and kept only if validation finds no problem
// (BenchmarkLoadDir measures the load as a whole). build returns on any
// data, valid or not (TestBuildInvalidData, FuzzBuild), so the network of
// data with problems is simply dropped.
func (p *parser) finish(c *Config) (*Network, error) {
	built := make(chan *Network, 1)
	go func() { built <- build(p.d, c.Taxonomy) }()
	validate(&p.d, c, p.l, p.ps)
	n := <-built
	return concludeWith(c, p.l, p.ps, func() *Network { return n })
}

// conclude returns the network of validated data with its warnings, or the
// problems (warnings among them under Config.Strict).
func conclude(d Data, c *Config, l *locator, ps *problems) (*Network, error) {
	return concludeWith(c, l, ps, func() *Network { return build(d, c.Taxonomy) })
}

// concludeWith is conclude with the network of the data made by build,
// which it calls only if there are no problems.
func concludeWith(c *Config, l *locator, ps *problems, build func() *Network) (*Network, error) {
	if c.Strict {
		for _, w := range ps.warnings {
			ps.add(w)
		}
		ps.warnings = nil
	}
	if err := ps.err(); err != nil {
		sortProblems(ps.list, l)
		return nil, err
	}
	n := build()
	sortProblems(ps.warnings, l)
	n.warnings = ps.warnings
	return n, nil
}
