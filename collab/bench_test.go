package collab

import (
	"io"
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/network"
)

// BenchmarkScore scores the mid-size, small-centre and neighbourhood
// samples (40, 12 and 18 partners), recommendations included; cpu-ms/op is
// the process's CPU time per scorecard.
func BenchmarkScore(b *testing.B) {
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		n := sample(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			start := cpuTime()
			for b.Loop() {
				if _, err := Score(n, "", recs); err != nil {
					b.Fatal(err)
				}
			}
			reportCPU(b, start)
		})
	}
}

// BenchmarkJudge scores without recommendations.
func BenchmarkJudge(b *testing.B) {
	n := sample(b, "smallcentre")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Score(n, "", nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScoreAll scores every partnership of the synthetic dataset of
// gen_network.py 100000 (2,000 partnerships of 50 partners; see
// internal/benchdata), recommendations included; skipped when it is absent.
func BenchmarkScoreAll(b *testing.B) {
	n := benchdata.Load(b, 100000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ScoreAll(n, recs); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScorePartnership scores one 50-partner partnership of the
// synthetic dataset, recommendations included.
func BenchmarkScorePartnership(b *testing.B) {
	n := benchdata.Load(b, 100000)
	one := n.Partnership("lip7")
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := Score(one, "", recs); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkScore99 scores a 99-partner partnership (one LIP made by
// /usr/bin/python3 bench/gen_network.py 99
// collab/testdata/synthetic99), recommendations included: the issue's
// "typical partnership of up to 100 partners".
func BenchmarkScore99(b *testing.B) {
	n, err := network.Load("testdata/synthetic99", nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		if _, err := Score(n, "", recs); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, start)
}

// BenchmarkWriteAllJSON writes the scorecards of the 2,000 partnerships of
// the synthetic dataset (see BenchmarkScoreAll) as JSON, the output of
// `lipgraph score --format json` on it.
func BenchmarkWriteAllJSON(b *testing.B) {
	cards, err := ScoreAll(benchdata.Load(b, 100000), recs)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteAllJSON(io.Discard, cards); err != nil {
			b.Fatal(err)
		}
	}
}
