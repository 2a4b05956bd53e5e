package draw

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lipgraph/lipgraph/collab"
)

// TestGapsFromScorecards checks the gaps read from collab's scorecard of
// the small-centre sample against testdata/README.md's stated conclusions:
// criterion 1 partly met with economic, knowledge and media missing from
// the council; criterion 3 not met, the Town missing from the language and
// inclusion working groups. Mainstream organizations are on the council
// (education, health, library, social services), which meets the yes/no
// best practice, so no mainstream sector is reported missing.
func TestGapsFromScorecards(t *testing.T) {
	n := loadSample(t, "smallcentre")
	cards, err := collab.ScoreAll(n, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := GapsFromScorecards(n, cards)
	want := Gaps{
		WorkingGroupsWithoutCity: []string{"pinecrest-wg-inclusion", "pinecrest-wg-language"},
		MissingCouncilSectors: map[string][]string{"pinecrest-council": {
			"economic", "knowledge", "media"}},
		SingleSectors: FindGaps(n).SingleSectors,
	}
	if d := cmp.Diff(want, got, cmpopts.EquateEmpty()); d != "" {
		t.Errorf("GapsFromScorecards (-want +got):\n%s", d)
	}
	var b bytes.Buffer
	if err := Structure(&b, n, StructureOptions{Gaps: &got}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`label="missing: economic"`)) {
		t.Error("no placeholder for the missing economic category")
	}
	if g := GapsFromScorecards(nil, cards); !g.IsZero() {
		t.Error("nil network gave gaps")
	}
	if g := GapsFromScorecards(n, nil); len(g.WorkingGroupsWithoutCity) != 0 || len(g.SingleSectors) == 0 {
		t.Errorf("no scorecards: %+v", g)
	}
}
