package metrics

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestBrokerageHand works sna::brokerage's formulas by hand on a 4-node
// digraph: groups A = {0, 1}, B = {2, 3}; arcs 0→1, 1→2, 2→3, 3→1.
//
// Open two-paths (a→v→c, no a→c):
//
//	0→1→2 (A A B): representative b_IO for 1
//	1→2→3 (A B B): gatekeeper b_OI for 2
//	2→3→1 (B B A): representative b_IO for 3
//	3→1→2 (B A B): itinerant w_O for 1
//
// N = 4, m = 4, d = 4/12 = 1/3, q = d²(1−d) = 2/27, r = d³(1−d)³ = 8/729,
// d⁴(1−d)² = 4/729, s = d⁵(1−d) = 2/729. Both groups have n_i = 2, the other
// group 2, so per node:
//
//	w_I:  E = q·1·0 = 0, V = 0                        (z = NaN for raw 0)
//	w_O:  E = q·2·1 = 4/27, V = (4/27)(25/27) + 0 = 100/729, sd = 10/27
//	b_IO: E = q·2·1 = 4/27, V = 100/729 + 2(1·C(2,2) + 2·C(1,2))·8/729 = 116/729
//	b_O:  E = q(2·2 − 2²) = 0, V = 4·2·C(0,2)·r = 0
//	t:    E = q·3·2 = 4/9, V = (4/9)(25/27) + 2·3·2·1·8/729 = 396/729
//
// Node 1 (raw w_O 1, b_IO 1, t 2): z(w_O) = (23/27)/(10/27) = 2.3,
// z(b_IO) = 23/√116, z(t) = (2 − 12/27)·27/√396 = 42/√396.
//
// Global, n = (2, 2):
//
//	w_I:  E = 0, V = 0
//	w_O:  E = q·Σ n(N−n)(n−1) = 8q = 16/27;
//	      V = (16/27)(25/27) + 4 pairs·2·2·1·(2r + s) − 2·4·1·(2r + s)
//	        = 400/729 + 288/729 − 144/729 = 544/729; raw 1, z = 11/√544
//	b_IO: E = 16/27, V = 400/729 + 2·(2·2·1·(1·r + 0·s)) = 464/729; raw 2, z = 38/√464
//	b_OI: same moments; raw 1, z = 11/√464
//	b_O:  E = q(4·(2·2·0) − 2·4·0) = 0, V = 0 (no three distinct groups)
//	t:    E = 24q = 16/9, V = (16/9)(25/27) + 24(6r − 4·4/729 + 2/729)
//	        = 1200/729 + 816/729 = 2016/729; raw 4, z = 60/√2016
func TestBrokerageHand(t *testing.T) {
	arcs := [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 1}, {3, 1}, {2, 2}, {0, 9}}
	res := Brokerage(arcs, 4, []int{7, 7, 3, 3})
	if res == nil {
		t.Fatal("nil result")
	}
	wantRaw := [][6]float64{
		{0, 0, 0, 0, 0, 0},
		{0, 1, 1, 0, 0, 2},
		{0, 0, 0, 1, 0, 1},
		{0, 0, 1, 0, 0, 1},
	}
	for v := range wantRaw {
		if res.Raw[v] != wantRaw[v] {
			t.Errorf("Raw[%d] = %v, want %v", v, res.Raw[v], wantRaw[v])
		}
	}
	near := func(name string, got, want float64) {
		t.Helper()
		if !structRefClose(got, want, 1e-12) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	near("density", res.Density, 1.0/3)
	wantExp := [6]float64{0, 4.0 / 27, 4.0 / 27, 4.0 / 27, 0, 4.0 / 9}
	wantSD := [6]float64{0, 10.0 / 27, math.Sqrt(116) / 27, math.Sqrt(116) / 27, 0, math.Sqrt(396) / 27}
	for v := range 4 {
		for k := range 6 {
			near("Expected", res.Expected[v][k], wantExp[k])
			near("SD", res.SD[v][k], wantSD[k])
		}
	}
	near("z(1, w_O)", res.Z[1][Itinerant], 2.3)
	near("z(1, b_IO)", res.Z[1][Representative], 23/math.Sqrt(116))
	near("z(1, t)", res.Z[1][BrokerageTotal], 42/math.Sqrt(396))
	if !math.IsNaN(res.Z[0][Coordinator]) {
		t.Errorf("z(0, w_I) = %v, want NaN (0/0 as in R)", res.Z[0][Coordinator])
	}
	wantG := [6]float64{0, 1, 2, 1, 0, 4}
	if res.GlobalRaw != wantG {
		t.Errorf("GlobalRaw = %v, want %v", res.GlobalRaw, wantG)
	}
	wantGE := [6]float64{0, 16.0 / 27, 16.0 / 27, 16.0 / 27, 0, 16.0 / 9}
	wantGSD := [6]float64{0, math.Sqrt(544) / 27, math.Sqrt(464) / 27, math.Sqrt(464) / 27, 0, math.Sqrt(2016) / 27}
	for k := range 6 {
		near("GlobalExpected", res.GlobalExpected[k], wantGE[k])
		near("GlobalSD", res.GlobalSD[k], wantGSD[k])
	}
	near("global z(w_O)", res.GlobalZ[Itinerant], 11/math.Sqrt(544))
	near("global z(b_IO)", res.GlobalZ[Representative], 38/math.Sqrt(464))
	near("global z(b_OI)", res.GlobalZ[Gatekeeper], 11/math.Sqrt(464))
	near("global z(t)", res.GlobalZ[BrokerageTotal], 60/math.Sqrt(2016))
	if len(res.Groups) != 2 || res.Groups[0] != 3 || res.GroupSize[0] != 2 {
		t.Errorf("Groups %v sizes %v", res.Groups, res.GroupSize)
	}
}

// TestBrokerageCountsBruteForce compares the counts with a direct O(n³) scan
// of an adjacency matrix over all ordered triples, on seeded random digraphs
// with three groups (so every role occurs).
func TestBrokerageCountsBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	for trial := range 5 {
		n := 15 + 5*trial
		adj := make([][]bool, n)
		for i := range adj {
			adj[i] = make([]bool, n)
		}
		var arcs [][2]int
		for range 4 * n {
			a, b := rng.IntN(n), rng.IntN(n)
			arcs = append(arcs, [2]int{a, b})
			if a != b {
				adj[a][b] = true
			}
		}
		grp := make([]int, n)
		for i := range grp {
			grp[i] = rng.IntN(3)
		}
		res := Brokerage(arcs, n, grp)
		want := make([][6]float64, n)
		for a := range n {
			for v := range n {
				for c := range n {
					if a == v || v == c || a == c || !adj[a][v] || !adj[v][c] || adj[a][c] {
						continue
					}
					ga, gv, gc := grp[a], grp[v], grp[c]
					role := Liaison
					if ga == gv && gv == gc {
						role = Coordinator
					} else if ga == gc && ga != gv {
						role = Itinerant
					} else if ga == gv {
						role = Representative
					} else if gv == gc {
						role = Gatekeeper
					}
					want[v][role]++
					want[v][BrokerageTotal]++
				}
			}
		}
		for v := range n {
			if res.Raw[v] != want[v] {
				t.Errorf("trial %d node %d: Raw %v, want %v", trial, v, res.Raw[v], want[v])
			}
		}
		// The total's expectation is the same for every broker: q (N−1)(N−2).
		d := res.Density
		wantT := d * d * (1 - d) * float64((n-1)*(n-2))
		if !structRefClose(res.Expected[0][BrokerageTotal], wantT, 1e-12) {
			t.Errorf("E[t] = %v, want %v", res.Expected[0][BrokerageTotal], wantT)
		}
		// The expectations of the five roles add up to the total's, for a
		// broker and globally (each two-path has exactly one role).
		for _, e := range [][6]float64{res.Expected[0], res.GlobalExpected} {
			sum := e[0] + e[1] + e[2] + e[3] + e[4]
			if !structRefClose(sum, e[BrokerageTotal], 1e-9) {
				t.Errorf("role expectations sum %v, total %v", sum, e[BrokerageTotal])
			}
		}
	}
}

func TestBrokerageInvalid(t *testing.T) {
	if Brokerage(nil, 0, nil) != nil {
		t.Error("n = 0 accepted")
	}
	if Brokerage([][2]int{{0, 1}}, 2, []int{0}) != nil {
		t.Error("short group accepted")
	}
	res := Brokerage(nil, 1, []int{0})
	if res == nil || res.GlobalRaw != [6]float64{} {
		t.Errorf("single node: %+v", res)
	}
}
