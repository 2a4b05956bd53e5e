package draw

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/emicklei/dot"

	"github.com/lipgraph/lipgraph/internal/palette"
	"github.com/lipgraph/lipgraph/network"
)

// observerColour outlines observers and staff (grey, dashed): partners who
// attend without a full seat.
const observerColour = "#999999"

// observerKey marks, in a diagram's set of used categories, that an
// observer or staff member was drawn (no category has this name: it is not
// valid as a taxonomy key).
const observerKey = "\x00observer"

// observerLegend is the legend entry of observers and staff.
var observerLegend = legendEntry{key: "observer", label: "dashed grey: observer or staff (no full seat)",
	attrs: []any{"color", observerColour, "style", "dashed"}}

// paler returns the colour #rrggbb mixed half with white.
func paler(c string) string {
	if len(c) != 7 || c[0] != '#' {
		return c
	}
	v, err := strconv.ParseUint(c[1:], 16, 32)
	if err != nil {
		return c
	}
	r, g, b := v>>16, v>>8&0xff, v&0xff
	return fmt.Sprintf("#%02x%02x%02x", (r+255)/2, (g+255)/2, (b+255)/2)
}

// fontName is the font of every label: one that Graphviz finds everywhere.
const fontName = "Helvetica"

// MaxLabelRunes bounds the length of a cleaned label; longer text is cut and
// ends in "…". It keeps a hostile name of megabytes from making a diagram
// that no viewer opens.
const MaxLabelRunes = 400

// wrapWidth is the line length, in runes, at which Label breaks names.
const wrapWidth = 26

// Clean returns s as text that emicklei/dot writes as a DOT string which
// Graphviz parses and shows as s:
//   - each run of invalid UTF-8 becomes "?" (U+FFFD itself is kept, but
//     gonum's DOT parser rejects the RuneError a decoder yields for bad bytes);
//   - "\r\n" and a lone "\r" become "\n" (a line break in the label);
//   - tabs and every other space character (U+00A0, U+2028…) become " ";
//   - other control and format characters (U+0000-U+001F, U+007F-U+009F,
//     U+00AD soft hyphen, U+200B-U+200F, U+FEFF…) and anything else Go's
//     strconv.IsPrint rejects are removed, since %q would write them as
//     escapes that Graphviz shows as letters ("\t" as "t");
//   - "&" becomes "&amp;", because Graphviz decodes HTML entities in plain
//     labels ("&lt;" would otherwise show as "<");
//   - text longer than MaxLabelRunes is cut and ends in "…".
//
// Quotes, backslashes, braces and "<html>" need nothing: %q escapes them and
// Graphviz shows them as written. Clean("") is "".
func Clean(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "?")
	}
	var b strings.Builder
	b.Grow(len(s))
	n := 0
	prevCR := false
	for _, r := range s {
		if n == MaxLabelRunes {
			b.WriteString("…")
			break
		}
		cr := r == '\r'
		switch {
		case r == '\n' && prevCR:
			// the "\n" of a "\r\n", already written
		case r == '\n' || cr:
			b.WriteByte('\n')
			n++
		case r == '&':
			b.WriteString("&amp;")
			n++
		case unicode.IsSpace(r) || unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp):
			b.WriteByte(' ')
			n++
		case strconv.IsPrint(r):
			b.WriteRune(r)
			n++
		}
		prevCR = cr
	}
	return b.String()
}

// Label returns Clean(s) broken into lines of at most wrapWidth runes at
// spaces (a word longer than that gets a line of its own), for node labels
// that stay narrow. Line breaks already in s are kept.
func Label(s string) string { return wrap(Clean(s), wrapWidth) }

// wrap breaks c into lines of at most width runes at spaces.
func wrap(c string, width int) string {
	if utf8.RuneCountInString(c) <= width {
		return c
	}
	var b strings.Builder
	for i, line := range strings.Split(c, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		col := 0
		for j, word := range strings.Split(line, " ") {
			w := utf8.RuneCountInString(word)
			if j > 0 {
				if col > 0 && col+1+w > width {
					b.WriteByte('\n')
					col = 0
				} else {
					b.WriteByte(' ')
					col++
				}
			}
			b.WriteString(word)
			col += w
		}
	}
	return b.String()
}

// CategoryColour returns the fill colour of a sector category of t: the
// palette entry at the category's position in t.Categories(), or white for a
// category t does not define (including "").
func CategoryColour(t *network.Taxonomy, category string) string {
	return palette.Category(t, category)
}

// newGraph returns a graph with the common attributes; id must be a safe
// DOT identifier (it is written raw). It is a digraph even for undirected
// diagrams, whose edges carry dir=none: emicklei/dot writes the edges of a
// subgraph with "->" whatever the root graph's type, which Graphviz rejects
// in an undirected graph.
func newGraph(id, title string) *dot.Graph {
	g := dot.NewGraph(dot.Directed)
	g.ID(id)
	g.Attrs("fontname", fontName, "bgcolor", "white")
	if title != "" {
		g.Attrs("label", Clean(title), "labelloc", "t", "fontsize", "18")
	}
	return g
}

// write writes g to w through a buffer and returns the first write error,
// which emicklei/dot's Write drops.
func write(w io.Writer, g *dot.Graph) error {
	ew := &errWriter{w: bufio.NewWriterSize(w, 64<<10)}
	g.Write(ew)
	if ew.err != nil {
		return fmt.Errorf("draw: %w", ew.err)
	}
	if err := ew.w.(*bufio.Writer).Flush(); err != nil {
		return fmt.Errorf("draw: %w", err)
	}
	return nil
}

// errWriter remembers the first error and writes nothing after it.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, nil
}
