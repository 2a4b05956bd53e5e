package metrics

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBlockQueueOrder finishes the blocks in shuffled orders and checks
// that they are handed out last first and merged in that order, each as
// soon as every block handed out before it has finished, and that a
// reused accumulator comes back cleared.
func TestBlockQueueOrder(t *testing.T) {
	const nb, size = 7, 3
	r := rand.New(rand.NewPCG(13, 1))
	for trial := range 20 {
		var merged []int
		q := newBlockQueue(nb, size, func(acc []float64) {
			// every value of a block's accumulator is its number plus 1
			merged = append(merged, int(acc[0])-1)
		})
		var handed []int
		accs := make(map[int][]float64)
		for {
			b, acc := q.take()
			if b < 0 {
				break
			}
			if len(acc) != size {
				t.Fatalf("trial %d: block %d's accumulator holds %d values, want %d", trial, b, len(acc), size)
			}
			handed = append(handed, b)
			for i := range acc {
				acc[i] = float64(b + 1)
			}
			accs[b] = acc
		}
		if want := []int{6, 5, 4, 3, 2, 1, 0}; !slices.Equal(handed, want) {
			t.Fatalf("trial %d: handed out %v, want %v", trial, handed, want)
		}
		finished := make([]bool, nb)
		for _, b := range r.Perm(nb) {
			q.finish(b, accs[b])
			finished[b] = true
			// merged so far: the longest run of finished blocks in the
			// order handed out
			var want []int
			for _, h := range handed {
				if !finished[h] {
					break
				}
				want = append(want, h)
			}
			if diff := cmp.Diff(want, merged); diff != "" {
				t.Fatalf("trial %d: after finishing block %d, merged (-want +got):\n%s", trial, b, diff)
			}
		}
	}

	// a block merged frees its accumulator, cleared, for the next block
	q := newBlockQueue(3, size, func([]float64) {})
	b, acc := q.take()
	acc[1] = 5
	q.finish(b, acc)
	b2, acc2 := q.take()
	if b2 != 1 || &acc2[0] != &acc[0] {
		t.Fatalf("second take: block %d, reused %v; want block 1 and the merged accumulator", b2, &acc2[0] == &acc[0])
	}
	if !slices.Equal(acc2, make([]float64, size)) {
		t.Fatalf("reused accumulator holds %v, want zeros", acc2)
	}
}

// TestBlockQueueConcurrent runs workers that take and finish blocks at
// once and checks that the merges still come in the order handed out.
func TestBlockQueueConcurrent(t *testing.T) {
	const nb = 64
	var merged []int
	q := newBlockQueue(nb, 1, func(acc []float64) { merged = append(merged, int(acc[0])) })
	var wg sync.WaitGroup
	for w := range 4 {
		wg.Go(func() {
			r := rand.New(rand.NewPCG(uint64(w), 2))
			for {
				b, acc := q.take()
				if b < 0 {
					return
				}
				acc[0] = float64(b)
				for range r.IntN(4) { // finish in an uneven order
					runtime.Gosched()
				}
				q.finish(b, acc)
			}
		})
	}
	wg.Wait()
	want := make([]int, nb)
	for i := range want {
		want[i] = nb - 1 - i
	}
	if diff := cmp.Diff(want, merged); diff != "" {
		t.Errorf("merged (-want +got):\n%s", diff)
	}
}
