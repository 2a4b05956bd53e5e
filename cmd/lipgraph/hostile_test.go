package main

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/termsafe"
)

// TestHostile runs every case of testdata/hostile (the format is described
// in testdata/README.md): the CLI is run in-process in a temporary copy of
// the case, and the exit status, the messages on stderr (and stdout when the
// case has want-stdout) and the untouched input files are checked.
func TestHostile(t *testing.T) {
	root, err := filepath.Abs("../../testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	cases, err := os.ReadDir(root)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		if !c.IsDir() {
			continue
		}
		n++
		t.Run(c.Name(), func(t *testing.T) { runHostileCase(t, filepath.Join(root, c.Name())) })
	}
	if n < 5 {
		t.Fatalf("only %d hostile cases found in %s", n, root)
	}
}

// hostileCase is one parsed case folder.
type hostileCase struct {
	args       []string
	exit       int
	stderr     []string // substrings that must appear on stderr
	stdout     []string // substrings that must appear on stdout
	hasData    bool
	outputFlag string // the -o argument, "" if none
}

func readHostileCase(t *testing.T, dir string) hostileCase {
	t.Helper()
	var c hostileCase
	b, err := os.ReadFile(filepath.Join(dir, "args"))
	if err != nil {
		t.Fatal(err)
	}
	c.args = strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	want, err := os.ReadFile(filepath.Join(dir, "want"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
	status, ok := strings.CutPrefix(lines[0], "exit ")
	if c.exit, err = strconv.Atoi(status); !ok || err != nil {
		t.Fatalf("want: first line %q, want \"exit N\"", lines[0])
	}
	c.stderr = nonEmpty(lines[1:])
	if b, err := os.ReadFile(filepath.Join(dir, "want-stdout")); err == nil {
		c.stdout = nonEmpty(strings.Split(string(b), "\n"))
	}
	if st, err := os.Stat(filepath.Join(dir, "data")); err == nil && st.IsDir() {
		c.hasData = true
	}
	for i, a := range c.args {
		if (a == "-o" || a == "--o") && i+1 < len(c.args) {
			c.outputFlag = c.args[i+1]
		} else if v, ok := strings.CutPrefix(a, "-o="); ok {
			c.outputFlag = v
		} else if v, ok := strings.CutPrefix(a, "--o="); ok {
			c.outputFlag = v
		}
	}
	return c
}

func nonEmpty(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func runHostileCase(t *testing.T, dir string) {
	c := readHostileCase(t, dir)
	work := t.TempDir()
	if c.hasData {
		if err := copyTree(filepath.Join(dir, "data"), filepath.Join(work, "data")); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(work)
	before := snapshot(t, "data")
	args := make([]string, len(c.args))
	for i, a := range c.args {
		args[i] = strings.ReplaceAll(a, "$D", "data")
	}
	out := strings.ReplaceAll(c.outputFlag, "$D", "data")

	stdout, stderr, code := runCLI(t, args...)
	if code != c.exit {
		t.Errorf("lipgraph %q: exit %d, want %d\nstderr:\n%s", args, code, c.exit, stderr)
	}
	for _, s := range c.stderr {
		if !strings.Contains(stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, stderr)
		}
	}
	for _, s := range c.stdout {
		if !strings.Contains(stdout, s) {
			t.Errorf("stdout lacks %q:\n%.2000s", s, stdout)
		}
	}
	if code == 2 && len(args) > 0 && strings.Count(stderr, "\n") > 2 {
		t.Errorf("a usage error takes %d lines; want one and a pointer to -h:\n%s", strings.Count(stderr, "\n"), stderr)
	}
	if i := strings.IndexFunc(stderr, termsafe.Unsafe); i >= 0 {
		t.Errorf("stderr holds the raw control character %U at byte %d:\n%q", stderr[i], i, stderr)
	}

	// Files: on success only the -o output (a file, or a folder's files)
	// may change or appear; on failure nothing may.
	after := snapshot(t, "data")
	mayChange := func(name string) bool {
		if c.exit != 0 || code != 0 || out == "" {
			return false
		}
		rel, err := filepath.Rel(filepath.Clean(out), name)
		return err == nil && (rel == "." || !strings.HasPrefix(rel, ".."))
	}
	for name, old := range before {
		if now, ok := after[name]; !ok {
			t.Errorf("%s was removed", name)
		} else if now != old && !mayChange(name) {
			t.Errorf("%s was changed", name)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok && !mayChange(name) {
			t.Errorf("%s was created", name)
		}
	}
}

// snapshot records every file under dir (which need not exist): a regular
// file by its contents, a link by its target, anything else by its mode. It
// never follows a link or reads a device.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	m := map[string]string{}
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return nil
		}
		switch {
		case d.Type()&fs.ModeSymlink != 0:
			l, _ := os.Readlink(p)
			m[p] = "link " + l
		case d.Type().IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			m[p] = "file " + string(b)
		default:
			m[p] = "mode " + d.Type().String()
		}
		return nil
	})
	return m
}

// copyTree copies the folder src to dst, keeping symbolic links as links.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		target := filepath.Join(dst, rel)
		switch {
		case d.IsDir():
			return os.MkdirAll(target, 0o755)
		case d.Type()&fs.ModeSymlink != 0:
			l, err := os.Readlink(p)
			if err != nil {
				return err
			}
			return os.Symlink(l, target)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// TestHostileRunnerCatchesDamage checks that the runner's file check can
// fail: a changed, a removed and a created file are all reported.
func TestHostileRunnerCatchesDamage(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	os.MkdirAll("data", 0o755)
	os.WriteFile("data/a", []byte("1"), 0o644)
	os.WriteFile("data/b", []byte("2"), 0o644)
	before := snapshot(t, "data")
	os.WriteFile("data/a", []byte("changed"), 0o644)
	os.Remove("data/b")
	os.WriteFile("data/c", []byte("new"), 0o644)
	after := snapshot(t, "data")
	if before["data/a"] == after["data/a"] {
		t.Error("a changed file compares equal")
	}
	if _, ok := after["data/b"]; ok {
		t.Error("a removed file is still listed")
	}
	if _, ok := after["data/c"]; !ok || len(before) != 2 {
		t.Errorf("snapshots %v / %v", slices.Sorted(maps.Keys(before)), slices.Sorted(maps.Keys(after)))
	}
}
