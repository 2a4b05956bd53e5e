package draw

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/emicklei/dot"

	"github.com/lipgraph/lipgraph/network"
)

// ChangeOptions configures Change.
type ChangeOptions struct {
	// Title is the diagram's title; "" means none.
	Title string
}

// The marks of the change diagram.
const (
	enteredColour = "#2ca02c" // green
	exitedColour  = "#d62728" // red
	keptTieColour = "#55555599"
)

// Change writes to w, as DOT, how a partner network changed between two
// waves: one node per partner of either wave, filled with its sector
// category's colour, those who entered with a thick green outline, those
// who exited drawn pale with a dashed red outline; one edge per pair of
// partners tied (ties.csv, either direction, self-ties ignored) in either
// wave: grey when tied in both, thick green when new, dashed red when lost.
// Partners are matched by id. A legend explains the marks. Nodes come in ID
// order and edges in node order, so the output is a pure function of the
// two networks; nil networks count as empty.
func Change(w io.Writer, before, after *network.Network, opt ChangeOptions) error {
	g := newGraph("change", opt.Title)
	g.Attrs("layout", "fdp", "overlap", "false", "splines", "true", "outputorder", "edgesfirst")
	type state struct {
		p             network.Partner
		before, after bool
		tax           *network.Taxonomy
	}
	all := map[string]*state{}
	var tax *network.Taxonomy
	for i, n := range []*network.Network{before, after} {
		if n == nil {
			continue
		}
		tax = n.Taxonomy()
		for _, p := range n.Partners() {
			s := all[p.ID]
			if s == nil {
				s = &state{}
				all[p.ID] = s
			}
			s.p, s.tax = p, n.Taxonomy() // the latest wave's record names the partner
			if i == 0 {
				s.before = true
			} else {
				s.after = true
			}
		}
	}
	used := map[string]bool{}
	ids := slices.Sorted(maps.Keys(all))
	nodes := make(map[string]dot.Node, len(ids))
	counts := [3]int{}
	for i, id := range ids {
		s := all[id]
		name := s.p.Name
		if name == "" {
			name = id
		}
		cat := s.tax.Category(s.p.Sector)
		used[cat] = true
		nd := g.Node(fmt.Sprintf("p%07d", i))
		nd.Attrs("label", Label(name), "style", "filled", "fillcolor", CategoryColour(s.tax, cat),
			"fontname", fontName, "fontsize", "10", "margin", "0.04,0.02", "tooltip", Clean(name+" ("+s.p.Sector+")"))
		switch {
		case s.before && !s.after:
			nd.Attrs("style", "filled,dashed", "color", exitedColour, "penwidth", "2", "fillcolor", "#f2f2f2", "fontcolor", "#777777")
			counts[2]++
		case s.after && !s.before:
			nd.Attrs("color", enteredColour, "penwidth", "3")
			counts[1]++
		default:
			counts[0]++
		}
		nodes[id] = nd
	}
	bt, at := tiedPairs(before), tiedPairs(after)
	pairs := map[[2]string]bool{}
	for p := range bt {
		pairs[p] = true
	}
	for p := range at {
		pairs[p] = true
	}
	sorted := slices.SortedFunc(maps.Keys(pairs), func(a, b [2]string) int { return cmp.Or(cmp.Compare(a[0], b[0]), cmp.Compare(a[1], b[1])) })
	ties := [3]int{}
	for _, p := range sorted {
		e := g.Edge(nodes[p[0]], nodes[p[1]])
		e.Attr("dir", "none")
		switch {
		case bt[p] && at[p]:
			e.Attrs("color", keptTieColour, "penwidth", "1")
			ties[0]++
		case at[p]:
			e.Attrs("color", enteredColour, "penwidth", "2.5")
			ties[1]++
		default:
			e.Attrs("color", exitedColour, "style", "dashed", "penwidth", "1.5")
			ties[2]++
		}
	}
	legendTable(g, tax, used, []legendEntry{
		{key: "retained", label: fmt.Sprintf("plain outline: partner in both waves (%d)", counts[0])},
		{key: "entered", label: fmt.Sprintf("thick green outline: partner who entered (%d)", counts[1]), attrs: []any{"color", enteredColour}},
		{key: "exited", label: fmt.Sprintf("pale, dashed red outline: partner who left (%d)", counts[2]), attrs: []any{"color", exitedColour}},
		{key: "kept", label: fmt.Sprintf("grey line: tie in both waves (%d)", ties[0]), attrs: []any{"color", "#555555"}},
		{key: "new", label: fmt.Sprintf("thick green line: new tie (%d)", ties[1]), attrs: []any{"color", enteredColour}},
		{key: "lost", label: fmt.Sprintf("dashed red line: lost tie (%d)", ties[2]), attrs: []any{"color", exitedColour}},
	}, legendFontSize(len(nodes)))
	return write(w, g)
}

// tiedPairs returns the pairs of partner ids joined by a tie, smaller id
// first, self-ties left out.
func tiedPairs(n *network.Network) map[[2]string]bool {
	out := map[[2]string]bool{}
	if n == nil {
		return out
	}
	for _, t := range n.Ties() {
		if t.Source != t.Target {
			out[[2]string{min(t.Source, t.Target), max(t.Source, t.Target)}] = true
		}
	}
	return out
}
