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
