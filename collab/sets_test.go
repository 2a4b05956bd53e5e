package collab

import (
	"fmt"
	"strings"
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
	// IRCC presentation, 2018, stage 1: "Additional sub-councils and
	// working groups as necessary"; "Some LIPs have created Action Teams":
	// optional structures are context, whatever their number.
	var wg []critCase
	for k := range 4 {
		wg = append(wg, critCase{fmt.Sprintf("%d", k), groups(k, "health"), AsContext})
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
	run(t, "st.action-teams", []critCase{{"0", teams(0), AsContext}, {"1", teams(1), AsContext}})

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
	y, n := network.AnswerYes, network.AnswerNo
	run(t, "st.stage", []critCase{
		{"2", stage(network.Profile{NeedsAssessment: y, StrategicPlan: n}), Fail},
		{"3", stage(network.Profile{NeedsAssessment: y, StrategicPlan: y}), Partial},
		{"4", stage(network.Profile{NeedsAssessment: y, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "none"}), Partial},
		{"5", stage(network.Profile{NeedsAssessment: y, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "complete"}), Pass},
		{"gap", stage(network.Profile{NeedsAssessment: n, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "complete"}), Fail},
		{"blank", stage(network.Profile{NeedsAssessment: y}), Unknown},
	})
	// Burr 2011, step 4: "Develop an annual action plan that addresses
	// local priorities for that fiscal year": judged on a date, a plan
	// counts only for the fiscal year (April to March) of that date or
	// later.
	full := network.Profile{NeedsAssessment: y, StrategicPlan: y, ActionPlanYear: 2024, Implementation: "in-progress"}
	for _, c := range []struct {
		asOf string
		want Status
	}{{"", Pass}, {"2025-03-31", Pass}, {"2025-04-01", Partial}, {"2025", Pass}, {"2026", Partial}} {
		var d network.Date
		if c.asOf != "" {
			d = network.MustParseDate(c.asOf)
		}
		sc, err := Score(stage(full).network(t), "", &Options{AsOf: d})
		if err != nil {
			t.Fatal(err)
		}
		if it, _ := sc.Item("st.stage"); it.Status != c.want {
			t.Errorf("plan 2024 as of %q: %v (%s), want %v", c.asOf, it.Status, it.Explanation, c.want)
		}
	}
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
	// Burr 2011: LIPs "signify an innovation in multi-level collaborative
	// governance – encouraging co-operation among federal, provincial, and
	// municipal governments": the program's design, not a seat for each
	// level at every table. Context, whatever the levels present.
	run(t, "gov.levels", []critCase{
		{"1.5", lv("member", "observer"), AsContext},
		{"3", lv("member", "chair", "co-chair"), AsContext},
	})
	run(t, "gov.municipal-on-council", []critCase{
		{"none", councilOf("health"), Fail}, {"observer", lv("observer"), Partial}, {"member", lv("member"), Pass},
		{"staff", lv("staff"), Fail},
	})
	// Municipally housed LIPs (lead = municipal; "Municipal/regional
	// governments (34%)" lead LIPs, IRCC presentation, 2018): the city's
	// staff at a table, or running the secretariat, are the city taking part.
	housed := func(s spec) spec { s.profile = &network.Profile{Lead: "municipal"}; return s }
	secretariat := spec{partners: []string{"city:municipal", "h:health"}, bodies: []string{"c:council", "sec:secretariat"},
		members: []string{"h@c:chair", "city@sec:staff"}}
	run(t, "gov.municipal-on-council", []critCase{
		{"housed, staff on council", housed(lv("staff")), Pass},
		{"housed, runs secretariat", housed(secretariat), Pass},
		{"not housed, runs secretariat", secretariat, Fail},
	})
	cityStaff := func(s spec) spec {
		s.partners = []string{"city:municipal", "s:settlement"}
		s.bodies = []string{"w1:working-group:health", "w2:working-group:youth", "w3:working-group:employment"}
		s.members = []string{"s@w1", "s@w2", "s@w3", "city@w1:staff", "city@w2:staff"}
		return s
	}
	run(t, "bp.city-in-most-working-groups", []critCase{
		{"housed, staff on 2 of 3", housed(cityStaff(spec{})), Pass},
		{"not housed, staff on 2 of 3", cityStaff(spec{}), Fail},
	})

	// Broad-based leadership (Bradford & Andrew 2010, in Burr 2011: "broad-
	// based leadership and membership"): one organization chairing every
	// table fails; holding more than half of the chair seats is partial.
	chairs := func(roles ...string) spec { // the chair of tables t0, t1, ... ("a" or "b")
		s := spec{partners: []string{"a:municipal", "b:settlement", "c:health"}}
		for i, who := range roles {
			id := fmt.Sprintf("t%d", i)
			kind := "working-group:health"
			if i == 0 {
				kind = "council"
			}
			s.bodies = append(s.bodies, id+":"+kind)
			other := "c"
			if who == "c" {
				other = "b"
			}
			s.members = append(s.members, who+"@"+id+":chair", other+"@"+id)
		}
		return s
	}
	run(t, "gov.broad-leadership", []critCase{
		{"a chairs all 3", chairs("a", "a", "a"), Fail},
		{"a chairs 2 of 3", chairs("a", "a", "b"), Partial},
		{"a chairs 2 of 4", chairs("a", "a", "b", "c"), Pass},
		{"one table", chairs("a"), AsContext},
		{"no chair", councilOf("health"), Unknown},
	})
}

// TestThemeThresholds: "Common themes include employment, language
// training, social inclusion, settlement, health or youth" (IRCC
// presentation, 2018) are examples; both theme lines are context.
func TestThemeThresholds(t *testing.T) {
	run(t, "th.common-themes", []critCase{{"1", groups(1, CommonThemes...), AsContext}, {"6", groups(6, CommonThemes...), AsContext}})
	run(t, "th.welcoming-domains", []critCase{{"1", groups(1, "health"), AsContext}})
	// The coverage counts (what the context line reports), by theme:
	// employment serves attraction and recruitment as well as workplace
	// integration ("Employment and business information services" under
	// newcomer attraction and retention, IRCC presentation, 2018);
	// language training is "English language training" under education;
	// settlement and the cross-cutting francophone theme serve no single
	// domain.
	for _, c := range []struct {
		themes []string
		want   float64
	}{
		{[]string{"employment"}, 2}, {[]string{"language-training"}, 1}, {[]string{"settlement"}, 0},
		{[]string{"francophone"}, 0}, {[]string{"health", "Mental Health"}, 1}, {[]string{"housing", "digital-access"}, 1},
	} {
		m := models(groups(len(c.themes), c.themes...).network(t))[0]
		o, err := newContext(m).Observe("themes.welcoming-domains")
		if err != nil || o.Value != c.want {
			t.Errorf("%v: %v domains (%v), want %v", c.themes, o.Value, err, c.want)
		}
	}
	// Aliases count as their theme; a theme twice counts once.
	m := models(groups(4, "language", "Mental Health", "inclusion", "language-training").network(t))[0]
	if o, _ := newContext(m).Observe("themes.common"); o.Value != 3 {
		t.Errorf("aliases: %v common themes, want 3", o.Value)
	}
}

func TestVoiceThresholds(t *testing.T) {
	with := func(consult network.Answer, sectors ...string) spec {
		s := councilOf(sectors...)
		s.profile = &network.Profile{NewcomerConsultation: consult}
		return s
	}
	run(t, "nv.newcomer-voice", []critCase{
		{"none, no consultation", with(network.AnswerNo, "health"), Fail},
		{"ethnocultural", with(network.AnswerNo, "health", "ethnocultural"), Pass},
		{"newcomer", with(network.AnswerUnknown, "newcomer"), Pass},
		{"consultation", with(network.AnswerYes, "health"), Pass},
		{"none, blank", with(network.AnswerUnknown, "health"), Unknown},
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
		{"none", councilOf("health"), AsContext},
	})

	// Preston & Shields 2023: LIPs promote social resilience by "Involving
	// diverse organizations - Multiple sectors - Different sizes - Varied
	// funding regimes". Unknown without the attributes.
	attrs := func(vals ...string) network.Data { // "size/funding" per partner
		d := councilOf("health", "settlement", "faith").data(t)
		for i, v := range vals {
			size, funding, _ := strings.Cut(v, "/")
			d.Partners[i].Attrs = map[string]string{}
			if size != "" {
				d.Partners[i].Attrs["size"] = size
			}
			if funding != "" {
				d.Partners[i].Attrs["funding"] = funding
			}
		}
		return d
	}
	for _, c := range []struct {
		name string
		vals []string
		want Status
	}{
		{"none", nil, Unknown}, {"sizes vary, funding same", []string{"small/federal", "large/federal"}, Partial},
		{"both vary", []string{"small/federal", "large/private"}, Pass}, {"only size, varies", []string{"small/", "large/"}, Pass},
		{"one value each", []string{"small/federal", "small/federal"}, Fail},
	} {
		n, err := network.New(attrs(c.vals...), nil)
		if err != nil {
			t.Fatal(err)
		}
		if r := judgeOne(t, n, "dv.resilience"); r.Status != c.want {
			t.Errorf("dv.resilience %s: %v (%s), want %v", c.name, r.Status, r.Explanation, c.want)
		}
	}
}

// TestEveryBuiltinHasThresholdTest guards against a new built-in criterion
// without a data-driven threshold test above.
func TestEveryBuiltinHasThresholdTest(t *testing.T) {
	tested := []string{"bp.stakeholder-variety", "bp.mainstream-on-council", "bp.city-in-most-working-groups", "bp.plan-endorsed",
		"nat.council", "nat.core-partners", "nat.provincial", "nat.federal", "nat.employers", "nat.research-umbrella", "nat.media",
		"nat.strategic-plan", "nat.implementation", "st.terms-of-reference", "st.working-groups", "st.action-teams", "st.secretariat",
		"st.stage", "gov.levels", "gov.municipal-on-council", "th.common-themes", "th.welcoming-domains", "nv.newcomer-voice",
		"dv.council-diversity", "dv.working-group-diversity", "gov.broad-leadership", "dv.mainstream-breadth", "dv.resilience"}
	for _, cr := range Builtin() {
		if !contains(tested, cr.ID) {
			t.Errorf("built-in %s has no threshold test", cr.ID)
		}
	}
	if len(Builtin()) != len(tested) {
		t.Errorf("%d built-ins, %d tested", len(Builtin()), len(tested))
	}
}
