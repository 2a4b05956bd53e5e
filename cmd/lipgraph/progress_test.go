package main

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lipgraph/lipgraph/measures"
)

// TestProgressTimeLeft: on a terminal, the share of the searches done is
// printed at most every 5 seconds, with the time left at the pace of what
// was done since the phase began counting; off a terminal nothing is.
func TestProgressTimeLeft(t *testing.T) {
	var out strings.Builder
	at := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	// the hint is for work with over two minutes left: not printed here
	p := &progress{w: &out, terminal: true, now: func() time.Time { return at }, start: at, hint: "not printed"}
	done := func(seconds, n int) {
		at = p.start.Add(time.Duration(seconds) * time.Second)
		p.report(measures.Progress{Phase: "computing shortest paths", Done: n, Total: 98894, Unit: "sources"})
	}
	done(6, 1545)   // the phase begins counting here: no pace yet
	done(8, 3090)   // under 5 s since the last line: not printed
	done(16, 15450) // 13,905 in 10 s: 83,444 left take 60.0 s
	done(300, 97349)
	done(306, 98894) // nothing left
	want := []string{
		"lipgraph: computing shortest paths: 1% of 98,894 sources done (6.0s)",
		"lipgraph: computing shortest paths: 15% of 98,894 sources done (16.0s; about 60 s left)",
		// 95,804 in 294 s: 1,545 left take 4.7 s
		"lipgraph: computing shortest paths: 98% of 98,894 sources done (300.0s; a few seconds left)",
		"lipgraph: computing shortest paths: 100% of 98,894 sources done (306.0s)",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")); diff != "" {
		t.Errorf("progress lines (-want +got):\n%s", diff)
	}

	// sampled pairs count towards the most that will be drawn
	out.Reset()
	p.phase, p.last, p.hint = "", time.Time{}, ""
	pairs := func(seconds, n int) {
		at = p.start.Add(time.Duration(seconds) * time.Second)
		p.report(measures.Progress{Phase: "estimating betweenness", Done: n, Total: 100000, Unit: "pairs"})
	}
	pairs(400, 1000)
	pairs(410, 2000) // 1,000 in 10 s: 98,000 left take 980 s
	want = []string{
		"lipgraph: estimating betweenness: 1% of 100,000 pairs done (400.0s)",
		"lipgraph: estimating betweenness: 2% of 100,000 pairs done (410.0s; at most about 16 min left)",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")); diff != "" {
		t.Errorf("progress lines for pairs (-want +got):\n%s", diff)
	}

	// a hint is printed once, after the first line whose time left is
	// over two minutes
	out.Reset()
	p.phase, p.last, p.hint = "", time.Time{}, "try something faster"
	done(10, 1000)
	done(20, 2000) // 1,000 in 10 s: 96,894 left take 16 min
	done(30, 3000)
	want = []string{
		"lipgraph: computing shortest paths: 1% of 98,894 sources done (10.0s)",
		"lipgraph: computing shortest paths: 2% of 98,894 sources done (20.0s; about 16 min left)",
		"lipgraph: try something faster",
		"lipgraph: computing shortest paths: 3% of 98,894 sources done (30.0s; about 16 min left)",
	}
	if diff := cmp.Diff(want, strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")); diff != "" {
		t.Errorf("progress lines with a hint (-want +got):\n%s", diff)
	}

	var quiet strings.Builder
	q := &progress{w: &quiet, now: func() time.Time { return at }, start: at.Add(-time.Hour)}
	q.report(measures.Progress{Phase: "computing shortest paths", Done: 1, Total: 2, Unit: "sources"})
	if quiet.Len() != 0 {
		t.Errorf("off a terminal: printed %q", quiet.String())
	}
}

func TestTimeLeft(t *testing.T) {
	for _, c := range []struct {
		spent      time.Duration
		done, left int
		want       string
	}{
		{time.Second, 0, 10, ""},                          // no pace yet
		{time.Second, 10, 0, ""},                          // nothing left
		{2 * time.Second, 10, 40, "; a few seconds left"}, // 8 s
		{10 * time.Second, 10, 34, "; about 30 s left"},   // 34 s, to the nearest 10 s
		{10 * time.Second, 10, 89, "; about 90 s left"},   // 89 s
		{10 * time.Second, 10, 91, "; about 2 min left"},  // 91 s, to the nearest minute
		{60 * time.Second, 1, 44, "; about 44 min left"},  // 44 min
		{60 * time.Second, 1, 150, "; about 2.5 h left"},  // 150 min
	} {
		got, atMost := "", ""
		if rest, ok := pace(c.spent, c.done, c.left); ok {
			got, atMost = timeLeft(rest, false), timeLeft(rest, true)
		}
		if got != c.want {
			t.Errorf("%v for %d, %d left: %q, want %q", c.spent, c.done, c.left, got, c.want)
		}
		if want := strings.Replace(c.want, "; ", "; at most ", 1); atMost != want {
			t.Errorf("%v for %d, %d left, at most: %q, want %q", c.spent, c.done, c.left, atMost, want)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 98894: "98,894", 1234567: "1,234,567", -1234: "-1,234", -123: "-123"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}
