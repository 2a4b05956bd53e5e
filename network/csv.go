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

// The files of a partnership folder, by table.
var fileNames = [numTables]string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv", "profile.csv", "ratings.csv"}

// LoadDir reads the partnership folder dir: partners.csv (required),
// bodies.csv, memberships.csv, ties.csv, profile.csv and ratings.csv (each
// optional; missing means none). It returns the validated network, or a nil network
// and an *Error holding every problem found in all files, each naming the
// file, line, column and value. A nil config means the defaults.
//
// Only regular files are read (symbolic links are followed): a named pipe
// or a device under a data file's name is refused, never waited on. The
// files together may hold at most Config.MaxInputBytes.
func LoadDir(dir string, config *Config) (*Network, error) {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return nil, &Error{Problems: []*Problem{{File: dir, Err: ErrUnreadable,
			Expected: "a folder of CSV files (partners.csv, …) or a JSON document ending in .json; this is a file"}}}
	}
	return readFS(osDir(dir), ".", func(name string) string { return filepath.Join(dir, name) }, config)
}

// ReadFS is LoadDir on a folder of a file system, such as an embed.FS.
// Problems name files as dir/name.
func ReadFS(fsys fs.FS, dir string, config *Config) (*Network, error) {
	return readFS(fsys, dir, func(name string) string { return path.Join(dir, name) }, config)
}

func readFS(fsys fs.FS, dir string, display func(string) string, config *Config) (*Network, error) {
	c := config.withDefaults()
	var parts [numTables]*parser
	for tab := range numTables {
		parts[tab] = &parser{l: &locator{}, ps: &problems{max: c.MaxProblems}}
		parts[tab].l.files[tab] = display(fileNames[tab])
	}
	// The sizes are checked against the total before anything is read, in
	// table order, so which file is reported does not depend on timing.
	var limits [numTables]int64
	total := int64(0)
	for tab, q := range parts {
		size, err := statInput(fsys, path.Join(dir, fileNames[tab]))
		switch {
		case err == nil && size > c.MaxFileBytes:
			q.tooLarge(tab, fmt.Sprintf("at most %d bytes (Config.MaxFileBytes), not %d", c.MaxFileBytes, size))
		case err == nil && total+size > c.MaxInputBytes:
			q.tooLarge(tab, fmt.Sprintf("at most %d bytes in all the files of a dataset (Config.MaxInputBytes); this file brings the total to %d", c.MaxInputBytes, total+size))
		case err == nil:
			total += size
			limits[tab] = size
		default:
			q.unreadable(tab, err)
		}
	}
	// Each file is read and parsed by its own goroutine into its own parser;
	// the tables are then merged, so the result does not depend on timing.
	// A file may not grow past what the others leave of the total.
	// A dataset over the limits is not read at all.
	tooLarge := false
	for tab, q := range parts {
		tooLarge = tooLarge || q.l.incomplete[tab] && len(q.ps.list) > 0 && errors.Is(q.ps.list[0], ErrTooLarge)
	}
	var wg sync.WaitGroup
	for tab, q := range parts {
		if tooLarge || q.l.incomplete[tab] || len(q.ps.list) > 0 {
			continue
		}
		limit := min(c.MaxFileBytes, c.MaxInputBytes-(total-limits[tab]))
		wg.Go(func() { q.readTable(fsys, path.Join(dir, fileNames[tab]), tab, limit, &c) })
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
		for _, w := range q.ps.warnings {
			p.ps.warn(w)
		}
		p.ps.truncated = p.ps.truncated || q.ps.truncated
	}
	unexpectedFiles(fsys, dir, display, p.ps)
	p.d = Data{Partners: parts[tabPartners].d.Partners, Bodies: parts[tabBodies].d.Bodies,
		Memberships: parts[tabMemberships].d.Memberships, Ties: parts[tabTies].d.Ties, Profiles: parts[tabProfiles].d.Profiles,
		Ratings: parts[tabRatings].d.Ratings}
	return p.finish(&c)
}

func (p *parser) tooLarge(tab int, expected string) {
	p.l.incomplete[tab] = true
	p.ps.add(&Problem{File: p.l.files[tab], Err: ErrTooLarge, Expected: expected})
}

// unreadable reports a file that could not be read; an optional file that
// does not exist is no problem.
func (p *parser) unreadable(tab int, err error) {
	if errors.Is(err, fs.ErrNotExist) && tab != tabPartners {
		return
	}
	p.l.incomplete[tab] = true
	p.ps.add(&Problem{File: p.l.files[tab], Err: ErrUnreadable, Expected: "a readable file: " + unwrapPathError(err)})
}

// readTable reads the file of one table into p, at most limit bytes.
func (p *parser) readTable(fsys fs.FS, name string, tab int, limit int64, c *Config) {
	// A strings.Builder's string is its buffer: the records' fields are
	// substrings of it, with no copy of the file.
	var text strings.Builder
	err := readFile(fsys, name, limit, &text)
	switch {
	case err == nil:
		p.readCSV(tab, text.String(), c.MaxRecords)
	case errors.Is(err, ErrTooLarge):
		p.tooLarge(tab, fmt.Sprintf("at most %d bytes (Config.MaxFileBytes and Config.MaxInputBytes); the file grew while it was read", limit))
	default:
		p.unreadable(tab, err)
	}
}

// errNotRegular is why a named pipe, device or socket is refused.
var errNotRegular = errors.New("not a regular file")

// statInput returns the size of an input file, following symbolic links.
// Anything but a regular file is refused: reading a named pipe could block
// forever and a device such as /dev/zero never ends.
func statInput(fsys fs.FS, name string) (int64, error) {
	st, err := fs.Stat(fsys, name)
	if err != nil {
		return 0, err
	}
	return regularSize(st)
}

func regularSize(st fs.FileInfo) (int64, error) {
	switch m := st.Mode(); {
	case m.IsRegular():
		return st.Size(), nil
	case m.IsDir():
		return 0, errors.New("is a directory")
	case m&fs.ModeNamedPipe != 0:
		return 0, fmt.Errorf("%w: a named pipe (FIFO)", errNotRegular)
	case m&fs.ModeDevice != 0:
		return 0, fmt.Errorf("%w: a device", errNotRegular)
	case m&fs.ModeSocket != 0:
		return 0, fmt.Errorf("%w: a socket", errNotRegular)
	default:
		return 0, fmt.Errorf("%w: %v", errNotRegular, m.Type())
	}
}

// sink is where readFile writes a file: a *bytes.Buffer or a
// *strings.Builder.
type sink interface {
	io.Writer
	Grow(n int)
	Len() int
}

// readFile reads a whole regular file into an empty sink, failing with
// ErrTooLarge past max bytes. The file is checked again once open, in case
// it was replaced.
func readFile(fsys fs.FS, name string, max int64, into sink) error {
	f, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return err
	}
	size, err := regularSize(st)
	if err != nil {
		return err
	}
	if size > max {
		return ErrTooLarge
	}
	// Room for one read past the size, which detects the end (or a file
	// that grew) without reallocating.
	into.Grow(int(size) + bytes.MinRead)
	if _, err := io.Copy(into, io.LimitReader(f, max+1)); err != nil {
		return err
	}
	if int64(into.Len()) > max {
		return ErrTooLarge
	}
	return nil
}

// osDir is os.DirFS, except that files are opened without blocking: a
// named pipe put in a file's place between the check and the open must not
// hang the open (readFile refuses it once open).
type osDir string

func (d osDir) join(name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	return filepath.Join(string(d), filepath.FromSlash(name)), nil
}

func (d osDir) Open(name string) (fs.File, error) {
	full, err := d.join(name)
	if err != nil {
		return nil, err
	}
	return openNonBlocking(full)
}

func (d osDir) Stat(name string) (fs.FileInfo, error) {
	full, err := d.join(name)
	if err != nil {
		return nil, err
	}
	return os.Stat(full)
}

func (d osDir) ReadDir(name string) ([]fs.DirEntry, error) {
	full, err := d.join(name)
	if err != nil {
		return nil, err
	}
	return os.ReadDir(full)
}

func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// readCSV parses the text of one CSV file of a table into p.
func (p *parser) readCSV(tab int, text string, maxRecords int) {
	text = strings.TrimPrefix(text, "\ufeff")
	file := p.l.files[tab]
	if strings.TrimSpace(text) == "" && tab != tabPartners {
		return // an empty optional file holds no records
	}
	if !utf8.ValidString(text) {
		p.l.incomplete[tab] = true
		bad := firstInvalidUTF8(text)
		p.ps.add(&Problem{File: file, Line: 1 + strings.Count(text[:bad], "\n"), Err: ErrSyntax, Expected: "UTF-8 text"})
		return
	}
	// Lines ending in a lone CR (classic Mac OS) are read as lines.
	if strings.IndexByte(text, '\n') < 0 && strings.IndexByte(text, '\r') >= 0 {
		text = strings.ReplaceAll(text, "\r", "\n")
	}
	r := newRecords(text)
	syntax := func(err error) {
		p.l.incomplete[tab] = true
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			p.ps.add(&Problem{File: file, Line: pe.Line, Column: pe.Column, Err: ErrSyntax, Expected: "RFC 4180 CSV: " + pe.Err.Error()})
		} else {
			p.ps.add(&Problem{File: file, Err: ErrUnreadable, Expected: err.Error()})
		}
	}
	header, _, err := r.next()
	if err != nil && err != io.EOF {
		syntax(err)
		return
	}
	header = slices.Clone(header) // the reader reuses the record
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
	// A header of one column holding semicolons or tabs: the file was
	// written with another separator (spreadsheets in many locales use ;).
	sep := ""
	if len(header) == 1 {
		for _, s := range []string{";", "\t", "|"} {
			if strings.Contains(header[0], s) {
				sep = s
				break
			}
		}
	}
	sepHint := fmt.Sprintf("; the header looks %q-separated: lipgraph reads comma-separated files", sep)
	missing := false
	for _, req := range required[tab] {
		if _, ok := cols[req]; !ok {
			missing = true
			hint := ""
			if sep != "" {
				hint = sepHint
			}
			p.ps.add(&Problem{File: file, Line: 1, Err: ErrMissingColumn,
				Expected: fmt.Sprintf("a column named %q (the header has: %s)%s", req, strings.Join(header, ", "), hint)})
		}
	}
	if sep != "" && !missing {
		p.ps.warn(&Problem{File: file, Line: 1, Field: "header", Value: header[0], Err: ErrSeparator, Expected: "comma-separated columns" + sepHint})
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
	p.grow(tab, min(countRecords(text), maxRecords))
	var rec []string
	get := func(field string) string {
		if i, ok := cols[field]; ok {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	for n := 0; ; n++ {
		var line int
		rec, line, err = r.next()
		if err == io.EOF {
			return
		}
		if err != nil {
			syntax(err)
			return
		}
		if n >= maxRecords {
			p.ps.add(&Problem{File: file, Line: line, Err: ErrTooLarge, Expected: fmt.Sprintf("at most %d records (Config.MaxRecords)", maxRecords)})
			p.l.incomplete[tab] = true
			return
		}
		if len(rec) != len(header) {
			hint := ""
			if slices.ContainsFunc(rec, func(f string) bool { return strings.ContainsRune(f, '\r') }) {
				hint = " (the file mixes line endings: some lines end in a lone CR)"
			}
			p.ps.add(&Problem{File: file, Line: line, Err: ErrSyntax,
				Expected: strconv.Itoa(len(header)) + " fields as in the header, got " + strconv.Itoa(len(rec)) + hint})
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

// countRecords returns the number of non-empty lines of CSV data, not
// counting line breaks inside quoted fields: an upper bound on the records
// (header included) that costs no memory. Blank lines, which the reader
// skips, are not counted, so a file of blank lines preallocates nothing.
// It goes a line at a time (a line of "\r" alone is blank), counting the
// double quotes on each to know whether a line break is inside a field.
func countRecords(data string) int {
	n, quoted, empty := 0, false, true
	for data != "" {
		line, rest, broken := strings.Cut(data, "\n")
		if line != "" && line != "\r" {
			empty = false
		}
		if q := strings.Count(line, `"`); q > 0 {
			quoted, empty = quoted != (q%2 == 1), false
		}
		if broken && !quoted {
			if !empty {
				n++
			}
			empty = true
		}
		data = rest
	}
	if !empty {
		n++
	}
	return n
}

// unexpectedFiles warns about CSV files in a dataset folder that are not
// among its files: "membership.csv" is read as nothing at all.
func unexpectedFiles(fsys fs.FS, dir string, display func(string) string, ps *problems) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.EqualFold(path.Ext(name), ".csv") || slices.Contains(fileNames[:], name) {
			continue
		}
		want := "one of the files of a dataset: " + strings.Join(fileNames[:], ", ") + "; it is not read"
		if near := nearest(name, fileNames[:]); near != "" {
			want += " (did you mean " + near + "?)"
		}
		ps.warn(&Problem{File: display(name), Err: ErrUnexpectedFile, Expected: want})
	}
}

// nearest returns the name of names closest to s, ignoring case, if it is
// within two edits; "" otherwise.
func nearest(s string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(strings.ToLower(s), n); d < bestD {
			best, bestD = n, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in bytes.
func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// firstInvalidUTF8 returns the offset of the first byte of text that is not
// part of valid UTF-8, or len(text). Ranging over a string decodes it:
// an invalid byte comes out as a RuneError one byte wide.
func firstInvalidUTF8(text string) int {
	for i, r := range text {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(text[i:]); size == 1 {
				return i
			}
		}
	}
	return len(text)
}
