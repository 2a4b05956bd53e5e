package network

import (
	"encoding/csv"
	"io"
	"strings"
)

// records reads the records of a CSV file one by one, the header first.
type records interface {
	// next returns the next record and the line it starts on, io.EOF
	// after the last, or a *csv.ParseError. The record is valid until the
	// following call; its fields may be kept.
	next() (rec []string, line int, err error)
}

// newRecords returns the reader of CSV text: encoding/csv's, or, for text
// without a double quote (most files), plainRecords, which reads the same
// records several times faster (BenchmarkRecords).
func newRecords(text string) records {
	if strings.IndexByte(text, '"') >= 0 {
		r := csv.NewReader(strings.NewReader(text))
		r.FieldsPerRecord = -1
		r.ReuseRecord = true
		return csvRecords{r}
	}
	return &plainRecords{text: text}
}

// csvRecords reads records with encoding/csv.
type csvRecords struct{ r *csv.Reader }

func (c csvRecords) next() ([]string, int, error) {
	rec, err := c.r.Read()
	if err != nil {
		return nil, 0, err
	}
	line, _ := c.r.FieldPos(0)
	return rec, line, nil
}

// plainRecords reads CSV text that holds no double quote, in which a
// record is a line and its fields are separated by commas. It returns what
// encoding/csv returns for such text (with FieldsPerRecord -1): CR LF ends
// a line as LF does, a CR at the very end is dropped, other CRs are data,
// and blank lines are skipped but counted. Such text has no syntax errors.
// The fields are substrings of text: a record costs no copy.
type plainRecords struct {
	text string // what is left to read
	line int    // the lines read
	rec  []string
}

func (r *plainRecords) next() ([]string, int, error) {
	for r.text != "" {
		var s string
		if i := strings.IndexByte(r.text, '\n'); i >= 0 {
			s, r.text = r.text[:i], r.text[i+1:]
		} else {
			s, r.text = r.text, ""
		}
		s = strings.TrimSuffix(s, "\r")
		r.line++
		if s == "" {
			continue
		}
		r.rec = r.rec[:0]
		for {
			i := strings.IndexByte(s, ',')
			if i < 0 {
				break
			}
			r.rec = append(r.rec, s[:i])
			s = s[i+1:]
		}
		r.rec = append(r.rec, s)
		return r.rec, r.line, nil
	}
	return nil, 0, io.EOF
}
