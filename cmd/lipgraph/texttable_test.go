package main

import (
	"strings"
	"testing"
)

// TestTable: columns pad to their widest cell up to maxColumn characters; a
// longer cell is written whole without widening its column; cells are
// escaped onto one line; no line ends in spaces.
func TestTable(t *testing.T) {
	long := strings.Repeat("é", maxColumn+1)
	tb := newTable(1, "name", "n")
	tb.indent = "  "
	tb.add("ab", "1")
	tb.add(long, "22")
	tb.add("tab\there\x1b[2J", "3")
	tb.add("", "")
	var b strings.Builder
	if err := tb.write(&b); err != nil {
		t.Fatal(err)
	}
	// widths by hand: column 1 = len(`tab\there\x1b[2J`) = 16 (the long cell does not
	// count), column 2 = 2; so 16-4+2+1 = 15 spaces after "name"
	want := "  name" + strings.Repeat(" ", 15) + "n\n" +
		"  ab" + strings.Repeat(" ", 17) + "1\n" +
		"  " + long + "  22\n" +
		"  tab\\there\\x1b[2J   3\n" +
		"\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}
