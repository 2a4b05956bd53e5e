//go:build !nographviz

package render

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/lipgraph/lipgraph/draw"
)

// child runs the test named name in a fresh process of this test binary,
// with LIPGRAPH_CHILD set to arg, and fails unless it passes.
func child(t *testing.T, name, arg string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^"+name+"$", "-test.v")
	cmd.Env = append(os.Environ(), "LIPGRAPH_CHILD="+arg)
	out, err := cmd.CombinedOutput()
	if err != nil || !bytes.Contains(out, []byte("--- PASS: "+name)) {
		t.Fatalf("child %s: %v\n%s", name, err, out)
	}
}

// clustered is the mid-size partner view with community clusters, which
// Graphviz lays out with fdp.
func clustered(t *testing.T) []byte {
	var b bytes.Buffer
	if err := draw.Partners(&b, loadMidsize(t), draw.PartnerOptions{SizeBy: draw.SizeDegree, GroupBy: draw.GroupCommunity}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(`layout="fdp"`)) {
		t.Fatal("the clustered view does not ask for fdp")
	}
	return b.Bytes()
}

// TestFdpStable: the builtin engine's fdp layout is byte-stable, within a
// process and from one process to the next (TestFdpChild renders the same
// diagram in a fresh one). The system Graphviz's fdp is not: its output
// changes from run to run whatever the start seed (README).
func TestFdpStable(t *testing.T) {
	if os.Getenv("LIPGRAPH_CHILD") != "" {
		t.Skip("in a child")
	}
	src := clustered(t)
	var a, b bytes.Buffer
	if err := Render(context.Background(), &a, src, SVG, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Render(context.Background(), &b, src, SVG, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Fatal("two fdp renderings in one process differ")
	}
	out := filepath.Join(t.TempDir(), "child.svg")
	child(t, "TestFdpChild", out)
	c, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), c) {
		t.Fatal("the fdp rendering of another process differs")
	}
}

func TestFdpChild(t *testing.T) {
	out := os.Getenv("LIPGRAPH_CHILD")
	if out == "" {
		t.Skip("run by TestFdpStable in a process of its own")
	}
	var b bytes.Buffer
	if err := Render(context.Background(), &b, clustered(t), SVG, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(out, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
