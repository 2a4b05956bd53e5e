package export

import (
	"fmt"
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

// BenchmarkManyAttributes exports two partners with 100,000 free attribute
// columns between them: collecting the column names was quadratic in their
// number (15 s at 100,000), it is now a set and one sort.
func BenchmarkManyAttributes(b *testing.B) {
	const cols = 100_000
	attrs := [2]map[string]string{{}, {}}
	for i := range cols {
		attrs[i%2][fmt.Sprintf("k%06d", i)] = "v"
	}
	n, err := network.New(network.Data{Partners: []network.Partner{
		{ID: "a", Name: "A", Sector: "health", Attrs: attrs[0]},
		{ID: "b", Name: "B", Sector: "faith", Attrs: attrs[1]},
	}}, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := NodesCSV(io.Discard, n, Options{SkipPathMeasures: true}); err != nil {
			b.Fatal(err)
		}
	}
}
