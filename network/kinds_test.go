package network_test

import (
	"errors"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in  string
		ok  bool
		out string
	}{
		{"", true, ""}, {"2019", true, "2019"}, {"2019-04-01", true, "2019-04-01"},
		{"2024-02-29", true, "2024-02-29"}, {"2023-02-29", false, ""}, {"1900-02-29", false, ""},
		{"2000-02-29", true, "2000-02-29"}, {"2019-13-01", false, ""}, {"2019-4-1", false, ""},
		{"19", false, ""}, {"0999", false, ""}, {"２０１９", false, ""}, {"2019-04-01T00", false, ""},
	} {
		d, err := network.ParseDate(tc.in)
		if (err == nil) != tc.ok || (tc.ok && d.String() != tc.out) {
			t.Errorf("ParseDate(%q) = %v, %v", tc.in, d, err)
		}
		if err != nil && !errors.Is(err, network.ErrBadDate) {
			t.Errorf("ParseDate(%q) error %v is not ErrBadDate", tc.in, err)
		}
	}
}

func TestActiveOn(t *testing.T) {
	d := network.MustParseDate
	m := network.Membership{Since: d("2019"), Until: d("2021-06-30")}
	for _, tc := range []struct {
		on   string
		want bool
	}{
		{"2018-12-31", false}, {"2019-01-01", true}, {"2019", true}, {"2021-06-30", true},
		{"2021-07-01", false}, {"2021", true}, {"2022", false}, {"2018", false},
	} {
		if got := m.ActiveOn(d(tc.on)); got != tc.want {
			t.Errorf("ActiveOn(%s) = %v, want %v", tc.on, got, tc.want)
		}
	}
}

func TestKindsAndRoles(t *testing.T) {
	for _, k := range network.BodyKinds() {
		back, err := network.ParseBodyKind(k.String())
		if err != nil || back != k || !k.IsValid() {
			t.Errorf("kind %v does not round-trip", k)
		}
	}
	if network.BodyKind(0).IsValid() || network.BodyKind(9).IsValid() {
		t.Error("invalid kinds reported valid")
	}
	if r, err := network.ParseRole(""); r != network.RoleMember || err != nil {
		t.Error(`ParseRole("") must give the default member role`)
	}
	for _, s := range []string{"chair", "co-chair", "member", "staff", "observer"} {
		r, err := network.ParseRole(s)
		if err != nil || r.String() != s {
			t.Errorf("role %q does not round-trip", s)
		}
	}
	if _, err := network.ParseRole("boss"); !errors.Is(err, network.ErrUnknownRole) {
		t.Error("ParseRole(boss) must fail with ErrUnknownRole")
	}
}

func TestTaxonomy(t *testing.T) {
	tax := network.DefaultTaxonomy()
	if len(tax.Keys()) != 20 || len(tax.Categories()) != 7 {
		t.Errorf("default taxonomy has %d sectors, %d categories; DATA-FORMAT.md lists 20 and 7", len(tax.Keys()), len(tax.Categories()))
	}
	if s, _ := tax.Lookup("municipal"); s.Level != network.Municipal || s.Category != network.CategoryGovernment {
		t.Errorf("municipal = %+v", s)
	}
	if tax.Category("library") != network.CategoryMainstream || tax.Category("nope") != "" {
		t.Error("Category lookups wrong")
	}
	own, err := network.NewTaxonomy([]network.SectorInfo{{Key: "a", Category: "x"}, {Key: "b", Category: "y"}})
	if err != nil || own.Category("b") != "y" {
		t.Fatal(err)
	}
	if _, err := network.NewTaxonomy([]network.SectorInfo{{Key: "a", Category: "x"}, {Key: "a", Category: "y"}}); err == nil {
		t.Error("duplicate keys accepted")
	}
	n, err := network.New(network.Data{Partners: []network.Partner{{ID: "p", Sector: "a"}}}, &network.Config{Taxonomy: own})
	if err != nil || n.Category("p") != "x" {
		t.Errorf("custom taxonomy: %v", err)
	}
}

func TestProjectionText(t *testing.T) {
	for _, name := range []string{"combined", "co-membership", "newman", "ties"} {
		var p network.Projection
		if err := p.UnmarshalText([]byte(name)); err != nil {
			t.Fatalf("UnmarshalText(%q): %v", name, err)
		}
		if b, err := p.MarshalText(); err != nil || string(b) != name {
			t.Errorf("%q marshals as %q, %v", name, b, err)
		}
	}
	if _, err := network.ParseProjection("weighted"); err == nil {
		t.Error("ParseProjection accepts an unknown name")
	}
	if _, err := network.Projection(9).MarshalText(); err == nil {
		t.Error("network.Projection(9) marshals")
	}
}
