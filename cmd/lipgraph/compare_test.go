package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/golden"
)

// TestCompareGolden runs compare on the Riverton waves in every format, and
// on the 2024 wave at two dates, from the repository root. The numbers are
// checked against testdata/waves/check_waves.py by the waves package's
// tests; this test pins the formatting.
func TestCompareGolden(t *testing.T) {
	t.Chdir("../..")
	for _, f := range []string{"text", "json", "markdown", "csv"} {
		out, errs, code := runCLI(t, "compare", "testdata/waves/2022", "testdata/waves/2024", "--format", f)
		if code != 0 {
			t.Fatalf("%s: exit %d, stderr %q", f, code, errs)
		}
		rename := strings.Contains(errs, "warning: \"Filipino Association of Riverton\" left as riverton-filipino and entered as riverton-filipino-assoc")
		if machine := f == "json" || f == "csv"; rename != machine || (!machine && errs != "") {
			t.Errorf("%s: stderr %q; want the rename warning on stderr only for json and csv", f, errs)
		}
		golden.Check(t, filepath.Join(testDir, "testdata", "golden", "compare", "riverton."+f), []byte(out))
	}
	out, errs, code := runCLI(t, "compare", "testdata/waves/2024", "--from", "2022", "--to", "2024")
	if code != 0 || errs != "" {
		t.Fatalf("dated: exit %d, stderr %q", code, errs)
	}
	golden.Check(t, filepath.Join(testDir, "testdata", "golden", "compare", "riverton-dated.text"), []byte(out))
}

// TestCompareJSONContract checks the keys of the compare JSON contract in
// the README.
func TestCompareJSONContract(t *testing.T) {
	out, _, code := runCLI(t, "compare", "../../testdata/waves/2022", "../../testdata/waves/2024", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var c struct {
		Before, After string
		Partnerships  []map[string]json.RawMessage
	}
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if c.Before != "../../testdata/waves/2022" || c.After != "../../testdata/waves/2024" || len(c.Partnerships) != 1 {
		t.Fatalf("before %q, after %q, %d partnerships", c.Before, c.After, len(c.Partnerships))
	}
	pc := c.Partnerships[0]
	for _, k := range []string{"partnership", "partners", "retention", "probable_renames", "by_sector", "by_category", "sectors_gained",
		"sectors_lost", "bodies", "score", "criteria", "measures", "new_cross_category_ties", "survey"} {
		if _, ok := pc[k]; !ok {
			t.Errorf("partnership object lacks %q", k)
		}
	}
	var m map[string]map[string]*float64
	if err := json.Unmarshal(pc["measures"], &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"density", "components", "cross_category_ties", "cross_category_tie_share", "category_ei_index"} {
		if ch, ok := m[k]; !ok || ch["before"] == nil || ch["after"] == nil || ch["change"] == nil {
			t.Errorf("measures.%s = %v, want before, after and change", k, ch)
		}
	}
}

func TestCompareUsage(t *testing.T) {
	for _, args := range [][]string{
		{"compare"},
		{"compare", "a"},
		{"compare", "a", "b", "c"},
		{"compare", "a", "--from", "2022"},
		{"compare", "a", "b", "--from", "2022", "--to", "2024"},
		{"compare", "a", "--from", "22x"},
	} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

// TestCompareBroken: a wave with bad survey input stops compare with exit 1
// and the located problems.
func TestCompareBroken(t *testing.T) {
	t.Chdir("../..")
	out, errs, code := runCLI(t, "compare", "testdata/waves/2022", "testdata/broken/bad-rating")
	if code != 1 || out != "" || !strings.Contains(errs, `testdata/broken/bad-rating/ratings.csv:3:3: collaboration "7": invalid value`) {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out, errs)
	}
}

// TestDotChange: dot --view change draws the two waves as draw.Change does
// (its golden file), and wants exactly two datasets.
func TestDotChange(t *testing.T) {
	t.Chdir("../..")
	out, errs, code := runCLI(t, "dot", "--view", "change", "testdata/waves/2022", "testdata/waves/2024", "--title", "Riverton LIP, 2022 to 2024")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	golden.Check(t, "draw/testdata/golden/dot/change-riverton.dot", []byte(out))
	if _, _, code := runCLI(t, "dot", "--view", "change", "testdata/waves/2022"); code != 2 {
		t.Errorf("one dataset: exit %d, want 2", code)
	}
}
