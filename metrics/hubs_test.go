package metrics

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// hubGraph is a seeded graph made like a partner graph: overlapping bodies
// whose members are pairwise adjacent (its cliques, as a CliqueCoverer
// would list them), ties between random nodes, pendant chains and isolated
// nodes.
func hubGraph(seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 23))
	n := 8 + r.IntN(60)
	var edges [][2]int
	var cliques [][]int
	for range 1 + r.IntN(14) {
		// members drawn from a window, so that bodies overlap
		size := 2 + r.IntN(min(n-1, 14))
		if r.IntN(3) > 0 {
			size = min(n, 4+r.IntN(12))
		}
		lo := r.IntN(n)
		seen := map[int]bool{}
		var m []int
		for len(m) < size {
			v := (lo + r.IntN(2*size)) % n
			if !seen[v] {
				seen[v] = true
				m = append(m, v)
			}
		}
		for i, a := range m {
			for _, b := range m[i+1:] {
				edges = append(edges, [2]int{a, b})
			}
		}
		cliques = append(cliques, m)
	}
	for range r.IntN(n/3 + 1) { // ties
		edges = append(edges, [2]int{r.IntN(n), r.IntN(n)})
	}
	for range r.IntN(5) { // pendant chains
		at := r.IntN(n)
		for range 1 + r.IntN(3) {
			edges = append(edges, [2]int{at, n})
			at = n
			n++
		}
	}
	n += r.IntN(3) // isolated nodes
	g := mustGraph(n, edges, nil)
	g.cliqueOff = []int32{0}
	for _, m := range cliques {
		for _, v := range m {
			g.cliqueMem = append(g.cliqueMem, int32(v))
		}
		g.cliqueOff = append(g.cliqueOff, int32(len(g.cliqueMem)))
	}
	return g
}

// TestHubsAgainstPlain: on 400 seeded graphs with overlapping cliques,
// Paths searching hubs (on every graph, whatever they save), alone and
// with each reduction, equals the plain algorithm within 1e-9, and on a
// quarter of them the definition (bruteBetweenness); sampled betweenness
// equals the search without hubs from the same pivots. Many graphs must
// have pairs that share more than one hub, and Paths must choose hubs by
// itself on many.
func TestHubsAgainstPlain(t *testing.T) {
	chosen, withExtra := 0, 0
	for seed := range uint64(400) {
		g := hubGraph(seed)
		name := fmt.Sprintf("seed %d (n=%d)", seed, g.Len())
		if newHubs(g, nil, bfsOrder(g), false) != nil {
			chosen++
		}
		if hb := newHubs(g, nil, bfsOrder(g), true); hb != nil && hb.extra > 0 {
			withExtra++
		}
		checkReductions(t, name, g)
		plain := Paths(g, PathOptions{Plain: true, Workers: 2})
		for _, set := range []reductionSet{{noFold: true, noTwins: true}, {noTwins: true}, {noFold: true}, {}} {
			set.allHubs = true
			fast := Paths(g, PathOptions{Workers: 2, reductions: set})
			what := fmt.Sprintf("%s %+v", name, set)
			checkFloats(t, what+": Betweenness", fast.Betweenness, plain.Betweenness, 1e-9)
			checkFloats(t, what+": Closeness", fast.Closeness, plain.Closeness, 1e-9)
			checkFloats(t, what+": Harmonic", fast.Harmonic, plain.Harmonic, 1e-9)
			if seed%4 == 0 && set.noFold && set.noTwins {
				checkFloats(t, what+": Betweenness vs definition", fast.Betweenness, bruteBetweenness(g), 1e-9)
			}
		}
		for _, k := range []int{1, 5} {
			sampled := Paths(g, PathOptions{Samples: k, Seed: seed, Workers: 2, reductions: reductionSet{allHubs: true}})
			want := Paths(g, PathOptions{Samples: k, Seed: seed, Workers: 2, reductions: reductionSet{noHubs: true}})
			checkFloats(t, fmt.Sprintf("%s %d samples", name, k), sampled.Betweenness, want.Betweenness, 1e-9)
		}
	}
	if chosen < 100 || withExtra < 150 {
		t.Errorf("hubs chosen on %d of 400 graphs, pairs in two hubs on %d: want at least 100 and 150", chosen, withExtra)
	}
}

// TestHubsInvalid: cliques that are not cliques, or name nodes that do not
// exist, are ignored, and the results stay the plain algorithm's.
func TestHubsInvalid(t *testing.T) {
	for _, tc := range []struct {
		name     string
		off, mem []int32
	}{
		{"not adjacent", []int32{0, 4}, []int32{0, 1, 2, 5}},
		{"small, not adjacent", []int32{0, 4, 6}, []int32{0, 1, 2, 3, 0, 5}},
		{"out of range", []int32{0, 4}, []int32{0, 1, 2, 99}},
		{"negative", []int32{0, 4}, []int32{0, 1, 2, -1}},
		{"offsets past the end", []int32{0, 9}, []int32{0, 1, 2, 3}},
		{"offsets backwards", []int32{0, 4, 2}, []int32{0, 1, 2, 3}},
	} {
		// a clique on 0-3, a path 3-4-5-6, and 0-6
		g := mustGraph(7, [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 5}, {5, 6}, {0, 6}}, nil)
		g.cliqueOff, g.cliqueMem = tc.off, tc.mem
		if hb := newHubs(g, nil, bfsOrder(g), true); hb != nil {
			t.Errorf("%s: cliques %v %v accepted", tc.name, tc.off, tc.mem)
		}
		got := Paths(g, PathOptions{Workers: 1})
		checkFloats(t, tc.name, got.Betweenness, bruteBetweenness(g), 1e-12)
	}
}
