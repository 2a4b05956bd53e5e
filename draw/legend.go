package draw

import (
	"fmt"
	"strings"

	"github.com/emicklei/dot"

	"github.com/lipgraph/lipgraph/network"
)

// legend adds to g a cluster showing one filled box per category of t that
// occurs in used (in taxonomy order), then the extra entries, each a node
// key, label and attributes. It names its nodes "~legend/…", which sort after
// every other key, so that the legend is written last. It suits the dot
// layout; spring layouts scatter a cluster's nodes, so they use legendTable.
func legend(g *dot.Graph, t *network.Taxonomy, used map[string]bool, extra []legendEntry) {
	sub := g.Subgraph("~legend", dot.ClusterOption{})
	sub.Attrs("label", "Legend", "style", "rounded", "color", "#888888", "fontname", fontName, "fontsize", "12")
	var prev dot.Node
	add := func(key string, attrs ...any) {
		nd := sub.Node("~legend/" + key)
		nd.Attrs(attrs...)
		nd.Attrs("fontname", fontName, "fontsize", "11")
		if prev.ID() != "" {
			// invisible edges stack the entries in one column
			sub.Edge(prev, nd).Attr("style", "invis")
		}
		prev = nd
	}
	i := 0
	if t != nil {
		for _, c := range t.Categories() {
			if !used[c] {
				continue
			}
			add(fmt.Sprintf("%03d/%s", i, c), "label", Clean(c), "shape", "box", "style", "filled,rounded", "fillcolor", CategoryColour(t, c))
			i++
		}
	}
	for _, e := range extra {
		add(fmt.Sprintf("%03d/%s", i, e.key), append([]any{"label", Clean(e.label)}, e.attrs...)...)
		i++
	}
}

// legendEntry is one non-category line of a legend.
type legendEntry struct {
	key, label string
	attrs      []any
}

// legendTable adds to g one plain node holding the legend as a Graphviz
// HTML-like table: a filled cell per category of t that occurs in used, in
// taxonomy order, then a row per extra entry, in the entry's colour. It is
// for spring layouts (fdp, sfdp), which would scatter a legend cluster.
// Every text goes through Clean and htmlEscape, as emicklei/dot writes HTML
// labels raw.
func legendTable(g *dot.Graph, t *network.Taxonomy, used map[string]bool, extra []legendEntry) {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="1" CELLBORDER="0" CELLSPACING="4" CELLPADDING="4" COLOR="#888888"><TR><TD><B>Legend</B></TD></TR>`)
	if t != nil {
		for _, c := range t.Categories() {
			if used[c] {
				fmt.Fprintf(&b, `<TR><TD BGCOLOR="%s" BORDER="1" COLOR="#000000">%s</TD></TR>`, CategoryColour(t, c), htmlEscape(Clean(c)))
			}
		}
	}
	for _, e := range extra {
		colour := "#000000"
		for i := 0; i+1 < len(e.attrs); i += 2 {
			if e.attrs[i] == "color" {
				colour, _ = e.attrs[i+1].(string)
			}
		}
		fmt.Fprintf(&b, `<TR><TD><FONT COLOR="%s">%s</FONT></TD></TR>`, colour, htmlEscape(Clean(e.label)))
	}
	b.WriteString(`</TABLE>`)
	nd := g.Node("~legend")
	nd.Attrs("label", dot.HTML(b.String()), "shape", "plaintext", "fontname", fontName, "fontsize", "12")
}

// htmlEscape makes the output of Clean safe inside an HTML-like label:
// Clean has already written "&" as "&amp;"; "<", ">" and '"' become
// entities and a line break becomes <BR/>.
func htmlEscape(s string) string {
	return strings.NewReplacer("<", "&lt;", ">", "&gt;", `"`, "&quot;", "\n", "<BR/>").Replace(s)
}
