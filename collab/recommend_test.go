package collab

import (
	"bytes"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// exhaustive returns the best overall score reachable by any sequence of k
// changes, the candidates (combined moves included) recomputed after each
// change as greedy recomputes them.
func exhaustive(m *model, crit []Criterion, k int) float64 {
	best := math.Inf(-1)
	var rec func(cur *model, left int)
	rec = func(cur *model, left int) {
		best = max(best, overall(cur, crit))
		if left == 0 {
			return
		}
		for _, ch := range candidates(cur) {
			v := cur.clone()
			ch.applyTo(v)
			rec(v, left-1)
		}
	}
	rec(m, k)
	return best
}

func smallCases(t *testing.T) map[string]*network.Network {
	cases := map[string]*network.Network{}
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		cases[s] = sample(t, s)
	}
	for _, p := range probes {
		cases["probe "+p] = probe(t, p)
	}
	// A tiny partnership with many gaps and no profile.
	cases["tiny"] = spec{
		partners: []string{"a:settlement", "b:faith", "city:municipal", "h:health"},
		bodies:   []string{"c:council", "w1:working-group:youth", "w2:working-group:settlement"},
		members:  []string{"a@c:chair", "b@c", "city@c:observer", "a@w1", "b@w1", "h@w2"},
	}.network(t)
	// A council only, with a plan answered "no" everywhere.
	no := network.AnswerNo
	cases["plan-gaps"] = spec{
		partners: []string{"a:settlement", "b:employment", "c:library"},
		bodies:   []string{"c:council"},
		members:  []string{"a@c:chair", "b@c", "c@c"},
		profile: &network.Profile{StrategicPlan: no, TermsOfReference: no, NeedsAssessment: no, PresentedToCouncil: no,
			NewcomerConsultation: no, Implementation: "none"},
	}.network(t)
	return cases
}

// TestGreedyMatchesExhaustive compares, for k = 1, 2, 3 changes, the score
// greedy reaches after k steps with the best over every set of k candidate
// changes of the starting network. Greedy is exact for k = 1, on the
// three samples and on the six probes; on "plan-gaps" it is myopic at
// k = 3 (64.8 against 68.1 on 2026-11-30: a plan step chosen first for its
// gain leaves less for the two changes after it). The test requires
// exactness where greedy is exact and at least 90% of the optimal gain
// elsewhere, and logs every gap. The exhaustive search runs over
// sequences of changes with the candidates recomputed after each, combined
// moves (the city onto several working groups, plan steps in a chain)
// included.
func TestGreedyMatchesExhaustive(t *testing.T) {
	crit := Builtin()
	exact := map[string]bool{"midsize": true, "smallcentre": true, "neighbourhood": true}
	for _, p := range probes {
		exact["probe "+p] = true
	}
	for name, n := range smallCases(t) {
		m := models(n)[0]
		base := overall(m, crit)
		chosen := greedy(m, crit, base, 3)
		cur := m
		for k := 1; k <= len(chosen); k++ {
			ex := round1(exhaustive(m, crit, k))
			cur = cur.clone()
			chosen[k-1].applyTo(cur)
			got := round1(overall(cur, crit))
			if got+1e-9 < ex {
				t.Logf("%s k=%d: greedy %.1f, exhaustive %.1f (base %.1f)", name, k, got, ex, base)
			}
			switch {
			case got > ex+0.05:
				t.Errorf("%s k=%d: greedy %.1f beats exhaustive %.1f: the search is broken", name, k, got, ex)
			case (k == 1 || exact[name]) && got+1e-9 < ex:
				t.Errorf("%s k=%d: greedy %.1f, exhaustive %.1f", name, k, got, ex)
			case got-base < 0.9*(ex-base):
				t.Errorf("%s k=%d: greedy gains %.1f, exhaustive %.1f", name, k, got-base, ex-base)
			}
		}
		if len(chosen) == 0 && name != "midsize" && name != "probe municipal" { // both meet every scored criterion
			t.Errorf("%s: no recommendation", name)
		}
	}
}

// TestChangeApplyRescores: the what-if variants scored on the model equal
// the networks built with Change.Apply on the raw data and network.New:
// score_after is what the changed data would score.
func TestChangeApplyRescores(t *testing.T) {
	for name, n := range smallCases(t) {
		sc, err := Score(n, "", recs)
		if err != nil {
			t.Fatal(err)
		}
		d := n.Data()
		for i, r := range sc.Recommendations {
			r.Apply(&d)
			v, err := network.New(d, nil)
			if err != nil {
				t.Fatalf("%s step %d (%s): %v", name, i+1, r.Text, err)
			}
			got, err := Score(v, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if got.Overall != r.ScoreAfter {
				t.Errorf("%s step %d (%s): rebuilt network scores %.1f, recommendation says %.1f", name, i+1, r.Text, got.Overall, r.ScoreAfter)
			}
		}
	}
}

func TestRecommendDeterministic(t *testing.T) {
	n := sample(t, "neighbourhood")
	a, _ := Score(n, "", recs)
	for range 3 {
		b, _ := Score(n, "", recs)
		if len(a.Recommendations) != len(b.Recommendations) {
			t.Fatal("different lengths")
		}
		for i := range a.Recommendations {
			if !reflect.DeepEqual(a.Recommendations[i], b.Recommendations[i]) {
				t.Errorf("step %d differs: %v vs %v", i, a.Recommendations[i], b.Recommendations[i])
			}
		}
	}
}

func TestNeighbourhoodCityJoinsYouth(t *testing.T) {
	sc, _ := Score(sample(t, "neighbourhood"), "", recs)
	if len(sc.Recommendations) == 0 || sc.Recommendations[0].Kind != KindJoin || sc.Recommendations[0].Target != "eastside-wg-youth" {
		t.Errorf("first recommendation: %+v, want the councillor's office joining eastside-wg-youth", sc.Recommendations)
	}
}

// TestApplyInMultiPartnershipData: a change applied to the data of a
// multi-partnership dataset lands in its own partnership.
func TestApplyInMultiPartnershipData(t *testing.T) {
	var d network.Data
	for _, s := range []string{"midsize", "smallcentre"} {
		x := sample(t, s).Data()
		d.Partners = append(d.Partners, x.Partners...)
		d.Bodies = append(d.Bodies, x.Bodies...)
		d.Memberships = append(d.Memberships, x.Memberships...)
		d.Profiles = append(d.Profiles, x.Profiles...)
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Score(n, "pinecrest", recs)
	if err != nil {
		t.Fatal(err)
	}
	before, _ := Score(n, "westbrook", nil)
	var v *network.Network
	for i, r := range sc.Recommendations {
		r.Apply(&d)
		if v, err = network.New(d, nil); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
		got, err := Score(v, "pinecrest", nil)
		if err != nil || got.Overall != r.ScoreAfter {
			t.Errorf("step %d (%s): %v, want %v (%v)", i+1, r.Text, got.Overall, r.ScoreAfter, err)
		}
	}
	if w, _ := Score(v, "westbrook", nil); v == nil || w.Overall != before.Overall {
		t.Errorf("westbrook changed: %v, was %v", w.Overall, before.Overall)
	}
}

// TestMaxChanges: Options.MaxChanges is the largest number of
// recommendations, 0 (the default, and a nil *Options) makes none and says
// none was asked for, and a negative value is an error. smallcentre has at
// least five changes that raise its score (its golden scorecard lists
// five).
func TestMaxChanges(t *testing.T) {
	n := sample(t, "smallcentre")
	for _, tc := range []struct {
		opts *Options
		want int
	}{
		{nil, 0},
		{&Options{}, 0},
		{&Options{MaxChanges: 0}, 0},
		{&Options{MaxChanges: 1}, 1},
		{&Options{MaxChanges: DefaultMaxChanges}, 5},
	} {
		sc, err := Score(n, "", tc.opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(sc.Recommendations) != tc.want {
			t.Errorf("%+v: %d recommendations, want %d", tc.opts, len(sc.Recommendations), tc.want)
		}
		var b bytes.Buffer
		sc.WriteText(&b, -1)
		if notAsked := strings.Contains(b.String(), "Recommendations were not requested"); notAsked != (tc.want == 0) {
			t.Errorf("%+v: text says not requested: %v, want %v", tc.opts, notAsked, tc.want == 0)
		}
		cards, err := ScoreAll(n, tc.opts)
		if err != nil || len(cards) != 1 || len(cards[0].Recommendations) != tc.want {
			t.Errorf("ScoreAll %+v: %v, want one scorecard with %d recommendations", tc.opts, err, tc.want)
		}
	}
	one, _ := Score(n, "", &Options{MaxChanges: 1})
	five, _ := Score(n, "", recs)
	first := one.Recommendations[0]
	if !slices.ContainsFunc(five.Recommendations, func(r Recommendation) bool { return r.Kind == first.Kind && r.Target == first.Target }) {
		t.Errorf("the one change asked for, %s %s, is not among the default five", first.Kind, first.Target)
	}
	for _, bad := range []int{-1, -5} {
		if _, err := Score(n, "", &Options{MaxChanges: bad}); err == nil || !strings.Contains(err.Error(), "MaxChanges") {
			t.Errorf("MaxChanges %d: %v, want an error naming MaxChanges", bad, err)
		}
		if _, err := ScoreAll(n, &Options{MaxChanges: bad}); err == nil {
			t.Errorf("ScoreAll MaxChanges %d: no error", bad)
		}
	}
}
