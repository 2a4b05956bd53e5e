package metrics

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// twinGraph returns a seeded graph with many twins: a random base graph on
// b nodes whose nodes are blown up into classes of 1 to 4 nodes, each class
// pairwise adjacent (closed twins) or not (open twins), plus pendant nodes
// (several on one anchor are open twins) and isolated nodes. Some seeds
// break a few classes by adding stray edges, so that near-twins must not be
// merged.
func twinGraph(seed uint64, b int, p float64) *Graph {
	r := rand.New(rand.NewPCG(seed, 11))
	var members [][]int
	n := 0
	for range b {
		k := 1 + r.IntN(4)
		var m []int
		for range k {
			m = append(m, n)
			n++
		}
		members = append(members, m)
	}
	var edges [][2]int
	for i, m := range members {
		if r.IntN(2) == 0 { // closed class
			for x := range m {
				for y := x + 1; y < len(m); y++ {
					edges = append(edges, [2]int{m[x], m[y]})
				}
			}
		}
		for j := i + 1; j < b; j++ {
			if r.Float64() < p {
				for _, x := range m {
					for _, y := range members[j] {
						edges = append(edges, [2]int{x, y})
					}
				}
			}
		}
	}
	for range r.IntN(6) { // pendants
		edges = append(edges, [2]int{r.IntN(n), n})
		n++
	}
	if seed%3 == 0 {
		for range 1 + r.IntN(3) { // stray edges
			edges = append(edges, [2]int{r.IntN(n), r.IntN(n)})
		}
	}
	n += r.IntN(3) // isolated nodes
	return mustGraph(n, edges, nil)
}

// TestTwinsAgainstPlain: on 300 seeded graphs full of closed and open twins,
// pendants and isolated nodes, connected or not, Paths with the reductions
// (twins, folding, both) equals the plain algorithm, and the definition
// (bruteBetweenness).
func TestTwinsAgainstPlain(t *testing.T) {
	reduced := 0
	for seed := range uint64(300) {
		b := 2 + int(seed%15)
		p := []float64{0.1, 0.25, 0.5, 0.9}[seed%4]
		g := twinGraph(seed, b, p)
		name := fmt.Sprintf("seed %d (n=%d)", seed, g.Len())
		checkReductions(t, name, g)
		checkFloats(t, name+": Betweenness vs definition", Paths(g, PathOptions{}).Betweenness, bruteBetweenness(g), 1e-9)
		if tw := findTwins(g, nil); tw != nil {
			reduced++
			checkTwinClasses(t, name, g, tw)
		}
	}
	if reduced < 250 {
		t.Errorf("only %d of 300 graphs had twins", reduced)
	}
	for seed := range uint64(60) {
		g := randomGraph(seed, 5+int(seed%40), []float64{0.05, 0.15, 0.4, 0.8}[seed%4])
		checkReductions(t, fmt.Sprintf("random %d", seed), g)
	}
}

// checkTwinClasses checks the classes against the definition: members of a
// class have equal open (gap 0 or 2) or closed (gap 1) neighbourhoods, and
// no two classes could be merged.
func checkTwinClasses(t *testing.T, name string, g *Graph, tw *twinClasses) {
	t.Helper()
	n := g.Len()
	nbhd := func(v int, closed bool) map[int]bool {
		s := map[int]bool{}
		for _, u := range g.Neighbours(v) {
			s[int(u)] = true
		}
		if closed {
			s[v] = true
		}
		return s
	}
	same := func(a, b map[int]bool) bool {
		if len(a) != len(b) {
			return false
		}
		for k := range a {
			if !b[k] {
				return false
			}
		}
		return true
	}
	for u := range n {
		for v := u + 1; v < n; v++ {
			twins := same(nbhd(u, false), nbhd(v, false)) || same(nbhd(u, true), nbhd(v, true))
			if (tw.class[u] == tw.class[v]) != twins {
				t.Errorf("%s: nodes %d and %d: same class %v, twins %v", name, u, v, tw.class[u] == tw.class[v], twins)
			}
			if tw.class[u] == tw.class[v] {
				closed := same(nbhd(u, true), nbhd(v, true))
				if want := map[bool]int8{true: 1, false: 2}[closed]; g.Degree(u) > 0 && tw.gap[tw.class[u]] != want {
					t.Errorf("%s: class of %d has gap %d, want %d", name, u, tw.gap[tw.class[u]], want)
				}
			}
		}
	}
}

// TestTwinsSamples: the reductions (twins, degree-1 folding, both) equal
// the plain algorithm on every projection of the three sample networks.
func TestTwinsSamples(t *testing.T) {
	for _, dir := range []string{"midsize", "smallcentre", "neighbourhood"} {
		nw, err := network.LoadDir(filepath.Join("..", "testdata", dir), nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []network.Projection{network.Combined, network.CoMembership, network.Newman, network.TiesOnly} {
			g := NewGraph(nw.PartnerGraph(p))
			checkReductions(t, fmt.Sprintf("%s %v", dir, p), g)
			if r := reduce(g, reductionSet{}); r != nil {
				t.Logf("%s %v: %d nodes, %d searches", dir, p, g.Len(), r.h.Len())
			}
		}
	}
}
