package render

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/draw"
	"github.com/lipgraph/lipgraph/network"
)

// loadMidsize returns the mid-size sample.
func loadMidsize(t *testing.T) *network.Network {
	t.Helper()
	n, err := network.ReadFS(lipgraph.Samples, "testdata/midsize", nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// diagrams returns the structure and partner diagrams of the samples, by
// name.
func diagrams(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		n, err := network.ReadFS(lipgraph.Samples, "testdata/"+s, nil)
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		if err := draw.Structure(&a, n, draw.StructureOptions{Title: s}); err != nil {
			t.Fatal(err)
		}
		if err := draw.Partners(&b, n, draw.PartnerOptions{SizeBy: draw.SizeDegree, Title: s}); err != nil {
			t.Fatal(err)
		}
		out["structure-"+s], out["partners-"+s] = a.Bytes(), b.Bytes()
	}
	return out
}

// checkSVG parses svg as XML and checks that it is an SVG document that has
// nodes and whose text holds each of want.
func checkSVG(t *testing.T, name string, svg []byte, want []string) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(svg))
	d.Strict = true
	root := ""
	var text strings.Builder
	nodes := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: not well-formed XML: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = tok.Name.Local
			}
			for _, a := range tok.Attr {
				if a.Name.Local == "class" && a.Value == "node" {
					nodes++
				}
			}
		case xml.CharData:
			text.Write(tok)
			text.WriteByte(' ')
		}
	}
	if root != "svg" {
		t.Fatalf("%s: root element %q, want svg", name, root)
	}
	if nodes == 0 {
		t.Errorf("%s: no nodes", name)
	}
	for _, w := range want {
		if !strings.Contains(text.String(), w) {
			t.Errorf("%s: text %q missing", name, w)
		}
	}
}

func TestRenderSVG(t *testing.T) {
	engines := []Engine{InProcess}
	if _, err := exec.LookPath("dot"); err == nil {
		engines = append(engines, System)
	} else {
		t.Log("Graphviz's dot not on PATH: the system engine is not tested")
	}
	ctx := context.Background()
	for name, src := range diagrams(t) {
		for _, e := range engines {
			var a, b bytes.Buffer
			opt := Options{Engine: e}
			if err := Render(ctx, &a, src, SVG, opt); err != nil {
				t.Fatalf("%s %v: %v", name, e, err)
			}
			// words of the title and the legend, which every diagram has
			checkSVG(t, name+" "+e.String(), a.Bytes(), []string{strings.SplitN(name, "-", 2)[1], "Legend"})
			if err := Render(ctx, &b, src, SVG, opt); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%s %v: two renderings differ", name, e)
			}
		}
	}
}

// TestBuiltinSVGComplete: the builtin engine's SVG, which the HTML report
// embeds, has what its PNG lacks: a border for each of the small centre's
// five bodies (council, secretariat, three working groups: bodies.csv), node
// outlines, dashes, and the ★ of the three bodies' chairs it names.
func TestBuiltinSVGComplete(t *testing.T) {
	src := diagrams(t)["structure-smallcentre"]
	var b bytes.Buffer
	if err := Render(context.Background(), &b, src, SVG, Options{}); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	if k := strings.Count(svg, `<g id="clust`); k != 5 {
		t.Errorf("%d clusters, want 5", k)
	}
	if k := strings.Count(svg, `stroke-dasharray`); k == 0 {
		t.Error("no dashed outline (observers and staff are dashed)")
	}
	if k := strings.Count(svg, "★"); k < 3 {
		t.Errorf("%d ★, want one per chair (at least 3)", k)
	}
	if strings.Contains(svg, `<path fill="none" stroke="none"`) {
		t.Error("a cluster border without a stroke")
	}
}

func TestRenderPNG(t *testing.T) {
	var b bytes.Buffer
	if err := Render(context.Background(), &b, []byte(`digraph { a -> b }`), PNG, Options{}); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("\x89PNG\r\n\x1a\n")) {
		t.Errorf("not a PNG: % x", b.Bytes()[:min(8, b.Len())])
	}
}

func TestRenderErrors(t *testing.T) {
	ctx := context.Background()
	for _, c := range []struct {
		src  string
		f    Format
		opt  Options
		want string
	}{
		{"digraph { a -> ", SVG, Options{}, "cannot read"},
		{"digraph { a }", PDF, Options{}, "PDF needs the system engine"},
		{"digraph { a }", "gif", Options{}, "unknown format"},
		{"digraph { a }", SVG, Options{Engine: 7}, "unknown engine"},
	} {
		err := Render(ctx, io.Discard, []byte(c.src), c.f, c.opt)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Render(%q, %s, %+v) = %v, want an error containing %q", c.src, c.f, c.opt, err, c.want)
		}
	}
	err := Render(ctx, io.Discard, []byte("digraph { a }"), SVG, Options{Engine: System, Program: "no-such-graphviz-program"})
	if !errors.Is(err, ErrNoGraphviz) {
		t.Errorf("missing program: %v, want ErrNoGraphviz", err)
	}
	// the in-process engine still works after an error
	if err := Render(ctx, io.Discard, []byte("digraph { a }"), SVG, Options{}); err != nil {
		t.Errorf("after errors: %v", err)
	}
}

func TestParseEngine(t *testing.T) {
	for _, e := range []Engine{InProcess, System} {
		var got Engine
		if err := got.UnmarshalText([]byte(e.String())); err != nil || got != e {
			t.Errorf("round trip of %v: %v, %v", e, got, err)
		}
	}
	if _, err := ParseEngine("wasm"); err == nil {
		t.Error("ParseEngine(wasm) succeeded")
	}
}

// TestNotImportedByModelPackages checks that a program that only models,
// measures or scores does not link Graphviz: neither render nor go-graphviz
// is among the dependencies of network, metrics and collab.
func TestNotImportedByModelPackages(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("go not on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "github.com/lipgraph/lipgraph/network",
		"github.com/lipgraph/lipgraph/metrics", "github.com/lipgraph/lipgraph/collab").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.Contains(dep, "graphviz") || strings.Contains(dep, "wazero") || dep == "github.com/lipgraph/lipgraph/render" {
			t.Errorf("network, metrics or collab depends on %s", dep)
		}
	}
	if !strings.Contains(string(out), "gonum.org/v1/gonum") {
		t.Errorf("go list -deps lists no gonum package: %q", out)
	}
}
