package metrics

import "testing"

// TestPathsProgress checks that Paths reports every source once, in
// increasing counts, ending at the total, exact and sampled, once per
// batch of up to 64 searches: on a ring of 66 batches, more than the 64
// blocks the sources are split into, so that a long run reports often.
func TestPathsProgress(t *testing.T) {
	const n = 66 * lanes
	g := mustGraph(n, ringEdges(n), nil)
	for _, samples := range []int{0, 17, 200} {
		var calls, last, total int
		Paths(g, PathOptions{Samples: samples, Seed: 1, Workers: 3, Progress: func(done, n int) {
			calls++
			if done <= last || done > n {
				t.Errorf("samples %d: progress %d of %d after %d", samples, done, n, last)
			}
			last, total = done, n
		}})
		want := n
		if samples > 0 {
			want = samples
		}
		if batches := (want + lanes - 1) / lanes; calls != batches || last != want || total != want {
			t.Errorf("samples %d: %d calls, last %d of %d; want %d calls, %d of %d", samples, calls, last, total, batches, want, want)
		}
	}
}

// ringEdges returns the edges of a cycle of n nodes.
func ringEdges(n int) [][2]int {
	e := make([][2]int, n)
	for i := range e {
		e[i] = [2]int{i, (i + 1) % n}
	}
	return e
}

// TestPathsProgressReduced: with the reductions the total is the number of
// searches on the reduced graph (a ring of 200 with 50 pendants folded
// away: 200), and the last call reports all of them done.
func TestPathsProgressReduced(t *testing.T) {
	e := ringEdges(200)
	for i := range 50 {
		e = append(e, [2]int{4 * i, 200 + i})
	}
	g := mustGraph(250, e, nil)
	var last, total int
	Paths(g, PathOptions{Workers: 2, Progress: func(done, n int) { last, total = done, n }})
	if last != 200 || total != 200 {
		t.Errorf("progress ended at %d of %d, want 200 of 200", last, total)
	}
}
