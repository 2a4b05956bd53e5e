package network_test

import (
	"bytes"
	"errors"
	"github.com/lipgraph/lipgraph/internal/sampletest"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lipgraph/lipgraph/network"
)

var samples = []string{"midsize", "smallcentre", "neighbourhood"}

func loadSample(t testing.TB, name string) *network.Network { return sampletest.Load(t, name) }

// equal compares networks by their records (go-cmp on Data).
func equal(t *testing.T, want, got *network.Network) {
	t.Helper()
	if diff := cmp.Diff(want.Data(), got.Data(), cmpopts.EquateEmpty(), cmp.AllowUnexported(network.Date{})); diff != "" {
		t.Errorf("networks differ (-want +got):\n%s", diff)
	}
}

// TestSampleCounts checks the loader against the counts that
// testdata/check_samples.py (an independent stdlib Python reading of the
// CSV files) prints in testdata/README.md.
func TestSampleCounts(t *testing.T) {
	for _, tc := range []struct {
		name                                          string
		partners, bodies, memberships, ties, profiles int
		councils, workingGroups                       int
	}{
		{"midsize", 40, 13, 112, 85, 1, 1, 6},
		{"smallcentre", 12, 5, 26, 12, 1, 1, 3},
		{"neighbourhood", 18, 5, 36, 25, 1, 1, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := loadSample(t, tc.name)
			got := []int{n.NumPartners(), n.NumBodies(), n.NumMemberships(), n.NumTies(), len(n.Profiles()), len(n.Councils()), len(n.WorkingGroups())}
			want := []int{tc.partners, tc.bodies, tc.memberships, tc.ties, tc.profiles, tc.councils, tc.workingGroups}
			if !cmp.Equal(got, want) {
				t.Errorf("counts (partners, bodies, memberships, ties, profiles, councils, working groups) = %v, want %v", got, want)
			}
			checkNums(t, n)
		})
	}
}

// checkNums checks that the Num methods count what the methods returning
// copies return.
func checkNums(t *testing.T, n *network.Network) {
	t.Helper()
	nums := []int{n.NumPartners(), n.NumBodies(), n.NumMemberships(), n.NumTies(), n.NumRatings()}
	lens := []int{len(n.Partners()), len(n.Bodies()), len(n.Memberships()), len(n.Ties()), len(n.Ratings())}
	if !cmp.Equal(nums, lens) {
		t.Errorf("Num methods (partners, bodies, memberships, ties, ratings) = %v, lengths of the copies %v", nums, lens)
	}
}

func TestRoundTripCSV(t *testing.T) {
	for _, s := range samples {
		t.Run(s, func(t *testing.T) {
			roundTripCSV(t, loadSample(t, s))
		})
	}
}

func TestRoundTripJSON(t *testing.T) {
	for _, s := range samples {
		t.Run(s, func(t *testing.T) {
			n := loadSample(t, s)
			var buf bytes.Buffer
			if err := network.WriteJSON(&buf, n); err != nil {
				t.Fatal(err)
			}
			back, err := network.ReadJSON(bytes.NewReader(buf.Bytes()), "doc.json", nil)
			if err != nil {
				t.Fatal(err)
			}
			equal(t, n, back)
			var again bytes.Buffer
			if err := network.WriteJSON(&again, back); err != nil {
				t.Fatal(err)
			}
			if again.String() != buf.String() {
				t.Error("WriteJSON is not stable across a round trip")
			}
		})
	}
}

// TestInputOrder checks that shuffling every table gives an equal network:
// records are kept in canonical order.
func TestInputOrder(t *testing.T) {
	n := loadSample(t, "midsize")
	d := n.Data()
	r := rand.New(rand.NewPCG(1, 2))
	r.Shuffle(len(d.Partners), func(i, j int) { d.Partners[i], d.Partners[j] = d.Partners[j], d.Partners[i] })
	r.Shuffle(len(d.Bodies), func(i, j int) { d.Bodies[i], d.Bodies[j] = d.Bodies[j], d.Bodies[i] })
	r.Shuffle(len(d.Memberships), func(i, j int) { d.Memberships[i], d.Memberships[j] = d.Memberships[j], d.Memberships[i] })
	r.Shuffle(len(d.Ties), func(i, j int) { d.Ties[i], d.Ties[j] = d.Ties[j], d.Ties[i] })
	shuffled, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, n, shuffled)
}

func TestJSONProblemsHaveLines(t *testing.T) {
	doc := `{
  "partners": [
    {"id": "a", "sector": "health"},
    {"id": "b", "sector": "plumbing"}
  ],
  "ties": [
    {"source": "a", "target": "zed", "weight": 0}
  ]
}`
	_, err := network.ReadJSON(strings.NewReader(doc), "lip.json", nil)
	// Columns counted by hand: line 4 is 4 spaces and `{"id": "b",
	// "sector": ` (22 characters) before "plumbing", column 27; line 7 has
	// `{"source": "a", "target": ` (26) before "zed", column 31, and
	// `"zed", "weight": ` (17) more before 0, column 48.
	want := "network: 3 problems:\n" +
		"\tlip.json:4:27: sector \"plumbing\": unknown sector; want one of community, education, employment, ethnocultural, faith, federal, health, housing, language-training, legal, library, media, municipal, newcomer, police, provincial, research, settlement, social-services, umbrella\n" +
		"\tlip.json:7:31: target \"zed\": unknown partner; want the id of a partner in partners\n" +
		"\tlip.json:7:48: weight \"0\": invalid weight; want a finite number > 0"
	if err == nil || err.Error() != want {
		t.Errorf("ReadJSON error:\n%v\nwant:\n%s", err, want)
	}
}

func TestCSVDetails(t *testing.T) {
	fsys := fstest.MapFS{
		// BOM, upper-case headers in another order, blank lines, quoting, a free attribute
		"d/partners.csv": {Data: []byte("\ufeffSector,ID,Name,Size\r\nhealth,a,\"Clinic, \"\"North\"\"\",large\r\n\r\nHEALTH,b,\"Multi\nline\",\n")},
		"d/ties.csv":     {Data: []byte("source,target\na,b\n")},
	}
	n, err := network.ReadFS(fsys, "d", nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := n.Partner("a")
	b, _ := n.Partner("b")
	if a.Name != `Clinic, "North"` || a.Attrs["size"] != "large" || b.Name != "Multi\nline" || b.Sector != "health" || b.Attrs != nil {
		t.Errorf("partners = %+v, %+v", a, b)
	}
	if ties := n.Ties(); len(ties) != 1 || ties[0].Weight != 1 {
		t.Errorf("ties = %+v, want one of default weight 1", ties)
	}
}

func TestLimits(t *testing.T) {
	dir := filepath.Join("..", "testdata", "midsize")
	for _, tc := range []struct {
		name string
		c    network.Config
	}{
		{"records", network.Config{MaxRecords: 10}},
		{"bytes", network.Config{MaxFileBytes: 100}},
		{"pairs", network.Config{MaxPairs: 50}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := network.LoadDir(dir, &tc.c)
			if n != nil || !errors.Is(err, network.ErrTooLarge) {
				t.Fatalf("LoadDir with %+v = %v, %v; want ErrTooLarge", tc.c, n, err)
			}
			if !strings.Contains(err.Error(), "Config.Max") {
				t.Errorf("error does not name the limit: %v", err)
			}
		})
	}
	_, err := network.LoadDir(dir, &network.Config{MaxRecords: 1, MaxProblems: 2})
	var nerr *network.Error
	if !errors.As(err, &nerr) || len(nerr.Problems) != 2 || !nerr.Truncated {
		t.Errorf("MaxProblems 2: got %v", err)
	}
}

func TestNewProblems(t *testing.T) {
	d := network.Data{
		Partners:    []network.Partner{{ID: "a", Sector: "health"}, {ID: "a", Sector: "nope"}},
		Bodies:      []network.Body{{ID: "x", Kind: 0}, {ID: "t", Kind: network.ActionTeam, Parent: "x"}},
		Memberships: []network.Membership{{Partner: "a", Body: "y", Role: 17}},
		Ties:        []network.Tie{{Source: "a", Target: "a", Weight: -1}},
	}
	_, err := network.New(d, nil)
	for _, kind := range []error{network.ErrDuplicateID, network.ErrUnknownSector, network.ErrUnknownKind,
		network.ErrUnknownBody, network.ErrUnknownRole, network.ErrBadWeight} {
		if !errors.Is(err, kind) {
			t.Errorf("New: no %v problem in\n%v", kind, err)
		}
	}
	if !strings.Contains(err.Error(), "partners:2: id \"a\": duplicate id; want a unique id; first at partners:1") {
		t.Errorf("problems of Data built in code should name slice and position:\n%v", err)
	}
}

// TestWriteJSONKeepsSymbols: the JSON document writes <, > and & as they
// are (it is data, not HTML: encoding/json's Marshal would write \u003c), in
// names and in attributes, and reads them back.
func TestWriteJSONKeepsSymbols(t *testing.T) {
	d := network.Data{Partners: []network.Partner{{ID: "a&b", Name: "Fish & <Chips>", Sector: "health", Attrs: map[string]string{"note": "x > y"}}}}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := network.WriteJSON(&b, n); err != nil {
		t.Fatal(err)
	}
	doc := b.String()
	for _, want := range []string{`"id": "a&b"`, `"name": "Fish & <Chips>"`, `"attributes": {"note":"x > y"}`} {
		if !strings.Contains(doc, want) {
			t.Errorf("document lacks %s:\n%s", want, doc)
		}
	}
	back, err := network.ReadJSON(strings.NewReader(doc), "d.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	if p := back.Partners()[0]; p.Name != "Fish & <Chips>" || p.Attrs["note"] != "x > y" {
		t.Errorf("read back %+v", p)
	}
}

// TestInvalidWhileBuilding: the network is built while the data is
// validated; on invalid data that build may fail (here a membership of a
// body in a dataset without bodies, and one of an unknown partner), and
// loading must still report the problems, not panic.
func TestInvalidWhileBuilding(t *testing.T) {
	fsys := fstest.MapFS{
		"d/partners.csv":    {Data: []byte("id,sector\na,health\nb,legal\n")},
		"d/memberships.csv": {Data: []byte("partner,body\na,council\nzz,council\n")},
		"d/ties.csv":        {Data: []byte("source,target\na,b\nb,yy\n")},
	}
	n, err := network.ReadFS(fsys, "d", nil)
	if n != nil || !errors.Is(err, network.ErrUnknownBody) || !errors.Is(err, network.ErrUnknownPartner) {
		t.Errorf("ReadFS = %v, %v; want unknown body and unknown partner", n, err)
	}
}

// TestDuplicateMemberships: a membership repeats another when their
// partner, body and since are the same strings, whether or not the partner
// and body are known (the problems are listed by hand).
func TestDuplicateMemberships(t *testing.T) {
	d := network.Data{
		Partners: []network.Partner{{ID: "a", Sector: "health"}, {ID: "b", Sector: "health"}, {ID: "a", Sector: "health"}},
		Bodies:   []network.Body{{ID: "x", Kind: network.Council}, {ID: "y", Kind: network.Council}},
		Memberships: []network.Membership{
			{Partner: "a", Body: "x"},                                       // 1
			{Partner: "ghost", Body: "x"},                                   // 2: unknown partner
			{Partner: "ghost", Body: "x"},                                   // 3: repeats 2
			{Partner: "a", Body: "ghost"},                                   // 4: unknown body, not 2 or 3
			{Partner: "a", Body: "ghost"},                                   // 5: repeats 4
			{Partner: "b", Body: "x"},                                       // 6
			{Partner: "a", Body: "x"},                                       // 7: repeats 1
			{Partner: "a", Body: "y"},                                       // 8
			{Partner: "a", Body: "x", Since: network.MustParseDate("2020")}, // 9: another since
			{Partner: "", Body: "y"},                                        // 10: missing partner
			{Partner: "", Body: "y"},                                        // 11: repeats 10
		},
	}
	_, err := network.New(d, nil)
	var nerr *network.Error
	if !errors.As(err, &nerr) {
		t.Fatalf("New = %v, want an *Error", err)
	}
	var got []string
	for _, p := range nerr.Problems {
		if errors.Is(p, network.ErrDuplicateRelation) {
			got = append(got, p.Error())
		}
	}
	want := []string{
		`memberships:3: body "x": duplicate membership; want one membership of ghost in x; first at memberships:2`,
		`memberships:5: body "ghost": duplicate membership; want one membership of a in ghost; first at memberships:4`,
		`memberships:7: body "x": duplicate membership; want one membership of a in x; first at memberships:1`,
		`memberships:11: body "y": duplicate membership; want one membership of  in y; first at memberships:10`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("duplicate memberships:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
