package waves_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

// surveyData returns a complete survey of k partners: every partner rates
// every other one (k−1 ratings each), with answers drawn from a fixed seed
// and about one item in ten left empty.
func surveyData(k int) network.Data {
	sectors := network.DefaultTaxonomy().Keys()
	r := rand.New(rand.NewPCG(7, 11))
	var d network.Data
	for i := range k {
		d.Partners = append(d.Partners, network.Partner{ID: fmt.Sprintf("p%04d", i), Name: fmt.Sprintf("Partner %d", i), Sector: sectors[i%len(sectors)]})
	}
	item := func() int {
		if r.IntN(10) == 0 {
			return 0
		}
		return 1 + r.IntN(4)
	}
	for i := range k {
		for j := range k {
			if i != j {
				d.Ratings = append(d.Ratings, network.Rating{Rater: d.Partners[i].ID, Target: d.Partners[j].ID, Collaboration: r.IntN(6),
					Reliability: item(), Mission: item(), Openness: item(), Power: item(), Involvement: item(), Resources: item()})
			}
		}
	}
	return d
}

// BenchmarkSurvey100 loads a survey of 100 partners with 99 ratings each
// from its CSV folder and summarises it: the work of `lipgraph survey`
// (target: under 50 ms).
func BenchmarkSurvey100(b *testing.B) {
	n, err := network.New(surveyData(100), nil)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	if err := network.WriteDir(dir, n); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		n, err := network.LoadDir(dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		if s := waves.SummariseSurvey(n); s.Ratings != 9900 {
			b.Fatalf("%d ratings", s.Ratings)
		}
	}
}
