package network_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/network"
)

func warningTexts(n *network.Network) []string {
	var out []string
	for _, w := range n.Warnings() {
		out = append(out, w.Error())
	}
	return out
}

// TestWarnings: suspicious but valid input loads, with located warnings.
// Before, membership.csv (a misspelt file) and a "membership" JSON key were
// silently not read, dropping every membership.
func TestWarnings(t *testing.T) {
	date, err := network.ParseDate("2026-11-30")
	if err != nil {
		t.Fatal(err)
	}
	known := func(theme string) bool { return theme == "health" }
	fsys := fstest.MapFS{
		"d/partners.csv":    {Data: []byte("id,sector\na,health\nb,library\n")},
		"d/bodies.csv":      {Data: []byte("id,kind,theme\nw,working-group,helth\nh,working-group,health\n")},
		"d/membership.csv":  {Data: []byte("partner,body\na,w\n")},
		"d/memberships.csv": {Data: []byte("partner,body,until\na,w,2019\nb,w,2026-11-29\na,h,2026-11-30\n")},
		"d/profile.csv":     {Data: []byte("partnership;lead\n;municipal\n")},
		"d/notes.txt":       {Data: []byte("not a data file")},
	}
	n, err := network.ReadFS(fsys, "d", &network.Config{KnownTheme: known, EndedBefore: date})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"d/membership.csv: unexpected file; want one of the files of a dataset: partners.csv, bodies.csv, memberships.csv, ties.csv, profile.csv, ratings.csv; it is not read (did you mean memberships.csv?)",
		`d/bodies.csv:2:3: theme "helth": unrecognised theme; want a theme the scorecard recognises (such as employment, language-training, health, youth); this one covers no common theme or Welcoming Communities domain`,
		`d/memberships.csv:2:3: until "2019": ended membership counted; want current memberships: this membership and 1 more ended before today but count as current unless a date is judged (--as-of)`,
		`d/profile.csv:1: header "partnership;lead": not comma-separated; want comma-separated columns; the header looks ";"-separated: lipgraph reads comma-separated files`,
	}
	if got := warningTexts(n); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Strict: the same warnings are the problems
	_, err = network.ReadFS(fsys, "d", &network.Config{KnownTheme: known, EndedBefore: date, Strict: true})
	var nerr *network.Error
	if !errors.As(err, &nerr) || len(nerr.Problems) != len(want) || !errors.Is(err, network.ErrUnexpectedFile) || !errors.Is(err, network.ErrEndedMembership) {
		t.Errorf("strict: %v; want the %d warnings as problems", err, len(want))
	}
	// a ;-separated required file is an error with the hint
	fsys["e/partners.csv"] = &fstest.MapFile{Data: []byte("id;sector\na;health\n")}
	_, err = network.ReadFS(fsys, "e", nil)
	if err == nil || !strings.Contains(err.Error(), `e/partners.csv:1: missing required column; want a column named "id" (the header has: id;sector); the header looks ";"-separated: lipgraph reads comma-separated files`) {
		t.Errorf("a ;-separated partners.csv: %v", err)
	}
}

// TestJSONUnknownKey: a misspelt table key in a JSON document is read as
// nothing; it gets a warning at its line and column.
func TestJSONUnknownKey(t *testing.T) {
	doc := "{\"partners\": [{\"id\": \"a\", \"sector\": \"health\"}],\n  \"membership\": [{\"partner\": \"a\", \"body\": \"x\"}]}"
	n, err := network.ReadJSON(strings.NewReader(doc), "d.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	want := `d.json:2:3: key "membership": unknown key; want one of the keys partners, bodies, memberships, ties, profiles, ratings; it is not read (did you mean memberships?)`
	if got := warningTexts(n); len(got) != 1 || got[0] != want {
		t.Errorf("warnings %q, want %q", got, want)
	}
	if _, err := network.ReadJSON(strings.NewReader(doc), "d.json", &network.Config{Strict: true}); !errors.Is(err, network.ErrUnknownKey) {
		t.Errorf("strict: %v; want ErrUnknownKey", err)
	}
}

// TestSamplesHaveNoWarnings: the samples' themes are all recognised and
// their folders hold only data files.
func TestSamplesHaveNoWarnings(t *testing.T) {
	known := func(theme string) bool { return theme != "" && !strings.ContainsAny(theme, " ") }
	for _, name := range samples {
		n, err := network.ReadFS(lipgraph.Samples, "testdata/"+name, &network.Config{KnownTheme: known})
		if err != nil {
			t.Fatal(err)
		}
		if w := n.Warnings(); len(w) != 0 {
			t.Errorf("%s: warnings %v", name, w)
		}
	}
}
