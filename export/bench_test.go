package export

import (
	"io"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/network"
)

// benchNet loads the 10,000-partner benchmark network (see
// internal/benchdata); the benchmarks skip without it.
func benchNet(b *testing.B) *network.Network { return benchdata.Load(b, 10000) }

func BenchmarkGraphML10k(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := GraphML(io.Discard, n, Options{SkipPathMeasures: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGEXF10k(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := GEXF(io.Discard, n, Options{SkipPathMeasures: true}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCSV10k(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := EdgesCSV(io.Discard, n, Options{}); err != nil {
			b.Fatal(err)
		}
		if err := AffiliationCSV(io.Discard, n); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGraphMLMidsize(b *testing.B) {
	n := loadSample(b, "midsize")
	b.ReportAllocs()
	for b.Loop() {
		if err := GraphML(io.Discard, n, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
