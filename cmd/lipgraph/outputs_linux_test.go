package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestOutputFileSizeLimit runs an export under a file-size limit
// (RLIMIT_FSIZE, as "ulimit -f" sets) that the new GEXF file exceeds part
// way: the write fails with EFBIG, lipgraph exits 1, and the previous export
// is kept byte for byte with no temporary file left beside it. The limit
// applies to the whole process, so the export runs in a child process (this
// test binary again).
func TestOutputFileSizeLimit(t *testing.T) {
	if os.Getenv("LIPGRAPH_FSIZE_CHILD") != "" {
		lim := syscall.Rlimit{Cur: 8 << 10, Max: 8 << 10}
		if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
			os.Exit(3)
		}
		os.Exit(run(strings.Split(os.Getenv("LIPGRAPH_FSIZE_CHILD"), "\n"), os.Stdout, os.Stderr, false))
	}
	root, _ := filepath.Abs("../..")
	dir := t.TempDir()
	out := filepath.Join(dir, "midsize.gexf")
	old := []byte("<gexf>the previous export, shorter than the limit</gexf>\n")
	if err := os.WriteFile(out, old, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"export", filepath.Join(root, "testdata/midsize"), "--format", "gexf", "-o", out},
		{"convert", filepath.Join(root, "testdata/midsize"), "-o", out + ".json"},
	} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOutputFileSizeLimit$")
		cmd.Env = append(os.Environ(), "LIPGRAPH_FSIZE_CHILD="+strings.Join(args, "\n"))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		if code == 3 {
			t.Skip("cannot set RLIMIT_FSIZE")
		}
		if code != 1 || !strings.Contains(stderr.String(), "file too large") {
			t.Errorf("%v: exit %d (%v), stderr %q; want 1 and \"file too large\"", args[0], code, err, stderr.String())
		}
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, old) {
		t.Errorf("the previous export was changed: %.60q", got)
	}
	ents, _ := os.ReadDir(dir)
	if len(ents) != 1 {
		var names []string
		for _, e := range ents {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want only midsize.gexf", names)
	}
}
