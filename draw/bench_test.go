package draw

import (
	"io"
	"os"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// benchNet loads the 10,000-partner benchmark network made by
//
//	/usr/bin/python3 /work/shared/bench/gen_network.py 10000 /tmp/net10000
//
// (or the folder in $LIPGRAPH_BENCH_NET); the benchmark skips without it.
func benchNet(b *testing.B) *network.Network {
	dir := os.Getenv("LIPGRAPH_BENCH_NET")
	if dir == "" {
		dir = "/tmp/net10000"
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("no benchmark network at %s: run gen_network.py 10000 %s", dir, dir)
	}
	n, err := network.LoadDir(dir, nil)
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkPartners10k writes the partner diagram of the 10,000-partner
// benchmark network, sized by degree, with brokers and 5 key players marked
// (the partner graph is built inside, as the CLI does).
func BenchmarkPartners10k(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Partners(io.Discard, n, PartnerOptions{SizeBy: Degree, Brokers: true, KeyPlayers: 5}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartners10kCommunities adds Louvain community clusters.
func BenchmarkPartners10kCommunities(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Partners(io.Discard, n, PartnerOptions{SizeBy: Degree, GroupBy: GroupCommunity}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStructureMidsize(b *testing.B) {
	n := loadSample(b, "midsize")
	g := FindGaps(n)
	b.ReportAllocs()
	for b.Loop() {
		if err := Structure(io.Discard, n, StructureOptions{Gaps: &g}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPartnersMidsize(b *testing.B) {
	n := loadSample(b, "midsize")
	b.ReportAllocs()
	for b.Loop() {
		if err := Partners(io.Discard, n, PartnerOptions{SizeBy: Eigenvector, Brokers: true, KeyPlayers: 3}); err != nil {
			b.Fatal(err)
		}
	}
}
