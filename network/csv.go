package network

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The files of a partnership folder (DATA-FORMAT.md), by table.
var fileNames = [numTables]string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv", "profile.csv"}

// LoadDir reads the partnership folder dir: partners.csv (required),
// bodies.csv, memberships.csv, ties.csv and profile.csv (each optional;
// missing means none). It returns the validated network, or a nil network
// and an *Error holding every problem found in all files, each naming the
// file, line, column and value. A nil config means the defaults.
func LoadDir(dir string, config *Config) (*Network, error) {
	return readFS(os.DirFS(dir), ".", func(name string) string { return filepath.Join(dir, name) }, config)
}

// ReadFS is LoadDir on a folder of a file system, such as an embed.FS.
// Problems name files as dir/name.
func ReadFS(fsys fs.FS, dir string, config *Config) (*Network, error) {
	return readFS(fsys, dir, func(name string) string { return path.Join(dir, name) }, config)
}

func readFS(fsys fs.FS, dir string, display func(string) string, config *Config) (*Network, error) {
	c := config.withDefaults()
	// Each file is read and parsed by its own goroutine into its own parser;
	// the tables are then merged, so the result does not depend on timing.
	var parts [numTables]*parser
	var wg sync.WaitGroup
	for tab := range numTables {
		parts[tab] = &parser{l: &locator{}, ps: &problems{max: c.MaxProblems}}
		wg.Go(func() { parts[tab].readTable(fsys, dir, tab, display(fileNames[tab]), &c) })
	}
	wg.Wait()
	p := &parser{l: &locator{}, ps: &problems{max: c.MaxProblems}}
	for tab, q := range parts {
		p.l.files[tab] = q.l.files[tab]
		p.l.lines[tab] = q.l.lines[tab]
		p.l.cols[tab] = q.l.cols[tab]
		p.l.incomplete[tab] = q.l.incomplete[tab]
		for _, pr := range q.ps.list {
			p.ps.add(pr)
		}
		p.ps.truncated = p.ps.truncated || q.ps.truncated
	}
	p.d = Data{Partners: parts[tabPartners].d.Partners, Bodies: parts[tabBodies].d.Bodies,
		Memberships: parts[tabMemberships].d.Memberships, Ties: parts[tabTies].d.Ties, Profiles: parts[tabProfiles].d.Profiles}
	return p.finish(&c)
}

// readTable reads the file of one table into p.
func (p *parser) readTable(fsys fs.FS, dir string, tab int, display string, c *Config) {
	p.l.files[tab] = display
	data, err := readFile(fsys, path.Join(dir, fileNames[tab]), c.MaxFileBytes)
	switch {
	case err == nil:
		p.readCSV(tab, data, c.MaxRecords)
	case errors.Is(err, fs.ErrNotExist) && tab != tabPartners:
		// an optional file left out: no records
	case errors.Is(err, ErrTooLarge):
		p.l.incomplete[tab] = true
		p.ps.add(&Problem{File: display, Err: ErrTooLarge,
			Expected: fmt.Sprintf("at most %d bytes (Config.MaxFileBytes)", c.MaxFileBytes)})
	default:
		p.l.incomplete[tab] = true
		p.ps.add(&Problem{File: display, Err: ErrUnreadable, Expected: "a readable file: " + unwrapPathError(err)})
	}
}

// readFile reads a whole file, failing with ErrTooLarge past max bytes.
func readFile(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("is a directory")
	} else if err == nil && st.Size() > max {
		return nil, ErrTooLarge
	}
	data, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > max {
		return nil, ErrTooLarge
	}
	return data, nil
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// readCSV parses one CSV file of a table into p.
func (p *parser) readCSV(tab int, data []byte, maxRecords int) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	file := p.l.files[tab]
	if len(bytes.TrimSpace(data)) == 0 && tab != tabPartners {
		return // an empty optional file holds no records
	}
	if !utf8.Valid(data) {
		p.l.incomplete[tab] = true
		bad := len(data)
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size == 1 {
				bad = i
				break
			}
			i += size
		}
		p.ps.add(&Problem{File: file, Line: 1 + bytes.Count(data[:bad], []byte("\n")), Err: ErrSyntax, Expected: "UTF-8 text"})
		return
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	syntax := func(err error) {
		p.l.incomplete[tab] = true
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			p.ps.add(&Problem{File: file, Line: pe.Line, Column: pe.Column, Err: ErrSyntax, Expected: "RFC 4180 CSV: " + pe.Err.Error()})
		} else {
			p.ps.add(&Problem{File: file, Err: ErrUnreadable, Expected: err.Error()})
		}
	}
	header, err := r.Read()
	if err != nil && err != io.EOF {
		syntax(err)
		return
	}
	cols := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		header[i] = h
		if _, dup := cols[h]; dup && h != "" {
			p.ps.add(&Problem{File: file, Line: 1, Column: i + 1, Field: "header", Value: h, Err: ErrSyntax, Expected: "each column named once"})
		}
		if _, dup := cols[h]; !dup {
			cols[h] = i
		}
	}
	p.l.cols[tab] = make(map[string]int, len(cols))
	for h, i := range cols {
		p.l.cols[tab][h] = i + 1
	}
	missing := false
	for _, req := range required[tab] {
		if _, ok := cols[req]; !ok {
			missing = true
			p.ps.add(&Problem{File: file, Line: 1, Err: ErrMissingColumn,
				Expected: fmt.Sprintf("a column named %q (the header has: %s)", req, strings.Join(header, ", "))})
		}
	}
	if missing {
		p.l.incomplete[tab] = true
		return
	}
	var attrCols []int
	if tab == tabPartners {
		for i, h := range header {
			if h != "" && cols[h] == i && !slices.Contains(partnerCols, h) {
				attrCols = append(attrCols, i)
			}
		}
	}
	p.grow(tab, bytes.Count(data, []byte("\n")))
	var rec []string
	get := func(field string) string {
		if i, ok := cols[field]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for n := 0; ; n++ {
		rec, err = r.Read()
		if err == io.EOF {
			return
		}
		if err != nil {
			syntax(err)
			return
		}
		line, _ := r.FieldPos(0)
		if n >= maxRecords {
			p.ps.add(&Problem{File: file, Line: line, Err: ErrTooLarge, Expected: fmt.Sprintf("at most %d records (Config.MaxRecords)", maxRecords)})
			p.l.incomplete[tab] = true
			return
		}
		if len(rec) != len(header) {
			p.ps.add(&Problem{File: file, Line: line, Err: ErrSyntax,
				Expected: strconv.Itoa(len(header)) + " fields as in the header, got " + strconv.Itoa(len(rec))})
			p.l.incomplete[tab] = true
			continue
		}
		var attrs map[string]string
		for _, i := range attrCols {
			if v := strings.TrimSpace(rec[i]); v != "" {
				if attrs == nil {
					attrs = make(map[string]string, len(attrCols))
				}
				attrs[header[i]] = v
			}
		}
		p.l.lines[tab] = append(p.l.lines[tab], line)
		p.record(tab, get, attrs)
	}
}
