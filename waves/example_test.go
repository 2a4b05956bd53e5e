package waves_test

import (
	"fmt"
	"log"

	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

// Summarise the partner survey of a wave (its ratings.csv).
func ExampleSummariseSurvey() {
	n, err := network.LoadDir("../testdata/waves/2022", nil)
	if err != nil {
		log.Fatal(err)
	}
	s := waves.SummariseSurvey(n)
	fmt.Printf("%d of %d partners answered (%.1f%%)\n", s.Respondents, s.Partners, 100*s.ResponseRate)
	fmt.Printf("trust %.2f of 4, value %.2f of 4\n", *s.Trust, *s.Value)
	for _, d := range s.Disagreements {
		fmt.Printf("%s says %s, %s says %s\n", d.A, waves.LevelName(d.ASays), d.B, waves.LevelName(d.BSays))
	}
	// Output:
	// 9 of 14 partners answered (64.3%)
	// trust 2.16 of 4, value 2.18 of 4
	// riverton-city says coordination, riverton-newcomers says networking
}

// Compare two waves of a partnership.
func ExampleCompare() {
	load := func(year string) waves.Wave {
		n, err := network.LoadDir("../testdata/waves/"+year, nil)
		if err != nil {
			log.Fatal(err)
		}
		return waves.Wave{Label: year, Network: n}
	}
	c, err := waves.Compare(load("2022"), load("2024"), nil)
	if err != nil {
		log.Fatal(err)
	}
	pc := c.Partnerships[0]
	fmt.Printf("%s: retention %.3f, %d entered, %d exited\n", pc.Partnership, *pc.Retention, len(pc.Partners.Entered), len(pc.Partners.Exited))
	for _, r := range pc.ProbableRename {
		fmt.Printf("probably renamed: %s -> %s (%s)\n", r.Before, r.After, r.Name)
	}
	x := pc.Measures["cross_category_ties"]
	fmt.Printf("ties across sector categories: %v -> %v\n", *x.Before, *x.After)
	// Output:
	// riverton: retention 0.786, 5 entered, 3 exited
	// probably renamed: riverton-filipino -> riverton-filipino-assoc (Filipino Association of Riverton)
	// ties across sector categories: 7 -> 10
}
