package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b, nil, 3); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// 40 partners and 480 edges: counts from testdata/check_samples.py.
	if !strings.HasPrefix(out, "40 partners, 480 ties in the partner graph, 1 component(s)") {
		t.Errorf("unexpected header:\n%s", out)
	}
	if got := strings.Count(out, "betweenness 0."); got != 3 {
		t.Errorf("want 3 brokers listed, got %d:\n%s", got, out)
	}
	if !strings.Contains(out, "Key players:") {
		t.Errorf("no key players line:\n%s", out)
	}
}
