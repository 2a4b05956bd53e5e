package network

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
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
	data, err := readFile(osDir(filepath.Dir(name)), filepath.Base(name), limit)
	switch {
	case errors.Is(err, ErrTooLarge):
		return fail(ErrTooLarge, fmt.Sprintf("at most %d bytes (Config.MaxFileBytes and Config.MaxInputBytes); the file grew while it was read", limit))
	case err != nil:
		return fail(ErrUnreadable, "a readable file: "+unwrapPathError(err))
	}
	return ReadJSON(bytes.NewReader(data), name, &c)
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
// Like LoadDir it collects every problem, each with the line of the object
// it concerns.
func ReadJSON(r io.Reader, name string, config *Config) (*Network, error) {
	c := config.withDefaults()
	p := &parser{l: &locator{}, ps: &problems{max: c.MaxProblems}}
	for t := range numTables {
		p.l.files[t] = name
	}
	limit := min(c.MaxFileBytes, c.MaxInputBytes)
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	switch {
	case err != nil:
		p.ps.add(&Problem{File: name, Err: ErrUnreadable, Expected: err.Error()})
	case int64(len(data)) > limit:
		p.ps.add(&Problem{File: name, Err: ErrTooLarge, Expected: fmt.Sprintf("at most %d bytes (Config.MaxFileBytes and Config.MaxInputBytes)", limit)})
	case !utf8.Valid(data):
		p.ps.add(&Problem{File: name, Err: ErrSyntax, Expected: "UTF-8 text"})
	default:
		p.readJSON(bytes.TrimPrefix(data, []byte("\ufeff")), c.MaxRecords)
	}
	return p.finish(&c)
}

// lineAt returns the 1-based line of byte offset off, counting from the
// previous call's position (offsets must not decrease).
type lineCounter struct {
	data      []byte
	off, line int
}

func (lc *lineCounter) at(off int) int {
	for off < len(lc.data) && strings.IndexByte(" \t\r\n,:", lc.data[off]) >= 0 {
		off++
	}
	lc.line += bytes.Count(lc.data[lc.off:off], []byte("\n"))
	lc.off = off
	return lc.line
}

func (p *parser) readJSON(data []byte, maxRecords int) {
	lc := &lineCounter{data: data, line: 1}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	fail := func(what string) {
		p.ps.add(&Problem{File: p.l.files[0], Line: lc.at(int(dec.InputOffset())), Err: ErrSyntax, Expected: what})
	}
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		fail("a JSON object with the keys partners, bodies, memberships, ties, profiles, ratings")
		return
	}
	havePartners := false
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			fail("valid JSON: " + err.Error())
			return
		}
		key, _ := tok.(string)
		tab := -1
		for t, name := range jsonTables {
			if name == key {
				tab = t
			}
		}
		if tab < 0 {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				fail("valid JSON: " + err.Error())
				return
			}
			continue
		}
		havePartners = havePartners || tab == tabPartners
		if tok, err := dec.Token(); err != nil || tok != json.Delim('[') {
			fail(fmt.Sprintf("an array of objects for %q", key))
			return
		}
		for n := 0; dec.More(); n++ {
			line := lc.at(int(dec.InputOffset()))
			if n >= maxRecords {
				p.ps.add(&Problem{File: p.l.files[tab], Line: line, Err: ErrTooLarge, Expected: fmt.Sprintf("at most %d records in %q (Config.MaxRecords)", maxRecords, key)})
				return
			}
			var obj map[string]json.RawMessage
			if err := dec.Decode(&obj); err != nil {
				fail(fmt.Sprintf("an object in %q: %v", key, err))
				return
			}
			p.l.lines[tab] = append(p.l.lines[tab], line)
			fields, attrs := p.jsonFields(tab, obj, line)
			p.record(tab, func(f string) string { return fields[f] }, attrs)
		}
		if _, err := dec.Token(); err != nil {
			fail("valid JSON: " + err.Error())
			return
		}
	}
	if !havePartners {
		p.ps.add(&Problem{File: p.l.files[0], Line: 1, Err: ErrMissingColumn, Expected: `a "partners" array`})
	}
}

// jsonFields turns one JSON object into field strings, reporting values of
// the wrong type.
func (p *parser) jsonFields(tab int, obj map[string]json.RawMessage, line int) (map[string]string, map[string]string) {
	fields := make(map[string]string, len(obj))
	var attrs map[string]string
	scalar := func(field string, raw json.RawMessage) (string, bool) {
		var v any
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		if d.Decode(&v) != nil {
			return "", false
		}
		switch v := v.(type) {
		case string:
			return strings.TrimSpace(v), true
		case json.Number:
			return v.String(), true
		case bool:
			if v {
				return "yes", true
			}
			return "no", true
		case nil:
			return "", true
		}
		p.ps.add(&Problem{File: p.l.files[tab], Line: line, Field: field, Value: string(raw), Err: ErrSyntax, Expected: "a string, number or boolean"})
		return "", false
	}
	for k, raw := range obj {
		if tab == tabPartners && k == "attributes" {
			var m map[string]json.RawMessage
			if json.Unmarshal(raw, &m) != nil {
				p.ps.add(&Problem{File: p.l.files[tab], Line: line, Field: k, Value: string(raw), Err: ErrSyntax, Expected: "an object of attribute values"})
				continue
			}
			for ak, av := range m {
				ak = strings.ToLower(strings.TrimSpace(ak))
				if s, ok := scalar("attributes."+ak, av); ok && s != "" {
					if attrs == nil {
						attrs = make(map[string]string, len(m))
					}
					attrs[ak] = s
				}
			}
			continue
		}
		if s, ok := scalar(k, raw); ok {
			fields[strings.ToLower(k)] = s
		}
	}
	return fields, attrs
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
				if (h == "weight" || h == "action_plan_year" || tab == tabRatings && j >= 2) && isNumber(row[j]) {
					b.WriteString(row[j])
				} else {
					writeJSONString(&b, row[j])
				}
			}
			if len(attrs) > 0 {
				enc, _ := json.Marshal(attrs) // map keys come out sorted
				b.WriteString(`, "attributes": `)
				b.Write(enc)
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

func writeJSONString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}

func isNumber(s string) bool {
	_, err := strconv.ParseFloat(s, 64)
	return err == nil && json.Valid([]byte(s))
}
