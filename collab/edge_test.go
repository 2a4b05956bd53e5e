package collab

import (
	"bytes"
	"errors"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// TestEdgeCases: empty, nil and unusual inputs give results or errors, not
// panics.
func TestEdgeCases(t *testing.T) {
	empty, err := network.New(network.Data{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	sc, err := Score(empty, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := sc.WriteJSON(&buf); err != nil || sc.Overall < 0 || sc.Overall > 100 {
		t.Errorf("empty: %v %v", sc.Overall, err)
	}
	if _, err := Score(nil, "", nil); !errors.Is(err, ErrNoPartnership) {
		t.Errorf("nil network: %v", err)
	}
	// The zero Network is the empty network: it scores the same, without
	// a panic (it had no taxonomy).
	zero, err := Score(&network.Network{}, "", nil)
	if err != nil {
		t.Fatalf("zero Network: %v", err)
	}
	var zbuf bytes.Buffer
	if err := zero.WriteJSON(&zbuf); err != nil || zbuf.String() != buf.String() {
		t.Errorf("zero Network scores differently from the empty one: %v\n%s\nvs\n%s", err, zbuf.String(), buf.String())
	}
	if _, err := Measure(&network.Network{}, ""); err != nil {
		t.Errorf("measure zero: %v", err)
	}
	if _, err := ScoreAll(&network.Network{}, nil); err != nil {
		t.Errorf("ScoreAll zero: %v", err)
	}
	if _, err := Measure(empty, ""); err != nil {
		t.Errorf("measure empty: %v", err)
	}
	cards, err := ScoreAll(empty, recs)
	if err != nil || WriteAllJSON(&buf, cards) != nil || WriteRanking(&buf, cards, true) != nil {
		t.Errorf("ScoreAll empty: %v", err)
	}
	// A custom taxonomy without the built-in categories.
	tax, err := network.NewTaxonomy([]network.SectorInfo{{Key: "a", Category: "x"}, {Key: "b", Category: "y"}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := network.New(network.Data{
		Partners:    []network.Partner{{ID: "p", Sector: "a"}, {ID: "q", Sector: "b"}},
		Bodies:      []network.Body{{ID: "c", Kind: network.Council}, {ID: "w", Kind: network.WorkingGroup, Theme: "Health & Care"}},
		Memberships: []network.Membership{{Partner: "p", Body: "c"}, {Partner: "q", Body: "w"}},
	}, &network.Config{Taxonomy: tax})
	if err != nil {
		t.Fatal(err)
	}
	if sc, err = Score(n, "", recs); err != nil || len(sc.Recommendations) == 0 {
		t.Errorf("custom taxonomy: %v, %d recommendations", err, len(sc.Recommendations))
	}
	if _, err := Measure(n, ""); err != nil {
		t.Error(err)
	}
	// A custom criterion in Go, reading the network lazily.
	crit := []Criterion{{ID: "go.members", Weight: 1, Evaluate: func(c *Context) Result {
		if c.Network() == nil {
			return Result{}
		}
		return Result{Status: Pass, Score: 250, Explanation: "fine."}
	}}}
	if sc, err = Score(n, "", &Options{Criteria: crit, MaxChanges: DefaultMaxChanges}); err != nil || sc.Items[0].Score != 100 || sc.Items[0].Status != Pass {
		t.Errorf("Go criterion: %+v %v", sc.Items, err)
	}
	if _, err := Score(n, "", &Options{Criteria: []Criterion{{ID: "a", Measure: "council.iqv", Pass: 1}, {ID: "a", Measure: "council.iqv", Pass: 1}}}); err == nil {
		t.Error("duplicate ids accepted")
	}
	if _, err := Score(n, "elsewhere", recs); !errors.Is(err, ErrNoPartnership) {
		t.Errorf("unknown partnership: %v", err)
	}
}
