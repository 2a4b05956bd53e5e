package network_test

import (
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/network"
)

// BenchmarkLoadDir measures loading and validating a generated folder:
//
//	bench/compare.sh validate   # or gen_network.py 100000, see internal/benchdata
//	go test ./network -bench LoadDir -run X
func BenchmarkLoadDir(b *testing.B) {
	dir := benchdata.Dir(b, 100000)
	b.ReportAllocs()
	defer benchdata.ReportCPU(b)()
	for b.Loop() {
		if _, err := network.LoadDir(dir, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartnerGraph measures building the partner graph of a loaded
// generated folder.
func BenchmarkPartnerGraph(b *testing.B) {
	n, err := network.LoadDir(benchdata.Dir(b, 100000), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	defer benchdata.ReportCPU(b)()
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
