package export_test

import (
	"fmt"
	"os"

	"github.com/lipgraph/lipgraph/export"
	"github.com/lipgraph/lipgraph/network"
)

func ExampleEdgesCSV() {
	n, err := network.New(network.Data{
		Partners: []network.Partner{
			{ID: "city", Sector: "municipal"}, {ID: "library", Sector: "library"}, {ID: "settlement", Sector: "settlement"},
		},
		Bodies: []network.Body{{ID: "council", Kind: network.Council}},
		Memberships: []network.Membership{
			{Partner: "city", Body: "council"}, {Partner: "settlement", Body: "council"},
		},
		Ties: []network.Tie{{Source: "settlement", Target: "library", Weight: 2.5}},
	}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// combined weights: one shared body, or the tie's weight
	if err := export.EdgesCSV(os.Stdout, n, export.Options{}); err != nil {
		fmt.Println(err)
	}
	// Output:
	// source,target,weight
	// city,settlement,1
	// library,settlement,2.5
}
