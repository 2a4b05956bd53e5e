package network

import (
	"os"
	"slices"
	"testing"
)

// TestPartnerGraphChunksAgree checks that building the rows in parallel
// chunks gives exactly the graph of the serial build, on every sample and
// projection (the samples are below the parallel threshold, so it is
// lowered here).
func TestPartnerGraphChunksAgree(t *testing.T) {
	defer func(v int) { parallelRowsFrom = v }(parallelRowsFrom)
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		n, err := ReadFS(os.DirFS("../testdata"), s, nil)
		if err != nil {
			t.Fatal(err)
		}
		for p := Combined; p <= TiesOnly; p++ {
			parallelRowsFrom = 1 << 30
			serial := n.PartnerGraph(p)
			parallelRowsFrom = 0
			chunked := n.PartnerGraph(p)
			if !slices.Equal(serial.off, chunked.off) || !slices.Equal(serial.nbr, chunked.nbr) || !slices.Equal(serial.w, chunked.w) {
				t.Errorf("%s/%v: chunked build differs from the serial one", s, p)
			}
		}
	}
}
