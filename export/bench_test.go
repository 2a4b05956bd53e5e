package export

import (
	"io"
	"os"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// benchNet loads the 10,000-partner benchmark network made by
// /usr/bin/python3 /work/shared/bench/gen_network.py 10000 /tmp/net10000 (or
// the folder in $LIPGRAPH_BENCH_NET); the benchmarks skip without it.
func benchNet(b *testing.B) *network.Network {
	dir := os.Getenv("LIPGRAPH_BENCH_NET")
	if dir == "" {
		dir = "/tmp/net10000"
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no benchmark network at %s", dir)
	}
	n, err := network.LoadDir(dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

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
