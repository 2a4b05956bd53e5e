package draw

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"gonum.org/v1/gonum/graph/formats/dot"

	"github.com/lipgraph/lipgraph/network"
)

// fuzzNetwork is a partnership whose partners, body and theme carry name.
func fuzzNetwork(t *testing.T, name string) *network.Network {
	d := network.Data{
		Bodies: []network.Body{
			{ID: "c", Kind: network.Council, Name: name},
			{ID: "w", Kind: network.WorkingGroup, Name: name, Theme: name},
			{ID: "a", Kind: network.ActionTeam, Name: name, Theme: name, Parent: "w"},
		},
	}
	for i := range 3 {
		id := "p" + strconv.Itoa(i)
		d.Partners = append(d.Partners, network.Partner{ID: id, Name: name + id, Sector: "health", Partnership: name})
		d.Memberships = append(d.Memberships,
			network.Membership{Partner: id, Body: "c", Role: network.Role(i % 2)},
			network.Membership{Partner: id, Body: "w"}, network.Membership{Partner: id, Body: "a"})
	}
	// the name is also a sector category, which goes into the HTML-like
	// legend table of the partner diagram
	var cfg *network.Config
	if tax, err := network.NewTaxonomy([]network.SectorInfo{{Key: "health", Category: name}}); err == nil {
		cfg = &network.Config{Taxonomy: tax}
	}
	n, err := network.New(d, cfg)
	if err != nil {
		t.Skip("a name network.New refuses cannot reach the drawings")
	}
	return n
}

// FuzzNames checks that any name gives DOT that gonum's DOT parser accepts,
// in both diagrams, and that Clean leaves only printable text and newlines.
// The Graphviz side is checked on the hostile golden files
// (TestGoldenGraphviz, TestHostileNamesShowFaithfully).
func FuzzNames(f *testing.F) {
	for _, s := range hostileNames {
		f.Add(s)
	}
	f.Add(`"\`)
	f.Add("\\")
	f.Add("a\\\nb")
	f.Fuzz(func(t *testing.T, name string) {
		c := Clean(name)
		if !utf8.ValidString(c) {
			t.Fatalf("Clean(%q) = %q is not UTF-8", name, c)
		}
		for _, r := range c {
			if r != '\n' && !strconv.IsPrint(r) {
				t.Fatalf("Clean(%q) keeps %U", name, r)
			}
		}
		if strings.Contains(c, "&") && strings.Count(c, "&") != strings.Count(c, "&amp;") {
			t.Fatalf("Clean(%q) = %q has a bare &", name, c)
		}
		n := fuzzNetwork(t, name)
		gaps := markAll(n)
		var b bytes.Buffer
		if err := Structure(&b, n, StructureOptions{Highlight: &gaps, Title: name}); err != nil {
			t.Fatal(err)
		}
		if _, err := dot.ParseBytes(b.Bytes()); err != nil {
			t.Fatalf("structure DOT for %q does not parse: %v\n%s", name, err, b.String())
		}
		b.Reset()
		if err := Partners(&b, n, PartnerOptions{SizeBy: SizeDegree, GroupBy: GroupPartnership, Highlight: &gaps, Title: name}); err != nil {
			t.Fatal(err)
		}
		if _, err := dot.ParseBytes(b.Bytes()); err != nil {
			t.Fatalf("partner DOT for %q does not parse: %v\n%s", name, err, b.String())
		}
	})
}
