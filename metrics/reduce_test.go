package metrics

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// treeGraph returns a seeded graph full of what degree-1 folding removes:
// a base graph (with twins, as twinGraph) on which random trees hang, some
// of them hanging on the same node or on nodes of other trees, plus
// components that are whole trees (single edges and paths among them) and
// isolated nodes.
func treeGraph(seed uint64) *Graph {
	r := rand.New(rand.NewPCG(seed, 13))
	base := twinGraph(seed, 2+int(seed%9), []float64{0.15, 0.3, 0.6}[seed%3])
	n := base.Len()
	edges := edgeList(base)
	grow := func(anchor, size int) {
		nodes := []int{anchor}
		for range size {
			edges = append(edges, [2]int{nodes[r.IntN(len(nodes))], n})
			nodes = append(nodes, n)
			n++
		}
	}
	for range r.IntN(6) {
		if n > 0 {
			grow(r.IntN(n), 1+r.IntN(7))
		}
	}
	for range r.IntN(3) { // tree components
		n++
		grow(n-1, r.IntN(6))
	}
	n += r.IntN(3) // isolated nodes
	return mustGraph(n, edges, nil)
}

// checkReductions compares Paths with every combination of the exact
// reductions, and with the path counts one source at a time and a batch at
// a time, against the plain algorithm one source at a time; and the
// sampled estimate of both kernels, from the same pivots.
func checkReductions(t *testing.T, name string, g *Graph) {
	t.Helper()
	if n := g.Len(); n > 3 {
		one := Paths(g, PathOptions{Samples: n / 2, Seed: 7, kernel: perSourceKernel, Workers: 2})
		batch := Paths(g, PathOptions{Samples: n / 2, Seed: 7, kernel: batchedKernel, Workers: 2})
		checkFloats(t, name+": sampled Betweenness, batched", batch.Betweenness, one.Betweenness, 1e-9)
	}
	plain := Paths(g, PathOptions{Plain: true, kernel: perSourceKernel, Workers: 2})
	for k, opts := range []PathOptions{{}, {reductions: reductionSet{noTwins: true}}, {reductions: reductionSet{noFold: true}}, {kernel: perSourceKernel}, {Plain: true}} {
		opts.Workers = 2
		fast := Paths(g, opts)
		what := fmt.Sprintf("%s method %d", name, k)
		checkFloats(t, what+": Betweenness", fast.Betweenness, plain.Betweenness, 1e-9)
		checkFloats(t, what+": Closeness", fast.Closeness, plain.Closeness, 1e-9)
		checkFloats(t, what+": Harmonic", fast.Harmonic, plain.Harmonic, 1e-9)
	}
}

// TestFoldingAgainstPlain: on 400 seeded graphs with pendant trees, tree
// components, isolated nodes and twins, Paths with degree-1 folding (alone
// and with twins) equals the plain algorithm, and the definition
// (bruteBetweenness).
func TestFoldingAgainstPlain(t *testing.T) {
	folded := 0
	for seed := range uint64(400) {
		g := treeGraph(seed)
		name := fmt.Sprintf("seed %d (n=%d)", seed, g.Len())
		checkReductions(t, name, g)
		checkFloats(t, name+": Betweenness vs definition", Paths(g, PathOptions{}).Betweenness, bruteBetweenness(g), 1e-9)
		if foldPendants(g) != nil { // nil when there is no node of degree 1
			folded++
		}
	}
	if folded < 350 {
		t.Errorf("only %d of 400 graphs had nodes to fold", folded)
	}
}

// TestFoldingShapes checks shapes where the folding removes everything or
// the hand-checkable path 0-1-2-3 (TestPathsHand's values).
func TestFoldingShapes(t *testing.T) {
	star := func(k int) *Graph {
		var e [][2]int
		for i := 1; i <= k; i++ {
			e = append(e, [2]int{0, i})
		}
		return mustGraph(k+1, e, nil)
	}
	path := func(k int) *Graph {
		var e [][2]int
		for i := 1; i < k; i++ {
			e = append(e, [2]int{i - 1, i})
		}
		return mustGraph(k, e, nil)
	}
	p := Paths(path(4), PathOptions{})
	checkFloats(t, "path 4: Betweenness", p.Betweenness, []float64{0, 2.0 / 3, 2.0 / 3, 0}, 1e-15)
	checkFloats(t, "path 4: Closeness", p.Closeness, []float64{0.5, 0.75, 0.75, 0.5}, 1e-15)
	checkFloats(t, "path 4: Harmonic", p.Harmonic, []float64{11.0 / 6, 2.5, 2.5, 11.0 / 6}, 1e-15)
	for k := range 9 {
		checkReductions(t, fmt.Sprintf("star %d", k), star(k))
		checkReductions(t, fmt.Sprintf("path %d", k), path(k))
	}
	checkReductions(t, "two edges", mustGraph(5, [][2]int{{0, 1}, {3, 4}}, nil))
}
