package collab_test

import (
	"fmt"
	"strings"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/network"
)

// Score a partnership, read why each best-practice criterion is met or not,
// and what to change first.
func Example() {
	n, err := network.ReadFS(lipgraph.Samples, "testdata/smallcentre", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	sc, err := collab.Score(n, "", &collab.Options{MaxChanges: collab.DefaultMaxChanges})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%s: %.1f / 100\n", sc.Partnership, sc.Overall)
	for _, it := range sc.Items {
		if it.Criterion.Set == "best-practice" {
			fmt.Printf("%-8s %s\n", it.Status, it.Criterion.ID)
		}
	}
	first := sc.Recommendations[0]
	fmt.Printf("first: %s (%s) -> %.1f\n", first.Kind, first.Target, first.ScoreAfter)
	// Output:
	// pinecrest: 75.8 / 100
	// partial  bp.stakeholder-variety
	// pass     bp.mainstream-on-council
	// fail     bp.city-in-most-working-groups
	// partial  bp.plan-endorsed
	// first: plan (endorsed_by_council) -> 81.0
}

// Load your own criteria: keep the best-practice set, weigh criterion 3
// double, and add a criterion over a built-in measure.
func ExampleReadCriteria() {
	crit, err := collab.ReadCriteria(strings.NewReader(`{
	  "builtin": ["best-practice"],
	  "criteria": [
	    {"id": "bp.city-in-most-working-groups", "weight": 6},
	    {"id": "local.employers", "title": "Two employers at the table", "source": "our board",
	     "measure": "council.sector:employment", "pass": 2, "partial": 1}
	  ]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	n, _ := network.ReadFS(lipgraph.Samples, "testdata/midsize", nil)
	sc, _ := collab.Score(n, "", &collab.Options{Criteria: crit})
	for _, it := range sc.Items {
		fmt.Printf("%-8s %4.1f  %s (weight %g)\n", it.Status, it.Score, it.Criterion.ID, it.Criterion.Weight)
	}
	// Output:
	// pass     100.0  bp.stakeholder-variety (weight 3)
	// pass     100.0  bp.mainstream-on-council (weight 3)
	// pass     100.0  bp.city-in-most-working-groups (weight 6)
	// pass     100.0  bp.plan-endorsed (weight 3)
	// pass     100.0  local.employers (weight 1)
}
