package draw_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/draw"
	"github.com/lipgraph/lipgraph/network"
)

func ExampleClean() {
	fmt.Printf("%q\n", draw.Clean("Tab\there, soft\u00adhyphen, R&D \"quoted\"\r\nnext line"))
	// Output:
	// "Tab here, softhyphen, R&amp;D \"quoted\"\nnext line"
}

func ExampleStructure() {
	n, err := network.ReadFS(lipgraph.Samples, "testdata/smallcentre", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	// What to mark comes from package collab (collab.AllGaps); the
	// diagram only draws it.
	gaps := draw.Highlight{Bodies: []string{"pinecrest-wg-inclusion", "pinecrest-wg-language"}, BodyNote: "no municipal partner"}
	var b strings.Builder
	if err := draw.Structure(&b, n, draw.StructureOptions{Highlight: &gaps}); err != nil {
		fmt.Println(err)
		return
	}
	// render with: dot -Tsvg structure.dot -o structure.svg
	fmt.Println(strings.SplitN(b.String(), "\n", 2)[0])
	fmt.Println("working groups without the city:", gaps.Bodies)
	// Output:
	// digraph structure {
	// working groups without the city: [pinecrest-wg-inclusion pinecrest-wg-language]
}

func ExamplePartners() {
	n, err := network.ReadFS(lipgraph.Samples, "testdata/neighbourhood", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	opt := draw.PartnerOptions{SizeBy: draw.SizeBetweenness, GroupBy: draw.GroupCommunity, Brokers: true, KeyPlayers: 2}
	if err := draw.Partners(os.Stdout, n, opt); err != nil {
		fmt.Println(err)
	}
}
