//go:build amd64 && !purego

package metrics

// useAVX512 says whether the lane loops run as AVX-512 assembly.
var useAVX512 = hasAVX512()

// hasAVX512 reports whether the processor has AVX-512 Foundation and the
// operating system saves its registers.
func hasAVX512() bool

// gatherAVX512 is bfs.gather's loop: for each u of row and each source i
// of mask[u] & m, sum[i] += lane[u×64+i].
//
//go:noescape
func gatherAVX512(sum *[lanes]float64, lane *float64, mask *uint64, row []int32, m uint64)

// pullAVX512 is the bottom-up step of findLevels for one node: for each u
// of row and each source i of visit[u] & need, it sums lane[u×64+i] into
// dst[i], the first such u setting it; it returns the sources it found.
//
//go:noescape
func pullAVX512(dst *float64, lane *float64, visit *uint64, row []int32, need uint64) uint64

// pushAVX512 is the top-down step of findLevels for one frontier node,
// whose sources are bv and values src: for each u of row with new sources
// nu = bv &^ seen[u], it sets lane[u×64+i] = src[i] for the sources of nu
// not yet in next[u] and adds src[i] for the others, adds nu to next[u],
// and lists u in found if next[u] was 0. It returns how many it listed;
// found must have room for len(row).
//
//go:noescape
func pushAVX512(lane *float64, src *float64, seen, next *uint64, row []int32, bv uint64, found *int32) int
