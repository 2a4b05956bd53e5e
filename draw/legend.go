package draw

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/emicklei/dot"

	"github.com/lipgraph/lipgraph/network"
)

// legendEntry is one non-category line of a legend.
type legendEntry struct {
	key, label string
	attrs      []any
}

// legendTable puts the legend in g's own label, above the drawing, as a
// Graphviz HTML-like table: the title (the label newGraph set, if any), then
// a row holding a filled cell per category of t that occurs in used, in
// taxonomy order, then rows of two cells, one per extra entry, drawn in the
// entry's colour and outline (dashed, double). Being the graph's label, the
// legend is laid out with the page, never among the nodes, in every layout
// (dot, neato, fdp). Its font grows with the number of nodes (fontSize) so
// that it stays legible when a big diagram is scaled to fit. Every text goes
// through Clean and htmlEscape, as emicklei/dot writes HTML labels raw.
func legendTable(g *dot.Graph, t *network.Taxonomy, used map[string]bool, extra []legendEntry, fontSize int) {
	var b strings.Builder
	fmt.Fprintf(&b, `<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">`)
	if title, ok := g.Value("label").(string); ok && title != "" {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="%d"><B>%s</B></FONT></TD></TR>`, fontSize*3/2, htmlEscape(title))
	}
	b.WriteString(`<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="1" CELLSPACING="6" CELLPADDING="4"><TR><TD BORDER="0"><B>Legend</B></TD>`)
	if t != nil {
		for _, c := range t.Categories() {
			if used[c] {
				fmt.Fprintf(&b, `<TD BGCOLOR="%s" STYLE="rounded">%s</TD>`, CategoryColour(t, c), htmlEscape(Clean(c)))
			}
		}
	}
	b.WriteString(`</TR></TABLE></TD></TR>`)
	if len(extra) > 0 {
		const row = `<TR><TD ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="6" CELLPADDING="4"><TR>`
		b.WriteString(row)
		for i, e := range extra {
			// two entries a row, each row a table of its own so that the
			// cells keep their own widths: a long row would widen the
			// diagram and shrink everything when it is scaled to fit a page
			if i > 0 && i%2 == 0 {
				b.WriteString(`</TR></TABLE></TD></TR>` + row)
			}
			colour, style, border := "#000000", "", "0"
			for i := 0; i+1 < len(e.attrs); i += 2 {
				v, _ := e.attrs[i+1].(string)
				switch e.attrs[i] {
				case "color":
					colour = v
					if border == "0" {
						border = "1"
					}
				case "style":
					if strings.Contains(v, "dashed") {
						style, border = ` STYLE="dashed"`, "2"
					}
				case "peripheries":
					border = "3"
				}
			}
			fmt.Fprintf(&b, `<TD BORDER="%s" COLOR="%s"%s><FONT COLOR="%s">%s</FONT></TD>`, border, colour, style, textColour(colour), htmlEscape(Clean(e.label)))
		}
		b.WriteString(`</TR></TABLE></TD></TR>`)
	}
	b.WriteString(`</TABLE>`)
	g.Attrs("label", dot.HTML(b.String()), "labelloc", "t", "labeljust", "l", "fontsize", strconv.Itoa(fontSize))
}

// textColour is the colour of a legend entry's text: its mark's colour,
// darkened to grey when the mark is light grey.
func textColour(c string) string {
	if c == observerColour {
		return "#555555"
	}
	return c
}

// legendFontSize is the legend's font size for a diagram of k nodes: 12
// points up to 40 nodes, growing with √k to at most 40.
func legendFontSize(k int) int {
	return max(12, min(40, int(12*math.Sqrt(float64(k)/40))))
}

// htmlEscape makes the output of Clean safe inside an HTML-like label:
// Clean has already written "&" as "&amp;"; "<", ">" and '"' become
// entities, a line break becomes <BR/>, and a backslash is doubled, since
// Graphviz expands its escapes (\G, \N…) in HTML-like labels too, after
// decoding entities.
func htmlEscape(s string) string {
	return strings.NewReplacer("<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "<BR/>", `\`, `\\`).Replace(s)
}
