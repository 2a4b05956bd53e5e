package metrics

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestFragmentationAgainstNetworkx(t *testing.T) {
	for _, r := range structRefLoad(t) {
		g := structRefCSR(r)
		if got := Fragmentation(g, r.FragRemoved); !structRefClose(got, r.Fragmentation, 1e-12) {
			t.Errorf("%s: Fragmentation(%v) = %v, want %v", r.Name, r.FragRemoved, got, r.Fragmentation)
		}
		if got := Fragmentation(g, nil); !structRefClose(got, r.FragNone, 1e-12) {
			t.Errorf("%s: Fragmentation() = %v, want %v", r.Name, got, r.FragNone)
		}
		// networkx exhaustive best pair vs the Go exhaustive search.
		if got := fragExhaustive(g, 2); !structRefClose(got, r.KPP2Best, 1e-12) {
			t.Errorf("%s: exhaustive best pair F = %v, want %v", r.Name, got, r.KPP2Best)
		}
	}
}

// TestFragmentationHand: path 0-1-2-3-4 plus isolate 5. Without removal the
// components are {0..4} and {5}: F = 1 − 20/30 = 1/3. Removing 2 leaves
// {0,1}, {3,4}, {5} among 5 nodes: F = 1 − (2+2)/20 = 4/5.
func TestFragmentationHand(t *testing.T) {
	g := mustGraph(6, [][2]int{{0, 1}, {1, 2}, {2, 3}, {3, 4}}, nil)
	if got := Fragmentation(g, nil); math.Abs(got-1.0/3) > 1e-12 {
		t.Errorf("F = %v, want 1/3", got)
	}
	if got := Fragmentation(g, []int{2, 2, 99, -1}); math.Abs(got-0.8) > 1e-12 {
		t.Errorf("F(-2) = %v, want 4/5", got)
	}
	if got := Fragmentation(g, []int{0, 1, 2, 3, 4}); math.Abs(got-0) > 0 && !math.IsNaN(got) {
		t.Errorf("F with one node left = %v, want NaN", got)
	}
	if !math.IsNaN(Fragmentation(mustGraph(0, nil, nil), nil)) {
		t.Error("empty graph F not NaN")
	}
	set, f := KeyPlayers(g, 1)
	if len(set) != 1 || set[0] != 2 || math.Abs(f-0.8) > 1e-12 {
		t.Errorf("KeyPlayers(1) = %v, %v; want [2], 0.8", set, f)
	}
}

// fragExhaustive returns the highest F over all k-subsets (naive recursion,
// for small graphs only).
func fragExhaustive(g *Graph, k int) float64 {
	best := math.Inf(-1)
	set := make([]int, 0, k)
	var rec func(from int)
	rec = func(from int) {
		if len(set) == k {
			best = math.Max(best, Fragmentation(g, set))
			return
		}
		for v := from; v < g.Len(); v++ {
			set = append(set, v)
			rec(v + 1)
			set = set[:len(set)-1]
		}
	}
	rec(0)
	return best
}

// TestKeyPlayersGreedy checks each greedy round against a brute-force argmax
// of Fragmentation over all candidates (lowest index on ties), and the final
// F against exhaustive search: equal for k = 1, never above it for k > 1.
func TestKeyPlayersGreedy(t *testing.T) {
	graphs := map[string]*Graph{}
	for _, r := range structRefLoad(t) {
		graphs[r.Name] = structRefCSR(r)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for trial := range 6 {
		n := 12 + trial
		var edges [][2]int
		for range n + trial*2 {
			edges = append(edges, [2]int{rng.IntN(n), rng.IntN(n)})
		}
		graphs["random"+string(rune('a'+trial))] = mustGraph(n, edges, nil)
	}
	for name, g := range graphs {
		for k := 1; k <= 3; k++ {
			set, f := KeyPlayers(g, k)
			var brute []int
			for range k {
				bv, bf := -1, math.Inf(-1)
				for v := 0; v < g.Len(); v++ {
					if slices.Contains(brute, v) {
						continue
					}
					if x := Fragmentation(g, append(append([]int{}, brute...), v)); x > bf+1e-12 {
						bv, bf = v, x
					}
				}
				brute = append(brute, bv)
			}
			if len(set) != k || !slices.Equal(set, brute) {
				t.Errorf("%s k=%d: KeyPlayers = %v, brute-force greedy %v", name, k, set, brute)
			}
			if g.Len() > 20 && k > 2 {
				continue // exhaustive search too slow
			}
			ex := fragExhaustive(g, k)
			if f > ex+1e-12 || (k == 1 && math.Abs(f-ex) > 1e-12) {
				t.Errorf("%s k=%d: greedy F %v, exhaustive %v", name, k, f, ex)
			}
		}
	}
}

func TestKeyPlayersEdgeCases(t *testing.T) {
	set, f := KeyPlayers(mustGraph(0, nil, nil), 3)
	if len(set) != 0 || !math.IsNaN(f) {
		t.Errorf("empty graph: %v %v", set, f)
	}
	g := mustGraph(3, [][2]int{{0, 1}, {1, 2}}, nil)
	set, f = KeyPlayers(g, 10) // clamped to n−2 = 1
	if len(set) != 1 || set[0] != 1 || f != 1 {
		t.Errorf("clamped: %v %v, want [1] 1", set, f)
	}
}

// kite is Krackhardt's kite (Krackhardt 1990; nx.krackhardt_kite_graph):
// Andre 0, Beverly 1, Carol 2, Diane 3, Ed 4, Fernando 5, Garth 6,
// Heather 7, Ike 8, Jane 9.
func kite() *Graph {
	return mustGraph(10, [][2]int{{0, 1}, {0, 2}, {0, 3}, {0, 5}, {1, 3}, {1, 4}, {1, 6},
		{2, 3}, {2, 5}, {3, 4}, {3, 5}, {3, 6}, {4, 6}, {5, 6}, {5, 7}, {6, 7}, {7, 8}, {8, 9}}, nil)
}

// TestKeyPlayersSearchKite: greedy takes Heather first (F = 1 − (7·6 +
// 2·1)/(9·8) = 0.389) and ends at 3/7 = 0.429. Removing Fernando and Garth
// instead leaves {Andre, Beverly, Carol, Diane, Ed} and {Heather, Ike,
// Jane}: F = 1 − (5·4 + 3·2)/(8·7) = 15/28 = 0.536, the best pair. The
// greedy pair {Andre, Heather} is a local optimum of single swaps (each
// member's best replacement keeps F at 3/7), so only restarts reach 15/28.
func TestKeyPlayersSearchKite(t *testing.T) {
	g := kite()
	set, f := KeyPlayers(g, 2)
	if set[0] != 7 || math.Abs(f-3.0/7) > 1e-12 {
		t.Errorf("greedy: %v, F = %v; want Heather first and 3/7", set, f)
	}
	if ex := fragExhaustive(g, 2); math.Abs(ex-15.0/28) > 1e-12 {
		t.Errorf("exhaustive best pair F = %v, want 15/28", ex)
	}
	set, f = KeyPlayersSearch(g, 2, KeyPlayerOptions{})
	if math.Abs(f-3.0/7) > 1e-12 {
		t.Errorf("swaps from the greedy pair: %v, F = %v; want 3/7", set, f)
	}
	set, f = KeyPlayersSearch(g, 2, KeyPlayerOptions{Restarts: 16, Seed: 1})
	slices.Sort(set)
	if !slices.Equal(set, []int{5, 6}) || math.Abs(f-15.0/28) > 1e-12 {
		t.Errorf("swap search: %v, F = %v; want [5 6] and 15/28", set, f)
	}
}

// TestKeyPlayersSearchExhaustive compares the swap search with greedy and
// with exhaustive search on the reference graphs, the kite and seeded random
// graphs for k = 1..3: never below greedy, never above the optimum, and
// counts how often it reaches the optimum. With restarts it must reach it on
// every graph (these graphs are small enough that 20 restarts find it).
func TestKeyPlayersSearchExhaustive(t *testing.T) {
	graphs := map[string]*Graph{"kite": kite()}
	for _, r := range structRefLoad(t) {
		graphs[r.Name] = structRefCSR(r)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 24 {
		n := 10 + trial%8
		var edges [][2]int
		for range n + trial%5*3 {
			edges = append(edges, [2]int{rng.IntN(n), rng.IntN(n)})
		}
		graphs[fmt.Sprintf("random%02d", trial)] = mustGraph(n, edges, nil)
	}
	var cases, greedyOpt, swapOpt, restartOpt int
	for name, g := range graphs {
		for k := 1; k <= 3; k++ {
			if g.Len() > 20 && k > 2 {
				continue
			}
			ex := fragExhaustive(g, k)
			_, fg := KeyPlayers(g, k)
			set, fs := KeyPlayersSearch(g, k, KeyPlayerOptions{})
			setR, fr := KeyPlayersSearch(g, k, KeyPlayerOptions{Restarts: 20, Seed: 1})
			again, fr2 := KeyPlayersSearch(g, k, KeyPlayerOptions{Restarts: 20, Seed: 1})
			if !slices.Equal(setR, again) || fr != fr2 {
				t.Errorf("%s k=%d: not deterministic: %v %v", name, k, setR, again)
			}
			for _, s := range [][]int{set, setR} {
				u := slices.Clone(s)
				slices.Sort(u)
				if len(slices.Compact(u)) != k {
					t.Errorf("%s k=%d: set %v not %d distinct nodes", name, k, s, k)
				}
			}
			if math.Abs(Fragmentation(g, set)-fs) > 1e-12 || math.Abs(Fragmentation(g, setR)-fr) > 1e-12 {
				t.Errorf("%s k=%d: returned F does not match the set", name, k)
			}
			if fs < fg-1e-12 || fr < fs-1e-12 || fr > ex+1e-12 {
				t.Errorf("%s k=%d: greedy %v, swap %v, restarts %v, exhaustive %v", name, k, fg, fs, fr, ex)
			}
			if math.Abs(fr-ex) > 1e-12 {
				t.Errorf("%s k=%d: with restarts F = %v, exhaustive %v", name, k, fr, ex)
			}
			cases++
			if math.Abs(fg-ex) <= 1e-12 {
				greedyOpt++
			}
			if math.Abs(fs-ex) <= 1e-12 {
				swapOpt++
			}
			if math.Abs(fr-ex) <= 1e-12 {
				restartOpt++
			}
		}
	}
	t.Logf("optimum reached in %d cases: greedy %d, swap %d, swap with 20 restarts %d", cases, greedyOpt, swapOpt, restartOpt)
	if swapOpt < greedyOpt {
		t.Errorf("swap search reached the optimum less often than greedy")
	}
}
