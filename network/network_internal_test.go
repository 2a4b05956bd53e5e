package network

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortedByEnds checks sortedByEnds, packed or not, against sorting
// with one comparison function of the ends and the tiebreak, on random
// records with many equal ends and equal tiebreak values: the records must
// come out in the same order (records equal in both may swap; they are
// compared by value).
func TestSortedByEnds(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 13))
	for _, size := range []int{0, 1, 2, 7, 100, 5000} {
		for _, n := range []int{1, 3, 50} {
			ends := make([][2]int32, size)
			vals := make([]int, size)
			for i := range ends {
				ends[i] = [2]int32{int32(r.IntN(n)), int32(r.IntN(n))}
				vals[i] = r.IntN(4)
			}
			tiebreak := func(i, j int32) int { return cmp.Compare(vals[i], vals[j]) }
			type rec struct {
				ends [2]int32
				val  int
			}
			records := func(perm []int32) []rec {
				out := make([]rec, len(perm))
				for k, i := range perm {
					out[k] = rec{ends[i], vals[i]}
				}
				return out
			}
			want := records(sortedBy(size, func(i, j int32) int {
				return cmp.Or(cmp.Compare(ends[i][0], ends[j][0]), cmp.Compare(ends[i][1], ends[j][1]), tiebreak(i, j))
			}))
			// Bounds of 2^40 and 2^30 leave no room to pack: the sort
			// by a comparison function.
			for _, bound := range [][2]int{{n, n}, {1 << 40, 1 << 30}} {
				if got := records(sortedByEnds(ends, bound[0], bound[1], tiebreak)); !slices.Equal(got, want) {
					t.Errorf("%d records, ends below %v: sortedByEnds gives\n%v\nwant\n%v", size, bound, got, want)
				}
			}
			// Without a tiebreak only the ends are ordered.
			got := sortedByEnds(ends, n, n, nil)
			if !slices.IsSortedFunc(got, func(i, j int32) int {
				return cmp.Or(cmp.Compare(ends[i][0], ends[j][0]), cmp.Compare(ends[i][1], ends[j][1]))
			}) || len(got) != size {
				t.Errorf("%d records, ends below %d, no tiebreak: not sorted by ends", size, n)
			}
		}
	}
}

// TestRadixSort checks radixSort against slices.Sort on random keys of
// several widths, above and below the size where it switches to it.
func TestRadixSort(t *testing.T) {
	r := rand.New(rand.NewPCG(2, 3))
	for _, size := range []int{0, 5, 3000, 20000} {
		for _, width := range []int{1, 11, 12, 33, 52, 64} {
			keys := make([]uint64, size)
			for i := range keys {
				keys[i] = r.Uint64() >> (64 - width)
			}
			want := slices.Sorted(slices.Values(keys))
			radixSort(keys, width)
			if !slices.Equal(keys, want) {
				t.Errorf("%d keys of %d bits: not sorted as slices.Sort sorts them", size, width)
			}
		}
	}
}

// BenchmarkRadixSort sorts 245,000 random keys of 52 bits, the packed keys
// of the ties of the generated 100,000-partner network, with radixSort and
// with slices.Sort.
func BenchmarkRadixSort(b *testing.B) {
	r := rand.New(rand.NewPCG(2, 3))
	keys := make([]uint64, 245000)
	for i := range keys {
		keys[i] = r.Uint64() >> 12
	}
	work := make([]uint64, len(keys))
	b.Run("radix", func(b *testing.B) {
		for b.Loop() {
			copy(work, keys)
			radixSort(work, 52)
		}
	})
	b.Run("slices.Sort", func(b *testing.B) {
		for b.Loop() {
			copy(work, keys)
			slices.Sort(work)
		}
	})
}

// BenchmarkSortedByEnds sorts 245,000 records by random ends below 100,000
// with a tiebreak, packed into integers and, with bounds too wide to pack,
// by a comparison function: it backs sortedByEnds' claim that packing is
// faster.
func BenchmarkSortedByEnds(b *testing.B) {
	r := rand.New(rand.NewPCG(2, 3))
	ends := make([][2]int32, 245000)
	vals := make([]int, len(ends))
	for i := range ends {
		ends[i] = [2]int32{int32(r.IntN(100000)), int32(r.IntN(100000))}
		vals[i] = r.IntN(4)
	}
	tiebreak := func(i, j int32) int { return cmp.Compare(vals[i], vals[j]) }
	for _, c := range []struct {
		name   string
		n0, n1 int
	}{{"packed", 100000, 100000}, {"compare", 1 << 40, 1 << 30}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				sortedByEnds(ends, c.n0, c.n1, tiebreak)
			}
		})
	}
}
