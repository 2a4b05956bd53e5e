package draw

import (
	"bytes"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// markAll is a highlight that exercises every mark: each working group
// marked, a placeholder in each council, every partner outlined.
func markAll(n *network.Network) Highlight {
	h := Highlight{BodyNote: "no municipal partner", PartnerNote: "outlined"}
	if n == nil {
		return h
	}
	for _, b := range n.WorkingGroups() {
		h.Bodies = append(h.Bodies, b.ID)
	}
	for _, c := range n.Councils() {
		if h.Missing == nil {
			h.Missing = map[string][]string{}
		}
		h.Missing[c.ID] = []string{"economic", "media"}
	}
	for _, p := range n.Partners() {
		h.Partners = append(h.Partners, p.ID)
	}
	return h
}

// smallCentreGaps are the gaps testdata/README.md states for the small
// centre, as the command-line tool hands them over from package collab:
// "The Town sits on exactly one working group of three (settlement)"; the
// council lacks the economic, knowledge and media categories; the Town and
// the college are the only partners of the government (municipal) and
// knowledge categories.
var smallCentreGaps = Highlight{
	Bodies: []string{"pinecrest-wg-inclusion", "pinecrest-wg-language"}, BodyNote: "no municipal partner",
	Missing:  map[string][]string{"pinecrest-council": {"economic", "knowledge", "media"}},
	Partners: []string{"northern-lakes-college-research", "town-of-pinecrest"}, PartnerNote: "only partner of its category",
}

// TestHighlightDrawn: every mark of a Highlight shows in the structure
// diagram, and nothing else is marked.
func TestHighlightDrawn(t *testing.T) {
	n := loadSample(t, "smallcentre")
	h := smallCentreGaps
	var b bytes.Buffer
	if err := Structure(&b, n, StructureOptions{Highlight: &h}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// the gaps are lines of the bodies' titles, in red, not nodes
	cl := clusters(t, b.Bytes())
	for label, nodes := range cl {
		for _, n := range nodes {
			if strings.Contains(n, "missing") || strings.Contains(n, "municipal partner") {
				t.Errorf("%s holds a gap node %s", label, n)
			}
		}
	}
	for _, want := range []string{`<FONT COLOR="#d62728">missing: economic, knowledge, media</FONT>`, `<FONT COLOR="#d62728">gap: no municipal partner</FONT>`, `>only partner of its category<`, `>red dashed border: a body with a gap, named in red under its title<`} {
		if !strings.Contains(out, want) {
			t.Errorf("structure lacks %s", want)
		}
	}
	if k := strings.Count(out, `>gap: no municipal partner<`); k != 2 {
		t.Errorf("%d working groups marked, want 2", k)
	}
	var marked []string
	for label := range cl {
		if strings.Contains(label, "#d62728") {
			marked = append(marked, label)
		}
	}
	if len(marked) != 3 || strings.Count(out, `color="#d62728";`) != 3 {
		t.Errorf("%d bodies with a red title line and %d red borders, want the council and two working groups: %q", len(marked), strings.Count(out, `color="#d62728";`), marked)
	}
	var plain bytes.Buffer
	if err := Structure(&plain, n, StructureOptions{Highlight: &Highlight{}}); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain.String(), "missing:") || strings.Contains(plain.String(), "#ff7f0e") {
		t.Error("a zero Highlight marks something")
	}
}

func TestHighlightIsZero(t *testing.T) {
	if !(Highlight{}).IsZero() || !(Highlight{BodyNote: "x"}).IsZero() {
		t.Error("IsZero false for a Highlight that marks nothing")
	}
	if (Highlight{Partners: []string{"x"}}).IsZero() {
		t.Error("IsZero true for a non-zero Highlight")
	}
}
