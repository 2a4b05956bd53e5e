package collab

import (
	"encoding/json"
	"math"
	"os"
	"slices"
	"testing"
)

// TestCrossSectorAgainstNetworkx compares the cross-sector measures with
// testdata/measures_ref.json, made by testdata/measures_ref.py with
// networkx 2.8 from the sample CSVs.
func TestCrossSectorAgainstNetworkx(t *testing.T) {
	data, err := os.ReadFile("testdata/measures_ref.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string]struct {
		Edges, Cross int
		EI           float64
		Groups       map[string]struct{ Partners, External, Internal int }
		Mixing       [][]float64
		Brokers      map[string][]string
	}
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	for name, want := range ref {
		d, err := Measure(sample(t, name), "")
		if err != nil {
			t.Fatal(err)
		}
		cs := d.CrossSector
		if cs.Edges != want.Edges || cs.CrossEdges != want.Cross || math.Abs(cs.EI-want.EI) > 1e-9 {
			t.Errorf("%s: edges %d cross %d EI %v, want %d %d %v", name, cs.Edges, cs.CrossEdges, cs.EI, want.Edges, want.Cross, want.EI)
		}
		if len(cs.ByCategory) != len(want.Groups) {
			t.Errorf("%s: %d categories, want %d", name, len(cs.ByCategory), len(want.Groups))
		}
		for _, g := range cs.ByCategory {
			w := want.Groups[g.Category]
			if g.Partners != w.Partners || g.External != w.External || g.Internal != w.Internal {
				t.Errorf("%s %s: %+v, want %+v", name, g.Category, g, w)
			}
		}
		for i := range want.Mixing {
			if !slices.Equal(cs.Mixing[i], want.Mixing[i]) {
				t.Errorf("%s mixing row %d: %v, want %v", name, i, cs.Mixing[i], want.Mixing[i])
			}
		}
		if len(cs.Brokers) != len(want.Brokers) {
			t.Errorf("%s: %d brokers, want %d", name, len(cs.Brokers), len(want.Brokers))
		}
		for _, b := range cs.Brokers {
			if !slices.Equal(b.Categories, want.Brokers[b.Partner]) {
				t.Errorf("%s broker %s: %v, want %v", name, b.Partner, b.Categories, want.Brokers[b.Partner])
			}
		}
	}
}

// TestSmallCentreMeasures checks the other domain measures against the
// sample's design in testdata/README.md.
func TestSmallCentreMeasures(t *testing.T) {
	d, err := Measure(sample(t, "smallcentre"), "")
	if err != nil {
		t.Fatal(err)
	}
	m := d.Municipal
	// The Town: 1 of 3 working groups, a council member (not chair); plan not endorsed.
	if m.WorkingGroups != 3 || m.WithMunicipal != 1 || m.CouncilSeats != 1 || m.CouncilChairs != 0 || m.Endorsed != "no" {
		t.Errorf("municipal %+v", m)
	}
	g := d.Gaps
	if !slices.Equal(g.CouncilMissingCategories, []string{"economic", "knowledge", "media"}) {
		t.Errorf("missing categories %v", g.CouncilMissingCategories)
	}
	if !slices.Equal(g.ThemesWithoutGroup, []string{"employment", "health", "youth"}) {
		t.Errorf("themes %v", g.ThemesWithoutGroup)
	}
	if !slices.Equal(g.GroupsWithoutMunicipal, []string{"pinecrest-wg-inclusion", "pinecrest-wg-language"}) {
		t.Errorf("groups without the town %v", g.GroupsWithoutMunicipal)
	}
	// Twelve partners, each of its own sector.
	if len(g.SingleHolderSectors) != 12 {
		t.Errorf("single-holder sectors %v", g.SingleHolderSectors)
	}
	// Chair seats: newcomer services chairs council and settlement WG,
	// multicultural association co-chairs council and chairs inclusion WG,
	// language centre chairs the language WG: shares 2/5, 2/5, 1/5:
	// 4/25 + 4/25 + 1/25 = 0.36.
	if math.Abs(d.ChairConcentration-0.36) > 1e-12 {
		t.Errorf("chair concentration %v, want 0.36", d.ChairConcentration)
	}
	if len(d.Unaffiliated) != 0 {
		t.Errorf("unaffiliated %v", d.Unaffiliated)
	}
	n, _ := Measure(sample(t, "neighbourhood"), "")
	if !slices.Equal(n.Unaffiliated, []string{"eastside-food-cupboard"}) {
		t.Errorf("neighbourhood unaffiliated %v", n.Unaffiliated)
	}
}
