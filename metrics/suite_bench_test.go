package metrics

import (
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	lipnet "github.com/lipgraph/lipgraph/network"
)

// BenchmarkSuite100k runs each measure that lipgraph metrics computes
// besides betweenness on the combined partner graph of gen_network.py
// 100000 (skipped when missing), one sub-benchmark per measure. cpu-s/op is
// the CPU time over all threads, the figure to compare on a busy machine.
func BenchmarkSuite100k(b *testing.B) {
	var g *Graph
	load := func(b *testing.B) *Graph {
		if g == nil {
			g = NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
		}
		return g
	}
	for _, m := range []struct {
		name string
		f    func(g *Graph)
	}{
		{"Eigenvector", func(g *Graph) { sinkF = Eigenvector(g) }},
		{"Louvain", func(g *Graph) { sinkI = Louvain(g, LouvainOptions{Seed: 1}) }},
		{"Modularity", func(g *Graph) { sinkX = Modularity(g, structBenchLabels(g.Len(), 1000), 1) }},
		{"StructuralHoles", func(g *Graph) { sinkF = StructuralHoles(g).Constraint }},
		{"PageRank", func(g *Graph) { sinkF = PageRank(g, 0.85) }},
		{"ClusteringTransitivity", func(g *Graph) { sinkF, sinkX = ClusteringTransitivity(g) }},
		{"CoreNumbers", func(g *Graph) { sinkI = CoreNumbers(g) }},
		{"Components", func(g *Graph) { sinkI, _ = Components(g) }},
		{"Bridges", func(g *Graph) { sinkX = float64(len(Bridges(g))) }},
		{"ArticulationPoints", func(g *Graph) { sinkI = ArticulationPoints(g) }},
	} {
		b.Run(m.name, func(b *testing.B) {
			g := load(b)
			b.ReportAllocs()
			b.ResetTimer()
			cpu := benchdata.CPUSeconds()
			for b.Loop() {
				m.f(g)
			}
			b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
		})
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
