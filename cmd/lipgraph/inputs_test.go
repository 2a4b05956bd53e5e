package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFIFOInputsRefused: hostile inputs that cannot be committed to
// testdata/hostile. A named pipe called partners.csv, or given as the .json
// document, used to block lipgraph forever waiting for a writer.
func TestFIFOInputsRefused(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "partners.csv"), 0o644); err != nil {
		t.Skip(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "d.json"), 0o644); err != nil {
		t.Skip(err)
	}
	for _, args := range [][]string{{"validate", dir}, {"score", filepath.Join(dir, "d.json")}} {
		_, stderr, code := runCLI(t, args...)
		if code != 1 || !strings.Contains(stderr, "not a regular file: a named pipe (FIFO)") {
			t.Errorf("lipgraph %q: exit %d, stderr %q; want exit 1 naming the named pipe", args, code, stderr)
		}
	}
}

// TestTotalInputCapCLI: five data files together over the cap (generated
// here, not committed: a dataset of 5 files of 300 MB) are refused before
// any is read, naming the file that crosses it: the fourth, ties.csv, brings
// the total to 4 x 300 MiB = 1258291200 bytes. Sparse files cost no disk.
func TestTotalInputCapCLI(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv", "profile.csv"} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Truncate(300 << 20); err != nil {
			t.Skip(err)
		}
		f.Close()
	}
	_, stderr, code := runCLI(t, "validate", dir)
	want := filepath.Join(dir, "ties.csv") + ": input too large; want at most 1073741824 bytes in all the files of a dataset (Config.MaxInputBytes); this file brings the total to 1258291200"
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr %q; want exit 1 and %q", code, stderr, want)
	}
}
