package waves

import (
	"cmp"
	"slices"

	"github.com/lipgraph/lipgraph/network"
)

// Levels of Collaboration (Frey et al. 2006): the names of levels 0–5.
var levelNames = [...]string{"no interaction", "networking", "cooperation", "coordination", "coalition", "collaboration"}

// LevelName returns the name of a level of collaboration, such as
// "coordination" for 3, or "" outside 0–5.
func LevelName(level int) string {
	if level < 0 || level >= len(levelNames) {
		return ""
	}
	return levelNames[level]
}

// CoordinationLevel is the lowest level counted as "coordination or more".
const CoordinationLevel = 3

// Trust returns the trust of one rating: the mean of its answered trust
// items (reliability, mission, openness), and false when none is answered.
func Trust(r network.Rating) (float64, bool) {
	return meanAnswered(r.Reliability, r.Mission, r.Openness)
}

// Value returns the value of one rating: the mean of its answered value
// items (power, involvement, resources), and false when none is answered.
func Value(r network.Rating) (float64, bool) {
	return meanAnswered(r.Power, r.Involvement, r.Resources)
}

func meanAnswered(items ...int) (float64, bool) {
	sum, n := 0, 0
	for _, v := range items {
		if v != 0 {
			sum += v
			n++
		}
	}
	if n == 0 {
		return 0, false
	}
	return float64(sum) / float64(n), true
}

// Partner names a partner in results.
type Partner struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

// Survey summarises a partner survey (the ratings of a network). Means are
// nil where nothing was answered to take them over.
type Survey struct {
	Partners       int       `json:"partners"`
	Respondents    int       `json:"respondents"`     // distinct raters
	ResponseRate   float64   `json:"response_rate"`   // respondents ÷ partners
	NonRespondents []Partner `json:"non_respondents"` // sorted by id
	Ratings        int       `json:"ratings"`
	// Trust is the mean, over the ratings with at least one trust item
	// answered, of each rating's trust (see Trust), on the 1–4 scale;
	// TrustPercent is Trust ÷ 4 × 100. Value and ValuePercent likewise.
	Trust        *float64 `json:"trust"`
	TrustPercent *float64 `json:"trust_percent"`
	Value        *float64 `json:"value"`
	ValuePercent *float64 `json:"value_percent"`
	// Collaboration is the mean level of collaboration over the ratings
	// that answer it.
	Collaboration *float64 `json:"collaboration"`
	// CoordinationPairs is the number of pairs of partners whose level of
	// collaboration is coordination (3) or more in the survey network (the
	// weights of n.PartnerGraph(network.Survey): the mean of the levels the
	// two gave each other), CoordinationDensity that ÷ the pairs of
	// partners, n(n−1)/2.
	CoordinationPairs   int     `json:"coordination_pairs"`
	CoordinationDensity float64 `json:"coordination_density"`
	// TrustWithin is the mean trust of the ratings between partners of the
	// same sector category, TrustAcross between different categories.
	TrustWithin   *float64        `json:"trust_within_categories"`
	TrustAcross   *float64        `json:"trust_across_categories"`
	PerPartner    []PartnerRating `json:"per_partner"`   // every partner, by id
	Disagreements []Disagreement  `json:"disagreements"` // by a, then b
}

// PartnerRating is how a partner is seen by the others: the number of
// ratings it received and the means of their trust, value and
// collaboration level (nil when none answers it).
type PartnerRating struct {
	ID              string   `json:"id"`
	Name            string   `json:"name"`
	RatingsReceived int      `json:"ratings_received"`
	Trust           *float64 `json:"trust"`
	Value           *float64 `json:"value"`
	Collaboration   *float64 `json:"collaboration"`
}

// Disagreement is a pair of partners who rated each other with levels of
// collaboration 2 or more apart: A (the smaller id) says ASays, B says
// BSays.
type Disagreement struct {
	A     string `json:"a"`
	B     string `json:"b"`
	ASays int    `json:"a_says"`
	BSays int    `json:"b_says"`
}

// DisagreementGap is the smallest difference of levels that counts as a
// disagreement.
const DisagreementGap = 2

// mean accumulates a mean.
type mean struct {
	sum float64
	n   int
}

func (m *mean) add(v float64) { m.sum += v; m.n++ }

func (m mean) ptr() *float64 {
	if m.n == 0 {
		return nil
	}
	v := m.sum / float64(m.n)
	return &v
}

func percent(v *float64) *float64 {
	if v == nil {
		return nil
	}
	p := *v / 4 * 100
	return &p
}

// SummariseSurvey summarises the ratings of n. A network without ratings
// gives a survey with no respondents.
func SummariseSurvey(n *network.Network) *Survey {
	ps := n.Partners()
	rs := n.Ratings()
	idx := make(map[string]int, len(ps))
	cat := make([]string, len(ps))
	for i, p := range ps {
		idx[p.ID] = i
		cat[i] = n.Taxonomy().Category(p.Sector)
	}
	s := &Survey{Partners: len(ps), Ratings: len(rs), NonRespondents: []Partner{}, Disagreements: []Disagreement{}}
	responded := make([]bool, len(ps))
	type received struct{ trust, value, level mean }
	per := make([]received, len(ps))
	count := make([]int, len(ps))
	var trust, value, level, within, across mean
	for _, r := range rs {
		a, t := idx[r.Rater], idx[r.Target]
		responded[a] = true
		count[t]++
		if v, ok := Trust(r); ok {
			trust.add(v)
			per[t].trust.add(v)
			if cat[a] == cat[t] {
				within.add(v)
			} else {
				across.add(v)
			}
		}
		if v, ok := Value(r); ok {
			value.add(v)
			per[t].value.add(v)
		}
		if r.Collaboration != network.NotAnswered {
			level.add(float64(r.Collaboration))
			per[t].level.add(float64(r.Collaboration))
		}
	}
	for i, p := range ps {
		if responded[i] {
			s.Respondents++
		} else {
			s.NonRespondents = append(s.NonRespondents, Partner{p.ID, p.Name})
		}
		s.PerPartner = append(s.PerPartner, PartnerRating{ID: p.ID, Name: p.Name, RatingsReceived: count[i],
			Trust: per[i].trust.ptr(), Value: per[i].value.ptr(), Collaboration: per[i].level.ptr()})
	}
	if s.PerPartner == nil {
		s.PerPartner = []PartnerRating{}
	}
	if len(ps) > 0 {
		s.ResponseRate = float64(s.Respondents) / float64(len(ps))
	}
	s.Trust, s.Value, s.Collaboration = trust.ptr(), value.ptr(), level.ptr()
	s.TrustPercent, s.ValuePercent = percent(s.Trust), percent(s.Value)
	s.TrustWithin, s.TrustAcross = within.ptr(), across.ptr()
	_, _, _, w := n.PartnerGraph(network.Survey).CSR()
	for _, x := range w {
		if x >= CoordinationLevel {
			s.CoordinationPairs++ // each edge appears twice in w
		}
	}
	s.CoordinationPairs /= 2
	s.Disagreements = disagreements(rs)
	if np := float64(len(ps)); np >= 2 {
		s.CoordinationDensity = float64(s.CoordinationPairs) / (np * (np - 1) / 2)
	}
	return s
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// disagreements returns the pairs rated both ways whose levels differ by
// DisagreementGap or more, sorted by a then b. rs is sorted by rater and
// target (as network.Network.Ratings returns it), so the rating back is
// found by binary search.
func disagreements(rs []network.Rating) []Disagreement {
	out := []Disagreement{}
	for _, r := range rs {
		if r.Rater >= r.Target || r.Collaboration == network.NotAnswered {
			continue
		}
		i, ok := slices.BinarySearchFunc(rs, r, func(x, back network.Rating) int {
			return cmp.Or(cmp.Compare(x.Rater, back.Target), cmp.Compare(x.Target, back.Rater))
		})
		if !ok || rs[i].Collaboration == network.NotAnswered {
			continue
		}
		if abs(r.Collaboration-rs[i].Collaboration) >= DisagreementGap {
			out = append(out, Disagreement{A: r.Rater, B: r.Target, ASays: r.Collaboration, BSays: rs[i].Collaboration})
		}
	}
	return out
}
