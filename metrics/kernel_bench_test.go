package metrics

import (
	"testing"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	lipnet "github.com/lipgraph/lipgraph/network"
)

// BenchmarkPathsKernel100k runs the searches of exact Paths from 1,024
// consecutive sources (in the order Paths numbers the nodes) on the
// combined partner graph of gen_network.py 100000, on one core (skipped
// when the network is missing): the exact computation runs about 97 times
// as many. The sub-benchmarks run the path counts and dependencies one
// source at a time (bfs.run) and a batch at a time (bfs.runBatch).
// cpu-s/op is the CPU time, the figure to compare on a busy machine.
func BenchmarkPathsKernel100k(b *testing.B) {
	g := NewGraph(benchdata.Load(b, 100000).PartnerGraph(lipnet.Combined))
	c := bfsOrder(g)
	c.setWeights(nil)
	for _, batched := range []bool{false, true} {
		name := "per-source"
		if batched {
			name = "batched"
		}
		b.Run(name, func(b *testing.B) {
			s := newBFS(g.Len(), 0)
			if batched {
				s.lane = make([]float64, g.Len()*lanes)
			}
			acc := make([]float64, g.Len())
			sh := make([]float64, 1)
			b.ResetTimer()
			cpu := benchdata.CPUSeconds()
			for b.Loop() {
				for lo := int32(0); lo < 1024; lo += lanes {
					var srcs [lanes]int32
					for i := range srcs {
						srcs[i] = lo + int32(i)
					}
					s.findLevels(c, srcs[:], !batched)
					if batched {
						s.runBatch(c, acc)
					}
					for i := range srcs {
						if !batched {
							s.run(c, i, acc)
						}
						(*reduction)(nil).pathStats(0, s.distances(c, i), sh)
					}
				}
			}
			b.ReportMetric((benchdata.CPUSeconds()-cpu)/float64(b.N), "cpu-s/op")
		})
	}
}
