package measures_test

import (
	"io"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// BenchmarkWriteJSON100k writes the table of the generated 100,000-partner
// network (bench/compare.sh makes it) as JSON; the table is computed once,
// without the path measures.
func BenchmarkWriteJSON100k(b *testing.B) {
	t := measures.Compute(benchdata.Load(b, 100000), measures.Options{SkipPaths: true, Seed: 1})
	b.ReportAllocs()
	defer benchdata.ReportCPU(b)()
	for b.Loop() {
		if err := t.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCompute100k is the computation of `lipgraph metrics
// --betweenness-samples 256 --seed 1` on the generated 100,000-partner
// network: the partner graph and every measure, without loading or
// writing.
func BenchmarkCompute100k(b *testing.B) {
	n := benchdata.Load(b, 100000)
	b.ReportAllocs()
	defer benchdata.ReportCPU(b)()
	for b.Loop() {
		measures.Compute(n, measures.Options{BetweennessSamples: 256, Seed: 1})
	}
}

// BenchmarkParts100k times the parts of Compute one by one on the
// generated 100,000-partner network (run with -cpu 1 for their cost in
// CPU time): the projection and each kernel but the path measures
// (metrics.BenchmarkPathsSampled256 has those).
func BenchmarkParts100k(b *testing.B) {
	n := benchdata.Load(b, 100000)
	g := metrics.NewGraph(n.PartnerGraph(network.Combined))
	parts := []struct {
		name string
		f    func()
	}{
		{"projection", func() { metrics.NewGraph(n.PartnerGraph(network.Combined)) }},
		{"structural-holes", func() { metrics.StructuralHoles(g) }},
		{"eigenvector", func() { metrics.Eigenvector(g) }},
		{"pagerank", func() { metrics.PageRank(g, 0.85) }},
		{"louvain", func() { metrics.Louvain(g, metrics.LouvainOptions{Seed: 1}) }},
		{"clustering+transitivity", func() { metrics.ClusteringTransitivity(g) }},
		{"core+components+cuts", func() {
			metrics.CoreNumbers(g)
			metrics.Components(g)
			metrics.Bridges(g)
			metrics.ArticulationPoints(g)
		}},
	}
	for _, p := range parts {
		b.Run(p.name, func(b *testing.B) {
			defer benchdata.ReportCPU(b)()
			for b.Loop() {
				p.f()
			}
		})
	}
}
