package network

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
)

// TestPlainRecordsAgree checks plainRecords against encoding/csv, the
// reader it stands in for, on every text of up to 7 bytes over an
// alphabet of the bytes that matter to it (field and line separators, CR,
// a space and a letter) and on longer hand-picked texts: the same records
// from the same lines, then io.EOF.
func TestPlainRecordsAgree(t *testing.T) {
	texts := []string{
		"id,sector\np1,health\r\n\r\n\np2,legal",
		"a,b\r\r\nc\r",
		"\r\n\r\n",
		"x,,y,\n,\n",
		"a\rb,c\n",
	}
	for _, text := range append(texts, allTexts(",\n\r a", 7)...) {
		if err := plainAgrees(text); err != nil {
			t.Fatal(err)
		}
	}
}

// FuzzPlainRecords checks plainRecords against encoding/csv on any text
// without a double quote (the texts newRecords gives it), and countRecords
// against encoding/csv on any text encoding/csv reads without error.
func FuzzPlainRecords(f *testing.F) {
	for _, s := range []string{"id,sector\np1,health\r\n\r\n\np2,legal", "a,b\r\r\nc\r", "x,,y,\n,\n", "a\rb,c\n", "id,name\np1,\"two\nlines\"\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !strings.Contains(text, `"`) {
			if err := plainAgrees(text); err != nil {
				t.Fatal(err)
			}
		}
		r := csv.NewReader(strings.NewReader(text))
		r.FieldsPerRecord = -1
		if recs, err := r.ReadAll(); err == nil && countRecords(text) != len(recs) {
			t.Errorf("countRecords(%q) = %d, encoding/csv reads %d records", text, countRecords(text), len(recs))
		}
	})
}

// plainAgrees reads text with plainRecords and with encoding/csv and
// returns an error at the first record, line or error they disagree on.
func plainAgrees(text string) error {
	ref := csv.NewReader(strings.NewReader(text))
	ref.FieldsPerRecord = -1
	plain := &plainRecords{text: text}
	for {
		want, wantErr := ref.Read()
		wantLine := 0
		if wantErr == nil {
			wantLine, _ = ref.FieldPos(0)
		}
		got, line, err := plain.next()
		if err != wantErr || line != wantLine || !slices.Equal(got, want) {
			return fmt.Errorf("%q: plainRecords read %q on line %d (%v), encoding/csv %q on line %d (%v)", text, got, line, err, want, wantLine, wantErr)
		}
		if err != nil {
			return nil
		}
	}
}

// TestNewRecordsQuoted checks that text holding a double quote is read by
// encoding/csv, which reports a bare quote as a syntax error with its line
// and column.
func TestNewRecordsQuoted(t *testing.T) {
	r := newRecords("id,name\np1,\"Clinic, North\"\np2,Jo\"s\n")
	if _, ok := r.(csvRecords); !ok {
		t.Fatalf("newRecords gave a %T for quoted text, want csvRecords", r)
	}
	var got [][]string
	for {
		rec, _, err := r.next()
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) || pe.Line != 3 || pe.Column != 6 {
				t.Fatalf("error %v, want a bare quote on line 3, column 6", err)
			}
			break
		}
		got = append(got, slices.Clone(rec))
	}
	if want := [][]string{{"id", "name"}, {"p1", "Clinic, North"}}; !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("records %q, want %q", got, want)
	}
	if _, ok := newRecords("id\np1\n").(*plainRecords); !ok {
		t.Error("newRecords did not give a plainRecords for text without quotes")
	}
}

// TestCountRecords checks countRecords against the records encoding/csv
// reads (header included), on every text of up to 7 bytes over an alphabet
// of the bytes that matter to it that encoding/csv reads without error.
func TestCountRecords(t *testing.T) {
	texts := []string{"id,name\np1,\"two\nlines\"\n\r\n\np2,x\r\n", "\"a\"\"b\"\n\"\n\"\n"}
	checked := 0
	for _, text := range append(texts, allTexts(",\n\r\"a", 7)...) {
		r := csv.NewReader(strings.NewReader(text))
		r.FieldsPerRecord = -1
		recs, err := r.ReadAll()
		if err != nil {
			continue
		}
		checked++
		if got := countRecords(text); got != len(recs) {
			t.Errorf("countRecords(%q) = %d, encoding/csv reads %d records", text, got, len(recs))
		}
	}
	if checked < 1000 {
		t.Errorf("only %d texts checked", checked)
	}
}

// allTexts returns every text of up to maxLen bytes of the alphabet.
func allTexts(alphabet string, maxLen int) []string {
	texts := []string{""}
	for last := texts; maxLen > 0; maxLen-- {
		var next []string
		for _, t := range last {
			for i := range len(alphabet) {
				next = append(next, t+alphabet[i:i+1])
			}
		}
		texts, last = append(texts, next...), next
	}
	return texts
}

// TestFirstInvalidUTF8 checks the offsets by hand: a valid U+FFFD (3
// bytes) is not an error, a lone continuation byte or a sequence cut short
// is, at its first byte.
func TestFirstInvalidUTF8(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{"", 0},
		{"abc", 3},
		{"a\uFFFDb", 5},
		{"a\uFFFD\xffb", 4},
		{"é\x80", 2},
		{"ab\xe2\x82", 2},     // € cut short
		{"ab\xe2\x82\xac", 5}, // € whole
	} {
		if got := firstInvalidUTF8(c.text); got != c.want {
			t.Errorf("firstInvalidUTF8(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// BenchmarkRecords reads 100,000 lines of quote-free CSV (a partners file's
// shape) with plainRecords and with encoding/csv, which newRecords uses for
// text with quotes: it backs newRecords' claim that plainRecords is faster.
func BenchmarkRecords(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("id,name,sector,partnership\n")
	for i := range 100000 {
		fmt.Fprintf(&sb, "p%d,Partner number %d,health,lip-%d\n", i, i, i%50)
	}
	text := sb.String()
	read := func(b *testing.B, r records) {
		for {
			if _, _, err := r.next(); err != nil {
				if err != io.EOF {
					b.Fatal(err)
				}
				return
			}
		}
	}
	b.Run("plain", func(b *testing.B) {
		for b.Loop() {
			read(b, &plainRecords{text: text})
		}
	})
	b.Run("encoding-csv", func(b *testing.B) {
		for b.Loop() {
			r := csv.NewReader(strings.NewReader(text))
			r.FieldsPerRecord = -1
			r.ReuseRecord = true
			read(b, csvRecords{r})
		}
	})
}
