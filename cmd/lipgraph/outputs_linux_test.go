package main

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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

// TestRenderFailingKeepsOutput renders with a stand-in for Graphviz that
// writes part of an SVG and then fails: the previous SVG stays byte for
// byte, and no temporary file is left. A stand-in that succeeds replaces it.
func TestRenderFailingKeepsOutput(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "lip.svg")
	old := []byte("<svg>the previous rendering</svg>\n")
	os.WriteFile(out, old, 0o644)
	fake := func(name, script string) string {
		p := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\ncat >/dev/null\n"+script), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	failing := fake("dot-fails", "printf '<svg>half'\necho 'out of memory' >&2\nexit 1\n")
	_, errs, code := runCLI(t, "render", "../../testdata/smallcentre", "--graphviz", failing, "-o", out)
	if code != 1 || !strings.Contains(errs, "out of memory") {
		t.Errorf("exit %d, stderr %q; want 1 and Graphviz's message", code, errs)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, old) {
		t.Errorf("the previous SVG became %q", got)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("%d files in the folder, want 1", len(ents))
	}
	working := fake("dot-works", "printf '<svg>new</svg>'\n")
	if _, errs, code := runCLI(t, "render", "../../testdata/smallcentre", "--graphviz", working, "-o", out); code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if got, _ := os.ReadFile(out); string(got) != "<svg>new</svg>" {
		t.Errorf("the SVG holds %q", got)
	}
}

// TestInterruptKeepsOutput interrupts (SIGINT) a child process part way
// through writing an output file: the child removes its temporary file and
// exits with status 130, and the previous file is kept byte for byte.
func TestInterruptKeepsOutput(t *testing.T) {
	if out := os.Getenv("LIPGRAPH_SIGINT_CHILD"); out != "" {
		removeTempsOnInterrupt()
		writeFile(out, func(w io.Writer) error {
			w.Write([]byte("<gexf>half of a new export"))
			os.Stdout.WriteString("writing\n")
			time.Sleep(time.Minute) // until interrupted
			return nil
		})
		os.Exit(0)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "big.gexf")
	old := []byte("<gexf>the previous export</gexf>\n")
	os.WriteFile(out, old, 0o644)
	cmd := exec.Command(os.Args[0], "-test.run=^TestInterruptKeepsOutput$")
	cmd.Env = append(os.Environ(), "LIPGRAPH_SIGINT_CHILD="+out)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || line != "writing\n" {
		cmd.Process.Kill()
		t.Fatalf("child said %q, %v", line, err)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 2 {
		t.Errorf("while writing: %d files, want the output and a temporary file", len(ents))
	}
	cmd.Process.Signal(os.Interrupt)
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != 130 {
		t.Errorf("child ended with %v, want exit status 130", err)
	}
	if got, _ := os.ReadFile(out); !bytes.Equal(got, old) {
		t.Errorf("the previous export became %q", got)
	}
	if ents, _ := os.ReadDir(dir); len(ents) != 1 {
		t.Errorf("after the interrupt: %d files, want 1", len(ents))
	}
}
