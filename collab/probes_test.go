package collab

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// probes are the contrasting partnerships of testdata/probes (made by
// testdata/probes/make_probes.py; testdata/README.md says what each shows).
var probes = []string{"municipal", "smalltown", "citychairs", "allno", "earlystage", "neighbourhoodtable"}

func probe(t testing.TB, name string) *network.Network {
	t.Helper()
	n, err := network.LoadDir(filepath.Join("..", "testdata", "probes", name), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestProbeGoldens renders each probe's scorecard as text, JSON and CSV and
// compares it with the golden files, each reviewed by reading it as an
// evaluator would (testdata/README.md, "Probe partnerships").
func TestProbeGoldens(t *testing.T) {
	for _, name := range probes {
		sc, err := Score(probe(t, name), "", &Options{Dataset: "probe " + name, MaxChanges: DefaultMaxChanges})
		if err != nil {
			t.Fatal(err)
		}
		var x, j, c bytes.Buffer
		if err := sc.WriteText(&x, -1); err != nil {
			t.Fatal(err)
		}
		if err := sc.WriteJSON(&j); err != nil {
			t.Fatal(err)
		}
		if err := sc.WriteCSV(&c); err != nil {
			t.Fatal(err)
		}
		golden(t, "probe-"+name+".txt", x.Bytes())
		golden(t, "probe-"+name+".json", j.Bytes())
		golden(t, "probe-"+name+".csv", c.Bytes())
	}
}

func statusOf(t *testing.T, sc *Scorecard, id string) Status {
	t.Helper()
	it, ok := sc.Item(id)
	if !ok {
		t.Fatalf("no criterion %s", id)
	}
	return it.Status
}

func failed(sc *Scorecard) []string {
	var out []string
	for _, it := range sc.Items {
		if it.Status == Fail {
			out = append(out, it.Criterion.ID)
		}
	}
	return out
}

// TestProbeConclusions checks what each probe is built to show.
func TestProbeConclusions(t *testing.T) {
	score := func(name string) *Scorecard {
		sc, err := Score(probe(t, name), "", recs)
		if err != nil {
			t.Fatal(err)
		}
		return sc
	}

	// Municipally housed (lead = municipal; "Municipal/regional
	// governments (34%)" lead LIPs, IRCC presentation, 2018): the City's
	// staff on two of three tables and running the secretariat are the
	// city taking part.
	sc := score("municipal")
	for _, id := range []string{"bp.city-in-most-working-groups", "gov.municipal-on-council"} {
		if s := statusOf(t, sc, id); s != Pass {
			t.Errorf("municipal %s: %v, want pass", id, s)
		}
	}

	// A small centre with no working groups ("Additional sub-councils and
	// working groups as necessary", IRCC presentation, 2018): the one
	// structural fact fails one criterion, the city's participation in a
	// majority of working groups; the first step is a working group with
	// the town and fitting partners.
	sc = score("smalltown")
	if got := failed(sc); !slices.Equal(got, []string{"bp.city-in-most-working-groups", "nat.provincial"}) {
		t.Errorf("smalltown failed %v, want the city criterion and provincial partners only", got)
	}
	for _, id := range []string{"st.working-groups", "dv.working-group-diversity", "th.common-themes"} {
		if s := statusOf(t, sc, id); s != AsContext {
			t.Errorf("smalltown %s: %v, want context", id, s)
		}
	}
	if r := sc.Recommendations; len(r) == 0 || r[0].Kind != KindFormGroup || !slices.Contains(r[0].Partners, "birchfalls-town") {
		t.Errorf("smalltown first recommendation %+v, want a working group with the town", r)
	}

	// The city chairs every table: not broad-based leadership (Bradford &
	// Andrew 2010, in Burr 2011); the remedy hands over chairs.
	sc = score("citychairs")
	if s := statusOf(t, sc, "gov.broad-leadership"); s != Fail {
		t.Errorf("citychairs leadership %v, want fail", s)
	}
	if r := sc.Recommendations; len(r) == 0 || r[0].Kind != KindChairs || !slices.Contains(r[0].Criteria, "gov.broad-leadership") {
		t.Errorf("citychairs recommendations %+v, want chairs shared", r)
	}

	// An honest all-"no" profile scores at least what the same partnership
	// without a profile scores: missing data never raises a score.
	sc = score("allno")
	d := probe(t, "allno").Data()
	d.Profiles = nil
	bare, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	none, _ := Score(bare, "", recs)
	if none.Overall > sc.Overall {
		t.Errorf("no profile %.1f above an honest all-no profile %.1f", none.Overall, sc.Overall)
	}
	if none.OverallMax <= none.Overall || sc.OverallMax != sc.Overall {
		t.Errorf("overall_max: no profile %.1f (overall %.1f), all-no %.1f (overall %.1f)", none.OverallMax, none.Overall, sc.OverallMax, sc.Overall)
	}
	// Plan steps come first and in the order the work happens: terms of
	// reference right after the council (Burr 2011, step 2), then research.
	var plan []string
	for _, r := range sc.Recommendations {
		if r.Kind == KindPlan {
			plan = append(plan, r.Target)
		}
	}
	if len(plan) == 0 || plan[0] != "terms_of_reference" || sc.Recommendations[0].Kind != KindPlan ||
		!slices.IsSortedFunc(plan, func(a, b string) int { return stageOrder[a] - stageOrder[b] }) {
		t.Errorf("allno plan steps %v", plan)
	}
	// With room for more changes, the research, the strategy and the
	// municipal council follow as one change (none moves the endorsement
	// criterion alone), in that order, before anything else.
	more, _ := Score(probe(t, "allno"), "", &Options{MaxChanges: 10})
	if r := more.Recommendations; len(r) < 2 || !slices.Equal(planFields(r[1]), []string{"needs_assessment", "strategic_plan", "presented_to_council", "endorsed_by_council"}) {
		t.Errorf("allno with 10 changes: %+v", r)
	}

	// An early-stage LIP: stage 2 (research done, no strategy); the
	// strategy comes before going to the municipal council.
	sc = score("earlystage")
	if it, _ := sc.Item("st.stage"); it.Status != Fail || !strings.Contains(it.Explanation, "stage 2 of 5") {
		t.Errorf("earlystage stage: %v %s", it.Status, it.Explanation)
	}
	if r := sc.Recommendations; len(r) == 0 || !slices.Equal(planFields(r[0]), []string{"strategic_plan", "presented_to_council", "endorsed_by_council"}) ||
		!strings.Contains(r[0].Text, "strategy") || !strings.Contains(r[0].Text, "then present the plan to the municipal council") {
		t.Errorf("earlystage first recommendation %+v, want the strategy, then the municipal council", r)
	}

	// A neighbourhood table: endorsement not recorded is unknown, counted
	// 0; media is context; the councillor's office is an observer.
	sc = score("neighbourhoodtable")
	if s := statusOf(t, sc, "bp.plan-endorsed"); s != Unknown || sc.OverallMax <= sc.Overall {
		t.Errorf("neighbourhoodtable endorsement %v, overall %.1f, at most %.1f", s, sc.Overall, sc.OverallMax)
	}
	if s := statusOf(t, sc, "gov.municipal-on-council"); s != Partial {
		t.Errorf("neighbourhoodtable municipal %v, want partial (observer)", s)
	}
}

// TestPlainWords scans the text scorecard of every sample and probe for
// doubled words ("the the", "council council"), "(s)", and partner or body
// IDs: sentences name organizations and tables by name.
func TestPlainWords(t *testing.T) {
	nets := map[string]*network.Network{}
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		nets[s] = sample(t, s)
	}
	for _, p := range probes {
		nets["probe "+p] = probe(t, p)
	}
	for name, n := range nets {
		sc, err := Score(n, "", recs)
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := sc.WriteText(&b, -1); err != nil {
			t.Fatal(err)
		}
		text := b.String()
		if strings.Contains(text, "(s)") {
			t.Errorf("%s: %q in the text", name, "(s)")
		}
		words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r == '\'' || r == '-')
		})
		for i := 1; i < len(words); i++ {
			if words[i] == words[i-1] {
				t.Errorf("%s: doubled word %q", name, words[i])
			}
		}
		var ids []string
		for _, p := range n.Partners() {
			ids = append(ids, p.ID)
		}
		for _, b := range n.Bodies() {
			ids = append(ids, b.ID)
		}
		for _, id := range ids {
			if strings.Contains(text, id) {
				t.Errorf("%s: the text shows the ID %q", name, id)
			}
		}
	}
}

// planFields lists the profile columns a change sets, in order.
func planFields(r Recommendation) []string {
	var out []string
	for _, e := range r.Edits {
		if e.Op == SetAnswer {
			out = append(out, e.Field)
		}
	}
	return out
}
