package draw

import (
	"bytes"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"

	"github.com/lipgraph/lipgraph/network"
)

// star is a hub tied to three leaves with weights 1, 2 and 4, plus an
// isolated partner.
func star(t testing.TB) *network.Network {
	t.Helper()
	d := network.Data{Partners: []network.Partner{
		{ID: "a-hub", Name: "Hub", Sector: "settlement"},
		{ID: "b", Name: "B", Sector: "health"},
		{ID: "c", Name: "C", Sector: "health"},
		{ID: "d", Name: "D", Sector: "media"},
		{ID: "e", Name: "E", Sector: "faith"},
	}, Ties: []network.Tie{
		{Source: "a-hub", Target: "b", Weight: 1},
		{Source: "c", Target: "a-hub", Weight: 2},
		{Source: "a-hub", Target: "d", Weight: 4},
	}}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// attrsByLabel parses DOT and returns the attributes of each node by label
// and the edges' attribute lists.
func attrsByLabel(t *testing.T, src []byte) (map[string]map[string]string, []map[string]string) {
	t.Helper()
	f, err := dot.ParseBytes(src)
	if err != nil {
		t.Fatal(err)
	}
	nodes := map[string]map[string]string{}
	var edges []map[string]string
	var walk func([]ast.Stmt)
	walk = func(stmts []ast.Stmt) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *ast.NodeStmt:
				m := map[string]string{}
				for _, a := range s.Attrs {
					m[a.Key] = strings.Trim(a.Val, `"`)
				}
				nodes[m["label"]] = m
			case *ast.EdgeStmt:
				m := map[string]string{}
				for _, a := range s.Attrs {
					m[a.Key] = strings.Trim(a.Val, `"`)
				}
				if m["style"] != "invis" {
					edges = append(edges, m)
				}
			case *ast.Subgraph:
				walk(s.Stmts)
			}
		}
	}
	walk(f.Graphs[0].Stmts)
	return nodes, edges
}

// TestPartnersSizes checks sizes and edge widths on the star by hand:
// degrees are hub 3, leaves 1, isolated 0, so widths are 1+1.6·d/3 =
// 2.60, 1.53, 1.00 inches and heights 0.45+0.75·d/3 = 1.20, 0.70, 0.45, the
// font the same for all; eigenvector centrality of a weighted star is largest at the
// hub; edge widths are 0.5+3·w/4 = 1.25, 2.00, 3.50; the hub is the only
// articulation point and the single key player.
func TestPartnersSizes(t *testing.T) {
	var b bytes.Buffer
	if err := Partners(&b, star(t), PartnerOptions{SizeBy: SizeDegree, Brokers: true, KeyPlayers: 1}); err != nil {
		t.Fatal(err)
	}
	nodes, edges := attrsByLabel(t, b.Bytes())
	for label, want := range map[string][3]string{"Hub": {"2.60", "1.20", "10"}, "B": {"1.53", "0.70", "10"}, "D": {"1.53", "0.70", "10"}, "E": {"1.00", "0.45", "10"}} {
		if got := [3]string{nodes[label]["width"], nodes[label]["height"], nodes[label]["fontsize"]}; got != want {
			t.Errorf("%s width, height, fontsize = %q, want %q", label, got, want)
		}
	}
	if nodes["Hub"]["peripheries"] != "2" || nodes["B"]["peripheries"] != "" {
		t.Errorf("broker marks: hub %q, B %q", nodes["Hub"]["peripheries"], nodes["B"]["peripheries"])
	}
	if nodes["Hub"]["penwidth"] != "3" || nodes["C"]["penwidth"] != "" {
		t.Errorf("key player marks: hub %q, C %q", nodes["Hub"]["penwidth"], nodes["C"]["penwidth"])
	}
	var widths []string
	for _, e := range edges {
		widths = append(widths, e["penwidth"])
	}
	if got := strings.Join(widths, " "); got != "1.25 2.00 3.50" {
		t.Errorf("edge widths %q, want 1.25 2.00 3.50 (hub-b, hub-c, hub-d)", got)
	}
	if nodes["B"]["fillcolor"] != nodes["C"]["fillcolor"] || nodes["B"]["fillcolor"] == nodes["Hub"]["fillcolor"] {
		t.Error("fill colours do not follow the categories")
	}
}

func TestPartnersOptions(t *testing.T) {
	n := star(t)
	for _, m := range []string{"none", "degree", "strength", "betweenness", "eigenvector"} {
		mm, err := ParseMeasure(m)
		if err != nil || mm.String() != m {
			t.Fatalf("ParseMeasure(%q) = %v, %v", m, mm, err)
		}
		for _, g := range []Grouping{GroupNone, GroupCommunity, GroupPartnership} {
			var b bytes.Buffer
			if err := Partners(&b, n, PartnerOptions{SizeBy: mm, GroupBy: g}); err != nil {
				t.Fatal(err)
			}
			nodes, _ := attrsByLabel(t, b.Bytes())
			if len(nodes) < 5 {
				t.Errorf("%s/%d: %d nodes", m, g, len(nodes))
			}
		}
	}
	if _, err := ParseMeasure("closeness"); err == nil {
		t.Error("ParseMeasure accepts an unknown measure")
	}
	for _, bad := range []PartnerOptions{{SizeBy: 99}, {GroupBy: 9}, {KeyPlayers: -1}} {
		if err := Partners(&bytes.Buffer{}, n, bad); err == nil {
			t.Errorf("Partners(%+v) gave no error", bad)
		}
	}
	for _, nn := range []*network.Network{nil} {
		var b bytes.Buffer
		if err := Partners(&b, nn, PartnerOptions{SizeBy: SizeBetweenness, KeyPlayers: 3, Brokers: true}); err != nil {
			t.Fatal(err)
		}
		if _, err := dot.ParseBytes(b.Bytes()); err != nil {
			t.Error(err)
		}
	}
}

func TestPartnersInputOrder(t *testing.T) {
	n := loadSample(t, "midsize")
	opt := PartnerOptions{SizeBy: SizeEigenvector, GroupBy: GroupCommunity, Brokers: true, KeyPlayers: 3}
	var a, b bytes.Buffer
	if err := Partners(&a, n, opt); err != nil {
		t.Fatal(err)
	}
	if err := Partners(&b, reversed(t, n), opt); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("partner DOT depends on the input order")
	}
}

// TestPartnersHostileTaxonomy: category names go into the HTML-like legend
// table, which emicklei/dot writes raw; they must be escaped.
func TestPartnersHostileTaxonomy(t *testing.T) {
	cat := "<b>R&D</b> \"x\" ]]> {} \n\t\\ <TABLE>"
	tax, err := network.NewTaxonomy([]network.SectorInfo{{Key: "s", Category: cat}, {Key: "t", Category: "plain"}})
	if err != nil {
		t.Fatal(err)
	}
	n, err := network.New(network.Data{Partners: []network.Partner{{ID: "a", Sector: "s"}, {ID: "b", Sector: "t"}},
		Ties: []network.Tie{{Source: "a", Target: "b", Weight: 1}}}, &network.Config{Taxonomy: tax})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Partners(&b, n, PartnerOptions{SizeBy: SizeDegree, Brokers: true, KeyPlayers: 1}); err != nil {
		t.Fatal(err)
	}
	if _, err := dot.ParseBytes(b.Bytes()); err != nil {
		t.Fatalf("gonum rejects the DOT: %v", err)
	}
	dotPath, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	cmd := exec.Command(dotPath, "-Tsvg")
	cmd.Stdin = &b
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil || stderr.Len() > 0 {
		t.Fatalf("dot: %v %s", err, stderr.String())
	}
	texts := strings.Join(svgText(t, svg), "|")
	// Clean turns the tab into a space and keeps the line break (<BR/>)
	for _, want := range []string{`<b>R&D</b> "x" ]]> {} `, ` \ <TABLE>`} {
		if !strings.Contains(texts, want) {
			t.Errorf("legend text %q missing from %q", want, texts)
		}
	}
}

// TestTextRoundTrip checks that Measure and Grouping read back the names
// they write, as flag.TextVar and encoding/json use them, and reject others.
func TestTextRoundTrip(t *testing.T) {
	for _, name := range []string{"none", "community", "partnership"} {
		var g Grouping
		if err := g.UnmarshalText([]byte(name)); err != nil {
			t.Fatalf("Grouping.UnmarshalText(%q): %v", name, err)
		}
		if b, err := g.MarshalText(); err != nil || string(b) != name {
			t.Errorf("Grouping %q marshals as %q, %v", name, b, err)
		}
	}
	var m Measure
	if err := m.UnmarshalText([]byte("strength")); err != nil || m != SizeStrength {
		t.Errorf("Measure.UnmarshalText(strength) = %v, %v", m, err)
	}
	var g Grouping
	if g.UnmarshalText([]byte("sector")) == nil || m.UnmarshalText([]byte("closeness")) == nil {
		t.Error("an unknown name is accepted")
	}
	if _, err := Grouping(9).MarshalText(); err == nil {
		t.Error("Grouping(9) marshals")
	}
}

// TestPartnersKeyPlayersKite draws Krackhardt's kite (Krackhardt 1990) as
// ties between ten partners. Greedy KPP-Neg picks Andre and Heather (F =
// 3/7); the best pair is Fernando and Garth, leaving {Andre, Beverly,
// Carol, Diane, Ed} and {Heather, Ike, Jane}: F = 1 − (5·4 + 3·2)/(8·7) =
// 15/28, by hand. The diagram marks that pair, the key players of the
// measures table.
func TestPartnersKeyPlayersKite(t *testing.T) {
	names := []string{"Andre", "Beverly", "Carol", "Diane", "Ed", "Fernando", "Garth", "Heather", "Ike", "Jane"}
	var d network.Data
	for _, name := range names {
		d.Partners = append(d.Partners, network.Partner{ID: strings.ToLower(name), Name: name, Sector: "health"})
	}
	for _, e := range [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 5}, {1, 3}, {1, 4}, {1, 6},
		{2, 3}, {2, 5}, {3, 4}, {3, 5}, {3, 6}, {4, 6}, {5, 6}, {5, 7}, {6, 7}, {7, 8}, {8, 9}} {
		d.Ties = append(d.Ties, network.Tie{Source: d.Partners[e[0]].ID, Target: d.Partners[e[1]].ID, Weight: 1})
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Partners(&b, n, PartnerOptions{KeyPlayers: 2}); err != nil {
		t.Fatal(err)
	}
	nodes, _ := attrsByLabel(t, b.Bytes())
	var marked []string
	for _, name := range names {
		if nodes[name]["penwidth"] == "3" {
			marked = append(marked, name)
		}
	}
	if !slices.Equal(marked, []string{"Fernando", "Garth"}) {
		t.Errorf("key players marked: %v, want [Fernando Garth] (F = 15/28; greedy's Andre and Heather give 3/7)", marked)
	}
}
