package metrics

import (
	"math"
	"strings"
	"testing"
)

// TestFromEdgesValidates: bad arguments give an error naming the problem,
// not a panic or a silently different graph.
func TestFromEdgesValidates(t *testing.T) {
	for _, tc := range []struct {
		name  string
		n     int
		edges [][2]int
		w     []float64
		want  string
	}{
		{"negative n", -1, nil, nil, "-1 nodes"},
		{"huge n", math.MaxInt32 + 1, nil, nil, "nodes: want 0 to"},
		{"short weights", 3, [][2]int{{0, 1}, {1, 2}}, []float64{1}, "1 weights for 2 edges"},
		{"long weights", 3, [][2]int{{0, 1}}, []float64{1, 2}, "2 weights for 1 edges"},
		{"node too large", 3, [][2]int{{0, 3}}, nil, "edge 0 (0, 3) names a node outside [0, 3)"},
		{"negative node", 3, [][2]int{{0, 1}, {-1, 2}}, nil, "edge 1 (-1, 2)"},
		{"NaN weight", 2, [][2]int{{0, 1}}, []float64{math.NaN()}, "weight NaN"},
		{"infinite weight", 2, [][2]int{{0, 1}}, []float64{math.Inf(1)}, "weight +Inf"},
		{"negative weight", 2, [][2]int{{0, 1}}, []float64{-2}, "weight -2"},
	} {
		g, err := FromEdges(tc.n, tc.edges, tc.w)
		if err == nil || g != nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: graph %v, error %v; want an error containing %q", tc.name, g, err, tc.want)
		}
	}
	// valid: repeated edges add up, self-loops are left out
	g, err := FromEdges(3, [][2]int{{0, 1}, {1, 0}, {2, 2}}, []float64{1.5, 2, 7})
	if err != nil {
		t.Fatal(err)
	}
	if g.Len() != 3 || g.NumEdges() != 1 || g.Weights(0)[0] != 3.5 {
		t.Errorf("graph of %d nodes, %d edges, weight %v; want 3, 1, 3.5", g.Len(), g.NumEdges(), g.Weights(0))
	}
	if g, err := FromEdges(0, nil, nil); err != nil || g.Len() != 0 {
		t.Errorf("empty graph: %v %v", g, err)
	}
}
