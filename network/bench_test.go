package network_test

import (
	"os"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// benchDir returns the folder named by LIPGRAPH_BENCH_DATA, made with
// ../shared/bench/gen_network.py (e.g. 100000 partners), or skips.
func benchDir(b *testing.B) string {
	dir := os.Getenv("LIPGRAPH_BENCH_DATA")
	if dir == "" {
		b.Skip("set LIPGRAPH_BENCH_DATA to a gen_network.py folder")
	}
	return dir
}

// BenchmarkLoadDir measures loading and validating a generated folder:
//
//	/usr/bin/python3 ../shared/bench/gen_network.py 100000 /tmp/net100000
//	LIPGRAPH_BENCH_DATA=/tmp/net100000 go test ./network -bench LoadDir -run X
func BenchmarkLoadDir(b *testing.B) {
	dir := benchDir(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := network.LoadDir(dir, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartnerGraph measures building the partner graph of a loaded
// generated folder.
func BenchmarkPartnerGraph(b *testing.B) {
	n, err := network.LoadDir(benchDir(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		n.PartnerGraph(network.Combined)
	}
}

// BenchmarkPartnerGraphSample measures the partner graph of the 40-partner
// sample, the size of a typical LIP.
func BenchmarkPartnerGraphSample(b *testing.B) {
	n := loadSample(b, "midsize")
	b.ReportAllocs()
	for b.Loop() {
		n.PartnerGraph(network.Combined)
	}
}
