package metrics

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestCutAgainstNetworkx(t *testing.T) {
	for _, r := range structRefLoad(t) {
		g := structRefCSR(r)
		if got := ArticulationPoints(g); !slices.Equal(got, r.Articulation) {
			t.Errorf("%s: ArticulationPoints = %v, want %v", r.Name, got, r.Articulation)
		}
		got := Bridges(g)
		want := r.Bridges
		if want == nil {
			want = [][2]int{}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: Bridges = %v, want %v", r.Name, got, want)
		}
	}
}

// TestCutHand: two triangles 0-1-2 and 3-4-5 joined by the path 2-6-3, plus a
// pendant 7 on 0 and an isolate 8. Cut vertices: 0 (pendant 7), 2, 6, 3.
// Bridges: 0-7, 2-6, 3-6. The triangle edges are in cycles.
func TestCutHand(t *testing.T) {
	g := mustGraph(9, [][2]int{{0, 1}, {1, 2}, {2, 0}, {3, 4}, {4, 5}, {5, 3}, {2, 6}, {6, 3}, {0, 7}}, nil)
	if got, want := ArticulationPoints(g), []int{0, 2, 3, 6}; !slices.Equal(got, want) {
		t.Errorf("ArticulationPoints = %v, want %v", got, want)
	}
	if got, want := Bridges(g), [][2]int{{0, 7}, {2, 6}, {3, 6}}; !slices.Equal(got, want) {
		t.Errorf("Bridges = %v, want %v", got, want)
	}
	e := mustGraph(0, nil, nil)
	if len(ArticulationPoints(e)) != 0 || len(Bridges(e)) != 0 {
		t.Error("empty graph has cut vertices or bridges")
	}
}

// TestCutDeepPath: a path of 200k nodes would overflow a recursive DFS's
// goroutine stack budget in spirit; every inner node is a cut vertex and
// every edge a bridge.
func TestCutDeepPath(t *testing.T) {
	const n = 200000
	edges := make([][2]int, n-1)
	for i := range edges {
		edges[i] = [2]int{i, i + 1}
	}
	g := mustGraph(n, edges, nil)
	if got := len(ArticulationPoints(g)); got != n-2 {
		t.Errorf("path: %d articulation points, want %d", got, n-2)
	}
	if got := len(Bridges(g)); got != n-1 {
		t.Errorf("path: %d bridges, want %d", got, n-1)
	}
}

// TestStructureNoPanics calls every measure of this half of the package on
// small random graphs (empty, edgeless, with isolates, zero weights) with odd
// labels and arguments; none may panic, and per-node results have g.Len()
// entries.
func TestStructureNoPanics(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 40 {
		n := rng.IntN(8)
		var edges [][2]int
		var w []float64
		for range rng.IntN(3 * (n + 1)) {
			edges = append(edges, [2]int{rng.IntN(n+2) - 1, rng.IntN(n+2) - 1})
			w = append(w, float64(rng.IntN(3)))
		}
		// FromEdges refuses an edge outside [0, n); the graph is built from
		// the others, as FromEdges once did by ignoring them.
		var inEdges [][2]int
		var inW []float64
		for k, e := range edges {
			if e[0] >= 0 && e[1] >= 0 && e[0] < n && e[1] < n {
				inEdges, inW = append(inEdges, e), append(inW, w[k])
			}
		}
		if _, err := FromEdges(n, edges, w); (err != nil) != (len(inEdges) < len(edges)) {
			t.Fatalf("trial %d: FromEdges error %v with %d of %d edges outside the graph", trial, err, len(edges)-len(inEdges), len(edges))
		}
		g := mustGraph(n, inEdges, inW)
		lab := make([]int, n)
		str := make([]string, n)
		for i := range lab {
			lab[i] = rng.IntN(5) - 2
			str[i] = string(rune('a' + rng.IntN(3)))
		}
		for _, v := range [][]float64{Constraint(g), EffectiveSize(g), Efficiency(g), Hierarchy(g), EINodes(g, lab)} {
			if len(v) != n {
				t.Fatalf("trial %d: per-node result of length %d, want %d", trial, len(v), n)
			}
		}
		StructuralHoles(g)
		EIIndex(g, lab)
		EIGroups(g, lab)
		EIPermutationTest(g, lab, 5, uint64(trial))
		Blau(str)
		IQV(str, rng.IntN(4))
		Entropy(str)
		AttributeAssortativity(g, lab)
		MixingMatrix(g, lab, lab, 3, 2)
		if got := Louvain(g, LouvainOptions{Seed: uint64(trial)}); len(got) != n {
			t.Fatalf("trial %d: Louvain length %d", trial, len(got))
		}
		Modularity(g, lab, 1)
		Fragmentation(g, []int{rng.IntN(n + 2), -3})
		KeyPlayers(g, rng.IntN(4)-1)
		ArticulationPoints(g)
		Bridges(g)
		Brokerage(edges, n, lab)
	}
}
