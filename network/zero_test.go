package network

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestZeroAndNilNetwork: the writers take a nil *Network or the zero
// Network as the empty dataset, and the zero Network answers like the one
// New(Data{}) validates.
func TestZeroAndNilNetwork(t *testing.T) {
	empty, err := New(Data{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := WriteJSON(&want, empty); err != nil {
		t.Fatal(err)
	}
	for name, n := range map[string]*Network{"nil": nil, "zero": {}} {
		var got bytes.Buffer
		if err := WriteJSON(&got, n); err != nil || got.String() != want.String() {
			t.Errorf("%s: WriteJSON: %v\n%s", name, err, got.String())
		}
		dir := t.TempDir()
		if err := WriteDir(dir, n); err != nil {
			t.Fatalf("%s: WriteDir: %v", name, err)
		}
		back, err := LoadDir(dir, nil)
		if err != nil || back.NumPartners() != 0 {
			t.Errorf("%s: WriteDir output loads as %v, %v", name, back, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "profile.csv")); err == nil {
			t.Errorf("%s: an empty profile.csv was written", name)
		}
	}
	zero := &Network{}
	if zero.Taxonomy() != DefaultTaxonomy() || zero.Category("x") != "" {
		t.Error("the zero Network has no default taxonomy")
	}
	nums := []int{zero.NumPartners(), zero.NumBodies(), zero.NumMemberships(), zero.NumTies(), zero.NumRatings()}
	lens := []int{len(zero.Partners()), len(zero.Bodies()), len(zero.Memberships()), len(zero.Ties()), len(zero.Ratings())}
	if !slices.Equal(nums, lens) || slices.Max(nums) != 0 {
		t.Errorf("zero: Num methods (partners, bodies, memberships, ties, ratings) = %v, lengths of the copies %v, want all 0", nums, lens)
	}
	if g := zero.PartnerGraph(Combined); g.Len() != 0 {
		t.Errorf("zero: partner graph of %d nodes", g.Len())
	}
	if got := zero.Subset(func(Partner) bool { return true }).Partnerships(); !slices.Equal(got, empty.Partnerships()) {
		t.Errorf("zero: Subset partnerships %v", got)
	}
}
