package report

import (
	"context"
	"io"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
)

// BenchmarkMidsize writes the mid-size sample's page, both diagrams
// rendered by the built-in Graphviz.
func BenchmarkMidsize(b *testing.B) {
	n := sample(b, "midsize")
	for b.Loop() {
		if err := HTML(context.Background(), io.Discard, n, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRanking2000 writes the ranking page of the 2,000 partnerships
// of gen_network.py 100000 (internal/benchdata; skipped without it).
func BenchmarkRanking2000(b *testing.B) {
	n := benchdata.Load(b, 100000)
	for b.Loop() {
		if err := HTML(context.Background(), io.Discard, n, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
