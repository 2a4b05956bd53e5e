// Command scorecard scores a partnership against the built-in criteria and
// prints the criteria it does not pass and the changes that would raise its
// score most: the evaluator's question "what should we do next?" in forty
// lines of lipgraph.
//
//	go run ./examples/scorecard [PATH]
//
// PATH is a partnership folder or .json document; without it, the built-in
// small-centre sample.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/network"
)

func main() {
	if err := run(os.Stdout, os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string) error {
	var n *network.Network
	var err error
	if len(args) > 0 {
		n, err = network.Load(args[0], nil)
	} else {
		n, err = network.ReadFS(lipgraph.Samples, "testdata/smallcentre", nil)
	}
	if err != nil {
		return err
	}
	for _, name := range n.Partnerships() {
		sc, err := collab.Score(n, name, &collab.Options{MaxChanges: collab.DefaultMaxChanges})
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "%s scores %.1f of 100 (%.0f of %.0f criteria weight judged)\n", sc.Partnership, sc.Overall, sc.Known, sc.Total)
		for _, it := range sc.Items {
			if it.Status != collab.Pass && it.Status != collab.AsContext {
				fmt.Fprintf(w, "  %-7s %s\n          %s\n", it.Status, it.Criterion.Title, it.Explanation)
			}
		}
		fmt.Fprintln(w, "What would raise the score most, in order:")
		for i, r := range sc.Recommendations {
			fmt.Fprintf(w, "  %d. %s (score %.1f)\n", i+1, r.Text, r.ScoreAfter)
		}
	}
	return nil
}
