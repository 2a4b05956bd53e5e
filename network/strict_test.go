package network_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/lipgraph/lipgraph/network"
)

// readJSONProblems returns the problem texts of reading doc, failing the
// test if it loads.
func readJSONProblems(t *testing.T, doc string) []string {
	t.Helper()
	n, err := network.ReadJSON(strings.NewReader(doc), "d.json", nil)
	var nerr *network.Error
	if !errors.As(err, &nerr) || n != nil {
		t.Fatalf("ReadJSON(%s) = %v, %v; want problems", doc, n, err)
	}
	var out []string
	for _, p := range nerr.Problems {
		out = append(out, p.Error())
	}
	return out
}

func wantProblems(t *testing.T, doc string, want ...string) {
	t.Helper()
	got := readJSONProblems(t, doc)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("ReadJSON(%s) problems:\n%s\nwant:\n%s", doc, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// wantSyntax checks that doc has one problem, a syntax error at line:col
// (one of cols). What follows "malformed input; want" quotes the
// encoding/json decoder, whose words differ between its implementations
// (GOEXPERIMENT=jsonv2): only the place and the kind are pinned.
func wantSyntax(t *testing.T, doc string, line int, cols ...int) {
	t.Helper()
	got := readJSONProblems(t, doc)
	ok := len(got) == 1 && slices.ContainsFunc(cols, func(col int) bool {
		return strings.HasPrefix(got[0], fmt.Sprintf("d.json:%d:%d: malformed input; want ", line, col))
	})
	if !ok {
		t.Errorf("ReadJSON(%s) problems:\n%s\nwant one syntax error at line %d, column %v", doc, strings.Join(got, "\n"), line, cols)
	}
}

// TestJSONDuplicateKeys: keys differing only in case used to be accepted,
// the kept value varying from run to run (map order). Columns by hand.
func TestJSONDuplicateKeys(t *testing.T) {
	wantProblems(t, `{"partners": [{"id": "a", "sector": "health", "ID": "b"}]}`,
		`d.json:1:47: key "ID": duplicate key; want each key once in an object, whatever its case; first at 1:16`)
	wantProblems(t, `{"partners": [{"id": "a", "sector": "health", "attributes": {"Size": "large", "size": "small"}}]}`,
		`d.json:1:79: key "size": duplicate key; want each key once in an object, whatever its case; first at 1:62`)
	wantProblems(t, "{\"partners\": [],\n \"Partners\": [{\"id\": \"a\", \"sector\": \"health\"}]}",
		`d.json:2:2: key "Partners": duplicate key; want each key once in an object, whatever its case; first at 1:2`)
}

// TestJSONTrailingData: a second document, or anything after the first,
// used to be ignored unread.
func TestJSONTrailingData(t *testing.T) {
	const one = `{"partners": [{"id": "a", "sector": "health"}]}`
	if _, err := network.ReadJSON(strings.NewReader(one+"\n \t\n"), "d.json", nil); err != nil {
		t.Fatalf("white space after the document: %v", err)
	}
	wantProblems(t, one+"\n"+`{"partners": [{"id": "b", "sector": "plumbing"}]}`,
		`d.json:2:1: malformed input; want nothing after the end of the document (one JSON object)`)
	wantProblems(t, one+" x",
		`d.json:1:49: malformed input; want nothing after the end of the document (one JSON object)`)
	wantProblems(t, one+"]",
		`d.json:1:48: malformed input; want nothing after the end of the document (one JSON object)`)
}

// TestJSONMinifiedColumns: in a document on one line, every problem used to
// say line 1 and nothing more. Columns counted by hand.
func TestJSONMinifiedColumns(t *testing.T) {
	doc := `{"partners":[{"id":"a","sector":"health"},{"id":"b","sector":"plumbing"}],"memberships":[{"partner":"a","body":"x"}]}`
	wantProblems(t, doc,
		`d.json:1:62: sector "plumbing": unknown sector; want one of community, education, employment, ethnocultural, faith, federal, health, housing, language-training, legal, library, media, municipal, newcomer, police, provincial, research, settlement, social-services, umbrella`,
		`d.json:1:112: body "x": unknown body; want the id of a body in bodies`)
	// syntax errors: a missing value, a bad literal (reported where it
	// starts, or at its bad byte), an unfinished document
	wantSyntax(t, `{"partners":[{"id":}]}`, 1, 20)
	wantSyntax(t, "{\"partners\":\n [{\"id\": tru}]}", 2, 10, 12)
	wantSyntax(t, `{"partners":[{"id":"a"`, 1, 23)
	// multi-byte characters count as one column each
	wantProblems(t, `{"partners":[{"id":"é","sector":"x"}]}`,
		`d.json:1:33: sector "x": unknown sector; want one of community, education, employment, ethnocultural, faith, federal, health, housing, language-training, legal, library, media, municipal, newcomer, police, provincial, research, settlement, social-services, umbrella`)
}

// TestTextRoundTrips: values that would not come back the same from the
// files lipgraph writes are rejected by New and by the loaders alike. Before,
// New accepted an invalid UTF-8 id the CSV loader refused, a CR LF inside a
// value became LF in CSV (so two ids could become one), and control
// characters became U+FFFD in GraphML and GEXF.
func TestTextRoundTrips(t *testing.T) {
	for _, tc := range []struct {
		id, name, want string
	}{
		{"x\x01", "", `partners:1: id "x\x01": invalid value; want no control characters (line breaks, tabs, escape codes) in an identifier`},
		{"a\nb", "", `partners:1: id "a\nb": invalid value; want no control characters (line breaks, tabs, escape codes) in an identifier`},
		{"x\xff", "", `partners:1: id "x\xff": invalid value; want valid UTF-8 text`},
		{" x", "", `partners:1: id " x": invalid value; want no white space around the value (the loaders remove it)`},
		{"x", "A\r\nB", `partners:1: name "A\r\nB": invalid value; want no carriage return (CR) inside a value: a line break inside a value, or lines that end in a lone CR`},
		{"x", "A\x1b[2J", `partners:1: name "A\x1b[2J": invalid value; want no control characters other than line feed and tab: they do not survive GraphML and GEXF`},
		{"x\uffff", "", `partners:1: id "x\uffff": invalid value; want no U+FFFE or U+FFFF, which XML (GraphML, GEXF) cannot hold`},
	} {
		_, err := network.New(network.Data{Partners: []network.Partner{{ID: tc.id, Name: tc.name, Sector: "health"}}}, nil)
		var nerr *network.Error
		if !errors.As(err, &nerr) || len(nerr.Problems) != 1 || nerr.Problems[0].Error() != tc.want {
			t.Errorf("New(id %q, name %q) = %v\nwant %s", tc.id, tc.name, err, tc.want)
		}
	}
	// free text keeps line feeds and tabs
	if _, err := network.New(network.Data{Partners: []network.Partner{{ID: "x", Name: "A\n\tB", Sector: "health"}}}, nil); err != nil {
		t.Errorf("a name with a line feed and a tab: %v", err)
	}
	// the same from JSON, located
	wantProblems(t, `{"partners":[{"id":"a\r\nb","sector":"health"}]}`,
		`d.json:1:20: id "a\r\nb": invalid value; want no carriage return (CR) inside a value: a line break inside a value, or lines that end in a lone CR`)
}

// TestProfileNeedsPartnership: a profile row with an empty partnership was
// applied to every partnership of a multi-partnership dataset.
func TestProfileNeedsPartnership(t *testing.T) {
	partners := []network.Partner{{ID: "a", Sector: "health", Partnership: "east"}, {ID: "b", Sector: "health", Partnership: "west"}}
	_, err := network.New(network.Data{Partners: partners, Profiles: []network.Profile{{Lead: "municipal"}}}, nil)
	want := `profiles:1: partnership "": missing required value; want the partnership the profile is of: the partners name 2 partnerships (an empty partnership is allowed only in a dataset of one)`
	var nerr *network.Error
	if !errors.As(err, &nerr) || len(nerr.Problems) != 1 || nerr.Problems[0].Error() != want {
		t.Errorf("New = %v\nwant %s", err, want)
	}
	// one partnership: allowed, and found by any name
	n, err := network.New(network.Data{Partners: partners[:1], Profiles: []network.Profile{{Lead: "municipal"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if p, ok := n.Profile("east"); !ok || p.Lead != "municipal" {
		t.Errorf("Profile(east) = %+v, %v", p, ok)
	}
}

// TestLineEndings: a file whose lines end in a lone CR used to read as one
// line; it is read line by line. A file mixing lone CRs with LFs is refused
// with a hint about line endings.
func TestLineEndings(t *testing.T) {
	fsys := fstest.MapFS{
		"cr/partners.csv":    {Data: []byte("id,sector\ra,health\rb,library\r")},
		"cr/ties.csv":        {Data: []byte("source,target\ra,b")},
		"mixed/partners.csv": {Data: []byte("id,sector\na,health\rb,library\n")},
	}
	n, err := network.ReadFS(fsys, "cr", nil)
	if err != nil || n.NumPartners() != 2 || len(n.Ties()) != 1 {
		t.Fatalf("CR line endings: %v, %v", n, err)
	}
	_, err = network.ReadFS(fsys, "mixed", nil)
	if err == nil || !strings.Contains(err.Error(), "mixed/partners.csv:2: malformed input; want 2 fields as in the header, got 3 (the file mixes line endings: some lines end in a lone CR)") {
		t.Errorf("mixed line endings: %v", err)
	}
}

// TestTieWeightSum: tie weights whose sum overflowed reached the outputs as
// NaN and Inf (DOT fontsize="NaN", GraphML +Inf, metrics null). Their sum
// is bounded; the tie that crosses the bound is named.
func TestTieWeightSum(t *testing.T) {
	fsys := fstest.MapFS{
		"d/partners.csv": {Data: []byte("id,sector\na,health\nb,library\nc,media\n")},
		"d/ties.csv":     {Data: []byte("source,target,weight\na,b,1e308\nb,c,1e308\na,c,1\n")},
	}
	_, err := network.ReadFS(fsys, "d", nil)
	want := `d/ties.csv:2:3: weight "1e+308": invalid weight; want weights that add up to at most 1e+15 over all ties (this one brings the sum to 1e+308), so that strengths and every measure stay finite`
	var nerr *network.Error
	if !errors.As(err, &nerr) || len(nerr.Problems) != 1 || nerr.Problems[0].Error() != want {
		t.Errorf("ReadFS = %v\nwant %s", err, want)
	}
	ties := []network.Tie{{Source: "a", Target: "b", Weight: 6e14}, {Source: "b", Target: "a", Weight: 4e14}}
	partners := []network.Partner{{ID: "a", Sector: "health"}, {ID: "b", Sector: "health"}}
	if _, err := network.New(network.Data{Partners: partners, Ties: ties}, nil); err != nil {
		t.Errorf("weights adding up to exactly 1e15: %v", err)
	}
	ties[1].Weight = 4.1e14
	if _, err := network.New(network.Data{Partners: partners, Ties: ties}, nil); !errors.Is(err, network.ErrBadWeight) {
		t.Errorf("weights adding up to 1.01e15: %v; want ErrBadWeight", err)
	}
}
