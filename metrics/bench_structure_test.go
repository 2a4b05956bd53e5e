package metrics

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
)

// structBenchGraph returns a seeded graph of n nodes with about 10 edges per
// node (each node draws 10 partners: 90% inside its block of 50 nodes, 10%
// anywhere; weights 1..5), shaped like a partnership network of many LIPs.
func structBenchGraph(n int, seed uint64) *Graph {
	rng := rand.New(rand.NewPCG(seed, 1))
	edges := make([][2]int, 0, 10*n)
	w := make([]float64, 0, 10*n)
	for u := 0; u < n; u++ {
		block := u / 50 * 50
		for range 10 {
			var v int
			if rng.Float64() < 0.9 {
				v = block + rng.IntN(min(50, n-block))
			} else {
				v = rng.IntN(n)
			}
			edges = append(edges, [2]int{u, v})
			w = append(w, float64(1+rng.IntN(5)))
		}
	}
	return mustGraph(n, edges, w)
}

func structBenchLabels(n, k int) []int {
	l := make([]int, n)
	for i := range l {
		l[i] = (i * 7919) % k
	}
	return l
}

func structBenchSizes(b *testing.B, f func(b *testing.B, g *Graph)) {
	for _, n := range []int{1000, 10000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("10k nodes skipped under -short")
			}
			g := structBenchGraph(n, 1)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				f(b, g)
			}
		})
	}
}

func BenchmarkConstraint(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Constraint(g) })
}

func BenchmarkEffectiveSize(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { EffectiveSize(g) })
}

func BenchmarkEfficiency(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Efficiency(g) })
}

func BenchmarkHierarchy(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Hierarchy(g) })
}

func BenchmarkStructuralHoles(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { StructuralHoles(g) })
}

func BenchmarkEIIndex(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { EIIndex(g, structBenchLabels(g.Len(), 4)) })
}

func BenchmarkEINodes(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { EINodes(g, structBenchLabels(g.Len(), 4)) })
}

func BenchmarkEIPermutationTest100(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) {
		EIPermutationTest(g, structBenchLabels(g.Len(), 4), 100, 1)
	})
}

func BenchmarkBlau(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) {
		l := make([]string, g.Len())
		for i := range l {
			l[i] = strconv.Itoa(i % 20)
		}
		Blau(l)
		Entropy(l)
	})
}

func BenchmarkAttributeAssortativity(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { AttributeAssortativity(g, structBenchLabels(g.Len(), 4)) })
}

func BenchmarkMixingMatrix(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) {
		MixingMatrix(g, structBenchLabels(g.Len(), 20), structBenchLabels(g.Len(), 3), 20, 3)
	})
}

func BenchmarkLouvain(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Louvain(g, LouvainOptions{Seed: 1}) })
}

func BenchmarkModularity(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Modularity(g, structBenchLabels(g.Len(), 50), 1) })
}

func BenchmarkFragmentation(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Fragmentation(g, []int{0, 1, 2}) })
}

func BenchmarkKeyPlayers5(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { KeyPlayers(g, 5) })
}

func BenchmarkArticulationPoints(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { ArticulationPoints(g) })
}

func BenchmarkBridges(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) { Bridges(g) })
}

// BenchmarkBrokerage runs on the benchmark graph made directed: each edge
// u < v becomes u → v, and also v → u when u + v is even (about half mutual),
// with 5 groups.
func BenchmarkBrokerage(b *testing.B) {
	structBenchSizes(b, func(b *testing.B, g *Graph) {
		b.StopTimer()
		var arcs [][2]int
		for u := 0; u < g.Len(); u++ {
			for _, v := range g.Neighbours(u) {
				if int(v) > u {
					arcs = append(arcs, [2]int{u, int(v)})
					if (u+int(v))%2 == 0 {
						arcs = append(arcs, [2]int{int(v), u})
					}
				}
			}
		}
		grp := structBenchLabels(g.Len(), 5)
		b.StartTimer()
		Brokerage(arcs, g.Len(), grp)
	})
}

// BenchmarkLouvain100k is the large case: 100k nodes, about 1M
// edges. Skipped under -short.
func BenchmarkLouvain100k(b *testing.B) {
	if testing.Short() {
		b.Skip("100k nodes skipped under -short")
	}
	g := structBenchGraph(100000, 1)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Louvain(g, LouvainOptions{Seed: 1})
	}
}

// BenchmarkBrokerage100k runs Brokerage on the reported ties of
// gen_network.py 100000 (skipped when missing), grouped into five groups
// by node index.
func BenchmarkBrokerage100k(b *testing.B) {
	net := benchdata.Load(b, 100000)
	arcs, n := net.TieNodes(), net.NumPartners()
	group := structBenchLabels(n, 5)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := benchdata.CPUSeconds()
	for b.Loop() {
		Brokerage(arcs, n, group)
	}
	b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
}
