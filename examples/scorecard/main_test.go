package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b, nil); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	// The small-centre sample has no employer and the town in one of three
	// working groups (testdata/README.md): both must surface.
	for _, want := range []string{"pinecrest scores 75.8 of 100", "fail", "employment", "Language and Learning Working Group"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if err := run(&b, []string{"no/such/folder"}); err == nil {
		t.Error("a missing folder must be an error")
	}
}
