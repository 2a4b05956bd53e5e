package draw

import (
	"io"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/network"
)

// benchNet loads the 10,000-partner benchmark network (see
// internal/benchdata); the benchmarks skip without it.
func benchNet(b *testing.B) *network.Network { return benchdata.Load(b, 10000) }

// BenchmarkPartners10k writes the partner diagram of the 10,000-partner
// benchmark network, sized by degree, with brokers and 5 key players marked
// (the partner graph is built inside, as the CLI does).
func BenchmarkPartners10k(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Partners(io.Discard, n, PartnerOptions{SizeBy: SizeDegree, Brokers: true, KeyPlayers: 5}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPartners10kCommunities adds Louvain community clusters.
func BenchmarkPartners10kCommunities(b *testing.B) {
	n := benchNet(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := Partners(io.Discard, n, PartnerOptions{SizeBy: SizeDegree, GroupBy: GroupCommunity}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkStructureMidsize(b *testing.B) {
	n := loadSample(b, "midsize")
	g := markAll(n)
	b.ReportAllocs()
	for b.Loop() {
		if err := Structure(io.Discard, n, StructureOptions{Highlight: &g}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkPartnersMidsize(b *testing.B) {
	n := loadSample(b, "midsize")
	b.ReportAllocs()
	for b.Loop() {
		if err := Partners(io.Discard, n, PartnerOptions{SizeBy: SizeEigenvector, Brokers: true, KeyPlayers: 3}); err != nil {
			b.Fatal(err)
		}
	}
}
