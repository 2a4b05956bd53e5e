package waves_test

import (
	"encoding/json"
	"math"
	"reflect"
	"slices"
	"testing"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/internal/sampletest"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

func compareWaves(t testing.TB) *waves.Comparison {
	t.Helper()
	c, err := waves.Compare(waves.Wave{Label: "2022", Network: sampletest.Wave(t, "2022")}, waves.Wave{Label: "2024", Network: sampletest.Wave(t, "2024")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// generic round-trips v through JSON into maps, slices, float64 and nil.
func generic(t *testing.T, v any) any {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var g any
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatal(err)
	}
	return g
}

// near compares two generic JSON values, numbers within 1e-9.
func near(a, b any) bool {
	switch x := a.(type) {
	case float64:
		y, ok := b.(float64)
		return ok && math.Abs(x-y) <= 1e-9*math.Max(1, math.Abs(y))
	case []any:
		y, ok := b.([]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for i := range x {
			if !near(x[i], y[i]) {
				return false
			}
		}
		return true
	case map[string]any:
		y, ok := b.(map[string]any)
		if !ok || len(x) != len(y) {
			return false
		}
		for k := range x {
			if !near(x[k], y[k]) {
				return false
			}
		}
		return true
	}
	return reflect.DeepEqual(a, b)
}

// TestCompareReference checks every number and list of Compare on the
// Riverton waves against check_waves.py (reference.json).
func TestCompareReference(t *testing.T) {
	var ref map[string]any
	if err := json.Unmarshal(loadReference(t).Compare, &ref); err != nil {
		t.Fatal(err)
	}
	c := compareWaves(t)
	if len(c.Partnerships) != 1 || c.Partnerships[0].Partnership != "riverton" || c.Before != "2022" || c.After != "2024" {
		t.Fatalf("comparison of %s → %s has partnerships %v, want riverton only", c.Before, c.After, c.Partnerships)
	}
	pc := c.Partnerships[0]
	got := generic(t, pc).(map[string]any)
	// Reshape the lists keyed by id into the reference's objects.
	byGroup := func(key string) map[string]any {
		m := map[string]any{}
		for _, g := range got[key].([]any) {
			g := g.(map[string]any)
			m[g["group"].(string)] = map[string]any{"before": g["before"], "after": g["after"], "retained": g["retained"], "retention": g["retention"]}
		}
		return m
	}
	got["by_sector"], got["by_category"] = byGroup("by_sector"), byGroup("by_category")
	members := map[string]any{}
	for _, b := range got["bodies"].(map[string]any)["members"].([]any) {
		b := b.(map[string]any)
		members[b["id"].(string)] = map[string]any{"before": b["before"], "after": b["after"]}
	}
	got["bodies"].(map[string]any)["members"] = members
	var pairs []any
	for _, p := range got["new_cross_category_ties"].([]any) {
		p := p.(map[string]any)
		pairs = append(pairs, []any{p["a"], p["b"]})
	}
	got["new_cross_category_ties"] = pairs
	delete(ref, "ties_kept_new_lost") // checked by the change diagram's test in package draw
	for k, want := range ref {
		if !near(got[k], want) {
			t.Errorf("%s = %v\nwant %v", k, got[k], want)
		}
	}
	for _, k := range waves.MeasureKeys() {
		if _, ok := ref["measures"].(map[string]any)[k]; !ok {
			t.Errorf("measure %s is not checked by the reference", k)
		}
	}
}

// TestCompareScore checks that the score and criteria changes are those of
// collab.Score on each wave, as `lipgraph score` reports them.
func TestCompareScore(t *testing.T) {
	pc := compareWaves(t).Partnerships[0]
	var cards [2]*collab.Scorecard
	for i, year := range []string{"2022", "2024"} {
		sc, err := collab.Score(sampletest.Wave(t, year), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		cards[i] = sc
	}
	if pc.Score.Before == nil || *pc.Score.Before != cards[0].Overall || *pc.Score.After != cards[1].Overall || math.Abs(*pc.Score.Change-(cards[1].Overall-cards[0].Overall)) > 1e-9 {
		t.Errorf("score = %v → %v, want %v → %v", fmtPtr(pc.Score.Before), fmtPtr(pc.Score.After), cards[0].Overall, cards[1].Overall)
	}
	var want []waves.CriterionChange
	for _, it := range cards[0].Items {
		other, _ := cards[1].Item(it.Criterion.ID)
		if other.Status != it.Status {
			want = append(want, waves.CriterionChange{ID: it.Criterion.ID, Title: it.Criterion.Title, Before: it.Status.String(), After: other.Status.String()})
		}
	}
	if !slices.Equal(pc.Criteria, want) || len(want) == 0 {
		t.Errorf("criteria changes = %v\nwant %v (and at least one: endorsement by council changes)", pc.Criteria, want)
	}
}

// TestCompareAbsentPartnership: a partnership in one wave only has every
// partner entered (or exited) and nil before (or after) numbers.
func TestCompareAbsentPartnership(t *testing.T) {
	after := sampletest.Wave(t, "2024")
	c, err := waves.Compare(waves.Wave{Label: "none"}, waves.Wave{Label: "2024", Network: after}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pc := c.Partnerships[0]
	if len(pc.Partners.Entered) != after.NumPartners() || len(pc.Partners.Retained) != 0 || pc.Retention != nil || pc.Score.Before != nil || pc.Score.After == nil || pc.Survey != nil {
		t.Errorf("compare from nothing = %+v", pc)
	}
	if m := pc.Measures["tied_pairs"]; m.Before != nil || m.After == nil || *m.After != 18 {
		t.Errorf("tied_pairs from nothing = %v → %v, want null → 18", fmtPtr(m.Before), fmtPtr(m.After))
	}
	if _, err := json.Marshal(c); err != nil {
		t.Error(err)
	}
}

// TestAtDate: in the 2024 wave, the five partners who joined (memberships
// since 2023 or 2024, read from memberships.csv) are not there at the end
// of 2022, and the bodies formed in 2023 have no members then.
func TestAtDate(t *testing.T) {
	n := sampletest.Wave(t, "2024")
	d, err := network.ParseDate("2022")
	if err != nil {
		t.Fatal(err)
	}
	at := waves.AtDate(n, d)
	if at.NumPartners() != 11 {
		t.Errorf("%d partners in 2022, want 11", at.NumPartners())
	}
	for _, id := range []string{"riverton-filipino-assoc", "riverton-employment-hub", "riverton-province", "riverton-legal-clinic", "riverton-youth"} {
		if _, ok := at.Partner(id); ok {
			t.Errorf("%s is there in 2022; it joined in 2023 or later", id)
		}
	}
	for _, b := range []string{"riverton-wg-youth", "riverton-secretariat"} {
		if _, ok := at.Body(b); ok {
			t.Errorf("body %s is there in 2022; it formed in 2023", b)
		}
	}
	if got := len(at.MemberIDs("riverton-steering")); got != 4 {
		t.Errorf("steering committee has %d members in 2022, want 4 (the health centre joined in 2023)", got)
	}
}
