package network

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-json-experiment/json/jsontext"
)

// The JSON document holds a whole dataset in one object whose keys are the
// tables, each an array of objects keyed by the CSV column names:
//
//	{
//	  "partners":    [{"id": "p1", "name": "…", "sector": "health", "partnership": "…", "attributes": {"size": "large"}}],
//	  "bodies":      [{"id": "c", "name": "…", "kind": "council", "theme": "", "parent": "", "partnership": "…"}],
//	  "memberships": [{"partner": "p1", "body": "c", "role": "chair", "since": "2019", "until": ""}],
//	  "ties":        [{"source": "p1", "target": "p2", "kind": "referral", "weight": 2}],
//	  "profiles":    [{"partnership": "…", "lead": "municipal", "strategic_plan": "yes", "action_plan_year": 2024, …}],
//	  "ratings":     [{"rater": "p1", "target": "p2", "collaboration": 3, "reliability": 4, "mission": 3, …}]
//	}
//
// Every key but the required columns (partners' id and sector, and so on)
// may be left out; values
// may be strings, numbers or booleans (true is "yes").
var jsonTables = [numTables]string{"partners", "bodies", "memberships", "ties", "profiles", "ratings"}

// LoadJSON reads a dataset from a JSON document file (see WriteJSON). Like
// LoadDir it reads only a regular file (following symbolic links) of at
// most Config.MaxFileBytes and Config.MaxInputBytes.
func LoadJSON(name string, config *Config) (*Network, error) {
	c := config.withDefaults()
	fail := func(kind error, expected string) (*Network, error) {
		return nil, &Error{Problems: []*Problem{{File: name, Err: kind, Expected: expected}}}
	}
	limit := min(c.MaxFileBytes, c.MaxInputBytes)
	st, err := os.Stat(name)
	if err != nil {
		return fail(ErrUnreadable, "a readable file: "+unwrapPathError(err))
	}
	if _, err := regularSize(st); err != nil {
		return fail(ErrUnreadable, "a readable file: "+err.Error())
	}
	if st.Size() > limit {
		return fail(ErrTooLarge, fmt.Sprintf("at most %d bytes (Config.MaxFileBytes and Config.MaxInputBytes), not %d", limit, st.Size()))
	}
	var buf bytes.Buffer
	err = readFile(osDir(filepath.Dir(name)), filepath.Base(name), limit, &buf)
	data := buf.Bytes()
	switch {
	case errors.Is(err, ErrTooLarge):
		return fail(ErrTooLarge, fmt.Sprintf("at most %d bytes (Config.MaxFileBytes and Config.MaxInputBytes); the file grew while it was read", limit))
	case err != nil:
		return fail(ErrUnreadable, "a readable file: "+unwrapPathError(err))
	}
	return readJSONData(data, name, &c)
}

// Load reads a dataset from path: a partnership folder (LoadDir) or a file
// whose name ends in .json (LoadJSON).
func Load(path string, config *Config) (*Network, error) {
	if strings.HasSuffix(strings.ToLower(path), ".json") {
		return LoadJSON(path, config)
	}
	return LoadDir(path, config)
}

// ReadJSON reads a dataset from a JSON document; name is used in problems.
// Like LoadDir it collects every problem, each with the line and column of
// the value it concerns (of the record's object for problems of a whole
// record). The document is strict: keys may appear once in an object,
// compared case-insensitively ("id" and "ID" are the same key), and nothing
// may follow the document but white space.
func ReadJSON(r io.Reader, name string, config *Config) (*Network, error) {
	c := config.withDefaults()
	limit := min(c.MaxFileBytes, c.MaxInputBytes)
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	switch {
	case err != nil:
		return nil, &Error{Problems: []*Problem{{File: name, Err: ErrUnreadable, Expected: err.Error()}}}
	case int64(len(data)) > limit:
		return nil, &Error{Problems: []*Problem{{File: name, Err: ErrTooLarge, Expected: fmt.Sprintf("at most %d bytes (Config.MaxFileBytes and Config.MaxInputBytes)", limit)}}}
	}
	return readJSONData(data, name, &c)
}

func readJSONData(data []byte, name string, c *Config) (*Network, error) {
	p := &parser{l: &locator{}, ps: &problems{max: c.MaxProblems}}
	for t := range numTables {
		p.l.files[t] = name
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if !utf8.Valid(data) {
		bad := firstInvalidUTF8(string(data)) // a copy on this error path only
		// invalid bytes count as one column each
		lc := &textCounter{data: data[:bad], line: 1, col: 1}
		line, col := lc.at(bad)
		p.ps.add(&Problem{File: name, Line: line, Column: col, Err: ErrSyntax, Expected: "UTF-8 text"})
	} else {
		p.readJSON(data, c.MaxRecords)
	}
	return p.finish(c)
}

// textCounter turns byte offsets into 1-based lines and columns (in
// characters), counting on from the previous call's position: offsets must
// not decrease, so a whole document costs one pass.
type textCounter struct {
	data           []byte
	off, line, col int
}

func (tc *textCounter) at(off int) (line, col int) {
	off = min(off, len(tc.data))
	seg := tc.data[tc.off:off]
	if i := bytes.LastIndexByte(seg, '\n'); i >= 0 {
		tc.line += bytes.Count(seg, []byte("\n"))
		tc.col = 1
		seg = seg[i+1:]
	}
	tc.col += utf8.RuneCount(seg)
	tc.off = off
	return tc.line, tc.col
}

// value skips the white space, commas and colons at off, where a value or
// key starts.
func skipSeparators(data []byte, off int) int {
	for off < len(data) && strings.IndexByte(" \t\r\n,:", data[off]) >= 0 {
		off++
	}
	return off
}

// jsonReader walks a document token by token, locating every problem.
type jsonReader struct {
	p   *parser
	dec *json.Decoder
	tc  *textCounter
	bad bool // a syntax error ended the walk
}

// pos returns the line and column of the next token.
func (jr *jsonReader) pos() (int, int) {
	return jr.tc.at(skipSeparators(jr.tc.data, int(jr.dec.InputOffset())))
}

// fail reports a syntax error at the decoder's position, or at the offset
// of err when it is a *json.SyntaxError.
func (jr *jsonReader) fail(err error, what string) {
	jr.bad = true
	off := int(jr.dec.InputOffset())
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = int(se.Offset) - 1 // Offset is just past the bad byte
		if off < jr.tc.off {
			off = jr.tc.off
		}
	} else {
		off = skipSeparators(jr.tc.data, off)
	}
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
		off = len(jr.tc.data)
	}
	if err != nil {
		what += ": " + strings.TrimPrefix(err.Error(), "json: ")
	}
	line, col := jr.tc.at(off)
	jr.p.ps.add(&Problem{File: jr.p.l.files[0], Line: line, Column: col, Err: ErrSyntax, Expected: what})
}

// token reads the next token; false after a syntax error (reported).
func (jr *jsonReader) token(what string) (json.Token, bool) {
	tok, err := jr.dec.Token()
	if err != nil {
		jr.fail(err, what)
		return nil, false
	}
	return tok, true
}

// skip reads past the rest of a value whose first token was tok.
func (jr *jsonReader) skip(tok json.Token) bool {
	depth := 0
	for {
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
		if depth == 0 {
			return true
		}
		var ok bool
		if tok, ok = jr.token("valid JSON"); !ok {
			return false
		}
	}
}

// keys checks that an object's keys are unique, case-insensitively.
type keys struct {
	jr    *jsonReader
	first map[string][2]int // lower-cased key -> line, column
}

// add records key at line:col; false (and a problem) for a repeat.
func (k *keys) add(key string, line, col int) bool {
	lower := strings.ToLower(key)
	if f, dup := k.first[lower]; dup {
		k.jr.p.ps.add(&Problem{File: k.jr.p.l.files[0], Line: line, Column: col, Field: "key", Value: key, Err: ErrDuplicateKey,
			Expected: fmt.Sprintf("each key once in an object, whatever its case; first at %d:%d", f[0], f[1])})
		return false
	}
	if k.first == nil {
		k.first = map[string][2]int{}
	}
	k.first[lower] = [2]int{line, col}
	return true
}

func (p *parser) readJSON(data []byte, maxRecords int) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	jr := &jsonReader{p: p, dec: dec, tc: &textCounter{data: data, line: 1, col: 1}}
	p.l.json = data
	const wantDoc = "a JSON object with the keys partners, bodies, memberships, ties, profiles, ratings"
	if tok, ok := jr.token(wantDoc); !ok {
		return
	} else if tok != json.Delim('{') {
		jr.tc.at(0)
		p.ps.add(&Problem{File: p.l.files[0], Line: 1, Column: 1, Err: ErrSyntax, Expected: wantDoc})
		return
	}
	havePartners := false
	top := keys{jr: jr}
	for dec.More() {
		line, col := jr.pos()
		tok, ok := jr.token("a key")
		if !ok {
			return
		}
		key, _ := tok.(string)
		fresh := top.add(key, line, col)
		tab := -1
		for t, name := range jsonTables {
			if strings.EqualFold(name, key) {
				tab = t
			}
		}
		vline, vcol := jr.pos()
		if tok, ok = jr.token("a value"); !ok {
			return
		}
		if tab < 0 && fresh {
			want := "one of the keys " + strings.Join(jsonTables[:], ", ") + "; it is not read"
			if near := nearest(key, jsonTables[:]); near != "" {
				want += " (did you mean " + near + "?)"
			}
			p.ps.warn(&Problem{File: p.l.files[0], Line: line, Column: col, Field: "key", Value: key, Err: ErrUnknownKey, Expected: want})
		}
		if tab < 0 || !fresh {
			if !jr.skip(tok) {
				return
			}
			continue
		}
		havePartners = havePartners || tab == tabPartners
		if tok != json.Delim('[') {
			p.ps.add(&Problem{File: p.l.files[tab], Line: vline, Column: vcol, Field: key, Err: ErrSyntax, Expected: fmt.Sprintf("an array of objects for %q", key)})
			if !jr.skip(tok) {
				return
			}
			continue
		}
		for n := 0; dec.More(); n++ {
			off := skipSeparators(data, int(dec.InputOffset()))
			line, col := jr.tc.at(off)
			if n >= maxRecords {
				p.ps.add(&Problem{File: p.l.files[tab], Line: line, Column: col, Err: ErrTooLarge, Expected: fmt.Sprintf("at most %d records in %q (Config.MaxRecords)", maxRecords, key)})
				p.l.incomplete[tab] = true
				return
			}
			if !jr.record(tab, key, line, col, off) {
				return
			}
		}
		if _, ok := jr.token("valid JSON"); !ok { // ]
			return
		}
	}
	if _, ok := jr.token("valid JSON"); !ok { // }
		return
	}
	line, col := jr.pos()
	if _, err := dec.Token(); err != io.EOF {
		p.ps.add(&Problem{File: p.l.files[0], Line: line, Column: col, Err: ErrSyntax, Expected: "nothing after the end of the document (one JSON object)"})
		return
	}
	if !havePartners {
		p.ps.add(&Problem{File: p.l.files[0], Line: 1, Column: 1, Err: ErrMissingColumn, Expected: `a "partners" array`})
	}
}

// record reads one object of a table, which starts at line:col (byte
// offset off), turning its values into field strings; false after a syntax
// error.
func (jr *jsonReader) record(tab int, table string, line, col, off int) bool {
	p := jr.p
	tok, ok := jr.token("an object in " + strconv.Quote(table))
	if !ok {
		return false
	}
	if tok != json.Delim('{') {
		p.ps.add(&Problem{File: p.l.files[tab], Line: line, Column: col, Err: ErrSyntax, Expected: "an object in " + strconv.Quote(table)})
		p.l.incomplete[tab] = true
		return jr.skip(tok)
	}
	fields := map[string]string{}
	var attrs map[string]string
	seen := keys{jr: jr}
	// scalar reads one value; ok is false if it is not a string, number,
	// boolean or null (reported).
	scalar := func(field string, line, col int) (s string, ok, good bool) {
		tok, good := jr.token("a value")
		if !good {
			return "", false, false
		}
		switch v := tok.(type) {
		case string:
			return strings.TrimSpace(v), true, true
		case json.Number:
			return v.String(), true, true
		case bool:
			if v {
				return "yes", true, true
			}
			return "no", true, true
		case nil:
			return "", true, true
		}
		p.ps.add(&Problem{File: p.l.files[tab], Line: line, Column: col, Field: field, Value: fmt.Sprint(tok), Err: ErrSyntax, Expected: "a string, number or boolean"})
		return "", false, jr.skip(tok)
	}
	for jr.dec.More() {
		kline, kcol := jr.pos()
		tok, ok := jr.token("a key")
		if !ok {
			return false
		}
		k, _ := tok.(string)
		fresh := seen.add(k, kline, kcol)
		vline, vcol := jr.pos()
		if tab == tabPartners && strings.EqualFold(k, "attributes") {
			tok, ok := jr.token("a value")
			if !ok {
				return false
			}
			if tok != json.Delim('{') {
				p.ps.add(&Problem{File: p.l.files[tab], Line: vline, Column: vcol, Field: k, Value: fmt.Sprint(tok), Err: ErrSyntax, Expected: "an object of attribute values"})
				if !jr.skip(tok) {
					return false
				}
				continue
			}
			names := keys{jr: jr}
			for jr.dec.More() {
				aline, acol := jr.pos()
				tok, ok := jr.token("a key")
				if !ok {
					return false
				}
				ak := strings.ToLower(strings.TrimSpace(tok.(string)))
				afresh := names.add(tok.(string), aline, acol)
				vline, vcol := jr.pos()
				s, isScalar, good := scalar("attributes."+ak, vline, vcol)
				if !good {
					return false
				}
				if isScalar && afresh && fresh && s != "" {
					if attrs == nil {
						attrs = map[string]string{}
					}
					attrs[ak] = s
				}
			}
			if _, ok := jr.token("valid JSON"); !ok { // }
				return false
			}
			continue
		}
		s, isScalar, good := scalar(k, vline, vcol)
		if !good {
			return false
		}
		if isScalar && fresh {
			fields[strings.ToLower(k)] = s
		}
	}
	if _, ok := jr.token("valid JSON"); !ok { // }
		return false
	}
	p.l.lines[tab] = append(p.l.lines[tab], line)
	p.l.jcols[tab] = append(p.l.jcols[tab], col)
	p.l.offs[tab] = append(p.l.offs[tab], off)
	p.record(tab, func(f string) string { return fields[f] }, attrs)
	return true
}

// WriteJSON writes the network as the JSON document ReadJSON reads back
// into an equal network, indented, with keys in a fixed order. A nil n is
// written as an empty dataset.
func WriteJSON(w io.Writer, n *Network) error {
	if n == nil {
		n = &Network{}
	}
	var b bytes.Buffer
	b.WriteString("{")
	for tab := range numTables {
		header, rows := n.table(tab)
		if tab == tabRatings && len(rows) == 0 {
			continue // a dataset without a survey keeps the document it always had
		}
		if tab > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "\n  %q: [", jsonTables[tab])
		for i, row := range rows {
			if i > 0 {
				b.WriteString(",")
			}
			b.WriteString("\n    {")
			first := true
			attrs := map[string]string{}
			for j, h := range header {
				if row[j] == "" {
					continue
				}
				if tab == tabPartners && j >= 4 {
					attrs[h] = row[j]
					continue
				}
				if !first {
					b.WriteString(", ")
				}
				first = false
				writeJSONString(&b, h)
				b.WriteString(": ")
				if (h == "weight" || h == "action_plan_year" || h == "year" || tab == tabRatings && j >= 2) && isNumber(row[j]) {
					b.WriteString(row[j])
				} else {
					writeJSONString(&b, row[j])
				}
			}
			if len(attrs) > 0 {
				b.WriteString(`, "attributes": {`)
				for i, k := range slices.Sorted(maps.Keys(attrs)) {
					if i > 0 {
						b.WriteString(",")
					}
					writeJSONString(&b, k)
					b.WriteString(":")
					writeJSONString(&b, attrs[k])
				}
				b.WriteString("}")
			}
			b.WriteString("}")
		}
		if len(rows) > 0 {
			b.WriteString("\n  ")
		}
		b.WriteString("]")
	}
	b.WriteString("\n}\n")
	_, err := w.Write(b.Bytes())
	return err
}

// writeJSONString writes s as a JSON string. Unlike encoding/json's
// Marshal it leaves <, > and & as they are: the document is data, not HTML.
// Invalid UTF-8 is written as U+FFFD, as Marshal does.
func writeJSONString(b *bytes.Buffer, s string) {
	enc, _ := jsontext.AppendQuote(b.AvailableBuffer(), s)
	b.Write(enc)
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && json.Valid([]byte(s))
}

// jsonField returns the line and column of the value of field in record i
// of a table read from JSON, or of the record's object when the record has
// no such key. "attribute" and "attributes.KEY" find the attributes.
func (l *locator) jsonField(tab, i int, field string) (line, col int) {
	off, line, col := l.offs[tab][i], l.lines[tab][i], l.jcols[tab][i]
	if field == "attribute" {
		field = "attributes"
	}
	field, _, _ = strings.Cut(field, ".")
	if field == "" {
		return line, col
	}
	dec := json.NewDecoder(bytes.NewReader(l.json[off:]))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return line, col
	}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return line, col
		}
		if k, _ := tok.(string); strings.EqualFold(k, field) {
			tc := &textCounter{data: l.json, off: off, line: line, col: col}
			return tc.at(skipSeparators(l.json, off+int(dec.InputOffset())))
		}
		var skip json.RawMessage
		if dec.Decode(&skip) != nil {
			return line, col
		}
	}
	return line, col
}
