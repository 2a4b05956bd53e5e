package metrics

import (
	"math"
	"runtime"
	"testing"
)

func TestBurtAgainstNetworkx(t *testing.T) {
	for _, r := range structRefLoad(t) {
		t.Run(r.Name, func(t *testing.T) {
			g := structRefCSR(r)
			structRefVec(t, "Constraint", Constraint(g), r.Constraint, 1e-9)
			structRefVec(t, "EffectiveSize", EffectiveSize(g), r.EffectiveSize, 1e-9)
			structRefVec(t, "Hierarchy", Hierarchy(g), r.Hierarchy, 1e-9)
			eff, es := Efficiency(g), EffectiveSize(g)
			for i := range eff {
				want := es[i] / float64(g.Degree(i))
				if !structRefClose(eff[i], want, 1e-12) {
					t.Errorf("Efficiency[%d] = %v, want %v", i, eff[i], want)
				}
			}
		})
	}
}

// TestHierarchyHand checks Hierarchy on ego 0 with contacts 1, 2, 3, where 1-2
// are tied and all weights are 1. By hand:
//
//	p_0j = 1/3; p_21 = p_12 = 1/2 (2's contacts are 0 and 1).
//	c_01 = (1/3 + p_02 p_21)² = (1/3 + 1/6)² = 1/4 = c_02;  c_03 = (1/3)² = 1/9.
//	C_0 = 1/4 + 1/4 + 1/9 = 11/18;  C_0/N = 11/54.
//	r_01 = r_02 = (1/4)/(11/54) = 27/22;  r_03 = (1/9)/(11/54) = 6/11.
//	H_0 = [2 (27/22) ln(27/22) + (6/11) ln(6/11)] / (3 ln 3) ≈ 0.0522.
//
// Node 1 has contacts 0 and 2: p_10 = p_12 = 1/2, p_20 = 1/2, p_02 = 1/3, so
//
//	c_10 = (1/2 + 1/2·1/2)² = 9/16,  c_12 = (1/2 + 1/2·1/3)² = 4/9,
//	C_1 = 145/144, r_10 = 162/145, r_12 = 128/145,
//	H_1 = [(162/145) ln(162/145) + (128/145) ln(128/145)] / (2 ln 2) ≈ 0.00994,
//
// and node 2 is symmetric. Node 3 has one contact: H = 1 by definition
// (Burt's STRUCTURE convention).
func TestHierarchyHand(t *testing.T) {
	g := mustGraph(5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}}, nil)
	h := Hierarchy(g)
	want0 := (2*(27.0/22)*math.Log(27.0/22) + (6.0/11)*math.Log(6.0/11)) / (3 * math.Log(3))
	if math.Abs(h[0]-want0) > 1e-12 || math.Abs(want0-0.0522) > 1e-4 {
		t.Errorf("H_0 = %v, want %v", h[0], want0)
	}
	want1 := ((162.0/145)*math.Log(162.0/145) + (128.0/145)*math.Log(128.0/145)) / (2 * math.Log(2))
	for _, i := range []int{1, 2} {
		if math.Abs(h[i]-want1) > 1e-12 || math.Abs(want1-0.00994) > 1e-5 {
			t.Errorf("H_%d = %v, want %v", i, h[i], want1)
		}
	}
	if h[3] != 1 {
		t.Errorf("H_3 = %v, want 1", h[3])
	}
	if !math.IsNaN(h[4]) {
		t.Errorf("H of isolate = %v, want NaN", h[4])
	}
	c := Constraint(g)
	if math.Abs(c[0]-11.0/18) > 1e-12 {
		t.Errorf("C_0 = %v, want 11/18", c[0])
	}
}

func TestBurtEmpty(t *testing.T) {
	g := mustGraph(0, nil, nil)
	for name, f := range map[string]func(*Graph) []float64{
		"Constraint": Constraint, "EffectiveSize": EffectiveSize,
		"Efficiency": Efficiency, "Hierarchy": Hierarchy,
	} {
		if got := f(g); len(got) != 0 {
			t.Errorf("%s(empty) = %v", name, got)
		}
	}
}

// TestStructuralHolesSame checks the one-pass, parallel StructuralHoles
// against the separate functions (themselves checked against networkx
// above): equal bit for bit, on weighted graphs large enough to be split
// over the cores, on one core and on several, and on a graph with zero
// weights: the pendant node 5's only weight is 0, so the ratio w/m_5 is
// 0/0 and StructuralHoles must take its branching loop over 5's row, where
// node 4, a contact of ego 4 but not of itself, is not counted.
func TestStructuralHolesSame(t *testing.T) {
	zero := mustGraph(6, [][2]int{{0, 1}, {0, 2}, {1, 2}, {2, 3}, {3, 4}, {4, 5}}, []float64{1, 2, 0, 3, 1, 0})
	graphs := []*Graph{structBenchGraph(300, 2), structBenchGraph(6000, 3), randomGraph(4, 200, 0.05), mustGraph(0, nil, nil), zero}
	for _, r := range structRefLoad(t) {
		graphs = append(graphs, structRefCSR(r))
	}
	for _, procs := range []int{1, 4} {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		for gi, g := range graphs {
			h := StructuralHoles(g)
			for name, pair := range map[string][2][]float64{
				"Constraint":    {h.Constraint, Constraint(g)},
				"EffectiveSize": {h.EffectiveSize, EffectiveSize(g)},
				"Efficiency":    {h.Efficiency, Efficiency(g)},
				"Hierarchy":     {h.Hierarchy, Hierarchy(g)},
			} {
				if len(pair[0]) != len(pair[1]) {
					t.Fatalf("graph %d %s: length %d vs %d", gi, name, len(pair[0]), len(pair[1]))
				}
				for i := range pair[0] {
					if math.Float64bits(pair[0][i]) != math.Float64bits(pair[1][i]) {
						t.Errorf("GOMAXPROCS %d, graph %d %s[%d] = %v, separate %v", procs, gi, name, i, pair[0][i], pair[1][i])
					}
				}
			}
		}
	}
}
