package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDataset writes a partnership folder of the given partners (id, name,
// sector) all members of one council.
func writeDataset(t *testing.T, partners [][3]string) string {
	t.Helper()
	dir := t.TempDir()
	var p, m strings.Builder
	cw := csv.NewWriter(&p)
	cw.Write([]string{"id", "name", "sector", "partnership"})
	mw := csv.NewWriter(&m)
	mw.Write([]string{"partner", "body", "role", "since", "until"})
	for _, x := range partners {
		cw.Write([]string{x[0], x[1], x[2], "ex"})
		mw.Write([]string{x[0], "council", "member", "2019", ""})
	}
	cw.Flush()
	mw.Flush()
	files := map[string]string{
		"partners.csv":    p.String(),
		"memberships.csv": m.String(),
		"bodies.csv":      "id,name,kind,theme,parent,partnership\ncouncil,Council,council,,,ex\n",
		"ties.csv":        "source,target,kind,weight\n",
	}
	for name, s := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestMetricsTextLongID: one 1 MB id must not pad every row of the text
// table to its width (before: 50 rows of 1 MB each).
func TestMetricsTextLongID(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	partners := [][3]string{{long, "Long", "health"}}
	for i := range 50 {
		partners = append(partners, [3]string{fmt.Sprintf("p%02d", i), "P", "faith"})
	}
	dir := writeDataset(t, partners)
	out, errs, code := runCLI(t, "metrics", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if len(out) > len(long)+64<<10 {
		t.Errorf("text output is %d bytes for a %d-byte id", len(out), len(long))
	}
	// the short ids are padded as if the long one were absent
	if !strings.Contains(out, "\np00  faith") {
		t.Errorf("rows not aligned on the short ids:\n%.300s", out[strings.Index(out, "\nid")+1:])
	}
}

// TestMetricsCSVFormulaInjection: metrics --format csv quotes a
// formula-like id and keeps negative numbers as numbers.
func TestMetricsCSVFormulaInjection(t *testing.T) {
	dir := writeDataset(t, [][3]string{{"=1+2", "Evil", "health"}, {"b", "B", "faith"}, {"c", "C", "faith"}})
	out, errs, code := runCLI(t, "metrics", dir, "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if recs[1][0] != "'=1+2" {
		t.Errorf("first id %q, want '=1+2", recs[1][0])
	}
	for _, r := range recs[1:] {
		for _, c := range r[1:] {
			if strings.HasPrefix(c, "'") {
				t.Errorf("a measure was quoted: %q", r)
			}
		}
	}
}

// TestEveryOutputCommand runs every command that takes -o: one aimed at an
// input file is refused as a usage error, and one that fails on a broken
// input leaves the existing output byte for byte. New commands with -o are
// covered without being listed here.
func TestEveryOutputCommand(t *testing.T) {
	n := 0
	for _, c := range commands {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		var b boundary
		c.flags(fs, &b)
		if fs.Lookup("o") == nil {
			continue
		}
		// the -o guard and atomic writes hang on outputFlag, control
		// characters' escaping on formatFlag: a command declaring them
		// otherwise would lose them silently
		if b.out == nil {
			t.Errorf("%s: -o is not declared with outputFlag", c.name)
			continue
		}
		if fs.Lookup("format") != nil && b.format == nil {
			t.Errorf("%s: --format is not declared with formatFlag", c.name)
		}
		n++
		t.Run(c.name, func(t *testing.T) {
			dir := writeDataset(t, [][3]string{{"a", "A", "health"}, {"b", "B", "faith"}})
			partners := filepath.Join(dir, "partners.csv")
			before, _ := os.ReadFile(partners)
			_, errs, code := runCLI(t, c.name, dir, "-o", partners)
			if after, _ := os.ReadFile(partners); code != 2 || !strings.Contains(errs, "would overwrite the input") || string(after) != string(before) {
				t.Errorf("-o the input's partners.csv: exit %d, stderr %q", code, errs)
			}
			os.WriteFile(filepath.Join(dir, "ties.csv"), []byte("source,target,kind,weight\na,nobody,referral,1\n"), 0o644)
			out := filepath.Join(t.TempDir(), "out.svg")
			os.WriteFile(out, []byte("old"), 0o644)
			_, errs, code = runCLI(t, c.name, dir, "-o", out)
			if got, _ := os.ReadFile(out); code == 0 || string(got) != "old" {
				t.Errorf("broken input: exit %d (%s), output now %.40q", code, errs, got)
			}
		})
	}
	if n < 5 {
		t.Errorf("only %d commands take -o", n)
	}
}
