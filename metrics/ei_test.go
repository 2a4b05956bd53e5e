package metrics

import (
	"math"
	"testing"
)

// eiHandGraph: two groups, A = {0,1,2} and B = {3,4}; edges 0-1, 1-2, 0-2
// (internal A), 3-4 (internal B), 2-3 and 1-4 (external).
//
// By hand: E = 2, I = 4, network E-I = (2 − 4)/6 = −1/3.
// Group A: external 2 (2-3, 1-4), internal 3 → (2 − 3)/5 = −1/5.
// Group B: external 2, internal 1 → (2 − 1)/3 = 1/3.
// Nodes: 0: E 0, I 2 → −1; 1: E 1 (4), I 2 → −1/3; 2: same −1/3;
// 3: E 1 (2), I 1 (4) → 0; 4: E 1, I 1 → 0; 5 (isolate) → NaN.
func eiHandGraph() (*Graph, []int) {
	g := mustGraph(6, [][2]int{{0, 1}, {1, 2}, {0, 2}, {3, 4}, {2, 3}, {1, 4}}, nil)
	return g, []int{0, 0, 0, 1, 1, 1}
}

func TestEIHand(t *testing.T) {
	g, grp := eiHandGraph()
	if got := EIIndex(g, grp); math.Abs(got+1.0/3) > 1e-12 {
		t.Errorf("EIIndex = %v, want -1/3", got)
	}
	gs := EIGroups(g, grp)
	if len(gs) != 2 || gs[0].Group != 0 || gs[0].Size != 3 || gs[0].External != 2 || gs[0].Internal != 3 ||
		math.Abs(gs[0].Index+0.2) > 1e-12 ||
		gs[1].Group != 1 || gs[1].Size != 3 || gs[1].External != 2 || gs[1].Internal != 1 ||
		math.Abs(gs[1].Index-1.0/3) > 1e-12 {
		t.Errorf("EIGroups = %+v", gs)
	}
	want := []float64{-1, -1.0 / 3, -1.0 / 3, 0, 0, math.NaN()}
	got := EINodes(g, grp)
	for i := range want {
		if !structRefClose(got[i], want[i], 1e-12) {
			t.Errorf("EINodes[%d] = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestEIAgainstReference(t *testing.T) {
	for _, r := range structRefLoad(t) {
		g := structRefCSR(r)
		if got, want := EIIndex(g, r.Group), structRefVal(r.EI); !structRefClose(got, want, 1e-12) {
			t.Errorf("%s: EIIndex = %v, want %v", r.Name, got, want)
		}
	}
}

func TestEIUndefined(t *testing.T) {
	empty := mustGraph(3, nil, nil)
	if v := EIIndex(empty, []int{0, 1, 0}); !math.IsNaN(v) {
		t.Errorf("EIIndex(no edges) = %v, want NaN", v)
	}
	if v := EIIndex(empty, []int{0}); !math.IsNaN(v) {
		t.Errorf("EIIndex(short group) = %v, want NaN", v)
	}
	if gs := EIGroups(mustGraph(0, nil, nil), nil); gs != nil {
		t.Errorf("EIGroups(empty) = %v", gs)
	}
	if r := EIPermutationTest(empty, []int{0, 1, 0}, 10, 1); !math.IsNaN(r.P) {
		t.Errorf("EIPermutationTest(no edges) = %+v", r)
	}
}

// TestEIPermutation: on the karate club the factions are strongly internal
// (E-I −0.718), so essentially no permutation is as low: PLower is
// 1/(iterations+1) and PHigher 1. Two cliques joined by one edge with
// labels matching the cliques likewise. The same seed gives the same result.
func TestEIPermutation(t *testing.T) {
	r := structRefLoad(t)[0]
	g := structRefCSR(r)
	a := EIPermutationTest(g, r.Group, 999, 7)
	if math.Abs(a.Observed-structRefVal(r.EI)) > 1e-12 {
		t.Errorf("Observed = %v, want %v", a.Observed, *r.EI)
	}
	if a.PLower != 1.0/1000 || a.PHigher != 1 || a.P != 1.0/1000 {
		t.Errorf("karate p-values = %+v", a)
	}
	if a.Mean < -0.2 || a.Mean > 0.2 {
		t.Errorf("karate permutation mean %v, want near 0.03 (random two groups)", a.Mean)
	}
	if b := EIPermutationTest(g, r.Group, 999, 7); b != a {
		t.Errorf("same seed, different result: %+v vs %+v", a, b)
	}
	// A random labelling is not significant.
	grp := make([]int, g.Len())
	for i := range grp {
		grp[i] = (i * 7) % 3
	}
	c := EIPermutationTest(g, grp, 499, 3)
	if c.P < 0.01 {
		t.Errorf("arbitrary labels significant: %+v", c)
	}
}
