package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// TestCSV reads the CSV files back with encoding/csv. The reference for the
// affiliation matrix is testdata/README.md: the mid-size council has 27
// members and the steering committee 7; the number of ones is the number of
// edges of the affiliation graph.
func TestCSV(t *testing.T) {
	n := loadSample(t, "midsize")
	read := func(write func(*bytes.Buffer) error) [][]string { return readCSV(t, write) }
	aff := read(func(b *bytes.Buffer) error { return AffiliationCSV(b, n) })
	if len(aff) != 41 || len(aff[0]) != 14 {
		t.Fatalf("affiliation matrix %dx%d, want 41x14", len(aff), len(aff[0]))
	}
	ones := 0
	colSum := map[string]int{}
	for _, rec := range aff[1:] {
		for j, v := range rec[1:] {
			if v == "1" {
				ones++
				colSum[aff[0][j+1]]++
			} else if v != "0" {
				t.Fatalf("cell %q", v)
			}
		}
	}
	if colSum["westbrook-council"] != 27 || colSum["westbrook-steering"] != 7 {
		t.Errorf("council %d, steering %d members; want 27 and 7", colSum["westbrook-council"], colSum["westbrook-steering"])
	}
	if want := n.AffiliationGraph().NumEdges(); ones != want {
		t.Errorf("%d ones, want %d", ones, want)
	}

	edges := read(func(b *bytes.Buffer) error { return EdgesCSV(b, n, Options{}) })
	p := parsedGraph{weights: map[[2]string]float64{}}
	for _, rec := range edges[1:] {
		w, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			t.Fatal(err)
		}
		p.weights[[2]string{rec[0], rec[1]}] = w
	}
	nodes := read(func(b *bytes.Buffer) error { return NodesCSV(b, n, Options{}) })
	p.attrs = map[string]map[string]string{}
	for _, rec := range nodes[1:] {
		p.nodes = append(p.nodes, rec[0])
		m := map[string]string{}
		for j, v := range rec {
			m[nodes[0][j]] = v
		}
		p.attrs[rec[0]] = m
	}
	checkAgainstNetwork(t, n, p, func(s string) string { return s })
	if !slices.Equal(edges[0], []string{"source", "target", "weight"}) {
		t.Errorf("edge header %q", edges[0])
	}
}

// TestCSVFormulaInjection exports partners whose id, name and attributes
// look like spreadsheet formulas: those cells come out prefixed with a
// single quote in every CSV file, the same in nodes.csv and edges.csv, and
// number cells (an attribute -0.5, the weights) stay numbers.
func TestCSVFormulaInjection(t *testing.T) {
	d := network.Data{Partners: []network.Partner{
		{ID: "=cmd", Name: `=HYPERLINK("http://evil.example","x")`, Sector: "health", Partnership: "+p",
			Attrs: map[string]string{"score": "-0.5", "note": "@SUM(A1)"}},
		{ID: "b", Name: "-2+3", Sector: "faith", Partnership: "+p"},
	}, Bodies: []network.Body{{ID: "-wg", Name: "WG", Kind: network.WorkingGroup, Theme: "health", Partnership: "+p"}},
		Memberships: []network.Membership{{Partner: "=cmd", Body: "-wg"}, {Partner: "b", Body: "-wg"}},
		Ties:        []network.Tie{{Source: "=cmd", Target: "b", Weight: 2}}}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	read := func(write func(*bytes.Buffer) error) [][]string { return readCSV(t, write) }
	nodes := read(func(b *bytes.Buffer) error { return NodesCSV(b, n, Options{}) })
	col := map[string]int{}
	for i, h := range nodes[0] {
		col[h] = i
	}
	row := nodes[1] // rows in ID order: "=cmd" < "b"
	for k, want := range map[string]string{"id": "'=cmd", "name": `'=HYPERLINK("http://evil.example","x")`,
		"partnership": "'+p", "attr.note": "'@SUM(A1)", "attr.score": "-0.5", "degree": "1"} {
		if got := row[col[k]]; got != want {
			t.Errorf("nodes.csv %s = %q, want %q", k, got, want)
		}
	}
	if got := nodes[2][col["name"]]; got != "'-2+3" {
		t.Errorf("nodes.csv name %q", got)
	}
	edges := read(func(b *bytes.Buffer) error { return EdgesCSV(b, n, Options{}) })
	if !slices.Equal(edges[1][:2], []string{"'=cmd", "b"}) || edges[1][2] != "3" {
		t.Errorf("edges.csv %q, want '=cmd,b,3 (co-membership 1 + tie 2)", edges[1])
	}
	aff := read(func(b *bytes.Buffer) error { return AffiliationCSV(b, n) })
	if aff[0][1] != "'-wg" || aff[1][0] != "'=cmd" {
		t.Errorf("affiliation.csv %q", aff)
	}
}

// readCSV returns the records write writes, read back with encoding/csv.
func readCSV(t *testing.T, write func(*bytes.Buffer) error) [][]string {
	t.Helper()
	var b bytes.Buffer
	if err := write(&b); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
