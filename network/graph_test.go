package network_test

import (
	"encoding/json"
	"math"
	"os"
	"slices"
	"sync"
	"testing"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/path"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"

	"github.com/lipgraph/lipgraph/network"
)

// loadRefGraphs reads testdata/ref/partner_graph.json, made by
// testdata/ref/partner_graph.py with networkx 2.8's bipartite projections.
func loadRefGraphs(t *testing.T) map[string]map[string][][3]any {
	t.Helper()
	b, err := os.ReadFile("testdata/ref/partner_graph.json")
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][][3]any{}
	for _, s := range samples {
		var m map[string]json.RawMessage
		if err := json.Unmarshal(raw[s], &m); err != nil {
			t.Fatal(err)
		}
		out[s] = map[string][][3]any{}
		for k, v := range m {
			if k == "nodes" {
				continue
			}
			var es [][3]any
			if err := json.Unmarshal(v, &es); err != nil {
				t.Fatal(err)
			}
			out[s][k] = es
		}
	}
	return out
}

// TestProjectionsMatchNetworkx compares every projection of every sample,
// edge by edge, with networkx's bipartite projections.
func TestProjectionsMatchNetworkx(t *testing.T) {
	ref := loadRefGraphs(t)
	for _, s := range samples {
		n := loadSample(t, s)
		for _, p := range []network.Projection{network.Combined, network.CoMembership, network.Newman, network.TiesOnly} {
			t.Run(s+"/"+p.String(), func(t *testing.T) {
				g := n.PartnerGraph(p)
				want := ref[s][p.String()]
				if g.Len() != n.NumPartners() {
					t.Errorf("Len = %d, want %d partners", g.Len(), n.NumPartners())
				}
				if g.NumEdges() != len(want) {
					t.Errorf("NumEdges = %d, networkx has %d", g.NumEdges(), len(want))
				}
				for _, e := range want {
					a, _ := g.PartnerNode(e[0].(string))
					b, _ := g.PartnerNode(e[1].(string))
					w, ok := g.Weight(a, b)
					if !ok || math.Abs(w-e[2].(float64)) > 1e-12 {
						t.Errorf("weight(%s, %s) = %v, %v; networkx %v", e[0], e[1], w, ok, e[2])
					}
					if w2, _ := g.Weight(b, a); w2 != w {
						t.Errorf("asymmetric weight %s-%s: %v vs %v", e[0], e[1], w, w2)
					}
				}
			})
		}
	}
}

// TestGonumInterop runs gonum's algorithms on the partner graph and on a
// gonum simple graph with the same edges, and compares.
func TestGonumInterop(t *testing.T) {
	n := loadSample(t, "neighbourhood")
	g := n.PartnerGraph(network.Combined)
	s := simple.NewWeightedUndirectedGraph(0, math.Inf(1))
	for _, node := range graph.NodesOf(g.Nodes()) {
		s.AddNode(node)
	}
	for _, u := range graph.NodesOf(g.Nodes()) {
		for _, v := range graph.NodesOf(g.From(u.ID())) {
			if u.ID() < v.ID() {
				s.SetWeightedEdge(g.WeightedEdge(u.ID(), v.ID()))
			}
		}
	}
	if len(graph.NodesOf(g.Nodes())) != s.Nodes().Len() || g.Nodes().Len() != g.Len() {
		t.Fatal("node counts differ")
	}
	sizes := func(cc [][]graph.Node) []int {
		var out []int
		for _, c := range cc {
			out = append(out, len(c))
		}
		slices.Sort(out)
		return out
	}
	if a, b := sizes(topo.ConnectedComponents(g)), sizes(topo.ConnectedComponents(s)); !slices.Equal(a, b) {
		t.Errorf("components %v vs gonum simple %v", a, b)
	}
	pg, ps := path.DijkstraFrom(g.Node(0), g), path.DijkstraFrom(s.Node(0), s)
	for id := range int64(g.Len()) {
		if a, b := pg.WeightTo(id), ps.WeightTo(id); a != b {
			t.Errorf("Dijkstra distance to %d: %v vs %v", id, a, b)
		}
	}
	if g.Node(-1) != nil || g.Node(int64(g.Len())) != nil || g.From(99).Len() != 0 || g.HasEdgeBetween(0, 999) {
		t.Error("out-of-range IDs must give nil / empty")
	}
	if w, ok := g.Weight(3, 3); w != 0 || !ok {
		t.Errorf("Weight(x, x) = %v, %v; want 0, true like gonum's simple graphs", w, ok)
	}
}

func TestAffiliationGraph(t *testing.T) {
	n := loadSample(t, "smallcentre")
	g := n.AffiliationGraph()
	if g.Len() != n.NumPartners()+len(n.Bodies()) {
		t.Fatalf("Len = %d", g.Len())
	}
	edges := 0
	for _, b := range n.Bodies() {
		id, ok := g.BodyNode(b.ID)
		if !ok || !g.IsBody(id) || g.Label(id) != b.ID {
			t.Fatalf("body %s: node %d %v", b.ID, id, ok)
		}
		members := n.MemberIDs(b.ID)
		edges += len(members)
		for _, m := range members {
			pid, _ := g.PartnerNode(m)
			if !g.HasEdgeBetween(pid, id) || g.IsBody(pid) {
				t.Errorf("no edge %s-%s", m, b.ID)
			}
		}
	}
	if g.NumEdges() != edges {
		t.Errorf("NumEdges = %d, want %d distinct memberships", g.NumEdges(), edges)
	}
}

func TestViews(t *testing.T) {
	n := loadSample(t, "midsize")
	// Subset by category: only mainstream partners, their ties and bodies.
	sub := n.Subset(func(p network.Partner) bool { return n.Taxonomy().Category(p.Sector) == network.CategoryMainstream })
	if sub.NumPartners() != len(n.PartnersInCategory(network.CategoryMainstream)) {
		t.Errorf("Subset kept %d partners", sub.NumPartners())
	}
	for _, tie := range sub.Ties() {
		if sub.Category(tie.Source) != network.CategoryMainstream || sub.Category(tie.Target) != network.CategoryMainstream {
			t.Errorf("tie %v leaves the subset", tie)
		}
	}
	if _, err := network.New(sub.Data(), nil); err != nil {
		t.Errorf("a subset must be a valid network: %v", err)
	}
	// Partnership of a one-partnership dataset is the whole network.
	equal(t, n, n.Partnership("westbrook"))
	// MembersOf the council.
	council := n.Councils()[0].ID
	if got, want := n.MembersOf(council).NumPartners(), len(n.MemberIDs(council)); got != want {
		t.Errorf("MembersOf(council) has %d partners, want %d", got, want)
	}
	// AsOf: memberships that ended before the date drop out.
	var ended []network.Membership
	for _, m := range n.Memberships() {
		if !m.Until.IsZero() {
			ended = append(ended, m)
		}
	}
	if len(ended) == 0 {
		t.Skip("sample has no ended memberships")
	}
	m := ended[0]
	later := network.MustParseDate("9999")
	for _, k := range n.AsOf(later).Memberships() {
		if k == m {
			t.Errorf("membership %+v still active in 9999", m)
		}
	}
	if len(n.AsOf(network.Date{}).Memberships()) != len(n.Memberships()) {
		t.Error("AsOf(zero date) must keep every membership")
	}
}

// TestConcurrentReaders reads one network from many goroutines at once;
// under -race (as CI runs it) any unsynchronised write would be reported.
func TestConcurrentReaders(t *testing.T) {
	n := loadSample(t, "midsize")
	want := n.PartnerGraph(network.Combined).NumEdges()
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, p := range n.Partners() {
				n.BodiesOf(p.ID)
				n.Category(p.ID)
			}
			for _, b := range n.Bodies() {
				n.Chairs(b.ID)
			}
			if got := n.PartnerGraph(network.Combined).NumEdges(); got != want {
				t.Errorf("concurrent PartnerGraph has %d edges, want %d", got, want)
			}
			n.AffiliationGraph()
			n.Subset(func(p network.Partner) bool { return p.Sector == "health" })
			n.AsOf(network.MustParseDate("2022"))
		})
	}
	wg.Wait()
}

// TestTieNodes checks TieNodes against the partners' positions in
// Partners, found by ID, on every sample and on its sub-networks (whose
// indices are their own).
func TestTieNodes(t *testing.T) {
	for _, s := range samples {
		n := loadSample(t, s)
		nets := []*network.Network{n, n.Subset(func(p network.Partner) bool { return p.Sector != "settlement" }), &network.Network{}}
		for _, sub := range n.ByPartnership() {
			nets = append(nets, sub)
		}
		for _, m := range nets {
			ps, ties, got := m.Partners(), m.Ties(), m.TieNodes()
			if len(got) != len(ties) {
				t.Fatalf("%s: %d tie nodes for %d ties", s, len(got), len(ties))
			}
			at := func(id string) int {
				return slices.IndexFunc(ps, func(p network.Partner) bool { return p.ID == id })
			}
			for k, tie := range ties {
				if want := [2]int{at(tie.Source), at(tie.Target)}; got[k] != want {
					t.Errorf("%s: tie %s -> %s: nodes %v, want %v", s, tie.Source, tie.Target, got[k], want)
				}
			}
		}
	}
}
