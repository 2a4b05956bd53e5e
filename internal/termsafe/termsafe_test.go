package termsafe

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

// The escapes are those of a Go string literal, written out by hand.
var cases = []struct{ in, want string }{
	{"plain Café – naïve\ttab\nline", "plain Café – naïve\ttab\nline"},
	{"\x1b[2J\x1b]0;pwned\x07", `\x1b[2J\x1b]0;pwned\x07`},
	{"cr\rback\bdel\x7f", `cr\x0dback\x08del\x7f`},
	{"c1 \u009b31m", `c1 \x9b31m`},
	{"bidi \u202egnp.exe\u202c \u2066x\u2069 \u200f \u061c", `bidi \u202egnp.exe\u202c \u2066x\u2069 \u200f \u061c`},
	{"sep\u2028\u2029", `sep\u2028\u2029`},
	{"bad \xff\xfe utf8 \xe2\x82", `bad \xff\xfe utf8 \xe2\x82`},
	{"replacement \ufffd kept, backslash \\x1b kept", "replacement \ufffd kept, backslash \\x1b kept"},
}

func TestString(t *testing.T) {
	for _, c := range cases {
		if got := String(c.in); got != c.want {
			t.Errorf("String(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	if got := Line("a\tb\nc\x1b"); got != `a\tb\nc\x1b` {
		t.Errorf("Line: %q", got)
	}
}

// TestWriterSplit writes each case one byte at a time, so every multi-byte
// character is split across writes, and checks the result is String's.
func TestWriterSplit(t *testing.T) {
	for _, c := range cases {
		var b bytes.Buffer
		w := NewWriter(&b)
		for i := range len(c.in) {
			if n, err := w.Write([]byte{c.in[i]}); n != 1 || err != nil {
				t.Fatal(n, err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if b.String() != c.want {
			t.Errorf("Writer(%q) = %q, want %q", c.in, b.String(), c.want)
		}
	}
}

type failing struct{}

func (failing) Write([]byte) (int, error) { return 0, errors.New("closed") }

func TestWriterError(t *testing.T) {
	if n, err := NewWriter(failing{}).Write([]byte("x")); err == nil || n != 0 {
		t.Errorf("n %d err %v", n, err)
	}
}

// FuzzString: whatever the input, the escaped text is valid UTF-8 with no
// character a terminal acts on (other than tab and newline), it is String's
// fixed point, and a Writer given the input in two pieces cut anywhere
// writes the same.
func FuzzString(f *testing.F) {
	for _, c := range cases {
		f.Add(c.in, uint8(len(c.in)/2))
	}
	f.Fuzz(func(t *testing.T, s string, cut uint8) {
		got := String(s)
		if !utf8.ValidString(got) || strings.IndexFunc(got, Unsafe) >= 0 {
			t.Fatalf("String(%q) = %q still holds an unsafe character", s, got)
		}
		if String(got) != got {
			t.Fatalf("String is not idempotent on %q", got)
		}
		k := int(cut) % (len(s) + 1)
		var b bytes.Buffer
		w := NewWriter(&b)
		w.Write([]byte(s[:k]))
		w.Write([]byte(s[k:]))
		w.Flush()
		if b.String() != got {
			t.Fatalf("Writer cut at %d: %q, String: %q", k, b.String(), got)
		}
	})
}
