package waves_test

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

// randomWave draws a small dataset: up to 12 partners of ids p0…p19 in one
// or two partnerships, a council, random ties (self-ties included) and
// random ratings with unanswered items.
func randomWave(t *testing.T, r *rand.Rand) *network.Network {
	t.Helper()
	sectors := network.DefaultTaxonomy().Keys()
	var d network.Data
	ids := r.Perm(20)[:r.IntN(13)]
	for _, i := range ids {
		d.Partners = append(d.Partners, network.Partner{ID: fmt.Sprintf("p%d", i), Name: fmt.Sprintf("Partner %d", i%7),
			Sector: sectors[r.IntN(len(sectors))], Partnership: []string{"a", "b"}[r.IntN(2)]})
	}
	d.Bodies = []network.Body{{ID: "council", Kind: network.Council}}
	item := func(hi int) int { return r.IntN(hi + 1) } // 0 = not answered
	seen := map[[2]string]bool{}
	for _, a := range d.Partners {
		if r.IntN(2) == 0 {
			d.Memberships = append(d.Memberships, network.Membership{Partner: a.ID, Body: "council"})
		}
		for _, b := range d.Partners {
			if r.IntN(3) == 0 {
				d.Ties = append(d.Ties, network.Tie{Source: a.ID, Target: b.ID, Weight: 1})
			}
			if a.ID != b.ID && r.IntN(2) == 0 && !seen[[2]string{a.ID, b.ID}] {
				seen[[2]string{a.ID, b.ID}] = true
				d.Ratings = append(d.Ratings, network.Rating{Rater: a.ID, Target: b.ID, Collaboration: r.IntN(7) - 1,
					Reliability: item(4), Mission: item(4), Openness: item(4), Power: item(4), Involvement: item(4), Resources: item(4)})
			}
		}
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func inRange(p *float64, lo, hi float64) bool { return p == nil || (*p >= lo && *p <= hi) }

// TestRandomWaves compares random pairs of waves and checks invariants that
// hold whatever the data: no panic, JSON encodes (no NaN), partners split
// into retained, entered and exited, means within their scales.
func TestRandomWaves(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	for i := range 200 {
		b, a := randomWave(t, r), randomWave(t, r)
		c, err := waves.Compare(waves.Wave{Label: "b", Network: b}, waves.Wave{Label: "a", Network: a}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := json.Marshal(c); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		before, after := 0, 0
		for _, pc := range c.Partnerships {
			before += len(pc.Partners.Retained) + len(pc.Partners.Exited)
			after += len(pc.Partners.Retained) + len(pc.Partners.Entered)
			if !inRange(pc.Retention, 0, 1) {
				t.Errorf("case %d: retention %v", i, *pc.Retention)
			}
		}
		if before != b.NumPartners() || after != a.NumPartners() {
			t.Errorf("case %d: partners %d → %d counted, have %d → %d", i, before, after, b.NumPartners(), a.NumPartners())
		}
		for _, n := range []*network.Network{b, a} {
			s := waves.SummariseSurvey(n)
			if !inRange(s.Trust, 1, 4) || !inRange(s.Value, 1, 4) || !inRange(s.Collaboration, 0, 5) ||
				s.CoordinationDensity < 0 || s.CoordinationDensity > 1 || s.ResponseRate < 0 || s.ResponseRate > 1 {
				t.Errorf("case %d: survey out of range: %+v", i, s)
			}
			if _, err := json.Marshal(s); err != nil {
				t.Fatalf("case %d: %v", i, err)
			}
		}
	}
}
