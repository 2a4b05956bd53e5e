package draw

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"github.com/emicklei/dot"

	"github.com/lipgraph/lipgraph/network"
)

// StructureOptions configures Structure. The zero value draws the structure
// without gap highlighting.
type StructureOptions struct {
	// Highlight, when not nil, says which bodies and partners to mark:
	// see Highlight.
	Highlight *Highlight
	// Title is the diagram's title; "" means none.
	Title string
}

// kindRank is the vertical level of each body kind in the structure diagram.
var kindRank = map[network.BodyKind]int{
	network.Council:           0,
	network.SteeringCommittee: 1,
	network.Secretariat:       1,
	network.WorkingGroup:      2,
	network.ActionTeam:        3,
}

var kindTitle = map[network.BodyKind]string{
	network.Council:           "council",
	network.SteeringCommittee: "steering committee",
	network.Secretariat:       "secretariat",
	network.WorkingGroup:      "working group",
	network.ActionTeam:        "action team",
}

// Structure writes the structure diagram of n to w as a DOT graph for Graphviz's dot layout: one cluster per body (council, steering
// committee, secretariat, working groups labelled with their theme, and each
// action team nested inside its working group), holding a copy of each
// member partner, filled with the colour of its sector category; chairs and
// co-chairs have a double outline and a "★". A legend lists the categories
// present. See the package documentation for why partners are copied per
// body. Membership dates are ignored: pass n.AsOf(d) for a date.
//
// A nil or empty network gives a valid diagram holding only the legend.
// The output is a pure function of n and opt. It returns the first write
// error.
func Structure(w io.Writer, n *network.Network, opt StructureOptions) error {
	g := newGraph("structure", opt.Title)
	g.Attrs("compound", "true", "nodesep", "0.15", "ranksep", "0.35")
	var gaps Highlight
	if opt.Highlight != nil {
		gaps = *opt.Highlight
	}
	used := map[string]bool{}
	var tax *network.Taxonomy
	if n != nil {
		tax = n.Taxonomy()
		s := structure{n: n, g: g, gaps: gaps, used: used, single: setOf(gaps.Partners), noCity: setOf(gaps.Bodies)}
		s.draw()
	}
	extra := []legendEntry{{key: "chair", label: "★ chair or co-chair", attrs: []any{"shape", "box", "style", "rounded", "peripheries", "2"}}}
	if used[observerKey] {
		delete(used, observerKey)
		extra = append(extra, observerLegend)
	}
	extra = append(extra, gapLegend(gaps)...)
	// the legend's font grows with the diagram, as in the partner view, so
	// that it stays legible when a big structure is scaled to fit
	k := 0
	if n != nil {
		k = n.NumMemberships()
	}
	legendTable(g, tax, used, extra, max(14, legendFontSize(k)))
	return write(w, g)
}

type structure struct {
	n      *network.Network
	g      *dot.Graph
	gaps   Highlight
	used   map[string]bool            // categories drawn
	single map[string]bool            // partners outlined
	noCity map[string]bool            // bodies marked
	roles  map[[2]string]network.Role // role by (body, partner): a full one if any, else observer before staff
	// first and bottom hold, per body, the first node of its grid and its
	// lowest node (of its last action team for a working group), which
	// invisible edges chain to put the levels one under the other.
	first, bottom map[string]dot.Node
}

func (s *structure) draw() {
	s.first, s.bottom = map[string]dot.Node{}, map[string]dot.Node{}
	// a partner is an observer (or staff) on a body when every membership
	// it holds there has that role; a full seat wins
	s.roles = map[[2]string]network.Role{}
	for _, m := range s.n.Memberships() {
		k := [2]string{m.Body, m.Partner}
		if r, ok := s.roles[k]; !ok || (r == network.RoleObserver || r == network.RoleStaff) && m.Role != network.RoleStaff {
			s.roles[k] = m.Role
		}
	}
	bodies := s.n.Bodies()
	slices.SortStableFunc(bodies, func(a, b network.Body) int {
		return cmp.Or(cmp.Compare(kindRank[a.Kind], kindRank[b.Kind]), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.ID, b.ID))
	})
	// with several partnerships, each one's bodies go in a cluster of their
	// own, stacked separately, so that working groups of different LIPs do
	// not mix
	names := s.n.Partnerships()
	parent := map[string]*dot.Graph{}
	if len(names) > 1 {
		for i, name := range names {
			label := name
			if label == "" {
				label = "(no partnership)"
			}
			sub := s.g.Subgraph(fmt.Sprintf("~p%04d", i), dot.ClusterOption{})
			sub.Attrs("label", "Partnership: "+Clean(label), "fontname", fontName, "fontsize", "18", "style", "rounded", "color", "#222222", "penwidth", "3", "labeljust", "l")
			parent[name] = sub
		}
	}
	by := map[string][]network.Body{}
	subs := map[string]*dot.Graph{}
	for i, b := range bodies {
		name := s.partnershipOf(b)
		by[name] = append(by[name], b)
		p := parent[name]
		if p == nil {
			p = s.g
		}
		if b.Kind == network.ActionTeam {
			if sub, ok := subs[b.Parent]; ok {
				p = sub
			}
		}
		// subgraph keys sort in the order the bodies are drawn
		sub := p.Subgraph(fmt.Sprintf("%04d", i), dot.ClusterOption{})
		subs[b.ID] = sub
		s.body(sub, b)
	}
	for _, name := range slices.Sorted(maps.Keys(by)) {
		s.stack(by[name])
	}
}

// partnershipOf returns the partnership of a body: the one it names, or
// else that of its first member.
func (s *structure) partnershipOf(b network.Body) string {
	if b.Partnership != "" {
		return b.Partnership
	}
	for _, id := range s.n.MemberIDs(b.ID) {
		p, _ := s.n.Partner(id)
		return p.Partnership
	}
	return ""
}

// stack puts the levels one under the other with invisible edges: councils
// on top, then the steering committee and secretariat, then the working
// groups in rows of ⌈√k⌉, each with its action teams under its members.
func (s *structure) stack(bodies []network.Body) {
	link := func(from, to string) {
		f, ok1 := s.bottom[from]
		t, ok2 := s.first[to]
		if ok1 && ok2 {
			s.g.Edge(f, t).Attrs("style", "invis", "weight", "0")
		}
	}
	var levels [3][]string // council; steering and secretariat; working groups
	for _, b := range bodies {
		switch b.Kind {
		case network.ActionTeam:
			link(b.Parent, b.ID)
			if _, ok := s.first[b.Parent]; ok {
				s.bottom[b.Parent] = s.bottom[b.ID]
			}
		case network.WorkingGroup:
			levels[2] = append(levels[2], b.ID)
		default:
			levels[kindRank[b.Kind]] = append(levels[kindRank[b.Kind]], b.ID)
		}
	}
	anchor := ""
	for _, lv := range levels[:2] {
		for _, id := range lv {
			if anchor != "" {
				link(anchor, id)
			}
		}
		if len(lv) > 0 {
			anchor = lv[0]
		}
	}
	wgs := levels[2]
	perRow := max(1, int(math.Ceil(math.Sqrt(float64(len(wgs))))))
	for i, id := range wgs {
		switch {
		case i >= perRow:
			link(wgs[i-perRow], id)
		case anchor != "":
			link(anchor, id)
		}
	}
}

// body draws one body's cluster: its title, what the highlight says it
// lacks (in red, under the title: a gap is a property of the body, not a
// partner, so it is not drawn as a node), and its members in a grid, chairs
// in the first row.
func (s *structure) body(sub *dot.Graph, b network.Body) {
	title := b.Name
	if title == "" {
		title = b.ID
	}
	sub2 := "(" + kindTitle[b.Kind] + ")"
	if b.Theme != "" && (b.Kind == network.WorkingGroup || b.Kind == network.ActionTeam) {
		sub2 = "theme: " + Clean(b.Theme)
	}
	var gaps []string
	if s.noCity[b.ID] {
		gaps = append(gaps, "gap: "+Clean(s.gaps.bodyNote()))
	}
	if ms := s.gaps.Missing[b.ID]; len(ms) > 0 {
		c := make([]string, len(ms))
		for i, m := range ms {
			c[i] = Clean(m)
		}
		gaps = append(gaps, "missing: "+strings.Join(c, ", "))
	}
	sub.Attrs("label", clusterTitle(wrap(Clean(title), 2*wrapWidth), sub2, gaps), "fontname", fontName, "fontsize", "13",
		"style", "rounded", "color", "#555555", "labeljust", "l")
	if b.Kind == network.Council {
		sub.Attrs("penwidth", "2")
	}
	if len(gaps) > 0 {
		sub.Attrs("color", gapColour, "style", "rounded,dashed", "penwidth", "2")
	}
	chairs := setOf(s.n.Chairs(b.ID))
	type member struct {
		id    string
		chair bool
	}
	var ms []member
	for _, id := range s.n.MemberIDs(b.ID) {
		ms = append(ms, member{id, chairs[id]})
	}
	slices.SortStableFunc(ms, func(x, y member) int {
		if x.chair != y.chair {
			if x.chair {
				return -1
			}
			return 1
		}
		return 0
	})
	type item struct {
		key   string
		attrs []any
	}
	var items []item
	for i, m := range ms {
		p, _ := s.n.Partner(m.id)
		items = append(items, item{fmt.Sprintf("%s/%05d", b.ID, i), s.partnerAttrs(p, m.chair, s.roles[[2]string{b.ID, m.id}])})
	}
	if len(items) == 0 {
		items = append(items, item{b.ID + "/~empty", []any{"label", "(no members)", "shape", "plaintext", "fontname", fontName, "fontsize", "10"}})
	}
	// a grid of rows of about √(1.5k), each row a rank=same subgraph, the
	// rows chained by invisible edges, so that a big body is not one wide row
	cols := max(1, int(math.Ceil(math.Sqrt(1.5*float64(len(items))))))
	var nodes []dot.Node
	for r := 0; r*cols < len(items); r++ {
		row := sub.Subgraph(fmt.Sprintf("%s/~row%05d", b.ID, r))
		row.Attrs("label", "", "rank", "same")
		for _, it := range items[r*cols : min(len(items), (r+1)*cols)] {
			nd := row.Node(it.key)
			nd.Attrs(it.attrs...)
			nodes = append(nodes, nd)
		}
		if r > 0 {
			s.g.Edge(nodes[(r-1)*cols], nodes[r*cols]).Attr("style", "invis")
		}
	}
	s.first[b.ID] = nodes[0]
	s.bottom[b.ID] = nodes[len(nodes)-1]
}

// partnerAttrs returns the attributes of a partner's node on a body where
// it holds role; an observer or staff member is drawn dashed and grey, its
// role written under its name.
func (s *structure) partnerAttrs(p network.Partner, chair bool, role network.Role) []any {
	name := p.Name
	if name == "" {
		name = p.ID
	}
	label := Label(name)
	if chair {
		label = "★ " + label
	}
	cat := s.n.Taxonomy().Category(p.Sector)
	s.used[cat] = true
	a := []any{"label", label, "shape", "box", "style", "filled,rounded", "fillcolor",
		CategoryColour(s.n.Taxonomy(), cat), "fontname", fontName, "fontsize", "10", "margin", "0.05,0.03",
		"tooltip", Clean(name + " (" + p.Sector + ")")}
	if chair {
		a = append(a, "peripheries", "2", "penwidth", "1.5")
	}
	if role == network.RoleObserver || role == network.RoleStaff {
		s.used[observerKey] = true
		a = append(a, "label", label+"\n("+role.String()+")", "style", "filled,rounded,dashed", "color", observerColour,
			"fontcolor", "#555555", "fillcolor", paler(CategoryColour(s.n.Taxonomy(), cat)), "penwidth", "1.5")
	}
	if s.single[p.ID] {
		a = append(a, "color", "#ff7f0e", "style", "filled,rounded,dashed", "penwidth", "2")
	}
	return a
}

// clusterTitle is a body's cluster label, as an HTML-like label whose lines
// are all left-aligned: the title (cleaned and wrapped), the kind or theme
// line, then each gap line in red. Every text is cleaned by the caller and
// escaped here.
func clusterTitle(title, kind string, gaps []string) dot.HTML {
	var b strings.Builder
	b.WriteString(`<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">`)
	fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" BALIGN="LEFT">%s</TD></TR>`, htmlEscape(title))
	fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT POINT-SIZE="11">%s</FONT></TD></TR>`, htmlEscape(kind))
	for _, g := range gaps {
		fmt.Fprintf(&b, `<TR><TD ALIGN="LEFT" BALIGN="LEFT"><FONT COLOR="%s">%s</FONT></TD></TR>`, gapColour, htmlEscape(wrap(g, 2*wrapWidth)))
	}
	b.WriteString(`</TABLE>`)
	return dot.HTML(b.String())
}

func setOf(xs []string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}
