//go:build amd64 && !purego

package metrics

// hasAVX512 reports whether the processor has AVX-512 Foundation and Byte
// and Word instructions, and the operating system saves its registers.
func hasAVX512() bool

// The AVX-512 twins of pullLanes, pushLanes, backLanes, pullCounts and
// pushCounts (see lanes.go), in lanes_amd64.s. They read the slices'
// elements without bounds checks: every index in row is below the length
// of the masks, and lane holds 64 values or counts per node. The pulls
// and backAVX512 name their first five arguments alike, as their shared
// prologue (GATHERARGS) reads them by name: bits are the masks (visit or
// mask), m the sources wanted (need or m); so do the pushes their seven
// (PUSHARGS).

//go:noescape
func pullAVX512(dst, lane []float64, bits []uint64, row []int32, m uint64) uint64

//go:noescape
func pushAVX512(lane, src []float64, seen, next []uint64, row []int32, bv uint64, found []int32) int

//go:noescape
func backAVX512(dst, lane []float64, bits []uint64, row []int32, m uint64, pv, tv float64, ms *[lanes]float64, own []uint16) (float64, uint64)

//go:noescape
func pushCountsAVX512(lane, src []uint16, seen, next []uint64, row []int32, bv uint64, found []int32) (int, bool)

//go:noescape
func pullCountsAVX512(dst, lane []uint16, bits []uint64, row []int32, m uint64) (uint64, bool)
