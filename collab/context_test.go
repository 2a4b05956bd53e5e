package collab

import (
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// TestContextNetworkLossless: a custom criterion sees the partnership as
// loaded, ties and partner attributes included (the mid-size sample has 85
// ties and the small centre 12, testdata/README.md), and the what-if
// variants of recommendations see them too, with their edits applied.
func TestContextNetworkLossless(t *testing.T) {
	for name, want := range map[string]int{"midsize": 85, "smallcentre": 12} {
		lossless(t, sample(t, name), want, name == "smallcentre")
	}
}

func lossless(t *testing.T, n *network.Network, want int, variants bool) {
	var seen []int
	var attr string
	cr := Criterion{ID: "x.ties", Set: "custom", Weight: 1, Evaluate: func(c *Context) Result {
		net := c.Network()
		seen = append(seen, len(net.Ties()))
		for _, p := range net.Partners() {
			attr += p.Attrs["size"]
		}
		if len(net.Ties()) == want {
			return Result{Status: Fail, Score: 0} // leaves room for recommendations to be tried
		}
		return Result{Status: Unknown}
	}}
	crit := append(Builtin(), cr)
	sc, err := Score(n, "", &Options{Criteria: crit, MaxChanges: DefaultMaxChanges})
	if err != nil {
		t.Fatal(err)
	}
	if variants && len(seen) < 2 {
		t.Fatalf("the criterion was judged %d times, want the scorecard and what-if variants", len(seen))
	}
	for i, k := range seen {
		if k != want {
			t.Errorf("judgement %d saw %d ties, want %d", i, k, want)
		}
	}
	if attr == "" {
		t.Error("partner attributes lost")
	}
	if it, _ := sc.Item("x.ties"); it.Status != Fail {
		t.Errorf("custom criterion %v", it.Status)
	}
}

// TestChangeWithCommasInIDs: partner and body IDs may contain commas; a
// change holds them as lists, so Apply and the score it predicts agree.
func TestChangeWithCommasInIDs(t *testing.T) {
	d := network.Data{
		Partners: []network.Partner{
			{ID: "settle, inc", Sector: "settlement", Partnership: "lip"},
			{ID: "city,hall", Name: "City of Commas", Sector: "municipal", Partnership: "lip"},
			{ID: "h", Sector: "health", Partnership: "lip"},
		},
		Bodies: []network.Body{
			{ID: "council", Kind: network.Council, Partnership: "lip"},
			{ID: "wg,1", Kind: network.WorkingGroup, Theme: "health", Partnership: "lip"},
			{ID: "wg,2", Kind: network.WorkingGroup, Theme: "youth", Partnership: "lip"},
			{ID: "wg,3", Kind: network.WorkingGroup, Theme: "settlement", Partnership: "lip"},
		},
		Memberships: []network.Membership{
			{Partner: "settle, inc", Body: "council", Role: network.RoleChair},
			{Partner: "city,hall", Body: "council"}, {Partner: "h", Body: "council"},
			{Partner: "h", Body: "wg,1"}, {Partner: "settle, inc", Body: "wg,2"}, {Partner: "settle, inc", Body: "wg,3"},
		},
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Score(n, "", recs)
	if err != nil {
		t.Fatal(err)
	}
	joined := false
	for i, r := range sc.Recommendations {
		r.Apply(&d)
		v, err := network.New(d, nil)
		if err != nil {
			t.Fatalf("step %d (%s): %v", i+1, r.Text, err)
		}
		got, _ := Score(v, "", nil)
		if got.Overall != r.ScoreAfter {
			t.Errorf("step %d (%s): rebuilt %.1f, recommendation %.1f", i+1, r.Text, got.Overall, r.ScoreAfter)
		}
		if r.Kind == KindJoin {
			joined = true
			if len(r.Partners) != 1 || r.Partners[0] != "city,hall" || r.PartnerNames[0] != "City of Commas" || len(r.Bodies) != 2 {
				t.Errorf("join: partners %q (%q), bodies %q", r.Partners, r.PartnerNames, r.Bodies)
			}
		}
	}
	if !joined {
		t.Errorf("no combined join of the city: %+v", sc.Recommendations)
	}
}
