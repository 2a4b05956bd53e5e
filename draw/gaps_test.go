package draw

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/lipgraph/lipgraph/network"
)

// TestFindGaps checks FindGaps on the samples against the gaps that
// testdata/README.md documents for them ("Deliberate imperfections" and
// "Deliberate gaps"); the single-partner sectors were counted by hand from
// each partners.csv.
func TestFindGaps(t *testing.T) {
	for _, c := range []struct {
		sample string
		want   Gaps
	}{
		{"midsize", Gaps{
			// "The City is in 5 of the 6 working groups, not the health one."
			WorkingGroupsWithoutCity: []string{"westbrook-wg-health"},
			// "no community sector partner sits on it"
			MissingCouncilSectors: map[string][]string{"westbrook-council": {"community"}},
			SingleSectors:         []string{"federal", "housing", "legal", "library", "municipal", "police", "provincial", "research"},
		}},
		{"smallcentre", Gaps{
			// "The Town sits on exactly one working group of three (settlement)."
			WorkingGroupsWithoutCity: []string{"pinecrest-wg-inclusion", "pinecrest-wg-language"},
			// the council of 10 holds settlement, language-training,
			// municipal, provincial (observer), education, health, library,
			// social-services, ethnocultural and newcomer; the other ten
			// sectors of the taxonomy are missing
			MissingCouncilSectors: map[string][]string{"pinecrest-council": {
				"community", "employment", "faith", "federal", "housing", "legal", "media", "police", "research", "umbrella"}},
			// every partner of the twelve has its own sector
			SingleSectors: []string{"education", "ethnocultural", "faith", "health", "language-training", "library",
				"municipal", "newcomer", "provincial", "research", "settlement", "social-services"},
		}},
	} {
		t.Run(c.sample, func(t *testing.T) {
			got := FindGaps(loadSample(t, c.sample))
			if d := cmp.Diff(c.want, got, cmpopts.EquateEmpty()); d != "" {
				t.Errorf("FindGaps (-want +got):\n%s", d)
			}
		})
	}
	// "joining eastside-wg-youth would meet it"
	got := FindGaps(loadSample(t, "neighbourhood")).WorkingGroupsWithoutCity
	if d := cmp.Diff([]string{"eastside-wg-youth"}, got); d != "" {
		t.Errorf("neighbourhood working groups without the city (-want +got):\n%s", d)
	}
}

func TestFindGapsEmpty(t *testing.T) {
	if g := FindGaps(nil); !g.IsZero() {
		t.Errorf("FindGaps(nil) = %+v, want zero", g)
	}
	n, err := network.New(network.Data{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if g := FindGaps(n); !g.IsZero() {
		t.Errorf("FindGaps(empty) = %+v, want zero", g)
	}
	if (Gaps{SingleSectors: []string{"x"}}).IsZero() {
		t.Error("IsZero true for a non-zero Gaps")
	}
}
