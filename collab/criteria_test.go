package collab

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// TestThresholdRule checks the documented rule on every built-in threshold
// criterion: just below, at and just above each threshold.
func TestThresholdRule(t *testing.T) {
	for _, cr := range Builtin() {
		if cr.Context {
			if r := cr.threshold(Observation{Value: cr.Pass, Known: true}, false); r.Status != AsContext || r.Score != 0 {
				t.Errorf("%s (context): %v %g, want context 0", cr.ID, r.Status, r.Score)
			}
			continue
		}
		d := 0.01 * max(1, math.Abs(cr.Pass))
		below := Partial
		if cr.Partial == cr.Pass {
			below = Fail
		}
		cases := []struct {
			v    float64
			want Status
		}{{cr.Pass - d, below}, {cr.Pass, Pass}, {cr.Pass + d, Pass}}
		if cr.Partial < cr.Pass {
			cases = append(cases, struct {
				v    float64
				want Status
			}{cr.Partial, Partial})
			if cr.Partial > 0 {
				cases = append(cases, struct {
					v    float64
					want Status
				}{cr.Partial - d, Fail})
			}
		}
		for _, c := range cases {
			r := cr.threshold(Observation{Value: c.v, Known: true}, false)
			if r.Status != c.want {
				t.Errorf("%s at %g: %v, want %v", cr.ID, c.v, r.Status, c.want)
			}
			// Score bands: pass 100, partial 50-99, fail 0-49.
			lo, hi := map[Status][2]float64{Pass: {100, 100}, Partial: {50, 99}, Fail: {0, 49}}[r.Status][0], map[Status][2]float64{Pass: {100, 100}, Partial: {50, 99}, Fail: {0, 49}}[r.Status][1]
			if r.Score < lo || r.Score > hi {
				t.Errorf("%s at %g: score %g outside [%g, %g]", cr.ID, c.v, r.Score, lo, hi)
			}
		}
		if r := cr.threshold(Observation{Known: false}, false); r.Status != Unknown || r.Score != 0 {
			t.Errorf("%s unknown: %v %g", cr.ID, r.Status, r.Score)
		}
	}
}

// TestScoreFormula checks the interpolation by hand: bp.stakeholder-variety
// (pass 6, partial 4) at 5 categories scores 50 + 49·(5−4)/(6−4) = 74.5; at
// 2 it fails with 49·2/4 = 24.5.
func TestScoreFormula(t *testing.T) {
	cr := bestPractice()[0]
	if r := cr.threshold(Observation{Value: 5, Known: true}, false); r.Score != 74.5 || r.Status != Partial {
		t.Errorf("5: %v %g, want partial 74.5", r.Status, r.Score)
	}
	if r := cr.threshold(Observation{Value: 2, Known: true}, false); r.Score != 24.5 || r.Status != Fail {
		t.Errorf("2: %v %g, want fail 24.5", r.Status, r.Score)
	}
}

// One sector per category of the default taxonomy.
var catSector = []string{"settlement", "municipal", "health", "employment", "research", "faith", "media"}

// councilOf returns a council whose members have the given sectors.
func councilOf(sectors ...string) spec {
	s := spec{bodies: []string{"c:council"}}
	for i, sec := range sectors {
		id := fmt.Sprintf("p%d", i)
		s.partners = append(s.partners, id+":"+sec)
		s.members = append(s.members, id+"@c")
	}
	return s
}

// cases of one built-in criterion: a name, a network and the expected status.
type critCase struct {
	name string
	s    spec
	want Status
}

func run(t *testing.T, id string, cases []critCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(id+"/"+c.name, func(t *testing.T) {
			r := judgeOne(t, c.s.network(t), id)
			if r.Status != c.want {
				t.Errorf("%v (score %g, %s), want %v", r.Status, r.Score, r.Explanation, c.want)
			}
		})
	}
}

func TestBestPracticeThresholds(t *testing.T) {
	var variety []critCase
	for k, want := range map[int]Status{3: Fail, 4: Partial, 5: Partial, 6: Pass, 7: Pass} {
		variety = append(variety, critCase{fmt.Sprintf("%d categories", k), councilOf(catSector[:k]...), want})
	}
	run(t, "bp.stakeholder-variety", variety)

	// IRCC presentation, 2018 (Qayyum et al. 2012): "Mainstream
	// organizations have representation on the partnership council" is a
	// yes/no condition: one mainstream organization meets it.
	main := []string{"education", "health", "library", "police"}
	var mainstream, breadth []critCase
	for k, want := range map[int]Status{0: Fail, 1: Pass, 2: Pass, 3: Pass, 4: Pass} {
		mainstream = append(mainstream, critCase{fmt.Sprintf("%d sectors", k), councilOf(append([]string{"settlement"}, main[:k]...)...), want})
	}
	// Breadth is lipgraph's separate measure: pass at 3 sectors, partial from 1.
	for k, want := range map[int]Status{0: Fail, 1: Partial, 2: Partial, 3: Pass, 4: Pass} {
		breadth = append(breadth, critCase{fmt.Sprintf("%d sectors", k), councilOf(append([]string{"settlement"}, main[:k]...)...), want})
	}
	// An observer is seated: represented. Staff are not representatives.
	mainstream = append(mainstream,
		critCase{"observer", spec{partners: []string{"h:health"}, bodies: []string{"c:council"}, members: []string{"h@c:observer"}}, Pass},
		critCase{"staff", spec{partners: []string{"h:health"}, bodies: []string{"c:council"}, members: []string{"h@c:staff"}}, Fail})
	// Two partners of one mainstream sector count once.
	breadth = append(breadth, critCase{"2 partners 1 sector", councilOf("health", "health"), Partial})
	run(t, "bp.mainstream-on-council", mainstream)
	run(t, "dv.mainstream-breadth", breadth)

	// W = 4 working groups: a majority is 3. The city as observer does not count.
	wgs := func(k int, observerOn int) spec {
		s := spec{partners: []string{"city:municipal", "s:settlement"}}
		for i := range 4 {
			id := fmt.Sprintf("wg%d", i)
			s.bodies = append(s.bodies, id+":working-group:settlement")
			s.members = append(s.members, "s@"+id)
			if i < k {
				s.members = append(s.members, "city@"+id)
			} else if i < k+observerOn {
				s.members = append(s.members, "city@"+id+":observer")
			}
		}
		return s
	}
	run(t, "bp.city-in-most-working-groups", []critCase{
		{"2 of 4", wgs(2, 0), Fail}, {"3 of 4", wgs(3, 0), Pass}, {"4 of 4", wgs(4, 0), Pass},
		{"2 of 4 + observer", wgs(2, 1), Fail},
		{"no working groups", spec{partners: []string{"city:municipal"}}, Fail},
	})

	plan := func(presented, endorsed network.Answer) spec {
		return spec{partners: []string{"a:settlement"}, profile: &network.Profile{PresentedToCouncil: presented, EndorsedByCouncil: endorsed}}
	}
	run(t, "bp.plan-endorsed", []critCase{
		{"not presented", plan(network.AnswerNo, network.AnswerUnknown), Fail},
		{"presented not endorsed", plan(network.AnswerYes, network.AnswerNo), Partial},
		{"endorsed", plan(network.AnswerYes, network.AnswerYes), Pass},
		{"endorsement blank", plan(network.AnswerYes, network.AnswerUnknown), Unknown},
		{"no profile", spec{partners: []string{"a:settlement"}}, Unknown},
	})
}

func TestNationalThresholds(t *testing.T) {
	inWG := func(sectors ...string) spec { // partners in a working group (not the council)
		s := spec{bodies: []string{"wg:working-group:health"}}
		for i, sec := range sectors {
			id := fmt.Sprintf("p%d", i)
			s.partners = append(s.partners, id+":"+sec)
			s.members = append(s.members, id+"@wg")
		}
		return s
	}
	// IRCC presentation, 2018, "What's out there, nationally?": "Two-thirds
	// of LIPs included provincial government partners and half included
	// federal government partners; Over 85% included employers ...; One
	// quarter of LIPs involved media partners." Items more than half of
	// LIPs have are scored; federal (half) and media (a quarter) are context.
	for id, sec := range map[string]string{"nat.provincial": "provincial", "nat.employers": "employment", "nat.research-umbrella": "umbrella"} {
		run(t, id, []critCase{
			{"none", inWG("settlement"), Fail}, {"one", inWG("settlement", sec), Pass}, {"two", inWG(sec, sec), Pass},
		})
	}
	for id, sec := range map[string]string{"nat.federal": "federal", "nat.media": "media"} {
		run(t, id, []critCase{
			{"none", inWG("settlement"), AsContext}, {"one", inWG("settlement", sec), AsContext},
		})
		// Absent, it never lowers the score: the scorecards with and
		// without the partner score the same.
		without, _ := Score(inWG("settlement", "health").network(t), "", nil)
		if it, _ := without.Item(id); it.Status != AsContext || !strings.Contains(it.Explanation, "of LIPs") {
			t.Errorf("%s absent: %v %q, want context with the national share", id, it.Status, it.Explanation)
		}
	}
	// A partner with no membership does not take part.
	run(t, "nat.employers", []critCase{{"ties only", spec{partners: []string{"e:employment"}}, Fail}})
	run(t, "nat.council", []critCase{{"none", inWG("health"), Fail}, {"one", councilOf("health"), Pass}})
	run(t, "nat.core-partners", []critCase{
		{"1", inWG("settlement"), Fail}, {"2", inWG("settlement", "health"), Partial},
		{"3", inWG("settlement", "health", "municipal"), Pass}, {"3+", inWG("language-training", "police", "municipal", "federal"), Pass},
	})
	prof := func(p network.Profile) spec { s := councilOf("health"); s.profile = &p; return s }
	run(t, "nat.strategic-plan", []critCase{
		{"no", prof(network.Profile{StrategicPlan: network.AnswerNo}), Fail},
		{"yes", prof(network.Profile{StrategicPlan: network.AnswerYes}), Pass},
		{"blank", prof(network.Profile{}), Unknown},
	})
	// "Only 30% had completed implementation of their strategic/action
	// plans, 53% said that implementation was in progress" (IRCC
	// presentation, 2018): in progress meets "complete or in progress".
	run(t, "nat.implementation", []critCase{
		{"none", prof(network.Profile{Implementation: "none"}), Fail},
		{"in progress", prof(network.Profile{Implementation: "in-progress"}), Pass},
		{"complete", prof(network.Profile{Implementation: "complete"}), Pass},
		{"blank", prof(network.Profile{}), Unknown},
	})
	run(t, "st.terms-of-reference", []critCase{
		{"no", prof(network.Profile{TermsOfReference: network.AnswerNo}), Fail},
		{"yes", prof(network.Profile{TermsOfReference: network.AnswerYes}), Pass},
		{"blank", prof(network.Profile{}), Unknown},
	})
}
