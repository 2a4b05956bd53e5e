package collab

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// golden compares got with testdata/golden/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; got:\n%s", name, got)
	}
}

// TestGoldenScorecards renders the scorecard of every sample in each format
// and compares it with the reviewed golden files. The conclusions they must
// show are checked independently in TestSampleConclusions.
func TestGoldenScorecards(t *testing.T) {
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		sc, err := Score(sample(t, s), "", nil)
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
