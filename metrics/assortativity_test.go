package metrics

import (
	"math"
	"testing"
)

func TestAssortativityAgainstNetworkx(t *testing.T) {
	for _, r := range structRefLoad(t) {
		g := structRefCSR(r)
		if got := AttributeAssortativity(g, r.Group); !structRefClose(got, r.Assortativity, 1e-9) {
			t.Errorf("%s: AttributeAssortativity = %v, want %v", r.Name, got, r.Assortativity)
		}
		// Relabelling the categories must not change r.
		shifted := make([]int, len(r.Group))
		for i, l := range r.Group {
			shifted[i] = 100 - 7*l
		}
		if got := AttributeAssortativity(g, shifted); !structRefClose(got, r.Assortativity, 1e-9) {
			t.Errorf("%s: relabelled AttributeAssortativity = %v, want %v", r.Name, got, r.Assortativity)
		}
		m := MixingMatrix(g, r.Group, r.Group, r.NGroups, r.NGroups)
		for a := range r.Mixing {
			for b := range r.Mixing[a] {
				if m[a][b] != r.Mixing[a][b] {
					t.Errorf("%s: Mixing[%d][%d] = %v, want %v", r.Name, a, b, m[a][b], r.Mixing[a][b])
				}
			}
		}
	}
}

// TestMixingTwoAttributes: path 0-1-2 with rows (sector) 0,1,1 and cols
// (level) 0,0,1, nr = 2, nc = 2. Ordered neighbour pairs (u,v):
// (0,1): rows 0, cols[1] 0 → M[0][0]; (1,0): rows 1, cols 0 → M[1][0];
// (1,2): rows 1, cols 1 → M[1][1]; (2,1): rows 1, cols 0 → M[1][0].
// So M = [[1 0] [2 1]], total 4 = 2 × edges.
func TestMixingTwoAttributes(t *testing.T) {
	g := mustGraph(3, [][2]int{{0, 1}, {1, 2}}, nil)
	m := MixingMatrix(g, []int{0, 1, 1}, []int{0, 0, 1}, 2, 2)
	want := [][]float64{{1, 0}, {2, 1}}
	for a := range want {
		for b := range want[a] {
			if m[a][b] != want[a][b] {
				t.Fatalf("MixingMatrix = %v, want %v", m, want)
			}
		}
	}
	if MixingMatrix(g, []int{0}, []int{0, 0, 1}, 2, 2) != nil {
		t.Error("mismatched rows accepted")
	}
}

func TestAssortativityUndefined(t *testing.T) {
	if v := AttributeAssortativity(mustGraph(0, nil, nil), nil); !math.IsNaN(v) {
		t.Errorf("empty graph: %v", v)
	}
	g := mustGraph(3, [][2]int{{0, 1}, {1, 2}}, nil)
	if v := AttributeAssortativity(g, []int{4, 4, 4}); !math.IsNaN(v) {
		t.Errorf("one category: %v", v)
	}
	// Perfectly disassortative bipartite labelling: r = −1 (Newman 2003).
	if v := AttributeAssortativity(g, []int{0, 1, 0}); math.Abs(v+1) > 1e-12 {
		t.Errorf("bipartite labels: %v, want -1", v)
	}
}
