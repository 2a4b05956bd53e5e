package collab

import (
	"encoding/json"
	"testing"
)

// TestAppendCardMatchesEncodingJSON: the hand-written encoder writes what
// json.MarshalIndent writes, on the samples and on hostile strings.
func TestAppendCardMatchesEncodingJSON(t *testing.T) {
	var cards []cardJSON
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		sc, err := Score(sample(t, s), "", nil)
		if err != nil {
			t.Fatal(err)
		}
		cards = append(cards, sc.toJSON())
	}
	hostile := "a\"b\\c\n\r\t\x01<>&\u2028\u2029 é — \xff end"
	cards = append(cards, cardJSON{Partnership: hostile, Overall: 12.3, Criteria: []criterionJSON{{ID: hostile, Status: Partial,
		Score: 0.1, Weight: 1e-7, Evidence: evidenceJSON{Have: []string{}, Missing: []string{hostile}}, Explanation: hostile}},
		Recommendations: []recJSON{}})
	cards = append(cards, cardJSON{Criteria: []criterionJSON{}, Recommendations: []recJSON{{Change: "x", ScoreAfter: 100, Criteria: []string{}, Partners: []string{}, PartnerNames: []string{}, Bodies: []string{}, BodyNames: []string{}}}})
	for i, c := range cards {
		for _, prefix := range []string{"", "    "} {
			want, err := json.MarshalIndent(c, prefix, "  ")
			if err != nil {
				t.Fatal(err)
			}
			if got := appendCard(nil, c, prefix); string(got) != string(want) {
				t.Errorf("card %d prefix %q:\ngot  %s\nwant %s", i, prefix, got, want)
			}
		}
	}
}
