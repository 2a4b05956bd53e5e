package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/draw"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/report"
)

func TestDotViews(t *testing.T) {
	for _, args := range [][]string{
		{"dot"},
		{"dot", "--view", "structure", "--highlight-gaps", "--title", "Westbrook \"LIP\"\t{x}"},
		{"dot", "--view", "partners", "--size-by", "betweenness", "--brokers", "--key-players", "3"},
		{"dot", "--view", "partners", "--size-by", "eigenvector", "--cluster", "community", "--highlight-gaps"},
		{"dot", "--view", "partners", "--cluster", "partnership", "--projection", "newman", "--as-of", "2019"},
	} {
		out, errOut, code := runCLI(t, args...)
		if code != 0 {
			t.Fatalf("%q: exit %d: %s", args, code, errOut)
		}
		if _, err := dot.ParseBytes([]byte(out)); err != nil {
			t.Errorf("%q: DOT does not parse: %v", args, err)
		}
		again, _, _ := runCLI(t, args...)
		if again != out {
			t.Errorf("%q: output differs between runs", args)
		}
	}
}

func TestDotUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"dot", "--view", "org"},
		{"dot", "--view", "structure", "--size-by", "betweenness"},
		{"dot", "--cluster", "community"},
		{"dot", "--size-by", "closeness"},
		{"dot", "--cluster", "sector"},
		{"dot", "--key-players", "-1"},
		{"dot", "--projection", "x"},
		{"dot", "a", "b"},
		{"render"},
		{"render", "-o", "x.jpg"},
		{"render", "-o", "x.pdf"},
		{"render", "--graphviz", "", "-o", "x.svg"},
		{"export", "--format", "dot"},
		{"export", "--format", "csv"},
		{"metrics", "--betweenness-samples", "-1"},
		{"metrics", "--ei-permutations", "x"},
		{"metrics", "--projection", "weighted"},
		{"score", "--max-changes", "-2"},
		{"dot", "testdata/smallcentre", "testdata/smallcentre", "--view", "change", "--highlight-gaps"},
		{"report", "--graphviz", "nosuchprog", "--format", "markdown"},
		{"score", "--as-of", "2019-13-01"},
		{"convert", "--as-of", "soon"},
	} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
	}
}

func TestDotToFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "s.dot")
	stdout, errOut, code := runCLI(t, "dot", "-o", out, "--view", "structure")
	if code != 0 || stdout != "" {
		t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, errOut)
	}
	want, _, _ := runCLI(t, "dot", "--view", "structure")
	got, err := os.ReadFile(out)
	if err != nil || string(got) != want {
		t.Errorf("file differs from standard output (%v)", err)
	}
	// a bad input leaves no file behind and exits 1
	t.Chdir("../..")
	bad := filepath.Join(t.TempDir(), "bad.dot")
	if _, _, code := runCLI(t, "dot", "testdata/broken/unknown-sector", "-o", bad); code != 1 {
		t.Errorf("broken input: exit %d, want 1", code)
	}
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Errorf("partial file left: %v", err)
	}
}

func TestRenderWithoutGraphviz(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.svg")
	_, errOut, code := runCLI(t, "render", "--graphviz", "no-such-graphviz-program", "-o", out)
	if code != 1 || !strings.Contains(errOut, "apt-get install graphviz") {
		t.Errorf("exit %d, stderr %q: want 1 and the install hint", code, errOut)
	}
}

// TestRender renders with the builtin Graphviz always and with the system's
// when it is installed; SVG must parse as XML with an <svg> root.
func TestRender(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		file  string
		magic string
		args  []string
	}{
		{"s.svg", "<svg", []string{"--view", "structure", "--highlight-gaps"}},
		{"p.png", "\x89PNG", []string{"--view", "partners", "--brokers"}},
	}
	if _, err := exec.LookPath("dot"); err == nil {
		cases = append(cases,
			struct {
				file, magic string
				args        []string
			}{"sys.svg", "<svg", []string{"--view", "structure", "--graphviz", "system"}},
			struct {
				file, magic string
				args        []string
			}{"sys.pdf", "%PDF", []string{"--view", "structure", "--graphviz", "system"}})
	} else {
		t.Log("Graphviz dot not on PATH: --graphviz system not tested")
	}
	for _, c := range cases {
		out := filepath.Join(dir, c.file)
		_, errOut, code := runCLI(t, append([]string{"render", "-o", out}, c.args...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", c.file, code, errOut)
		}
		// the builtin PNG's shortcomings are said, and only there
		if note := strings.Contains(errOut, "note: the builtin Graphviz draws PNG without node outlines"); note != (c.file == "p.png") {
			t.Errorf("%s: note on the builtin PNG %v, stderr %q", c.file, note, errOut)
		}
		b, err := os.ReadFile(out)
		if err != nil || !bytes.Contains(b[:min(len(b), 400)], []byte(c.magic)) {
			t.Errorf("%s: not a %q file (%v)", c.file, c.magic, err)
		}
		if strings.HasSuffix(c.file, ".svg") {
			var root struct {
				XMLName xml.Name
				G       []struct{} `xml:"g"`
			}
			if err := xml.Unmarshal(b, &root); err != nil || root.XMLName.Local != "svg" || len(root.G) == 0 {
				t.Errorf("%s: not an SVG document: %v, root %q", c.file, err, root.XMLName.Local)
			}
		}
	}
}

// TestExport checks each format against the sample's known size: 40
// partners and 480 edges (testdata/check_samples.py), 13 bodies.
func TestExport(t *testing.T) {
	dir := t.TempDir()
	gml := filepath.Join(dir, "p.graphml")
	if _, errOut, code := runCLI(t, "export", "--format", "graphml", "-o", gml); code != 0 {
		t.Fatalf("graphml: exit %d: %s", code, errOut)
	}
	var doc struct {
		Nodes []struct{} `xml:"graph>node"`
		Edges []struct{} `xml:"graph>edge"`
	}
	b, _ := os.ReadFile(gml)
	if err := xml.Unmarshal(b, &doc); err != nil || len(doc.Nodes) != 40 || len(doc.Edges) != 480 {
		t.Errorf("graphml: %v, %d nodes, %d edges", err, len(doc.Nodes), len(doc.Edges))
	}

	out, errOut, code := runCLI(t, "export", "--format", "gexf", "--skip-path-measures")
	if code != 0 {
		t.Fatalf("gexf: exit %d: %s", code, errOut)
	}
	var c gexf12.Content
	if err := xml.Unmarshal([]byte(out), &c); err != nil || len(c.Graph.Nodes.Nodes) != 40 || len(c.Graph.Edges.Edges) != 480 {
		t.Errorf("gexf: %v, %d nodes, %d edges", err, len(c.Graph.Nodes.Nodes), len(c.Graph.Edges.Edges))
	}

	csvDir := filepath.Join(dir, "csv")
	if _, errOut, code := runCLI(t, "export", "--format", "csv", "-o", csvDir); code != 0 {
		t.Fatalf("csv: exit %d: %s", code, errOut)
	}
	for name, want := range map[string][2]int{"nodes.csv": {41, -1}, "edges.csv": {481, 3}, "affiliation.csv": {41, 14}} {
		f, err := os.Open(filepath.Join(csvDir, name))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(f).ReadAll()
		f.Close()
		if err != nil || len(recs) != want[0] || want[1] > 0 && len(recs[0]) != want[1] {
			t.Errorf("%s: %v, %d rows", name, err, len(recs))
		}
	}
}

// TestHighlightOfSmallCentre: the highlight handed to the diagram is what
// collab's gaps say for the small centre (testdata/README.md: the Town on
// one working group of three; the council lacks economic, knowledge and
// media partners; the Town and the college are the only partners of their
// categories), the same evidence the scorecard shows.
func TestHighlightOfSmallCentre(t *testing.T) {
	n, err := network.LoadDir("../../testdata/smallcentre", nil)
	if err != nil {
		t.Fatal(err)
	}
	cards, err := collab.ScoreAll(n, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := report.Highlight(collab.AllGaps(n), cards)
	want := draw.Highlight{
		Bodies: []string{"pinecrest-wg-inclusion", "pinecrest-wg-language"}, BodyNote: "no municipal partner",
		Missing:  map[string][]string{"pinecrest-council": {"economic", "knowledge", "media"}},
		Partners: []string{"northern-lakes-college-research", "town-of-pinecrest"}, PartnerNote: "only partner of its category (a risk: without it a criterion fails)",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("highlight %+v, want %+v", got, want)
	}
	sc, err := collab.Score(n, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if it, _ := sc.Item("bp.city-in-most-working-groups"); !reflect.DeepEqual(it.Missing, want.Bodies) {
		t.Errorf("scorecard evidence %v, highlight %v", it.Missing, want.Bodies)
	}
	// the structure view marks only the gaps (red); the partners the
	// partnership depends on alone (orange, a risk) only in the partners view
	structure, errOut, code := runCLI(t, "dot", "../../testdata/smallcentre", "--view", "structure", "--highlight-gaps")
	if code != 0 || !strings.Contains(structure, ">gap: no municipal partner<") || strings.Contains(structure, "#ff7f0e") {
		t.Errorf("structure view: exit %d %s: gap marked %v, an orange mark %v", code, errOut,
			strings.Contains(structure, ">gap: no municipal partner<"), strings.Contains(structure, "#ff7f0e"))
	}
	partners, errOut, code := runCLI(t, "dot", "../../testdata/smallcentre", "--view", "partners", "--highlight-gaps")
	if code != 0 || strings.Count(partners, `color="#ff7f0e"`) != 2 { // the Town and the college
		t.Errorf("partners view: exit %d %s: %d orange outlines, want 2", code, errOut, strings.Count(partners, `color="#ff7f0e"`))
	}
}

// TestHighlightOnlyScorecardGaps: the mid-size sample's city sits on 5 of
// its 6 working groups (testdata/midsize/memberships.csv: not on health), a
// majority, and its council seats all seven categories, so its scorecard
// calls nothing a gap and no body is marked, though collab lists the health
// working group among those without the city.
func TestHighlightOnlyScorecardGaps(t *testing.T) {
	n, err := network.LoadDir("../../testdata/midsize", nil)
	if err != nil {
		t.Fatal(err)
	}
	gs := collab.AllGaps(n)
	if len(gs) != 1 || !reflect.DeepEqual(gs[0].GroupsWithoutMunicipal, []string{"westbrook-wg-health"}) {
		t.Fatalf("collab's gaps %+v, want the health working group without the city", gs)
	}
	cards, err := collab.ScoreAll(n, nil)
	if err != nil {
		t.Fatal(err)
	}
	h := report.Highlight(gs, cards)
	if len(h.Bodies) != 0 || len(h.Missing) != 0 {
		t.Errorf("bodies %v and missing %v marked where the scorecard finds no gap", h.Bodies, h.Missing)
	}
	if h = report.Highlight(gs, nil); len(h.Bodies) != 0 || len(h.Missing) != 0 {
		t.Errorf("without scorecards, bodies %v marked", h.Bodies)
	}
}

// TestReportFormats: report writes text, Markdown and a self-contained HTML
// page, to standard output or a file.
func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.html")
	if _, errOut, code := runCLI(t, "report", "--format", "html", "-o", out); code != 0 {
		t.Fatalf("html: exit %d: %s", code, errOut)
	}
	b, _ := os.ReadFile(out)
	for _, want := range []string{"<!DOCTYPE html>", "lipgraph report: westbrook", `for="zoom-structure">full size (to read every name; scroll sideways)</label><svg`, `for="zoom-partners">full size (to read every name; scroll sideways)</label><svg`} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("html lacks %q", want)
		}
	}
	md, errOut, code := runCLI(t, "report", "--format", "markdown")
	if code != 0 || !strings.Contains(md, "## Domain measures") || !strings.Contains(md, "|") {
		t.Errorf("markdown: exit %d: %s\n%s", code, errOut, md)
	}
	txt, _, code := runCLI(t, "report")
	if code != 0 || !strings.Contains(txt, "partners") {
		t.Errorf("text: exit %d", code)
	}
	if _, _, code := runCLI(t, "report", "--format", "pdf"); code != 2 {
		t.Errorf("--format pdf: exit %d, want 2", code)
	}
	if _, _, code := runCLI(t, "report", "--before", "../../testdata/waves/2022"); code != 2 {
		t.Errorf("--before with text: exit %d, want 2", code)
	}
	// a usage error is told before any file is read: the missing folder is
	// not reported, the misused flag is
	for _, args := range [][]string{
		{"report", filepath.Join(dir, "missing"), "--before", "../../testdata/waves/2022", "--format", "markdown"},
		{"report", filepath.Join(dir, "missing"), "--graphviz", "system"},
	} {
		_, errOut, code := runCLI(t, args...)
		if code != 2 || !strings.Contains(errOut, "goes with --format html") || strings.Contains(errOut, "missing") {
			t.Errorf("%q: exit %d, want 2 and only the usage error: %s", args, code, errOut)
		}
	}
	wave := filepath.Join(dir, "w.html")
	if _, errOut, code := runCLI(t, "report", "../../testdata/waves/2024", "--before", "../../testdata/waves/2022", "--format", "html", "-o", wave); code != 0 {
		t.Fatalf("--before: exit %d: %s", code, errOut)
	}
	if b, _ := os.ReadFile(wave); !bytes.Contains(b, []byte(`<section id="change">`)) {
		t.Error("--before: no change section")
	}
}
