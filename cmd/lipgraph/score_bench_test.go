package main

import (
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
)

// BenchmarkScoreProcess100k runs the whole process `lipgraph score` on the
// 2,000 partnerships of gen_network.py 100000 (load, score every
// partnership with recommendations, write the ranking), as a user runs it,
// and reports its CPU time besides the wall time (see benchProcess): on an
// idle 2-core machine the wall time is about the CPU time over the cores
// used. Skipped when the network is absent (see internal/benchdata).
func BenchmarkScoreProcess100k(b *testing.B) {
	benchProcess(b, "score", benchdata.Dir(b, 100000))
}
