package metrics

import (
	"math"
	"testing"
)

// TestCentralizationAgainstReference compares with Freeman's formulas applied
// by centrality.py to networkx's degree, betweenness and closeness.
func TestCentralizationAgainstReference(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			checkFloat(t, "DegreeCentralization", DegreeCentralization(g), refVal(want.DegreeCentralization), 1e-9)
			checkFloat(t, "BetweennessCentralization", BetweennessCentralization(g), refVal(want.BetweennessCentralization), 1e-9)
			checkFloat(t, "ClosenessCentralization", ClosenessCentralization(g), refVal(want.ClosenessCentralization), 1e-9)
		})
	}
}

// TestCentralizationHand: the star is the most centralised graph (all three
// indices 1) and complete graphs and cycles the least (0). For the path
// 0-1-2-3 by hand: degrees 1,2,2,1 give (1+0+0+1)/(3*2) = 1/3; betweenness
// 0, 2/3, 2/3, 0 gives (4/3)/3 = 4/9; closeness 1/2, 3/4, 3/4, 1/2 gives
// (1/2)/((3*2)/5) = 5/12.
func TestCentralizationHand(t *testing.T) {
	star := mustGraph(6, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}, nil)
	k5 := mustGraph(5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 4}, {1, 2}, {1, 3}, {1, 4}, {2, 3}, {2, 4}, {3, 4}}, nil)
	c6 := mustGraph(6, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}}, nil)
	p4 := mustGraph(4, [][2]int{{0, 1}, {1, 2}, {2, 3}}, nil)
	for _, tc := range []struct {
		name      string
		g         *Graph
		d, b, clo float64
	}{
		{"star", star, 1, 1, 1},
		{"complete", k5, 0, 0, 0},
		{"cycle", c6, 0, 0, 0},
		{"path", p4, 1.0 / 3, 4.0 / 9, 5.0 / 12},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkFloat(t, "degree", DegreeCentralization(tc.g), tc.d, 1e-12)
			checkFloat(t, "betweenness", BetweennessCentralization(tc.g), tc.b, 1e-12)
			checkFloat(t, "closeness", ClosenessCentralization(tc.g), tc.clo, 1e-12)
		})
	}
	for n, edges := range map[int][][2]int{0: nil, 1: nil, 2: {{0, 1}}} {
		g := mustGraph(n, edges, nil)
		if !math.IsNaN(DegreeCentralization(g)) || !math.IsNaN(BetweennessCentralization(g)) || !math.IsNaN(ClosenessCentralization(g)) {
			t.Errorf("centralization of %d nodes not NaN", n)
		}
	}
}
