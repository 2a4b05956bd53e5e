package collab

import (
	"bytes"
	"path/filepath"
	"testing"

	goldenfile "github.com/lipgraph/lipgraph/internal/golden"
)

// golden compares got with testdata/golden/name (go test -update rewrites it).
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenfile.Check(t, filepath.Join("testdata", "golden", name), got)
}

// TestGoldenScorecards renders the scorecard of every sample in each format
// and compares it with the reviewed golden files. The conclusions they must
// show are checked independently in TestSampleConclusions.
func TestGoldenScorecards(t *testing.T) {
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		sc, err := Score(sample(t, s), "", recs)
		if err != nil {
			t.Fatal(err)
		}
		var j, m, x bytes.Buffer
		if err := sc.WriteJSON(&j); err != nil {
			t.Fatal(err)
		}
		if err := sc.WriteMarkdown(&m); err != nil {
			t.Fatal(err)
		}
		if err := sc.WriteText(&x, -1); err != nil {
			t.Fatal(err)
		}
		golden(t, s+".json", j.Bytes())
		golden(t, s+".md", m.Bytes())
		golden(t, s+".txt", x.Bytes())
	}
}
