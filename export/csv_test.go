package export

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"testing"
)

// TestCSV reads the CSV files back with encoding/csv. The reference for the
// affiliation matrix is testdata/README.md: the mid-size council has 27
// members and the steering committee 7; the number of ones is the number of
// edges of the affiliation graph.
func TestCSV(t *testing.T) {
	n := loadSample(t, "midsize")
	read := func(write func(*bytes.Buffer) error) [][]string {
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
