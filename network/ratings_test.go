package network_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

const waves2024 = "../testdata/waves/2024"

// TestRatingsLoaded checks ratings.csv against a count by hand of
// testdata/waves/2024/ratings.csv: 64 rows; the row of riverton-city about
// riverton-youth leaves collaboration empty, the one about riverton-schools
// the three value items.
func TestRatingsLoaded(t *testing.T) {
	n, err := network.LoadDir(waves2024, nil)
	if err != nil {
		t.Fatal(err)
	}
	rs := n.Ratings()
	if len(rs) != 64 || n.NumRatings() != 64 {
		t.Fatalf("%d ratings (NumRatings %d), want 64", len(rs), n.NumRatings())
	}
	checkNums(t, n)
	find := func(rater, target string) network.Rating {
		for _, r := range rs {
			if r.Rater == rater && r.Target == target {
				return r
			}
		}
		t.Fatalf("no rating of %s by %s", target, rater)
		return network.Rating{}
	}
	if r := find("riverton-city", "riverton-youth"); r.Collaboration != network.NotAnswered || r.Reliability != 2 || r.Resources != 3 {
		t.Errorf("city about youth = %+v, want collaboration not answered, reliability 2, resources 3", r)
	}
	if r := find("riverton-city", "riverton-schools"); r.Collaboration != 4 || r.Openness != 4 || r.Power != 0 || r.Involvement != 0 || r.Resources != 0 {
		t.Errorf("city about schools = %+v, want collaboration 4, openness 4, value items not answered", r)
	}
	for i := 1; i < len(rs); i++ {
		a, b := rs[i-1], rs[i]
		if a.Rater > b.Rater || a.Rater == b.Rater && a.Target >= b.Target {
			t.Errorf("ratings not sorted by rater and target at %d: %v then %v", i, a, b)
		}
	}
}

// TestRatingsRoundTrip writes the survey sample as CSV and JSON and reads it
// back into an equal network.
func TestRatingsRoundTrip(t *testing.T) {
	n, err := network.LoadDir(waves2024, nil)
	if err != nil {
		t.Fatal(err)
	}
	roundTripCSV(t, n)
	buf := writeJSON(t, n)
	if !strings.Contains(buf.String(), `{"rater": "riverton-city", "target": "riverton-schools", "collaboration": 4, "reliability": 4, "mission": 2, "openness": 4}`) {
		t.Errorf("WriteJSON: ratings not written with numbers and unanswered items left out:\n%s", buf.String())
	}
	back, err := network.ReadJSON(buf, "doc.json", nil)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, n, back)
}

// TestRatingsSubset checks that a sub-network keeps the ratings among its
// partners only.
func TestRatingsSubset(t *testing.T) {
	n, err := network.LoadDir(waves2024, nil)
	if err != nil {
		t.Fatal(err)
	}
	sub := n.Subset(func(p network.Partner) bool { return p.ID != "riverton-city" })
	for _, r := range sub.Ratings() {
		if r.Rater == "riverton-city" || r.Target == "riverton-city" {
			t.Errorf("subset without the city kept %+v", r)
		}
	}
	// 64 ratings, 5 by the city and 8 about it (counted in ratings.csv).
	if got := len(sub.Ratings()); got != 64-5-8 {
		t.Errorf("subset has %d ratings, want 51", got)
	}
}

func TestRatingsNewProblems(t *testing.T) {
	d := network.Data{
		Partners: []network.Partner{{ID: "a", Sector: "health"}, {ID: "b", Sector: "library"}},
		Ratings: []network.Rating{
			{Rater: "a", Target: "b", Collaboration: 6, Reliability: 5},
			{Rater: "a", Target: "b", Collaboration: network.NotAnswered},
			{Rater: "b", Target: "b", Collaboration: 2},
			{Rater: "c", Target: "a", Collaboration: -2, Resources: -1},
		},
	}
	_, err := network.New(d, nil)
	for _, kind := range []error{network.ErrBadValue, network.ErrDuplicateRating, network.ErrSelfRating, network.ErrUnknownPartner} {
		if !errors.Is(err, kind) {
			t.Errorf("New: no %v problem in\n%v", kind, err)
		}
	}
	for _, want := range []string{
		`ratings:1: collaboration "6": invalid value`,
		`ratings:1: reliability "5": invalid value`,
		`ratings:2: target "b": duplicate rating; want one rating of b by a; first at ratings:1`,
		`ratings:3: target "b": self-rating`,
		`ratings:4: rater "c": unknown partner`,
		`ratings:4: collaboration "-2": invalid value`,
		`ratings:4: resources "-1": invalid value`,
	} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("New: no problem %q in\n%v", want, err)
		}
	}
}

// TestByPartnership checks ByPartnership against Partnership(name) on the
// three samples and the 2024 survey wave in one dataset, with a membership,
// a tie and a rating across partnerships added.
func TestByPartnership(t *testing.T) {
	var d network.Data
	add := func(n *network.Network) {
		x := n.Data()
		d.Partners = append(d.Partners, x.Partners...)
		d.Bodies = append(d.Bodies, x.Bodies...)
		d.Memberships = append(d.Memberships, x.Memberships...)
		d.Ties = append(d.Ties, x.Ties...)
		d.Profiles = append(d.Profiles, x.Profiles...)
		d.Ratings = append(d.Ratings, x.Ratings...)
	}
	for _, s := range samples {
		add(loadSample(t, s))
	}
	w, err := network.LoadDir(waves2024, nil)
	if err != nil {
		t.Fatal(err)
	}
	add(w)
	small := loadSample(t, "smallcentre").Partners()[0].ID
	mid := loadSample(t, "midsize")
	d.Memberships = append(d.Memberships, network.Membership{Partner: small, Body: mid.Councils()[0].ID, Role: network.RoleMember})
	d.Ties = append(d.Ties, network.Tie{Source: small, Target: "riverton-city", Weight: 1})
	d.Ratings = append(d.Ratings, network.Rating{Rater: "riverton-city", Target: small, Collaboration: 2})
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	by := n.ByPartnership()
	if len(by) != 4 {
		t.Fatalf("%d partnerships, want 4", len(by))
	}
	for _, name := range n.Partnerships() {
		equal(t, n.Partnership(name), by[name])
	}
}

// TestDatedProfiles: testdata/waves/2024/profile.csv holds the 2022 and the
// 2024 plan facts (year column). Profile gives the latest; AsOf a date
// keeps the facts of that date.
func TestDatedProfiles(t *testing.T) {
	n, err := network.LoadDir(waves2024, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := len(n.Profiles()); got != 2 {
		t.Fatalf("%d profiles, want 2", got)
	}
	p, ok := n.Profile("riverton")
	if !ok || p.Year != 2024 || p.EndorsedByCouncil != network.AnswerYes {
		t.Errorf("Profile = %+v, %v; want the 2024 facts (endorsed)", p, ok)
	}
	d, _ := network.ParseDate("2023-06-30")
	p, ok = n.AsOf(d).Profile("riverton")
	if !ok || p.Year != 2022 || p.EndorsedByCouncil != network.AnswerNo || p.ActionPlanYear != 2022 {
		t.Errorf("AsOf(2023-06-30).Profile = %+v, %v; want the 2022 facts (not endorsed)", p, ok)
	}
	roundTripCSV(t, n)
	buf := writeJSON(t, n)
	if !strings.Contains(buf.String(), `"year": 2022}`) {
		t.Errorf("WriteJSON does not write the year as a number:\n%s", buf.String())
	}
	d2 := n.Data()
	d2.Profiles = append(d2.Profiles, network.Profile{Partnership: "riverton", Year: 2024}, network.Profile{Partnership: "riverton", Year: 24})
	_, err = network.New(d2, nil)
	for _, want := range []string{
		`profiles:3: partnership "riverton": duplicate id; want one profile per partnership and year; first at profiles:2`,
		`profiles:4: year "24": invalid value; want a four-digit year`,
	} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("New: no problem %q in\n%v", want, err)
		}
	}
}

// roundTripCSV writes n as a folder, reads it back and checks it is equal.
func roundTripCSV(t *testing.T, n *network.Network) {
	t.Helper()
	dir := t.TempDir()
	if err := network.WriteDir(dir, n); err != nil {
		t.Fatal(err)
	}
	back, err := network.LoadDir(dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	equal(t, n, back)
}

func writeJSON(t *testing.T, n *network.Network) *bytes.Buffer {
	t.Helper()
	var buf bytes.Buffer
	if err := network.WriteJSON(&buf, n); err != nil {
		t.Fatal(err)
	}
	return &buf
}
