package network

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The tables of a dataset, in the order their problems are reported.
const (
	tabPartners = iota
	tabBodies
	tabMemberships
	tabTies
	tabProfiles
	tabRatings
	numTables
)

var tableNames = [numTables]string{"partners", "bodies", "memberships", "ties", "profiles", "ratings"}

// locator says where record i of a table, and one of its fields, came from.
// The zero locator names records as "partners", line i+1, for Data built in
// code.
type locator struct {
	files [numTables]string
	lines [numTables][]int          // the line of each record
	cols  [numTables]map[string]int // the 1-based column of each field
	// incomplete marks tables that could not be read whole (unreadable,
	// malformed, missing a column, rows dropped): references into them are
	// not checked, so one bad file does not bury its cause under follow-on
	// "unknown partner" problems.
	incomplete [numTables]bool
	// For a JSON document: the document, and the byte offset and column
	// of each record's object, to locate the value of a field.
	json  []byte
	offs  [numTables][]int
	jcols [numTables][]int
}

// checkRefs reports whether references into table tab can be checked.
func (l *locator) checkRefs(tab int) bool { return l == nil || !l.incomplete[tab] }

func (l *locator) problem(tab, i int, field, value string, kind error, expected string) *Problem {
	p := &Problem{File: tableNames[tab], Line: i + 1, Field: field, Value: value, Err: kind, Expected: expected}
	if l == nil {
		return p
	}
	if l.files[tab] != "" {
		p.File = l.files[tab]
	}
	if l.json != nil && i < len(l.offs[tab]) {
		p.Line, p.Column = l.jsonField(tab, i, field)
		return p
	}
	if i < len(l.lines[tab]) {
		p.Line = l.lines[tab][i]
	}
	p.Column = l.cols[tab][field]
	return p
}

// sortProblems orders problems by file (in table order), line and column.
func sortProblems(ps []*Problem, l *locator) {
	rank := func(file string) int {
		for t := range numTables {
			if file == tableNames[t] || (l != nil && file == l.files[t]) {
				return t
			}
		}
		return -1
	}
	slices.SortStableFunc(ps, func(a, b *Problem) int {
		return cmp.Or(cmp.Compare(rank(a.File), rank(b.File)), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
	})
}

var (
	wantKind = "council, steering-committee, working-group, action-team or secretariat"
	wantRole = "chair, co-chair, member, staff or observer"
	wantLead = "settlement, municipal or other"
	wantImpl = "none, in-progress or complete"
)

// MaxTotalTieWeight bounds the sum of the weights of all ties: sums and
// products of strengths (modularity multiplies two) stay finite and exact
// enough.
const MaxTotalTieWeight = 1e15

// validate checks d against the rules of the data format and adds every
// problem to ps. For loaded data (l != nil) the loaders have already
// reported values that do not parse (a kind that is not a kind, a weight
// that is not a number), so validate checks typed values only for Data built
// in code, and cross-references, uniqueness and limits for both.
func validate(d *Data, c *Config, l *locator, ps *problems) {
	add := func(tab, i int, field, value string, kind error, expected string) {
		ps.add(l.problem(tab, i, field, value, kind, expected))
	}
	warn := func(tab, i int, field, value string, kind error, expected string) {
		ps.warn(l.problem(tab, i, field, value, kind, expected))
	}
	// unique records record i's id in seen, or reports it empty or taken.
	unique := func(tab, i int, id string, seen map[string]int, what string) {
		switch first, dup := seen[id]; {
		case id == "":
			add(tab, i, "id", id, ErrMissingValue, "a non-empty "+what+" id")
		case dup:
			add(tab, i, "id", id, ErrDuplicateID, "a unique id; first at "+l.where(tab, first))
		default:
			seen[id] = i
		}
	}
	// text reports a value that would not come back the same from the
	// files lipgraph writes.
	// Free text (names, themes, attribute values) may hold line breaks and
	// tabs; identifiers may not.
	text := func(tab, i int, field, value string) {
		if why := textProblem(value, false); why != "" {
			add(tab, i, field, value, ErrBadValue, why)
		}
	}
	free := func(tab, i int, field, value string) {
		if why := textProblem(value, true); why != "" {
			add(tab, i, field, value, ErrBadValue, why)
		}
	}
	partners := make(map[string]int, len(d.Partners))
	partnerships := map[string]bool{}
	for i, p := range d.Partners {
		text(tabPartners, i, "id", p.ID)
		free(tabPartners, i, "name", p.Name)
		text(tabPartners, i, "sector", p.Sector)
		text(tabPartners, i, "partnership", p.Partnership)
		var attrs []string // sorted
		if len(p.Attrs) > 0 {
			attrs = slices.Sorted(maps.Keys(p.Attrs))
		}
		for _, k := range attrs {
			free(tabPartners, i, k, p.Attrs[k])
		}
		unique(tabPartners, i, p.ID, partners, "partner")
		if _, ok := c.Taxonomy.Lookup(p.Sector); !ok {
			add(tabPartners, i, "sector", p.Sector, ErrUnknownSector, "one of "+strings.Join(c.Taxonomy.Keys(), ", "))
		}
		partnerships[p.Partnership] = true
		for _, k := range attrs {
			if k == "" || k != strings.ToLower(strings.TrimSpace(k)) || slices.Contains(partnerCols, k) {
				add(tabPartners, i, "attribute", k, ErrBadValue, "a lower-case attribute name other than id, name, sector, partnership")
			}
		}
	}
	// partnerRef checks that a field names a partner, and returns its index
	// and whether it does.
	partnerRef := func(tab, i int, field, id string) (int, bool) {
		j, ok := partners[id]
		if !ok && l.checkRefs(tabPartners) {
			add(tab, i, field, id, ErrUnknownPartner, "the id of a partner in partners")
		}
		return j, ok
	}
	bodies := make(map[string]int, len(d.Bodies))
	for i, b := range d.Bodies {
		text(tabBodies, i, "id", b.ID)
		free(tabBodies, i, "name", b.Name)
		free(tabBodies, i, "theme", b.Theme)
		if c.KnownTheme != nil && b.Theme != "" && (b.Kind == WorkingGroup || b.Kind == ActionTeam) && !c.KnownTheme(b.Theme) {
			warn(tabBodies, i, "theme", b.Theme, ErrUnknownTheme, "a theme the scorecard recognises (such as employment, language-training, health, youth); this one covers no common theme or Welcoming Communities domain")
		}
		text(tabBodies, i, "parent", b.Parent)
		text(tabBodies, i, "partnership", b.Partnership)
		unique(tabBodies, i, b.ID, bodies, "body")
		if !b.Kind.IsValid() && l == nil {
			add(tabBodies, i, "kind", b.Kind.String(), ErrUnknownKind, wantKind)
		}
	}
	for i, b := range d.Bodies {
		switch j, ok := bodies[b.Parent]; {
		case !b.Kind.IsValid():
		case b.Kind == ActionTeam && b.Parent == "":
			add(tabBodies, i, "parent", b.Parent, ErrBadParent, "the id of the working group this action team belongs to")
		case b.Kind != ActionTeam && b.Parent != "":
			add(tabBodies, i, "parent", b.Parent, ErrBadParent, "no parent: only action teams have one")
		case b.Parent == "":
		case !ok && !l.checkRefs(tabBodies):
		case !ok:
			add(tabBodies, i, "parent", b.Parent, ErrUnknownBody, "the id of a working group in bodies")
		case d.Bodies[j].Kind != WorkingGroup:
			add(tabBodies, i, "parent", b.Parent, ErrBadParent, "a working group, not a "+d.Bodies[j].Kind.String())
		}
	}
	// A membership is keyed by its partner's and body's indices, which
	// are as unique as their IDs and cheaper to hash; an ID that names
	// neither gets a negative number of its own.
	type key struct {
		p, b  int32
		since Date
	}
	seen := make(map[key]int, len(d.Memberships))
	unknown := map[string]int32{}
	number := func(j int, ok bool, id string) int32 {
		if ok {
			return int32(j)
		}
		if _, done := unknown[id]; !done {
			unknown[id] = -1 - int32(len(unknown))
		}
		return unknown[id]
	}
	ended, firstEnded := 0, 0 // memberships that ended before c.EndedBefore
	size := make([]int64, len(d.Bodies))
	for i, m := range d.Memberships {
		if !c.EndedBefore.IsZero() && !m.Until.IsZero() && m.Until.last() < c.EndedBefore.first() {
			if ended == 0 {
				firstEnded = i
			}
			ended++
		}
		text(tabMemberships, i, "partner", m.Partner)
		text(tabMemberships, i, "body", m.Body)
		pi, pok := partnerRef(tabMemberships, i, "partner", m.Partner)
		bi, bok := bodies[m.Body]
		if !bok && l.checkRefs(tabBodies) {
			add(tabMemberships, i, "body", m.Body, ErrUnknownBody, "the id of a body in bodies")
		}
		if !m.Role.IsValid() && l == nil {
			add(tabMemberships, i, "role", m.Role.String(), ErrUnknownRole, wantRole)
		}
		if !m.Since.IsZero() && !m.Until.IsZero() && m.Until.last() < m.Since.first() {
			add(tabMemberships, i, "until", m.Until.String(), ErrBadDate, "a date not before since "+m.Since.String())
		}
		k := key{number(pi, pok, m.Partner), number(bi, bok, m.Body), m.Since}
		if first, dup := seen[k]; dup {
			add(tabMemberships, i, "body", m.Body, ErrDuplicateRelation, "one membership of "+m.Partner+" in "+m.Body+"; first at "+l.where(tabMemberships, first))
		} else {
			seen[k] = i
			if pok && bok {
				size[bi]++
			}
		}
	}
	if ended > 0 {
		// one warning for them all, at the first: the date is left out of
		// the text so that it does not change from day to day
		what := "this membership ended before today but counts"
		if ended > 1 {
			what = fmt.Sprintf("this membership and %d more ended before today but count", ended-1)
		}
		m := d.Memberships[firstEnded]
		warn(tabMemberships, firstEnded, "until", m.Until.String(), ErrEndedMembership,
			"current memberships: "+what+" as current unless a date is judged (--as-of)")
	}
	var pairs int64
	for _, k := range size {
		pairs += k * (k - 1) / 2
	}
	if pairs > c.MaxPairs {
		big := 0
		for i := range size {
			if size[i] > size[big] {
				big = i
			}
		}
		add(tabBodies, big, "id", d.Bodies[big].ID, ErrTooLarge,
			fmt.Sprintf("at most %d co-membership pairs in all (Config.MaxPairs); the bodies give %d, this one %d members", c.MaxPairs, pairs, size[big]))
	}
	totalWeight, overweight := 0.0, false
	for i, t := range d.Ties {
		text(tabTies, i, "source", t.Source)
		text(tabTies, i, "target", t.Target)
		text(tabTies, i, "kind", t.Kind)
		partnerRef(tabTies, i, "source", t.Source)
		partnerRef(tabTies, i, "target", t.Target)
		if (!(t.Weight > 0) || math.IsInf(t.Weight, 0)) && l == nil {
			add(tabTies, i, "weight", strconv.FormatFloat(t.Weight, 'g', -1, 64), ErrBadWeight, "a finite number > 0")
		} else if t.Weight > 0 && !overweight {
			totalWeight += t.Weight
			if totalWeight > MaxTotalTieWeight {
				overweight = true
				add(tabTies, i, "weight", strconv.FormatFloat(t.Weight, 'g', -1, 64), ErrBadWeight,
					fmt.Sprintf("weights that add up to at most %g over all ties (this one brings the sum to %g), so that strengths and every measure stay finite", MaxTotalTieWeight, totalWeight))
			}
		}
	}
	type dated struct {
		lip  string
		year int
	}
	profiles := map[dated]int{}
	for i, p := range d.Profiles {
		if first, dup := profiles[dated{p.Partnership, p.Year}]; dup {
			add(tabProfiles, i, "partnership", p.Partnership, ErrDuplicateID, "one profile per partnership and year; first at "+l.where(tabProfiles, first))
		} else {
			profiles[dated{p.Partnership, p.Year}] = i
		}
		if p.Year != 0 && (p.Year < 1000 || p.Year > 9999) && l == nil {
			add(tabProfiles, i, "year", strconv.Itoa(p.Year), ErrBadValue, "a four-digit year")
		}
		text(tabProfiles, i, "partnership", p.Partnership)
		if p.Partnership == "" && len(partnerships) > 1 && l.checkRefs(tabPartners) {
			add(tabProfiles, i, "partnership", p.Partnership, ErrMissingValue,
				"the partnership the profile is of: the partners name "+strconv.Itoa(len(partnerships))+" partnerships (an empty partnership is allowed only in a dataset of one)")
		}
		if p.Partnership != "" && !partnerships[p.Partnership] && l.checkRefs(tabPartners) {
			add(tabProfiles, i, "partnership", p.Partnership, ErrBadValue, "a partnership named in partners")
		}
		if !slices.Contains([]string{"", "settlement", "municipal", "other"}, p.Lead) {
			add(tabProfiles, i, "lead", p.Lead, ErrBadValue, wantLead)
		}
		if !slices.Contains([]string{"", "none", "in-progress", "complete"}, p.Implementation) {
			add(tabProfiles, i, "implementation", p.Implementation, ErrBadValue, wantImpl)
		}
		if p.ActionPlanYear != 0 && (p.ActionPlanYear < 1000 || p.ActionPlanYear > 9999) {
			add(tabProfiles, i, "action_plan_year", strconv.Itoa(p.ActionPlanYear), ErrBadValue, "a four-digit year")
		}
	}
	for i, r := range d.Ratings {
		text(tabRatings, i, "rater", r.Rater)
		text(tabRatings, i, "target", r.Target)
		partnerRef(tabRatings, i, "rater", r.Rater)
		partnerRef(tabRatings, i, "target", r.Target)
	}
	validateRatings(d.Ratings, add, l)
}

// validateRatings checks the survey ratings beyond their references: no
// self-rating, one rating per (rater, target) pair and, for Data built in
// code, answers in range (the loaders report those while parsing).
func validateRatings(rs []Rating, add func(tab, i int, field, value string, kind error, expected string), l *locator) {
	type pair struct{ rater, target string }
	seen := make(map[pair]int, len(rs))
	for i, r := range rs {
		if r.Rater == r.Target && r.Rater != "" {
			add(tabRatings, i, "target", r.Target, ErrSelfRating, "a partner other than the rater")
		} else if first, dup := seen[pair{r.Rater, r.Target}]; dup {
			add(tabRatings, i, "target", r.Target, ErrDuplicateRating, "one rating of "+r.Target+" by "+r.Rater+"; first at "+l.where(tabRatings, first))
		} else {
			seen[pair{r.Rater, r.Target}] = i
		}
		if l != nil {
			continue
		}
		if c := r.Collaboration; c != NotAnswered && (c < 0 || c > 5) {
			add(tabRatings, i, "collaboration", strconv.Itoa(c), ErrBadValue, wantCollaboration)
		}
		for k, v := range r.Items() {
			if v != 0 && (v < 1 || v > 4) {
				add(tabRatings, i, ratingCols[3+k], strconv.Itoa(v), ErrBadValue, wantItem)
			}
		}
	}
}

// where names record i of a table for "first at" notes.
func (l *locator) where(tab, i int) string {
	p := l.problem(tab, i, "", "", nil, "")
	if p.Column > 0 {
		return p.File + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
	}
	return p.File + ":" + strconv.Itoa(p.Line)
}

// textProblem says why a value would not come back the same from the files
// lipgraph writes (CSV, JSON, GraphML, GEXF), or returns "": the loaders
// trim white space around values, CSV readers turn a CR LF inside a value
// into LF, and XML cannot hold most control characters. Free text may hold
// line feeds and tabs, which every format keeps.
func textProblem(s string, free bool) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7f {
			ascii = false
			break
		}
	}
	switch {
	case ascii && (s == "" || (s[0] != ' ' && s[len(s)-1] != ' ')):
		return ""
	case !utf8.ValidString(s):
		return "valid UTF-8 text"
	case s != strings.TrimSpace(s):
		return "no white space around the value (the loaders remove it)"
	case strings.ContainsRune(s, '\r'):
		return "no carriage return (CR) inside a value: a line break inside a value, or lines that end in a lone CR"
	case strings.ContainsAny(s, "\uFFFE\uFFFF"):
		return "no U+FFFE or U+FFFF, which XML (GraphML, GEXF) cannot hold"
	case free && !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }):
	case free:
		return "no control characters other than line feed and tab: they do not survive GraphML and GEXF"
	case strings.ContainsFunc(s, unicode.IsControl):
		return "no control characters (line breaks, tabs, escape codes) in an identifier"
	}
	return ""
}
