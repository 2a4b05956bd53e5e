//go:build !amd64 || purego

package metrics

// hasAVX512 is false without the assembly of lanes_amd64.s: the portable
// loops of lanes.go run, and the functions below are never called.
func hasAVX512() bool { return false }

func pullAVX512(dst, lane []float64, bits []uint64, row []int32, m uint64) uint64 {
	return pullLanes(dst, lane, bits, row, m)
}

func pushAVX512(lane, src []float64, seen, next []uint64, row []int32, bv uint64, found []int32) int {
	return pushLanes(lane, src, seen, next, row, bv, found)
}

func backAVX512(dst, lane []float64, bits []uint64, row []int32, m uint64, pv, tv float64, ms *[lanes]float64, own []uint16) (float64, uint64) {
	return backLanes(dst, lane, bits, row, m, pv, tv, ms, own)
}

func pushCountsAVX512(lane, src []uint16, seen, next []uint64, row []int32, bv uint64, found []int32) (int, bool) {
	return pushCounts(lane, src, seen, next, row, bv, found)
}

func pullCountsAVX512(dst, lane []uint16, bits []uint64, row []int32, m uint64) (uint64, bool) {
	return pullCounts(dst, lane, bits, row, m)
}
