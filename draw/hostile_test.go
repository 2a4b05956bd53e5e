package draw

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"testing"
	"unicode"

	"github.com/lipgraph/lipgraph/network"
)

// hostileNames are partner names that break naive DOT writers: quotes,
// backslashes (including Graphviz's own escapes \N \G \l), newlines, tabs,
// braces and brackets, HTML, entities, control and format characters,
// non-Latin scripts, emoji and invalid UTF-8.
var hostileNames = []string{
	`The "Open Door" \ English School`,
	"line one\nline two\r\nline three\rfour",
	"tab\there",
	`{braces} [brackets] <html><b>bold</b></html> ; -- -> graph G {}`,
	`back\slash \N \G \l \n \"`,
	"entities &amp; &lt; &#65; & plain",
	"soft\u00adhyphen zero\u200bwidth bom\ufeff bidi\u202eevil nbsp\u00a0x ls\u2028ps\u2029",
	"ctrl\x00\x01\x07\x1b[31m\x7f\u0085end",
	"Centre francophone d'accueil — Montréal 移民 مرحبا 🇨🇦 👨\u200d👩\u200d👧",
	"bad utf8 \xff\xfe\xc3",
	strings.Repeat("very long name ", 60),
	"",
	" ",
}

// storable is what network.New accepts of a hostile name: it refuses text
// that would not come back the same from the files lipgraph writes. Invalid
// UTF-8 becomes "?", CR LF and CR a line feed; control characters other
// than line feed and tab are removed and white space around trimmed.
func storable(s string) string {
	s = strings.ToValidUTF8(s, "?")
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(s)
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\n' && r != '\t' {
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// hostileNetwork is a small partnership whose partner, body and theme
// names are hostileNames, as far as they are storable.
func hostileNetwork(t testing.TB) *network.Network {
	t.Helper()
	tax := network.DefaultTaxonomy()
	keys := tax.Keys()
	var d network.Data
	d.Bodies = []network.Body{
		{ID: "c", Kind: network.Council, Name: storable(hostileNames[1])},
		{ID: "wg", Kind: network.WorkingGroup, Name: storable(hostileNames[3]), Theme: storable(hostileNames[2])},
		{ID: "wg/at", Kind: network.ActionTeam, Name: storable(hostileNames[4]), Theme: storable(hostileNames[6]), Parent: "wg"},
		{ID: "s", Kind: network.Secretariat, Name: storable(hostileNames[8])},
	}
	for i, name := range hostileNames {
		id := fmt.Sprintf("p%02d \"x\"", i)
		d.Partners = append(d.Partners, network.Partner{ID: id, Name: storable(name), Sector: keys[i%len(keys)]})
		d.Memberships = append(d.Memberships, network.Membership{Partner: id, Body: "c", Role: network.Role(i % 2)})
		if i%3 == 0 {
			d.Memberships = append(d.Memberships, network.Membership{Partner: id, Body: "wg"}, network.Membership{Partner: id, Body: "wg/at"})
		}
		if i > 0 {
			d.Ties = append(d.Ties, network.Tie{Source: id, Target: fmt.Sprintf("p%02d \"x\"", i-1), Weight: float64(i)})
		}
	}
	d.Memberships = append(d.Memberships, network.Membership{Partner: "p08 \"x\"", Body: "s", Role: network.RoleStaff})
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// svgText returns the text of every <text> element of an SVG, in order.
func svgText(t *testing.T, svg []byte) []string {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(svg))
	dec.Strict = false
	var out []string
	in := false
	var cur strings.Builder
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("SVG does not parse as XML: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if tok.Name.Local == "text" {
				in = true
				cur.Reset()
			}
		case xml.EndElement:
			if tok.Name.Local == "text" {
				in = false
				out = append(out, cur.String())
			}
		case xml.CharData:
			if in {
				cur.Write(tok)
			}
		}
	}
}

// TestHostileNamesShowFaithfully renders the hostile structure diagram with
// Graphviz and checks that every line of every cleaned name appears in the
// SVG as text exactly: the expected text is computed by hand below from the
// rules of Clean, not taken from our own output.
func TestHostileNamesShowFaithfully(t *testing.T) {
	dotPath, err := exec.LookPath("dot")
	if err != nil {
		t.Skip("Graphviz dot not on PATH")
	}
	var b bytes.Buffer
	if err := Structure(&b, hostileNetwork(t), StructureOptions{}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(dotPath, "-Tsvg")
	cmd.Stdin = &b
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	svg, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot: %v %s", err, stderr.String())
	}
	texts := map[string]bool{}
	for _, s := range svgText(t, svg) {
		texts[s] = true
	}
	// Each want is one line of a label as a person should read it.
	wants := []string{
		`The "Open Door" \ English`, // wrapped at 26 runes
		"School",
		"line one", "line two", "line three", "four",
		"tab here",
		`{braces} [brackets]`,
		`<html><b>bold</b></html> ;`,
		`-- -> graph G {}`,
		`back\slash \N \G \l \n \"`,
		"★ entities &amp;", // a chair; entities stay as typed
		"&lt; &#65; &",
		"plain",
		"softhyphen zerowidth bom", // U+00AD, U+200B, U+FEFF removed
		"bidievil nbsp x ls ps",    // U+202E removed; U+00A0, U+2028 become spaces (storable trims the final U+2029)
		"★ ctrl[31mend",            // C0/C1 controls, DEL and NEL (U+0085) removed by storable
		"Centre francophone",
		"d'accueil — Montréal 移民",
		"مرحبا 🇨🇦 👨👩👧", // the zero-width joiners removed
		"★ bad utf8 ?",
		"very long name very long",
		"theme: tab here",
	}
	for s := range texts {
		// "cluster" or "structure" would be Graphviz's \G expanded in a
		// body's title (an HTML-like label)
		for _, bad := range []string{"u00", "u20", "ufeff", "x00", "\\t", "cluster", "structure"} {
			if strings.Contains(s, bad) {
				t.Errorf("SVG text %q shows an escape %q", s, bad)
			}
		}
	}
	for _, w := range wants {
		if !texts[w] {
			t.Errorf("SVG has no text %q", w)
		}
	}
	if t.Failed() {
		t.Logf("texts: %q", svgText(t, svg))
	}
}

func TestClean(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"a\tb", "a b"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"soft\u00adhyphen", "softhyphen"},
		{"nb\u00a0sp", "nb sp"},
		{"x\u2028y", "x y"},
		{"a & b", "a &amp; b"},
		{"\x00\x1f\x7f", ""},
		{"\xff\xfe", "?"},
		{"\ufffd", "\ufffd"},
		{`"q" \ {b} <h>`, `"q" \ {b} <h>`},
		{"é—移🇨🇦", "é—移🇨🇦"},
		{strings.Repeat("x", MaxLabelRunes+1), strings.Repeat("x", MaxLabelRunes) + "…"},
		{strings.Repeat("x", MaxLabelRunes), strings.Repeat("x", MaxLabelRunes)},
	} {
		if got := Clean(c.in); got != c.want {
			t.Errorf("Clean(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestLabel(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"short", "short"},
		{"Westbrook Catholic District School Board", "Westbrook Catholic\nDistrict School Board"},
		{"a\nb", "a\nb"},
		{strings.Repeat("w", 30) + " x", strings.Repeat("w", 30) + "\nx"},
	} {
		if got := Label(c.in); got != c.want {
			t.Errorf("Label(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
