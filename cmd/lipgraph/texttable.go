package main

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/lipgraph/lipgraph/internal/termsafe"
)

// maxColumn caps the width a column is padded to, in characters: a longer
// cell (a very long id or name) is written whole but does not widen its
// column, so that one hostile value cannot pad every row of a table.
const maxColumn = 40

// table aligns columns of text for the text formats: the first left columns
// left-aligned, the rest right-aligned, columns two spaces apart, each line
// after indent and without trailing spaces. Cells are shown on one line with
// control characters escaped (termsafe.Line) and measured in characters.
type table struct {
	indent string
	left   int
	rows   [][]string
}

func newTable(left int, header ...string) *table { return &table{left: left, rows: [][]string{header}} }

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) write(w io.Writer) error {
	width := make([]int, len(t.rows[0]))
	for _, r := range t.rows {
		for i, c := range r {
			r[i] = termsafe.Line(c)
			if n := utf8.RuneCountInString(r[i]); n <= maxColumn && i < len(width) {
				width[i] = max(width[i], n)
			}
		}
	}
	var b strings.Builder
	for _, r := range t.rows {
		b.Reset()
		b.WriteString(t.indent)
		for i, c := range r {
			pad := ""
			if i < len(width) {
				pad = strings.Repeat(" ", max(0, width[i]-utf8.RuneCountInString(c)))
			}
			if i > 0 {
				b.WriteString("  ")
			}
			if i < t.left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		if _, err := io.WriteString(w, strings.TrimRight(b.String(), " ")+"\n"); err != nil {
			return err
		}
	}
	return nil
}
