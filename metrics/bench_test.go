package metrics

import (
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	lipnet "github.com/lipgraph/lipgraph/network"
	"gonum.org/v1/gonum/graph/network"
	"gonum.org/v1/gonum/graph/simple"
	"gonum.org/v1/gonum/graph/topo"
)

// benchGraph returns a deterministic graph shaped like a set of
// partnerships: n nodes in groups of 50, about 10n edges (mean degree about
// 20), 90% of them inside a group, weights 1 to 4. Graphs are cached.
func benchGraph(n int) *Graph {
	benchMu.Lock()
	defer benchMu.Unlock()
	if g, ok := benchCache[n]; ok {
		return g
	}
	r := rand.New(rand.NewPCG(uint64(n), 42))
	edges := make([][2]int, 0, 10*n)
	w := make([]float64, 0, 10*n)
	for range 10 * n {
		a := r.IntN(n)
		var b int
		if r.Float64() < 0.9 {
			lo := a / 50 * 50
			b = lo + r.IntN(min(50, n-lo))
		} else {
			b = r.IntN(n)
		}
		edges = append(edges, [2]int{a, b})
		w = append(w, float64(1+r.IntN(4)))
	}
	g := mustGraph(n, edges, w)
	benchCache[n] = g
	return g
}

var (
	benchMu    sync.Mutex
	benchCache = map[int]*Graph{}
)

// benchSizes runs f on the 1k and 10k benchmark graphs; 10k is skipped
// under -short.
func benchSizes(b *testing.B, f func(b *testing.B, g *Graph)) {
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			if n > 1000 && testing.Short() {
				b.Skip("10k nodes skipped with -short")
			}
			g := benchGraph(n)
			b.ReportAllocs()
			b.ResetTimer()
			f(b, g)
		})
	}
}

var sinkF []float64
var sinkI []int
var sinkX float64

func BenchmarkDensity(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkX = Density(g)
		}
	})
}

func BenchmarkDegree(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkI = Degree(g)
		}
	})
}

func BenchmarkStrength(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkF = Strength(g)
		}
	})
}

func BenchmarkComponents(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkI, _ = Components(g)
		}
	})
}

func BenchmarkClustering(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkF = Clustering(g)
		}
	})
}

func BenchmarkTransitivity(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkX = Transitivity(g)
		}
	})
}

func BenchmarkCoreNumbers(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkI = CoreNumbers(g)
		}
	})
}

func BenchmarkKCore(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkI = KCore(g)
		}
	})
}

func BenchmarkPaths(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkF = Paths(g, PathOptions{}).Betweenness
		}
	})
}

func BenchmarkPathsSampled256(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkF = Paths(g, PathOptions{Samples: 256, Seed: 1}).Betweenness
		}
	})
}

func BenchmarkEigenvector(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkF = Eigenvector(g)
		}
	})
}

// BenchmarkPageRank also reports the products with the matrix that the
// conjugate gradients take (products) and that the power iteration takes to
// an L1 change below 1e-13 (power-products, powerPageRank in the tests).
func BenchmarkPageRank(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		_, power := powerPageRank(g, 0.85, 1e-13)
		b.ResetTimer()
		var products int
		for b.Loop() {
			sinkF, products = pageRank(g, 0.85)
		}
		b.ReportMetric(float64(products), "products")
		b.ReportMetric(float64(power), "power-products")
	})
}

func BenchmarkCentralization(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		for b.Loop() {
			sinkX = DegreeCentralization(g)
		}
	})
}

// The gonum equivalents, on the same graphs, for the comparisons quoted in
// the doc comments. gonum's betweenness is run at 1k nodes only.

func gonumUndirected(g *Graph) *simple.WeightedUndirectedGraph {
	u := simple.NewWeightedUndirectedGraph(0, 0)
	for i := range g.Len() {
		u.AddNode(simple.Node(i))
	}
	for i := range g.Len() {
		w := g.Weights(i)
		for k, j := range g.Neighbours(i) {
			if int(j) > i {
				u.SetWeightedEdge(u.NewWeightedEdge(simple.Node(i), simple.Node(j), w[k]))
			}
		}
	}
	return u
}

func gonumDirected(g *Graph) *simple.WeightedDirectedGraph {
	d := simple.NewWeightedDirectedGraph(0, 0)
	for i := range g.Len() {
		d.AddNode(simple.Node(i))
	}
	for i := range g.Len() {
		w := g.Weights(i)
		for k, j := range g.Neighbours(i) {
			d.SetWeightedEdge(d.NewWeightedEdge(simple.Node(i), simple.Node(j), w[k]))
		}
	}
	return d
}

func BenchmarkGonumConnectedComponents(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		u := gonumUndirected(g)
		b.ResetTimer()
		for b.Loop() {
			_ = topo.ConnectedComponents(u)
		}
	})
}

func BenchmarkGonumDegeneracyOrdering(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		u := gonumUndirected(g)
		b.ResetTimer()
		for b.Loop() {
			_, _ = topo.DegeneracyOrdering(u)
		}
	})
}

func BenchmarkGonumKCore(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		u := gonumUndirected(g)
		k := MaxCore(g)
		b.ResetTimer()
		for b.Loop() {
			_ = topo.KCore(k, u)
		}
	})
}

func BenchmarkGonumPageRankSparse(b *testing.B) {
	benchSizes(b, func(b *testing.B, g *Graph) {
		d := gonumDirected(g)
		b.ResetTimer()
		for b.Loop() {
			_ = network.PageRankSparse(d, 0.85, 1e-13)
		}
	})
}

func BenchmarkGonumBetweenness(b *testing.B) {
	g := benchGraph(1000)
	u := gonumUndirected(g)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		_ = network.Betweenness(u)
	}
}

// pathMethods are the exact reductions BenchmarkPathsGenerated compares.
var pathMethods = []struct {
	name string
	opts PathOptions
}{
	{"plain", PathOptions{Plain: true}},
	{"twins", PathOptions{reductions: reductionSet{noFold: true}}},
	{"fold", PathOptions{reductions: reductionSet{noTwins: true}}},
	{"fold+twins", PathOptions{}},
	{"fold+twins/per-source", PathOptions{kernel: perSourceKernel}},
}

// BenchmarkPathsGenerated runs exact Paths with each set of reductions on
// the partner graphs of gen_network.py 10000 (the folder bench/compare.sh
// makes; skipped when missing), reporting the number of searches: the
// combined projection has few twins and pendants, the co-membership
// projection many twins (partners that sit on the same bodies and nothing
// else, and partners on none), the ties-only projection many pendants.
// cpu-s/op is the CPU time over all threads, the figure to compare on a
// busy machine.
func BenchmarkPathsGenerated(b *testing.B) {
	for _, proj := range []lipnet.Projection{lipnet.Combined, lipnet.CoMembership, lipnet.TiesOnly} {
		for _, m := range pathMethods {
			b.Run(fmt.Sprintf("n=10000/%v/%s", proj, m.name), func(b *testing.B) {
				g := NewGraph(benchdata.Load(b, 10000).PartnerGraph(proj))
				searches := g.Len()
				if r := reduce(g, m.opts.reductions); r != nil && !m.opts.Plain {
					searches = r.h.Len()
				}
				b.ResetTimer()
				cpu := benchdata.CPUSeconds()
				for b.Loop() {
					sinkF = Paths(g, m.opts).Betweenness
				}
				b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
				b.ReportMetric(float64(searches), "searches")
			})
		}
	}
}

// BenchmarkEstimateBetweenness runs EstimateBetweenness (ε = 0.01 and
// 0.005, δ = 0.1) on the combined partner graph of gen_network.py 10000 and
// 100000 (skipped when missing), adaptive (KADABRA's stopping rule) and
// fixed (the non-adaptive sample size of Riondato & Kornaropoulos), and
// reports the pairs drawn: pairs (the estimate's), pilot-pairs, cap-pairs
// (the most the adaptive rule may take), fixed-pairs, and the bound
// achieved (error).
func BenchmarkEstimateBetweenness(b *testing.B) {
	for _, n := range []int{10000, 100000} {
		for _, eps := range []float64{0.01, 0.005} {
			for _, mode := range []string{"adaptive", "fixed"} {
				b.Run(fmt.Sprintf("n=%d/eps=%g/%s", n, eps, mode), func(b *testing.B) {
					g := NewGraph(benchdata.Load(b, n).PartnerGraph(lipnet.Combined))
					b.ResetTimer()
					var est BetweennessEstimate
					for b.Loop() {
						est = estimateBetweenness(g, eps, 0.1, PathOptions{Seed: 1}, mode == "adaptive")
					}
					b.ReportMetric(float64(est.Samples), "pairs")
					b.ReportMetric(float64(est.PilotSamples), "pilot-pairs")
					b.ReportMetric(float64(est.MaxSamples), "cap-pairs")
					b.ReportMetric(float64(est.FixedSamples), "fixed-pairs")
					b.ReportMetric(est.Error, "error")
					b.ReportMetric(float64(est.VertexDiameter), "VD")
				})
			}
		}
	}
}

// BenchmarkKeyPlayersSearch compares greedy KPP-Neg with the swap search
// (16 restarts), k = 5, on the 10k benchmark graph.
func BenchmarkKeyPlayersSearch(b *testing.B) {
	g := benchGraph(10000)
	b.Run("greedy", func(b *testing.B) {
		for b.Loop() {
			sinkI, sinkX = KeyPlayers(g, 5)
		}
	})
	b.Run("search16", func(b *testing.B) {
		for b.Loop() {
			sinkI, sinkX = KeyPlayersSearch(g, 5, KeyPlayerOptions{Restarts: 16, Seed: 1})
		}
	})
}

// BenchmarkPathsSampled100k runs the betweenness searches from 16, 64, 256
// (what bench/compare.sh metrics-sampled asks for) and 1,000 pivots on the
// combined partner graph of gen_network.py 100000 (skipped when missing).
// The k=K sub-benchmarks run Paths as it is, which batches more than 64
// pivots; the per-source ones run the path counts one source at a time,
// the batched ones a batch of 64 sources at a time.
func BenchmarkPathsSampled100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	for _, k := range []int{16, 64, 256, 1000} {
		for _, kv := range []struct {
			name   string
			kernel pathKernel
		}{{"", autoKernel}, {"/per-source", perSourceKernel}, {"/batched", batchedKernel}} {
			b.Run(fmt.Sprintf("k=%d%s", k, kv.name), func(b *testing.B) {
				cpu := benchdata.CPUSeconds()
				for b.Loop() {
					sinkF = Paths(g, PathOptions{Samples: k, Seed: 1, kernel: kv.kernel}).Betweenness
				}
				b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
			})
		}
	}
}
