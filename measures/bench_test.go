package measures_test

import (
	"io"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/measures"
)

// BenchmarkWriteJSON100k writes the table of the generated 100,000-partner
// network (bench/compare.sh makes it) as JSON; the table is computed once,
// without the path measures.
func BenchmarkWriteJSON100k(b *testing.B) {
	t := measures.Compute(benchdata.Load(b, 100000), measures.Options{SkipPaths: true, Seed: 1})
	b.ReportAllocs()
	for b.Loop() {
		if err := t.WriteJSON(io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
