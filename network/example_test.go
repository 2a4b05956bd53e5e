package network_test

import (
	"errors"
	"fmt"
	"path/filepath"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/network"
)

// Load a partnership, ask it questions, and build its partner graph.
func Example() {
	// network.Load("path/to/folder", nil) reads your own data the same way.
	n, err := network.ReadFS(lipgraph.Samples, "testdata/smallcentre", nil)
	if err != nil {
		fmt.Println(err) // every problem, with file, line, column and value
		return
	}
	council := n.Councils()[0]
	fmt.Println(council.Name, "has", len(n.MemberIDs(council.ID)), "members")
	for _, wg := range n.WorkingGroups() {
		fmt.Printf("  working group on %s: %d members\n", wg.Theme, len(n.MemberIDs(wg.ID)))
	}
	fmt.Println("employers:", len(n.PartnersInSector("employment")))

	g := n.PartnerGraph(network.Combined) // a gonum graph.WeightedUndirected
	fmt.Println("partner graph:", g.Len(), "nodes,", g.NumEdges(), "edges")
	// Output:
	// Pinecrest LIP Council has 10 members
	//   working group on social-inclusion: 5 members
	//   working group on language-training: 5 members
	//   working group on settlement: 5 members
	// employers: 0
	// partner graph: 12 nodes, 57 edges
}

// Problems are collected from every file and can be inspected by kind.
func ExampleError() {
	_, err := network.LoadDir("../testdata/broken/many", nil)
	var nerr *network.Error
	if errors.As(err, &nerr) {
		for _, p := range nerr.Problems {
			fmt.Printf("line %d of %s: %v\n", p.Line, filepath.Base(p.File), p.Err)
		}
	}
	fmt.Println(errors.Is(err, network.ErrUnknownSector))
	// Output:
	// line 4 of partners.csv: unknown sector
	// line 4 of bodies.csv: invalid parent
	// line 5 of memberships.csv: unknown partner
	// line 3 of ties.csv: invalid weight
	// true
}
