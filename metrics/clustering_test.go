package metrics

import (
	"fmt"
	"math"
	"slices"
	"testing"
)

func TestClusteringAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			checkFloats(t, "Clustering", Clustering(g), refFloats(want.Clustering), 1e-12)
			checkFloat(t, "AverageClustering", AverageClustering(g), refVal(want.AverageClustering), 1e-12)
			checkFloat(t, "Transitivity", Transitivity(g), want.Transitivity, 1e-12)
		})
	}
}

// TestTrianglesHand: K4 on {0,1,2,3} plus the pendant edge 3-4. Each K4 node
// is in 3 triangles; node 4 in none. Node 3 has degree 4 and 3 triangles, so
// clustering 2*3/(4*3) = 0.5. Triangles: 4; triples Σk(k-1)/2 =
// 3*3 + 6 + 0 = 15; transitivity 3*4/15 = 0.8.
func TestTrianglesHand(t *testing.T) {
	g := mustGraph(5, [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {3, 4}}, nil)
	if got := Triangles(g); !slices.Equal(got, []int{3, 3, 3, 3, 0}) {
		t.Errorf("Triangles = %v", got)
	}
	if c := Clustering(g); !slices.Equal(c, []float64{1, 1, 1, 0.5, 0}) {
		t.Errorf("Clustering = %v", c)
	}
	if tr := Transitivity(g); math.Abs(tr-0.8) > 1e-15 {
		t.Errorf("Transitivity = %v, want 0.8", tr)
	}
}

func TestClusteringEmpty(t *testing.T) {
	g := mustGraph(0, nil, nil)
	if len(Clustering(g)) != 0 || len(Triangles(g)) != 0 {
		t.Error("Clustering/Triangles of empty graph not empty")
	}
	if a := AverageClustering(g); !math.IsNaN(a) {
		t.Errorf("AverageClustering(empty) = %v, want NaN", a)
	}
	if tr := Transitivity(g); tr != 0 {
		t.Errorf("Transitivity(empty) = %v, want 0", tr)
	}
}

// TestTrianglesBruteForce counts triangles over all node triples on random
// graphs and compares with Triangles and Transitivity.
func TestTrianglesBruteForce(t *testing.T) {
	for seed := range uint64(100) {
		n := int(seed % 20)
		g := randomGraph(seed, n, []float64{0.1, 0.3, 0.6, 0.9}[seed%4])
		adj := func(a, b int) bool { _, ok := slices.BinarySearch(g.Neighbours(a), int32(b)); return ok }
		want := make([]int, n)
		total := 0
		for a := range n {
			for b := a + 1; b < n; b++ {
				for c := b + 1; c < n; c++ {
					if adj(a, b) && adj(b, c) && adj(a, c) {
						want[a]++
						want[b]++
						want[c]++
						total++
					}
				}
			}
		}
		if got := Triangles(g); !slices.Equal(got, want) {
			t.Fatalf("seed %d: Triangles = %v, want %v", seed, got, want)
		}
		var triples float64
		for i := range n {
			k := float64(g.Degree(i))
			triples += k * (k - 1) / 2
		}
		tr := 0.0
		if total > 0 {
			tr = 3 * float64(total) / triples
		}
		checkFloat(t, fmt.Sprintf("seed %d: Transitivity", seed), Transitivity(g), tr, 1e-12)
	}
}

// TestClusteringTransitivity checks the shared triangle count against the
// separate functions, bit for bit.
func TestClusteringTransitivity(t *testing.T) {
	for seed := range uint64(5) {
		g := randomGraph(seed, 60, 0.1*float64(seed+1))
		c, tr := ClusteringTransitivity(g)
		if want := Transitivity(g); math.Float64bits(tr) != math.Float64bits(want) {
			t.Errorf("seed %d: transitivity %v, separate %v", seed, tr, want)
		}
		want := Clustering(g)
		for i := range want {
			if math.Float64bits(c[i]) != math.Float64bits(want[i]) {
				t.Errorf("seed %d: clustering[%d] = %v, separate %v", seed, i, c[i], want[i])
			}
		}
	}
}
