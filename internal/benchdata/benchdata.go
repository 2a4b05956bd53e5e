// Package benchdata finds the synthetic networks that benchmarks run on:
// the folders bench/gen_network.py writes, in the place
// bench/compare.sh keeps them, so that one generation serves both.
package benchdata

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// Dir returns the folder of the generated network of the given number of
// partners: $LIPGRAPH_BENCH_DIR/net<partners>, by default
// <temp dir>/lipgraph-bench/net<partners>. It skips the benchmark, saying how
// to make the folder, when it is missing.
func Dir(tb testing.TB, partners int) string {
	root := os.Getenv("LIPGRAPH_BENCH_DIR")
	if root == "" {
		root = filepath.Join(os.TempDir(), "lipgraph-bench")
	}
	dir := filepath.Join(root, fmt.Sprintf("net%d", partners))
	if _, err := os.Stat(filepath.Join(dir, "partners.csv")); err != nil {
		tb.Skipf("no benchmark network in %s: make it with /usr/bin/python3 bench/gen_network.py %d %s (from the repository root)", dir, partners, dir)
	}
	return dir
}

// Load loads the generated network of the given number of partners, or
// skips (see Dir).
func Load(tb testing.TB, partners int) *network.Network {
	n, err := network.LoadDir(Dir(tb, partners), nil)
	if err != nil {
		tb.Fatal(err)
	}
	return n
}

// ReportCPU, deferred with defer ReportCPU(b)() before a benchmark's loop,
// adds the CPU time per operation (cpu-s/op, all threads, user and system)
// to its results: on a machine shared with other work it tells the cost
// better than the wall time. Where CPUSeconds is not known it adds nothing.
func ReportCPU(b *testing.B) func() {
	start := CPUSeconds()
	return func() {
		if start > 0 {
			b.ReportMetric((CPUSeconds()-start)/float64(b.N), "cpu-s/op")
		}
	}
}
