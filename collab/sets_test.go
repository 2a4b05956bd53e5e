package collab

import (
	"fmt"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// groups returns k working groups on the given themes (cycled), each with
// one settlement and one health member, plus a council.
func groups(k int, themes ...string) spec {
	s := councilOf("settlement", "health")
	for i := range k {
		id := fmt.Sprintf("wg%d", i)
		s.bodies = append(s.bodies, id+":working-group:"+themes[i%len(themes)])
		s.members = append(s.members, "p0@"+id, "p1@"+id)
	}
	return s
}

func TestStructureThresholds(t *testing.T) {
	var wg []critCase
	for k, want := range map[int]Status{0: Fail, 1: Partial, 2: Partial, 3: Pass, 4: Pass} {
		wg = append(wg, critCase{fmt.Sprintf("%d", k), groups(k, "health"), want})
	}
	run(t, "st.working-groups", wg)

	teams := func(k int) spec {
		s := groups(1, "health")
		for i := range k {
			s.bodies = append(s.bodies, fmt.Sprintf("at%d:action-team:health:wg0", i))
			s.members = append(s.members, fmt.Sprintf("p0@at%d", i))
		}
		return s
	}
	run(t, "st.action-teams", []critCase{{"0", teams(0), Partial}, {"1", teams(1), Pass}, {"2", teams(2), Pass}})

	sec := func(staffed bool) spec {
		s := councilOf("settlement")
		s.bodies = append(s.bodies, "sec:secretariat")
		if staffed {
			s.members = append(s.members, "p0@sec:staff")
		}
		return s
	}
	run(t, "st.secretariat", []critCase{{"none", councilOf("settlement"), Fail}, {"empty", sec(false), Fail}, {"staffed", sec(true), Pass}})

	// Stage: council (1), needs assessment (2), strategic plan (3), action
	// plan year (4), implementation (5); pass 5, partial 3.
	stage := func(p network.Profile) spec { s := councilOf("health"); s.profile = &p; return s }
	y, n := network.Yes, network.No
	run(t, "st.stage", []critCase{
		{"2", stage(network.Profile{NeedsAssessment: y, StrategicPlan: n}), Fail},
		{"3", stage(network.Profile{NeedsAssessment: y, StrategicPlan: y}), Partial},
		{"4", stage(network.Profile{NeedsAssessment: y, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "none"}), Partial},
		{"5", stage(network.Profile{NeedsAssessment: y, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "complete"}), Pass},
		{"gap", stage(network.Profile{NeedsAssessment: n, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "complete"}), Fail},
		{"blank", stage(network.Profile{NeedsAssessment: y}), Unknown},
	})
}

func TestGovernanceThresholds(t *testing.T) {
	lv := func(roles ...string) spec { // municipal, provincial, federal roles ("" = absent)
		s := spec{bodies: []string{"c:council"}}
		for i, sec := range []string{"municipal", "provincial", "federal"} {
			if i < len(roles) && roles[i] != "" {
				s.partners = append(s.partners, sec+":"+sec)
				s.members = append(s.members, sec+"@c:"+roles[i])
			}
		}
		return s
	}
	run(t, "gov.levels", []critCase{
		{"1.5", lv("member", "observer"), Fail},
		{"2", lv("member", "member"), Partial},
		{"2.5", lv("member", "member", "observer"), Partial},
		{"3", lv("member", "chair", "co-chair"), Pass},
	})
	run(t, "gov.municipal-on-council", []critCase{
		{"none", councilOf("health"), Fail}, {"observer", lv("observer"), Partial}, {"member", lv("member"), Pass},
		{"staff", lv("staff"), Fail},
	})
}

func TestThemeThresholds(t *testing.T) {
	var common []critCase
	for k, want := range map[int]Status{1: Fail, 2: Partial, 3: Partial, 4: Pass, 5: Pass} {
		common = append(common, critCase{fmt.Sprintf("%d", k), groups(k, CommonThemes...), want})
	}
	// Aliases count as their theme; a theme twice counts once.
	common = append(common, critCase{"aliases", groups(4, "language", "Mental Health", "inclusion", "language-training"), Partial})
	run(t, "th.common-themes", common)

	// Themes serving distinct domains, in order: settlement (civic),
	// health, education, youth, social-inclusion, attraction, employment.
	doms := []string{"settlement", "health", "education", "youth", "social-inclusion", "attraction", "employment"}
	var wc []critCase
	for k, want := range map[int]Status{2: Fail, 3: Partial, 4: Partial, 5: Pass, 6: Pass} {
		wc = append(wc, critCase{fmt.Sprintf("%d", k), groups(k, doms...), want})
	}
	wc = append(wc, critCase{"same domain", groups(3, "settlement", "housing", "digital-access"), Fail})
	run(t, "th.welcoming-domains", wc)
}

func TestVoiceThresholds(t *testing.T) {
	with := func(consult network.Answer, sectors ...string) spec {
		s := councilOf(sectors...)
		s.profile = &network.Profile{NewcomerConsultation: consult}
		return s
	}
	run(t, "nv.newcomer-voice", []critCase{
		{"none, no consultation", with(network.No, "health"), Fail},
		{"ethnocultural", with(network.No, "health", "ethnocultural"), Pass},
		{"newcomer", with(network.Unknown, "newcomer"), Pass},
		{"consultation", with(network.Yes, "health"), Pass},
		{"none, blank", with(network.Unknown, "health"), Unknown},
	})
}

// counts returns a council with the given numbers of members in the first
// categories (catSector order).
func counts(cs ...int) spec {
	var secs []string
	for i, c := range cs {
		for range c {
			secs = append(secs, catSector[i])
		}
	}
	return councilOf(secs...)
}

func TestDiversityThresholds(t *testing.T) {
	// IQV = (1 − Σ c²/n²) / (1 − 1/7). Hand-computed:
	//   7,4,2,1 (n=14): Σc² = 70, 1 − 70/196 = 9/14, IQV = 0.75 exactly (pass at).
	//   8,3,2,1: Σc² = 78, Blau 0.602, IQV 0.702 (just below pass: partial).
	//   6,4,2,2: Σc² = 60, Blau 0.694, IQV 0.810 (above: pass).
	//   5,1 (n=6): Σc² = 26, Blau 0.278, IQV 0.324 (fail);
	//   4,2 (n=6): Σc² = 20, Blau 0.444, IQV 0.519 (just above partial).
	//   9,4,1 (n=14): Σc² = 98, Blau 0.5, IQV 0.583 (partial).
	//   10,3,1: Σc² = 110, Blau 0.439, IQV 0.512 (partial); 10,4: 116, 0.408, 0.476 (just below partial: fail).
	run(t, "dv.council-diversity", []critCase{
		{"7,4,2,1", counts(7, 4, 2, 1), Pass}, {"8,3,2,1", counts(8, 3, 2, 1), Partial}, {"6,4,2,2", counts(6, 4, 2, 2), Pass},
		{"5,1", counts(5, 1), Fail}, {"4,2", counts(4, 2), Partial}, {"10,4", counts(10, 4), Fail}, {"10,3,1", counts(10, 3, 1), Partial},
		{"no council", spec{partners: []string{"a:health"}}, Unknown},
	})
	if r := judgeOne(t, counts(7, 4, 2, 1).network(t), "dv.council-diversity"); r.Score != 100 {
		t.Errorf("IQV 0.75: score %g", r.Score)
	}

	// Working groups: diverse = IQV ≥ 0.5, i.e. two members of two
	// categories (Blau 0.5, IQV 0.583); one of a kind is IQV 0.
	wgs := func(diverse, plain int) spec {
		s := councilOf("settlement", "health")
		for i := range diverse + plain {
			id := fmt.Sprintf("wg%d", i)
			s.bodies = append(s.bodies, id+":working-group:health")
			s.members = append(s.members, "p0@"+id)
			if i < diverse {
				s.members = append(s.members, "p1@"+id)
			}
		}
		return s
	}
	run(t, "dv.working-group-diversity", []critCase{
		{"1/4", wgs(1, 3), Fail}, {"2/4", wgs(2, 2), Partial}, {"3/4", wgs(3, 1), Partial}, {"4/4", wgs(4, 0), Pass},
		{"none", councilOf("health"), Unknown},
	})
}

// TestEveryBuiltinHasThresholdTest guards against a new built-in criterion
// without a data-driven threshold test above.
func TestEveryBuiltinHasThresholdTest(t *testing.T) {
	tested := []string{"bp.stakeholder-variety", "bp.mainstream-on-council", "bp.city-in-most-working-groups", "bp.plan-endorsed",
		"nat.council", "nat.core-partners", "nat.provincial", "nat.federal", "nat.employers", "nat.research-umbrella", "nat.media",
		"nat.strategic-plan", "nat.implementation", "st.terms-of-reference", "st.working-groups", "st.action-teams", "st.secretariat",
		"st.stage", "gov.levels", "gov.municipal-on-council", "th.common-themes", "th.welcoming-domains", "nv.newcomer-voice",
		"dv.council-diversity", "dv.working-group-diversity"}
	for _, cr := range Builtin() {
		if !contains(tested, cr.ID) {
			t.Errorf("built-in %s has no threshold test", cr.ID)
		}
	}
	if len(Builtin()) != len(tested) {
		t.Errorf("%d built-ins, %d tested", len(Builtin()), len(tested))
	}
}
