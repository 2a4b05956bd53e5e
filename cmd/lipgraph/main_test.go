package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// runCLI runs the command line in-process from the repository root.
func runCLI(t *testing.T, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb, false)
	return out.String(), errb.String(), code
}

// withoutWarnings drops the warning lines of stderr (the mid-size sample
// has memberships that ended, which commands without --as-of warn about).
func withoutWarnings(stderr string) string {
	var keep []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !strings.HasPrefix(line, "lipgraph: warning: ") {
			keep = append(keep, line)
		}
	}
	return strings.Join(keep, "")
}

func TestValidateSamples(t *testing.T) {
	t.Chdir("../..")
	for _, tc := range []struct {
		dir      string
		partners int
		edges    int
	}{
		// Counts from testdata/check_samples.py, an independent reading.
		{"testdata/midsize", 40, 480},
		{"testdata/smallcentre", 12, 57},
		{"testdata/neighbourhood", 18, 128},
	} {
		t.Run(tc.dir, func(t *testing.T) {
			out, errs, code := runCLI(t, "validate", tc.dir)
			if code != 0 || errs != "" {
				t.Fatalf("exit %d, stderr %q", code, errs)
			}
			if !strings.Contains(out, tc.dir+": valid") || !strings.Contains(out, "partner graph") {
				t.Errorf("summary lacks the header or graph line:\n%s", out)
			}
			// flags after the path, and JSON output
			out, _, code = runCLI(t, "validate", tc.dir, "--format", "json")
			var s summary
			if code != 0 || json.Unmarshal([]byte(out), &s) != nil {
				t.Fatalf("json: exit %d\n%s", code, out)
			}
			if s.Partners != tc.partners || s.GraphNodes != tc.partners || s.GraphEdges != tc.edges || !s.Valid {
				t.Errorf("summary = %+v", s)
			}
			// flags before the path give the same
			out2, _, _ := runCLI(t, "validate", "--format=json", tc.dir)
			if out2 != out {
				t.Error("flag position changes the output")
			}
		})
	}
}

// TestValidateBroken checks every broken input's error text against its
// golden want.txt (shared with the network package's tests) and exit 1.
func TestValidateBroken(t *testing.T) {
	t.Chdir("../..")
	dirs, _ := filepath.Glob("testdata/broken/*")
	if len(dirs) < 10 {
		t.Fatalf("only %d broken inputs found", len(dirs))
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, "want.txt"))
			if err != nil {
				t.Fatal(err)
			}
			out, errs, code := runCLI(t, "validate", dir)
			if code != 1 || out != "" || errs != string(want) {
				t.Errorf("exit %d, stdout %q, stderr:\n%s\nwant:\n%s", code, out, errs, want)
			}
			out, _, code = runCLI(t, "validate", dir, "--format", "json")
			var res struct {
				Valid    bool
				Problems []problemJSON
			}
			if code != 1 || json.Unmarshal([]byte(out), &res) != nil || res.Valid || len(res.Problems) == 0 {
				t.Errorf("json: exit %d, %s", code, out)
			}
		})
	}
}

func TestHelpAndUsage(t *testing.T) {
	out, _, code := runCLI(t, "help")
	if code != 0 || !strings.Contains(out, "validate") || !strings.Contains(out, "report") {
		t.Errorf("help: exit %d\n%s", code, out)
	}
	for _, c := range commands {
		for _, args := range [][]string{{c.name, "-h"}, {c.name, "--help"}, {"help", c.name}} {
			out, _, code := runCLI(t, args...)
			if code != 0 || !strings.HasPrefix(out, "Usage: lipgraph "+c.name) {
				t.Errorf("%v: exit %d\n%s", args, code, out)
			}
		}
	}
	for _, args := range [][]string{{}, {"nonsense"}, {"validate", "--format", "xml"}, {"validate", "--bogus"}, {"validate", "a", "b"}} {
		if _, errs, code := runCLI(t, args...); code != 2 || errs == "" {
			t.Errorf("%v: exit %d, stderr %q; want 2 and a message", args, code, errs)
		}
	}
}

func TestReportBuiltInSample(t *testing.T) {
	t.Chdir(t.TempDir()) // the sample is embedded: no files needed
	out, errs, code := runCLI(t, "report")
	if code != 0 || errs != "" || !strings.Contains(out, "testdata/midsize") {
		t.Errorf("report: exit %d, stderr %q\n%s", code, errs, out)
	}
}

func TestParseInterleaved(t *testing.T) {
	for _, tc := range []struct {
		args []string
		pos  string
		f    string
	}{
		{[]string{"dir", "--format", "json"}, "dir", "json"},
		{[]string{"--format", "json", "dir"}, "dir", "json"},
		{[]string{"--", "-dir"}, "-dir", "text"},
		{[]string{"a", "--format=json", "b"}, "a b", "json"},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		format := formatFlag(fs, new(boundary), "text", "json")
		pos, err := parseInterleaved(fs, tc.args)
		if err != nil || strings.Join(pos, " ") != tc.pos || format.name != tc.f {
			t.Errorf("%v: pos %q format %q err %v", tc.args, pos, format.name, err)
		}
	}
}

// TestValidateJSONKeepsSymbols: JSON output writes <, > and & as they are
// (testdata/broken/bad-weight's message says "> 0").
func TestValidateJSONKeepsSymbols(t *testing.T) {
	t.Chdir("../..")
	out, _, code := runCLI(t, "validate", "testdata/broken/bad-weight", "--format", "json")
	if code != 1 || strings.Contains(out, `\u003e`) || !strings.Contains(out, ">") {
		t.Errorf("exit %d:\n%s", code, out)
	}
}

// TestValidateFile: a file given for a folder is one problem, said once,
// and its JSON leaves out the line and column it does not have.
func TestValidateFile(t *testing.T) {
	t.Chdir("../..")
	_, errs, code := runCLI(t, "validate", "testdata/midsize/partners.csv")
	if code != 1 || strings.Count(errs, "\n\t") != 1 || !strings.Contains(errs, "this is a file") {
		t.Errorf("exit %d:\n%s", code, errs)
	}
	out, _, code := runCLI(t, "validate", "testdata/midsize/partners.csv", "--format", "json")
	if code != 1 || strings.Contains(out, `"line"`) || strings.Contains(out, `"truncated"`) || !strings.Contains(out, "this is a file") {
		t.Errorf("json: exit %d:\n%s", code, out)
	}
}
