package metrics

import (
	"math"
	"math/bits"
)

// haveAVX512 says whether the AVX-512 loops can run here: AVX-512
// Foundation with Byte and Word instructions (every AVX-512 processor but
// Intel's Xeon Phi).
var haveAVX512 = hasAVX512()

// The loops below are the inner loops of the batched path counts (see
// bfs.findLevels and bfs.runBatch) over the 64 values a node holds, one per
// source of the batch, at lane[v×64:]. Each has an AVX-512 twin in
// lanes_amd64.s that holds a node's 64 values in eight vector registers
// and adds them under the sources' bits as masks, with no branch per
// source. The twins give the same bits: each value is summed in the same
// order, and backLanes sums its 64 terms in the fixed order of treeSum.
// TestLanesAsm and FuzzLanesAsm check this; PathOptions.portable, and the
// purego build tag, turn the assembly off.

// takeLanes sets dst[i] = src[i] for the sources i of first and adds
// src[i] to dst[i] for those of more: one node's path counts taking a
// neighbour's, for the sources it meets first there or again.
func takeLanes(dst, src []float64, first, more uint64) {
	dst, src = dst[:lanes:lanes], src[:lanes:lanes]
	for b := first; b != 0; b &= b - 1 {
		i := bits.TrailingZeros64(b) & (lanes - 1)
		dst[i] = src[i]
	}
	for b := more; b != 0; b &= b - 1 {
		i := bits.TrailingZeros64(b) & (lanes - 1)
		dst[i] += src[i]
	}
}

// pushLanes is the top-down step of findLevels from one frontier node,
// reached by the sources bv, with values src: each neighbour u in row with
// new sources nu = bv &^ seen[u] takes src's values for them (set for the
// sources not yet in next[u], added for the others), gains nu in next[u],
// and is listed in found if next[u] was 0. It returns how many it listed;
// found has room for len(row).
func pushLanes(lane, src []float64, seen, next []uint64, row []int32, bv uint64, found []int32) int {
	k, _ := pushWith(lane, src, seen, next, row, bv, found, takeLanesTop)
	return k
}

// pushWith is the loop of pushLanes and pushCounts, each neighbour taking
// src's values by take, which says whether it stored a count of maxCount;
// so does pushWith.
func pushWith[T float64 | uint16](lane, src []T, seen, next []uint64, row []int32, bv uint64, found []int32, take func(dst, src []T, first, more uint64) bool) (k int, top bool) {
	for _, u := range row {
		nu := bv &^ seen[u]
		if nu == 0 {
			continue
		}
		had := next[u]
		if had == 0 {
			found[k] = u
			k++
		}
		next[u] = had | nu
		if take(lane[int(u)*lanes:][:lanes:lanes], src, nu&^had, nu&had) {
			top = true
		}
	}
	return k, top
}

// takeLanesTop is takeLanes as pushWith and pullWith take it: float64
// values have no top.
func takeLanesTop(dst, src []float64, first, more uint64) bool {
	takeLanes(dst, src, first, more)
	return false
}

// pullLanes is the bottom-up step of findLevels for one node: for each
// source i that some neighbour u in row holds in visit[u] & need, dst[i]
// becomes the sum of those neighbours' lane[u×64+i]. It returns those
// sources; dst's other values are left as they were. The node's own bits
// in visit are not in need (need is what has not reached it), so dst is
// never read as a neighbour's values while it is written.
func pullLanes(dst, lane []float64, visit []uint64, row []int32, need uint64) uint64 {
	return pullWith(dst, lane, visit, row, need, takeLanesTop)
}

// pullWith is the loop of pullLanes and pullCounts, each neighbour's
// values taken by take.
func pullWith[T float64 | uint16](dst, lane []T, visit []uint64, row []int32, need uint64, take func(dst, src []T, first, more uint64) bool) uint64 {
	var x uint64
	for _, u := range row {
		m := visit[u] & need
		if m == 0 {
			continue
		}
		take(dst, lane[int(u)*lanes:][:lanes:lanes], m&^x, m&x)
		x |= m
	}
	return x
}

// backLanes is runBatch's step for one node v, reached by the sources m on
// its round, with values l = lane[v×64:] (sigma × pass, unless own, v's
// 16-bit path counts, holds them: see bfs.countPaths) and weights pv =
// pass[v] and tv = tgt[v]. For each source i of m, the sum of the
// coefficients of v's successors (the neighbours u in row with i in
// mask[u]) gives v's dependency delta = l[i] × sum, and l[i] becomes v's
// own coefficient pv × (tv + delta) / l[i]. It returns Σ ms[i] × delta
// over the sources i of m, summed by treeSum. v is on the round before its
// successors for the sources of m, so mask[v] & m is 0 and l is never read
// as a successor's coefficients while it is written.
func backLanes(l, lane []float64, mask []uint64, row []int32, m uint64, pv, tv float64, ms *[lanes]float64, own []uint16) (float64, uint64) {
	var sum, t [lanes]float64
	var found uint64
	for _, u := range row {
		if dm := mask[u] & m; dm != 0 {
			takeLanes(sum[:], lane[int(u)*lanes:], 0, dm)
			found |= dm
		}
	}
	if tv != 0 {
		found = m
	} else if found == 0 {
		return 0, 0
	}
	l = l[:lanes:lanes]
	for b := m; b != 0; b &= b - 1 {
		i := bits.TrailingZeros64(b) & (lanes - 1)
		front := l[i]
		if own != nil {
			front = float64(own[i])
		}
		// the conversions keep each product rounded on its own, as the
		// assembly does, rather than fused into the next addition
		delta := float64(front * sum[i])
		t[i] = float64(ms[i] * delta)
		l[i] = pv * (tv + delta) / front
	}
	return treeSum(&t), found
}

// The narrow path counts (see bfs.narrow): a node's 64 path counts as
// 16-bit whole numbers at cnt[v×64:], summed with saturation at
// maxCount, so that a count that does not fit stays there, and each loop
// says whether it stored such a count. Saturating sums of counts give
// maxCount, or the exact sum below it, in any order, so pushCounts and
// pullCounts give the same counts as their AVX-512 twins (pushCountsAVX512
// and pullCountsAVX512), and wherever no count reaches maxCount, the
// same as pushLanes and pullLanes in float64.

// maxCount is the largest 16-bit path count: a batch that reaches it is
// counted again in float64.
const maxCount = math.MaxUint16

// addCount is a + b, or maxCount if that is more.
func addCount(a, b uint16) uint16 { return uint16(min(uint32(a)+uint32(b), maxCount)) }

// takeCounts is takeLanes on path counts; it says whether it stored
// maxCount.
func takeCounts(dst, src []uint16, first, more uint64) (top bool) {
	dst, src = dst[:lanes:lanes], src[:lanes:lanes]
	for b := first | more; b != 0; b &= b - 1 {
		i := bits.TrailingZeros64(b) & (lanes - 1)
		x := src[i]
		if more&(1<<i) != 0 {
			x = addCount(dst[i], x)
		}
		dst[i] = x
		top = top || x == maxCount
	}
	return top
}

// pushCounts is pushLanes on path counts; it also says whether it stored
// maxCount.
func pushCounts(cnt, src []uint16, seen, next []uint64, row []int32, bv uint64, found []int32) (int, bool) {
	return pushWith(cnt, src, seen, next, row, bv, found, takeCounts)
}

// pullCounts is pullLanes on path counts; it also says whether it stored
// maxCount.
func pullCounts(dst, cnt []uint16, visit []uint64, row []int32, need uint64) (uint64, bool) {
	x := pullWith(dst, cnt, visit, row, need, takeCounts)
	dst = dst[:lanes:lanes]
	for b := x; b != 0; b &= b - 1 {
		if dst[bits.TrailingZeros64(b)&(lanes-1)] == maxCount {
			return x, true
		}
	}
	return x, false
}

// treeSum returns the sum of t in the order of the vector registers of
// backAVX512: t[j] + t[j+8] + ... pairwise in eight columns, then the
// columns j and j+4, j and j+2, and the last two.
func treeSum(t *[lanes]float64) float64 {
	var c [8]float64
	for j := range c {
		c[j] = ((t[j] + t[j+8]) + (t[j+16] + t[j+24])) + ((t[j+32] + t[j+40]) + (t[j+48] + t[j+56]))
	}
	for j := range 4 {
		c[j] += c[j+4]
	}
	for j := range 2 {
		c[j] += c[j+2]
	}
	return c[0] + c[1]
}
