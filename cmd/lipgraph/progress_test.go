package main

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/lipgraph/lipgraph/measures"
)

// TestProgressTimeLeft: on a terminal, the share of the work done is
// printed at most every 5 seconds, with the time left at the pace of what
// was done since the phase began counting (an upper bound for sampled
// pairs), and the hint once when that is over two minutes; off a terminal
// nothing is.
func TestProgressTimeLeft(t *testing.T) {
	type report struct{ seconds, done int }
	const paths, pairs = "computing shortest paths", "estimating betweenness"
	for _, c := range []struct {
		name, phase, hint string
		reports           []report
		want              []string
	}{{
		name: "sources", phase: paths, hint: "not printed: never two minutes left",
		reports: []report{
			{6, 1545},     // the phase begins counting here: no pace yet
			{8, 3090},     // under 5 s since the last line: not printed
			{16, 15450},   // 13,905 in 10 s: 83,444 left take 60.0 s
			{300, 97349},  // 95,804 in 294 s: 1,545 left take 4.7 s
			{306, 98894}}, // nothing left
		want: []string{
			"lipgraph: computing shortest paths: 1% of 98,894 sources done (6.0s)",
			"lipgraph: computing shortest paths: 15% of 98,894 sources done (16.0s; about 60 s left)",
			"lipgraph: computing shortest paths: 98% of 98,894 sources done (300.0s; a few seconds left)",
			"lipgraph: computing shortest paths: 100% of 98,894 sources done (306.0s)",
		},
	}, {
		name: "pairs", phase: pairs,
		reports: []report{
			{400, 1000},
			{410, 2000}}, // 1,000 in 10 s: 96,894 left take 969 s
		want: []string{
			"lipgraph: estimating betweenness: 1% of 98,894 pairs done (400.0s)",
			"lipgraph: estimating betweenness: 2% of 98,894 pairs done (410.0s; at most about 16 min left)",
		},
	}, {
		name: "hint", phase: paths, hint: "try something faster",
		reports: []report{
			{10, 1000},
			{20, 2000}, // 1,000 in 10 s: 96,894 left take 969 s
			{30, 3000}},
		want: []string{
			"lipgraph: computing shortest paths: 1% of 98,894 sources done (10.0s)",
			"lipgraph: computing shortest paths: 2% of 98,894 sources done (20.0s; about 16 min left)",
			"lipgraph: try something faster",
			"lipgraph: computing shortest paths: 3% of 98,894 sources done (30.0s; about 16 min left)",
		},
	}} {
		var out strings.Builder
		start := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
		at := start
		p := &progress{w: &out, terminal: true, now: func() time.Time { return at }, start: start, hint: c.hint}
		unit := map[string]string{paths: "sources", pairs: "pairs"}[c.phase]
		for _, r := range c.reports {
			at = start.Add(time.Duration(r.seconds) * time.Second)
			p.report(measures.Progress{Phase: c.phase, Done: r.done, Total: 98894, Unit: unit, AtMost: c.phase == pairs})
		}
		if diff := cmp.Diff(c.want, strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")); diff != "" {
			t.Errorf("%s: progress lines (-want +got):\n%s", c.name, diff)
		}
	}

	var quiet strings.Builder
	at := time.Now()
	q := &progress{w: &quiet, now: func() time.Time { return at }, start: at.Add(-time.Hour)}
	q.report(measures.Progress{Phase: paths, Done: 1, Total: 2, Unit: "sources"})
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
