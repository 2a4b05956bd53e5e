package draw

import (
	"fmt"
	"io"
	"slices"
	"strconv"

	"github.com/emicklei/dot"

	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// PartnerOptions configures Partners. The zero value draws the combined
// partner graph with equal node sizes, no clusters and no marks.
type PartnerOptions struct {
	// Projection weighs the edges; the zero value is network.Combined.
	Projection network.Projection
	// SizeBy sizes the nodes: their width grows from 1 to 2.6 inches and
	// their height from 0.45 to 1.2 linearly in the measure over its
	// maximum (a box still grows to hold its label, whose font is the same
	// for every partner, so a long name does not look important).
	SizeBy Measure
	// MinWeight drops the edges lighter than it (0 draws them all); the
	// legend says how many are drawn. ReadableMinWeight gives a threshold
	// that keeps a big diagram readable.
	MinWeight float64
	// KeepHeaviest keeps, for each partner none of whose ties weighs
	// MinWeight or more, its heaviest tie (the first, in partner order,
	// among equals), so that a partner with ties is never drawn alone; the
	// legend says so.
	KeepHeaviest bool
	// GroupBy draws a cluster around each community or partnership.
	GroupBy Grouping
	// Brokers marks the articulation points (metrics.ArticulationPoints),
	// partners whose removal disconnects others, with a double outline.
	Brokers bool
	// KeyPlayers marks the k partners whose removal fragments the network
	// most (Borgatti 2006) with a thick red outline; 0 marks none. They are
	// the key players of the measures table (measures.KeyPlayers: greedy
	// KPP-Neg refined by Borgatti's swaps, seeded with 1, the seed of the
	// communities here and of `lipgraph metrics` by default). When removing them leaves the fragmentation where it was
	// (a dense network that no k partners split), none are marked and the
	// legend says so.
	KeyPlayers int
	// Highlight, when not nil, outlines its Partners in dashed orange
	// (its bodies are not drawn in this view).
	Highlight *Highlight
	// Title is the diagram's title; "" means none.
	Title string
}

// Partners writes the partner network diagram of n to w as DOT: one node
// per partner (isolated partners included) filled with its sector
// category's colour, one undirected edge per pair of partners joined in
// n.PartnerGraph(opt.Projection) whose weight w is at least opt.MinWeight,
// its width 0.5 + 3·w/w_max points. The graph asks for a Graphviz spring layout, so dot -Tsvg lays
// it out as a network rather than in ranks: neato without clusters, fdp
// (which keeps clusters) with GroupBy, sfdp above 2,000 partners. The DOT is
// byte-stable; so is its rendering by lipgraph's built-in Graphviz (package
// render), fdp included. A system Graphviz's neato is stable too, but its
// fdp and sfdp lay out differently from run to run whatever the start seed. Nodes come in partner ID order and edges in node order, so
// the output is a pure function of n and opt.
//
// A nil or empty network gives a valid diagram holding only the legend. It
// returns an error for an invalid option or the first write error.
func Partners(w io.Writer, n *network.Network, opt PartnerOptions) error {
	if int(opt.SizeBy) >= len(measureNames) || opt.GroupBy > GroupPartnership || opt.KeyPlayers < 0 {
		return fmt.Errorf("draw: invalid PartnerOptions: size %v, group %d, key players %d", opt.SizeBy, opt.GroupBy, opt.KeyPlayers)
	}
	g := newGraph("partners", opt.Title)
	used := map[string]bool{}
	var tax *network.Taxonomy
	var extra []legendEntry
	if n != nil && n.NumPartners() > 0 {
		tax = n.Taxonomy()
		extra = drawPartners(g, n, opt, used)
	}
	k := 0
	if n != nil {
		k = n.NumPartners()
	}
	if used[observerKey] {
		delete(used, observerKey)
		extra = append(extra, observerLegend)
	}
	legendTable(g, tax, used, extra, legendFontSize(k))
	return write(w, g)
}

// readableEdges is how many edges per partner ReadableMinWeight keeps at
// most: an average degree of 6, which the 40-partner sample shows as a
// network rather than a hairball.
const readableEdges = 3

// ReadableMinWeight returns the smallest edge weight w of the partner graph
// of n under projection p such that at most 3 edges per partner weigh w or
// more, or 0 when the graph has no more edges than that already: a
// PartnerOptions.MinWeight that keeps the heaviest ties of a dense network
// and draws every edge of a sparse one.
func ReadableMinWeight(n *network.Network, p network.Projection) float64 {
	if n == nil {
		return 0
	}
	_, _, _, wt := n.PartnerGraph(p).CSR()
	limit := readableEdges * n.NumPartners()
	if len(wt)/2 <= limit {
		return 0
	}
	ws := slices.Clone(wt)
	slices.Sort(ws)
	// each edge appears twice in the CSR arrays; walk the distinct weights
	// from the heaviest down while the edges kept stay within the limit
	best := 0.0
	for i := len(ws) - 1; i >= 0; {
		w := ws[i]
		j := i
		for j >= 0 && ws[j] == w {
			j--
		}
		if (len(ws)-1-j)/2 > limit {
			break
		}
		best = w
		i = j
	}
	if best == 0 {
		best = ws[len(ws)-1]
	}
	return best
}

func drawPartners(g *dot.Graph, n *network.Network, opt PartnerOptions, used map[string]bool) (extra []legendEntry) {
	pg := n.PartnerGraph(opt.Projection)
	mg := metrics.NewGraph(pg)
	partners := n.Partners()
	tax := n.Taxonomy()
	layout := "neato"
	switch {
	case len(partners) > 2000:
		layout = "sfdp"
	case opt.GroupBy != GroupNone:
		layout = "fdp"
	}
	g.Attrs("layout", layout, "overlap", "false", "outputorder", "edgesfirst")

	size := sizes(n, opt.Projection, opt.SizeBy)
	var brokers map[int]bool
	var keys map[string]bool
	if opt.SizeBy != SizeNone {
		extra = append(extra, legendEntry{key: "size", label: "box size: " + opt.SizeBy.String()})
	}
	if opt.Brokers {
		brokers = map[int]bool{}
		for _, v := range metrics.ArticulationPoints(mg) {
			brokers[v] = true
		}
		label := "double outline: broker (cut point)"
		if len(brokers) == 0 {
			label = "brokers: none (no partner is a cut point)"
		}
		extra = append(extra, legendEntry{key: "broker", label: label})
	}
	if opt.KeyPlayers > 0 {
		label := "thick red outline: key player"
		// the set `lipgraph metrics --key-players` finds under its
		// default seed, 1, as the communities are
		kp, f := measures.KeyPlayers(n, opt.KeyPlayers, measures.Options{Projection: opt.Projection, Seed: 1})
		if float64(f) > metrics.Fragmentation(mg, nil) {
			keys = setOf(kp)
		} else {
			// removing no set of k partners splits the network further:
			// there are no key players to mark
			label = "key players: none (no " + strconv.Itoa(opt.KeyPlayers) + " partners split the network)"
		}
		extra = append(extra, legendEntry{key: "key", label: label, attrs: []any{"color", "#d62728"}})
	}
	var single map[string]bool
	if opt.Highlight != nil && len(opt.Highlight.Partners) > 0 {
		single = setOf(opt.Highlight.Partners)
		extra = append(extra, legendEntry{key: "single", label: "dashed orange outline: " + Clean(opt.Highlight.partnerNote()), attrs: []any{"color", "#ff7f0e"}})
	}

	// partners who hold only observer or staff seats
	onlyObserver := map[string]bool{}
	for _, m := range n.Memberships() {
		o := m.Role == network.RoleObserver || m.Role == network.RoleStaff
		if v, seen := onlyObserver[m.Partner]; !seen || v {
			onlyObserver[m.Partner] = o
		}
	}

	parents := groups(g, n, mg, partners, opt.GroupBy)
	nodes := make([]dot.Node, len(partners))
	for i, p := range partners {
		name := p.Name
		if name == "" {
			name = p.ID
		}
		cat := tax.Category(p.Sector)
		used[cat] = true
		nd := parents[i].Node(fmt.Sprintf("p%07d", i))
		nd.Attrs("label", wrap(Clean(name), 18), "shape", "box", "style", "filled,rounded", "fillcolor", CategoryColour(tax, cat),
			"fontname", fontName, "fontsize", "10",
			"width", strconv.FormatFloat(1+1.6*size[i], 'f', 2, 64), "height", strconv.FormatFloat(0.45+0.75*size[i], 'f', 2, 64),
			"margin", "0.04,0.02", "tooltip", Clean(name+" ("+p.Sector+")"))
		if onlyObserver[p.ID] {
			used[observerKey] = true
			nd.Attrs("style", "filled,rounded,dashed", "color", observerColour, "fontcolor", "#555555",
				"fillcolor", paler(CategoryColour(tax, cat)), "penwidth", "1.5")
		}
		if brokers[i] {
			nd.Attr("peripheries", "2")
		}
		if single[p.ID] {
			nd.Attrs("color", "#ff7f0e", "style", "filled,rounded,dashed", "penwidth", "2")
		}
		if keys[p.ID] {
			nd.Attrs("color", "#d62728", "penwidth", "3")
		}
		nodes[i] = nd
	}

	_, off, nbr, wt := pg.CSR()
	maxW := 0.0
	for _, x := range wt {
		maxW = max(maxW, x)
	}
	// keep[i] is the neighbour position in the CSR arrays of the one tie
	// kept for partner i below the threshold (-1: none)
	keep := make([]int, len(nodes))
	for i := range nodes {
		keep[i] = -1
		if !opt.KeepHeaviest || opt.MinWeight <= 0 {
			continue
		}
		best := -1
		for k := off[i]; k < off[i+1]; k++ {
			if wt[k] >= opt.MinWeight {
				best = -1
				break
			}
			if best < 0 || wt[k] > wt[best] {
				best = int(k)
			}
		}
		keep[i] = best
	}
	kept := func(i, j int) bool {
		return keep[i] >= 0 && int(nbr[keep[i]]) == j || keep[j] >= 0 && int(nbr[keep[j]]) == i
	}
	drawn, total := 0, 0
	defer func() {
		if drawn < total {
			also := ""
			if opt.KeepHeaviest {
				also = " and each partner's heaviest otherwise"
			}
			extra = append(extra, legendEntry{key: "weight", label: fmt.Sprintf("lines: ties of weight %s or more%s (%d of %d drawn)",
				strconv.FormatFloat(opt.MinWeight, 'g', 4, 64), also, drawn, total)})
		}
	}()
	for i := range nodes {
		for k := off[i]; k < off[i+1]; k++ {
			j := int(nbr[k])
			if j <= i {
				continue
			}
			total++
			if wt[k] < opt.MinWeight && !kept(i, j) {
				continue
			}
			drawn++
			e := g.Edge(nodes[i], nodes[j])
			e.Attrs("dir", "none", "color", "#55555599",
				"penwidth", strconv.FormatFloat(0.5+3*wt[k]/maxW, 'f', 2, 64))
		}
	}
	return extra
}

// groups returns the graph each partner's node goes into: g itself, or the
// cluster of its community or partnership, created in group order.
func groups(g *dot.Graph, n *network.Network, mg *metrics.Graph, partners []network.Partner, by Grouping) []*dot.Graph {
	parents := make([]*dot.Graph, len(partners))
	for i := range parents {
		parents[i] = g
	}
	var label []int
	var names []string
	switch by {
	case GroupCommunity:
		label = metrics.Louvain(mg, metrics.LouvainOptions{Seed: 1})
		for _, l := range label {
			for len(names) <= l {
				names = append(names, "community "+strconv.Itoa(len(names)+1))
			}
		}
	case GroupPartnership:
		idx := map[string]int{}
		for _, name := range n.Partnerships() {
			idx[name] = len(names)
			if name == "" {
				name = "(no partnership)"
			}
			names = append(names, name)
		}
		label = make([]int, len(partners))
		for i, p := range partners {
			label[i] = idx[p.Partnership]
		}
	default:
		return parents
	}
	subs := make([]*dot.Graph, len(names))
	for i, name := range names {
		sub := g.Subgraph(fmt.Sprintf("g%07d", i), dot.ClusterOption{})
		if by == GroupPartnership {
			name = "Partnership: " + name
		}
		sub.Attrs("label", Clean(name), "style", "rounded,dashed", "color", "#888888", "fontname", fontName, "fontsize", "18")
		subs[i] = sub
	}
	for i, l := range label {
		parents[i] = subs[l]
	}
	return parents
}
