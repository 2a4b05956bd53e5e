package draw

import (
	"bytes"
	"github.com/lipgraph/lipgraph/internal/sampletest"
	"os/exec"
	"path/filepath"
	"testing"

	"gonum.org/v1/gonum/graph/formats/dot"

	"github.com/lipgraph/lipgraph/internal/golden"
	"github.com/lipgraph/lipgraph/network"
)

// samples are the built-in sample partnerships, by short name.
var samples = []string{"midsize", "smallcentre", "neighbourhood"}

func loadSample(t testing.TB, name string) *network.Network { return sampletest.Load(t, name) }

// goldenCase is one diagram checked against testdata/golden/dot/NAME.dot.
type goldenCase struct {
	name string
	draw func(t testing.TB) []byte
}

func goldenCases() []goldenCase {
	var cs []goldenCase
	for _, s := range samples {
		cs = append(cs,
			goldenCase{"structure-" + s, func(t testing.TB) []byte {
				var b bytes.Buffer
				if err := Structure(&b, loadSample(t, s), StructureOptions{}); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}},
			goldenCase{"structure-gaps-" + s, func(t testing.TB) []byte {
				n := loadSample(t, s)
				g := markAll(n)
				var b bytes.Buffer
				if err := Structure(&b, n, StructureOptions{Highlight: &g, Title: "Gaps"}); err != nil {
					t.Fatal(err)
				}
				return b.Bytes()
			}},
		)
	}
	cs = append(cs, goldenCase{"structure-scorecard-smallcentre", func(t testing.TB) []byte {
		n := loadSample(t, "smallcentre")
		g := smallCentreGaps
		var b bytes.Buffer
		if err := Structure(&b, n, StructureOptions{Highlight: &g, Title: "Pinecrest: scorecard gaps"}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}})
	cs = append(cs, goldenCase{"structure-hostile", func(t testing.TB) []byte {
		var b bytes.Buffer
		n := hostileNetwork(t)
		g := markAll(n)
		if err := Structure(&b, n, StructureOptions{Highlight: &g, Title: hostileNames[0]}); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}})
	cs = append(cs, partnerGoldenCases()...)
	cs = append(cs, changeGoldenCases()...)
	return cs
}

// TestGolden compares every diagram with its golden file; go test -update
// rewrites them. The golden files were checked by eye as rendered PNGs (see
// examples/diagrams) before being committed.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases() {
		t.Run(c.name, func(t *testing.T) {
			got := c.draw(t)
			if _, err := dot.ParseBytes(got); err != nil {
				t.Fatalf("gonum's DOT parser rejects the output: %v", err)
			}
			again := c.draw(t)
			if !bytes.Equal(got, again) {
				t.Fatal("two runs gave different DOT")
			}
			golden.Check(t, filepath.Join("testdata", "golden", "dot", c.name+".dot"), got)
		})
	}
}

// TestGoldenGraphviz runs Graphviz's dot -Tsvg on every golden file; it
// skips when dot is not installed (.ci/run installs it).
func TestGoldenGraphviz(t *testing.T) {
	dotPath, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "dot", "*.dot"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			t.Parallel()
			if testing.Short() && filepath.Base(f) != "structure-hostile.dot" {
				t.Skip("-short")
			}
			var stderr bytes.Buffer
			cmd := exec.Command(dotPath, "-Tsvg", f)
			cmd.Stderr = &stderr
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("dot -Tsvg: %v: %s", err, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("dot -Tsvg warns: %s", stderr.String())
			}
			if !bytes.Contains(out, []byte("<svg")) {
				t.Fatal("no SVG from dot")
			}
		})
	}
}
