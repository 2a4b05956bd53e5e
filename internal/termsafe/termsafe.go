// Package termsafe makes text safe to show on a terminal: control
// characters that a terminal acts on are replaced by visible escapes.
//
// Names and ids come from user data; printed raw, an escape sequence in a
// partner's name could clear the screen, set the window title or hide text,
// and a bidirectional override could make a line read differently from what
// it holds. Escaped are the C0 controls other than tab and newline (so also
// carriage return and ESC), DEL, the C1 controls U+0080–U+009F, the bidi
// controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the line
// and paragraph separators U+2028 and U+2029, and bytes that are not UTF-8.
// A character below U+0100 or an invalid byte becomes \xHH, any other \uHHHH,
// as in a Go string literal; everything else, including backslashes, is kept.
package termsafe

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
)

// Unsafe reports whether the character r would be escaped.
func Unsafe(r rune) bool {
	switch {
	case r == '\t' || r == '\n':
		return false
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
		return true
	case r == 0x061c, r == 0x200e, r == 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2066 && r <= 0x2069, r == 0x2028, r == 0x2029:
		return true
	}
	return false
}

// String returns s with every unsafe character escaped; s itself when there
// is none.
func String(s string) string {
	if clean(s) {
		return s
	}
	return string(appendSafe(nil, []byte(s)))
}

// Line is String that also escapes tabs and newlines: for a value shown
// inside one line, such as a table cell.
func Line(s string) string {
	s = String(s)
	if !strings.ContainsAny(s, "\t\n") {
		return s
	}
	return strings.NewReplacer("\t", `\t`, "\n", `\n`).Replace(s)
}

// clean reports whether s needs no escape.
func clean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			r, size := utf8.DecodeRuneInString(s[i:])
			if (r == utf8.RuneError && size == 1) || Unsafe(r) {
				return false
			}
			i += size - 1
			continue
		}
		if (c < 0x20 && c != '\t' && c != '\n') || c == 0x7f {
			return false
		}
	}
	return true
}

// appendSafe appends p to b with every unsafe character escaped.
func appendSafe(b, p []byte) []byte {
	for len(p) > 0 {
		r, size := utf8.DecodeRune(p)
		switch {
		case r == utf8.RuneError && size <= 1:
			b = fmt.Appendf(b, `\x%02x`, p[0])
		case !Unsafe(r):
			b = append(b, p[:size]...)
		case r < 0x100:
			b = fmt.Appendf(b, `\x%02x`, r)
		default:
			b = fmt.Appendf(b, `\u%04x`, r)
		}
		p = p[size:]
	}
	return b
}

// Writer is an io.Writer that escapes unsafe characters in what it passes
// on to an underlying writer. A character split across two writes is
// escaped as a whole; Flush writes out an incomplete one left at the end.
// A Writer may be used from several goroutines.
type Writer struct {
	mu      sync.Mutex
	w       io.Writer
	pending []byte // the start of a character cut by the end of a write
	buf     []byte
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write escapes p and writes it; it returns len(p) on success.
func (t *Writer) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	data := p
	if len(t.pending) > 0 {
		data = append(append([]byte(nil), t.pending...), p...)
		t.pending = t.pending[:0]
	}
	cut := len(data)
	for i := len(data) - 1; i >= 0 && i >= len(data)-utf8.UTFMax+1; i-- {
		if utf8.RuneStart(data[i]) {
			if !utf8.FullRune(data[i:]) {
				cut = i
			}
			break
		}
	}
	t.pending = append(t.pending, data[cut:]...)
	t.buf = appendSafe(t.buf[:0], data[:cut])
	if _, err := t.w.Write(t.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes out, escaped, the incomplete character a last Write ended
// with, if any.
func (t *Writer) Flush() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if len(t.pending) == 0 {
		return nil
	}
	t.buf = appendSafe(t.buf[:0], t.pending)
	t.pending = t.pending[:0]
	_, err := t.w.Write(t.buf)
	return err
}
