package collab

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// TestRandomPartnerships: on random small partnerships (any sectors, body
// kinds, roles and profile answers) scoring, recommending, measuring and
// rendering never fail or panic, scores stay in range, and score_after
// increases; missing answers never score above honest "no" answers.
func TestRandomPartnerships(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := network.DefaultTaxonomy().Keys()
	kinds := network.BodyKinds()
	themes := append([]string{"", "anti-racism", "Language"}, CommonThemes...)
	answers := []network.Answer{network.AnswerUnknown, network.AnswerYes, network.AnswerNo}
	for iter := range 300 {
		var d network.Data
		np, nb := rng.IntN(12), rng.IntN(6)
		for i := range np {
			d.Partners = append(d.Partners, network.Partner{ID: fmt.Sprintf("p%d", i), Sector: keys[rng.IntN(len(keys))], Partnership: "lip"})
		}
		var wgs []string
		for i := range nb {
			b := network.Body{ID: fmt.Sprintf("b%d", i), Kind: kinds[rng.IntN(len(kinds))], Theme: themes[rng.IntN(len(themes))], Partnership: "lip"}
			if b.Kind == network.ActionTeam {
				if len(wgs) == 0 {
					b.Kind = network.WorkingGroup
				} else {
					b.Parent = wgs[rng.IntN(len(wgs))]
				}
			}
			if b.Kind == network.WorkingGroup {
				wgs = append(wgs, b.ID)
			}
			d.Bodies = append(d.Bodies, b)
		}
		if np > 0 && nb > 0 {
			seen := map[[2]int]bool{}
			for range rng.IntN(3 * np) {
				p, b := rng.IntN(np), rng.IntN(nb)
				if seen[[2]int{p, b}] {
					continue
				}
				seen[[2]int{p, b}] = true
				d.Memberships = append(d.Memberships, network.Membership{Partner: d.Partners[p].ID, Body: d.Bodies[b].ID, Role: network.Role(rng.IntN(5))})
			}
		}
		if np > 0 && rng.IntN(2) == 0 {
			a := func() network.Answer { return answers[rng.IntN(3)] }
			d.Profiles = []network.Profile{{Partnership: "lip", StrategicPlan: a(), TermsOfReference: a(), NeedsAssessment: a(),
				PresentedToCouncil: a(), EndorsedByCouncil: a(), NewcomerConsultation: a(), ActionPlanYear: 2020 * rng.IntN(2),
				Implementation: []string{"", "none", "in-progress", "complete"}[rng.IntN(4)]}}
		}
		n, err := network.New(d, nil)
		if err != nil {
			t.Fatalf("iteration %d: invalid random data: %v", iter, err)
		}
		sc, err := Score(n, "", recs)
		if err != nil {
			t.Fatalf("iteration %d: %v", iter, err)
		}
		if sc.Overall < 0 || sc.Overall > 100 {
			t.Errorf("iteration %d: overall %v", iter, sc.Overall)
		}
		prev := sc.Overall
		for _, r := range sc.Recommendations {
			if r.ScoreAfter < prev || r.ScoreAfter > 100 {
				t.Errorf("iteration %d: score_after %v after %v", iter, r.ScoreAfter, prev)
			}
			prev = r.ScoreAfter
		}
		// Missing data never raises a score: the same partnership with every
		// unknown answer replaced by an honest "no" (and no profile by an
		// all-"no" one) scores at least as much.
		filled := d
		p := network.Profile{Partnership: "lip"}
		if len(d.Profiles) > 0 {
			p = d.Profiles[0]
		}
		for _, a := range []*network.Answer{&p.StrategicPlan, &p.TermsOfReference, &p.NeedsAssessment, &p.PresentedToCouncil, &p.EndorsedByCouncil, &p.NewcomerConsultation} {
			if *a == network.AnswerUnknown {
				*a = network.AnswerNo
			}
		}
		if p.Implementation == "" {
			p.Implementation = "none"
		}
		filled.Profiles = []network.Profile{p}
		if np > 0 {
			fn, err := network.New(filled, nil)
			if err != nil {
				t.Fatalf("iteration %d: %v", iter, err)
			}
			fsc, _ := Score(fn, "", nil)
			if fsc.Overall < sc.Overall {
				t.Errorf("iteration %d: unknown answers score %.1f, honest no answers %.1f", iter, sc.Overall, fsc.Overall)
			}
		}
		var buf bytes.Buffer
		if sc.WriteJSON(&buf) != nil || sc.WriteMarkdown(&buf) != nil || sc.WriteText(&buf, -1) != nil {
			t.Errorf("iteration %d: rendering failed", iter)
		}
		dm, err := Measure(n, "")
		if err != nil || dm.WriteText(&buf) != nil {
			t.Errorf("iteration %d: measures: %v", iter, err)
		}
	}
}
