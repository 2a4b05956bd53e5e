//go:build !amd64 || purego

package metrics

// hasAVX512 is false without the assembly of lanes_amd64.s: the portable
// loops of lanes.go run, and the functions below are never called.
func hasAVX512() bool { return false }

func pullAVX512(dst, lane []float64, visit []uint64, row []int32, need uint64) uint64 {
	return pullLanes(dst, lane, visit, row, need)
}

func pushAVX512(lane, src []float64, seen, next []uint64, row []int32, bv uint64, found []int32) int {
	return pushLanes(lane, src, seen, next, row, bv, found)
}

func backAVX512(l, lane []float64, mask []uint64, row []int32, m uint64, pv, tv float64, ms *[lanes]float64) (float64, uint64) {
	return backLanes(l, lane, mask, row, m, pv, tv, ms)
}
