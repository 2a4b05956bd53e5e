package metrics

import (
	"math"
	"slices"
	"testing"
)

func TestBasicAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			checkFloat(t, "Density", Density(g), want.Density, 1e-12)
			if got := Degree(g); !slices.Equal(got, want.Degree) {
				t.Errorf("Degree = %v, want %v", got, want.Degree)
			}
			checkFloats(t, "Strength", Strength(g), want.Strength, 1e-12)
			label, sizes := Components(g)
			if !slices.Equal(label, want.Component) || !slices.Equal(sizes, want.ComponentSizes) {
				t.Errorf("Components = %v %v, want %v %v", label, sizes, want.Component, want.ComponentSizes)
			}
		})
	}
}

func TestBasicEmpty(t *testing.T) {
	g := mustGraph(0, nil, nil)
	if d := Density(g); d != 0 {
		t.Errorf("Density(empty) = %v, want 0", d)
	}
	if len(Degree(g)) != 0 || len(Strength(g)) != 0 {
		t.Error("Degree/Strength of empty graph not empty")
	}
	label, sizes := Components(g)
	if len(label) != 0 || sizes == nil || len(sizes) != 0 {
		t.Errorf("Components(empty) = %v %v, want [] []", label, sizes)
	}
}

// TestComponentsHand checks a hand-drawn graph: 0-3, 3-5 and 1-4, with 2
// isolated. Components by smallest index: {0,3,5}=0, {1,4}=1, {2}=2.
func TestComponentsHand(t *testing.T) {
	g := mustGraph(6, [][2]int{{0, 3}, {5, 3}, {4, 1}}, []float64{2, 0.5, 1})
	label, sizes := Components(g)
	if !slices.Equal(label, []int{0, 1, 2, 0, 1, 0}) || !slices.Equal(sizes, []int{3, 2, 1}) {
		t.Errorf("Components = %v %v", label, sizes)
	}
	// strength of 3 is 2 + 0.5; density 3 edges / 15 pairs
	if s := Strength(g)[3]; s != 2.5 {
		t.Errorf("Strength[3] = %v, want 2.5", s)
	}
	if d := Density(g); math.Abs(d-0.2) > 1e-15 {
		t.Errorf("Density = %v, want 0.2", d)
	}
}

// FuzzMeasures builds a graph from arbitrary bytes (node count, then edge
// pairs and weights) and checks that no measure panics and that the results
// keep their invariants: lengths, ranges, sums and norms; and that the exact
// path measures agree with and without the reductions, and batched or one
// source at a time, and with the AVX-512 loops or without (to the bit).
func FuzzMeasures(f *testing.F) {
	f.Add([]byte{0})
	f.Add([]byte{1})
	f.Add([]byte{5, 0, 1, 2, 1, 2, 3, 3, 4, 1})
	f.Add([]byte{12, 0, 1, 1, 1, 2, 1, 2, 0, 1, 5, 6, 9, 7, 8, 2, 10, 11, 4})
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) == 0 {
			return
		}
		n := int(data[0] % 40)
		var edges [][2]int
		var w []float64
		for i := 1; i+2 < len(data); i += 3 {
			if n == 0 {
				break
			}
			edges = append(edges, [2]int{int(data[i]) % n, int(data[i+1]) % n})
			w = append(w, 0.5+float64(data[i+2]%8))
		}
		g := mustGraph(n, edges, w)
		inUnit := func(name string, xs []float64) {
			for i, x := range xs {
				if math.IsNaN(x) || x < -1e-12 || x > 1+1e-12 {
					t.Fatalf("%s[%d] = %v outside [0,1]", name, i, x)
				}
			}
		}
		label, sizes := Components(g)
		sum := 0
		for _, s := range sizes {
			sum += s
		}
		if len(label) != n || sum != n {
			t.Fatalf("Components: %d labels, sizes sum %d, n %d", len(label), sum, n)
		}
		inUnit("Clustering", Clustering(g))
		core := CoreNumbers(g)
		for i, c := range core {
			if c > g.Degree(i) {
				t.Fatalf("core %d > degree %d", c, g.Degree(i))
			}
		}
		p := Paths(g, PathOptions{})
		inUnit("Betweenness", p.Betweenness)
		inUnit("Closeness", p.Closeness)
		plain := Paths(g, PathOptions{Plain: true})
		checkFloats(t, "Betweenness (reduced vs plain)", p.Betweenness, plain.Betweenness, 1e-9)
		checkFloats(t, "Closeness (reduced vs plain)", p.Closeness, plain.Closeness, 1e-9)
		checkFloats(t, "Harmonic (reduced vs plain)", p.Harmonic, plain.Harmonic, 1e-9)
		one := Paths(g, PathOptions{Plain: true, kernel: perSourceKernel})
		checkFloats(t, "Betweenness (batched vs one source at a time)", plain.Betweenness, one.Betweenness, 1e-9)
		if portable := Paths(g, PathOptions{portable: true}); !sameBits(p.Betweenness, portable.Betweenness) || !sameBits(p.Harmonic, portable.Harmonic) {
			t.Fatal("Paths: the AVX-512 loops and the portable ones give other bits")
		}
		if s := Paths(g, PathOptions{Samples: n/2 + 1, Seed: 3}); len(s.Betweenness) != n {
			t.Fatal("sampled Paths: wrong length")
		}
		e := EstimateBetweenness(g, 0.2, 0.2, PathOptions{Seed: 3})
		inUnit("EstimateBetweenness", e.Betweenness)
		if len(e.Betweenness) != n || e.Error > 0.2 || e.Samples > e.MaxSamples || (e.Samples > 0) != (e.Error > 0) {
			t.Fatalf("EstimateBetweenness: %d values, bound %v, %d of %d pairs", len(e.Betweenness), e.Error, e.Samples, e.MaxSamples)
		}
		if n > 0 {
			var s float64
			for _, x := range PageRank(g, 0.85) {
				s += x
			}
			if math.Abs(s-1) > 1e-9 {
				t.Fatalf("PageRank sums to %v", s)
			}
		}
		if e := Eigenvector(g); g.NumEdges() > 0 {
			var s float64
			for _, x := range e {
				s += x * x
			}
			if math.Abs(s-1) > 1e-9 {
				t.Fatalf("Eigenvector norm² %v", s)
			}
		}
		for _, c := range []float64{DegreeCentralization(g), BetweennessCentralization(g), ClosenessCentralization(g)} {
			if n >= 3 && (math.IsNaN(c) || c < -1e-12 || c > 1+1e-12) {
				t.Fatalf("centralization %v outside [0,1]", c)
			}
		}
	})
}
