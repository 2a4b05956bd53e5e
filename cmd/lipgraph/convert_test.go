package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConvertRoundTrip converts a sample to JSON and back to CSV, and checks
// that validate summarises all three alike.
func TestConvertRoundTrip(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	doc, folder := filepath.Join(dir, "lip.json"), filepath.Join(dir, "csv")
	if _, errs, code := runCLI(t, "convert", "testdata/neighbourhood", "-o", doc); code != 0 {
		t.Fatalf("to JSON: exit %d %s", code, errs)
	}
	if _, errs, code := runCLI(t, "convert", doc, "-o", folder); code != 0 {
		t.Fatalf("to CSV: exit %d %s", code, errs)
	}
	want, _, _ := runCLI(t, "validate", "testdata/neighbourhood", "--format", "json")
	for _, p := range []string{doc, folder} {
		got, errs, code := runCLI(t, "validate", p, "--format", "json")
		if code != 0 {
			t.Fatalf("validate %s: exit %d %s", p, code, errs)
		}
		if strip(got) != strip(want) {
			t.Errorf("validate %s differs from the original:\n%s\nvs\n%s", p, got, want)
		}
	}
	stdout, _, code := runCLI(t, "convert", "testdata/neighbourhood")
	b, _ := os.ReadFile(doc)
	if code != 0 || stdout != string(b) {
		t.Error("convert to standard output differs from -o FILE.json")
	}
	if _, _, code := runCLI(t, "convert", "testdata/broken/many"); code != 1 {
		t.Errorf("broken input: exit %d, want 1", code)
	}
}

// strip drops the "path" line of validate's JSON.
func strip(s string) string {
	var keep []string
	for _, line := range strings.Split(s, "\n") {
		if !strings.HasPrefix(line, `  "path":`) {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "\n")
}

// TestConvertOverAnotherDataset converts a dataset without profile.csv into
// a folder holding another dataset with one: the folder must then mean
// exactly the source (the old profile.csv changed the next score from 27.7
// to 44.2 when it was left behind).
func TestConvertOverAnotherDataset(t *testing.T) {
	t.Chdir("../..")
	dir := t.TempDir()
	src, dst := filepath.Join(dir, "src"), filepath.Join(dir, "dst")
	for _, d := range []string{src, dst} {
		os.Mkdir(d, 0o755)
	}
	for _, f := range []string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv"} {
		b, _ := os.ReadFile(filepath.Join("testdata/smallcentre", f))
		os.WriteFile(filepath.Join(src, f), b, 0o644)
	}
	for _, f := range []string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv", "profile.csv"} {
		b, _ := os.ReadFile(filepath.Join("testdata/midsize", f))
		os.WriteFile(filepath.Join(dst, f), b, 0o644)
	}
	os.WriteFile(filepath.Join(dst, "notes.txt"), []byte("mine"), 0o644)
	if _, errs, code := runCLI(t, "convert", src, "-o", dst); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dst, "profile.csv")); err == nil {
		t.Error("the other dataset's profile.csv survived")
	}
	if b, _ := os.ReadFile(filepath.Join(dst, "notes.txt")); string(b) != "mine" {
		t.Error("a file that is not part of a dataset was touched")
	}
	// (a date, so that no warning names the folder)
	want, _, _ := runCLI(t, "score", src, "--format", "json", "--as-of", "2024")
	got, _, _ := runCLI(t, "score", dst, "--format", "json", "--as-of", "2024")
	if got != want || got == "" {
		t.Errorf("the converted folder scores differently from its source:\n%.300s\nvs\n%.300s", got, want)
	}
}

// TestConvertSaysWhatItWrote: both directions name what they wrote and
// how much of it (smallcentre: 12 partners, 5 bodies, 26 memberships and 12
// ties: the data lines of its CSV files, counted with wc -l).
func TestConvertSaysWhatItWrote(t *testing.T) {
	t.Chdir("../..")
	doc := filepath.Join(t.TempDir(), "sc.json")
	const counts = "(12 partners, 5 bodies, 26 memberships, 12 ties)"
	if _, errs, code := runCLI(t, "convert", "testdata/smallcentre", "-o", doc); code != 0 || errs != "lipgraph convert: wrote the JSON document "+doc+" "+counts+"\n" {
		t.Errorf("to JSON: exit %d, %q", code, errs)
	}
	dir := filepath.Join(t.TempDir(), "sc")
	if _, errs, code := runCLI(t, "convert", doc, "-o", dir); code != 0 || errs != "lipgraph convert: wrote the CSV folder "+dir+" "+counts+"\n" {
		t.Errorf("to CSV: exit %d, %q", code, errs)
	}
}
