package main

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/lipgraph/lipgraph/internal/benchdata"
)

// BenchmarkScoreProcess100k runs the whole process `lipgraph score` on the
// 2,000 partnerships of gen_network.py 100000 (load, score every
// partnership with recommendations, write the ranking), as a user runs it.
// It reports the wall time per run and the process's CPU time (user and
// system, over all its threads), which does not grow when other work
// shares the machine; on an idle 2-core machine the wall time is about
// the CPU time over the cores used. Skipped when the network is absent
// (see internal/benchdata).
func BenchmarkScoreProcess100k(b *testing.B) {
	dir := benchdata.Dir(b, 100000)
	bin := filepath.Join(b.TempDir(), "lipgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Skipf("cannot build lipgraph: %v\n%s", err, out)
	}
	b.ResetTimer()
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, "score", dir)
		cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
