// Command brokers finds the partners who hold a partnership together: those
// with the highest betweenness in the partner graph, the sector categories
// they bridge, and the key players whose loss would fragment the network.
// It shows package metrics on lipgraph's partner graph, which is also an
// ordinary gonum graph.
//
//	go run ./examples/brokers [PATH]
//
// PATH is a partnership folder or .json document; without it, the built-in
// mid-size sample.
package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"slices"

	"gonum.org/v1/gonum/graph/topo"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

func main() {
	if err := run(os.Stdout, os.Args[1:], 5); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(w io.Writer, args []string, top int) error {
	var n *network.Network
	var err error
	if len(args) > 0 {
		n, err = network.Load(args[0], nil)
	} else {
		n, err = network.ReadFS(lipgraph.Samples, "testdata/midsize", nil)
	}
	if err != nil {
		return err
	}
	pg := n.PartnerGraph(network.Combined)
	fmt.Fprintf(w, "%d partners, %d ties in the partner graph, %d component(s) (gonum's topo.ConnectedComponents)\n",
		pg.Len(), pg.NumEdges(), len(topo.ConnectedComponents(pg)))

	g := metrics.NewGraph(pg) // no copy: reads pg's arrays
	between := metrics.Betweenness(g)
	ei := metrics.EINodes(g, categories(n))
	order := make([]int, g.Len())
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(between[b], between[a]) })
	fmt.Fprintln(w, "Highest betweenness (E-I > 0: most ties cross sector categories):")
	for _, i := range order[:min(top, len(order))] {
		id := pg.Label(g.ID(i))
		fmt.Fprintf(w, "  %-40s %-15s betweenness %.4f  E-I %+.2f\n", id, n.Category(id), between[i], ei[i])
	}
	// greedy KPP-Neg refined by Borgatti's swaps, 16 seeded restarts (as
	// lipgraph metrics --key-players 3)
	players, f := metrics.KeyPlayersSearch(g, 3, metrics.KeyPlayerOptions{Restarts: 16, Seed: 1})
	if f <= metrics.Fragmentation(g, nil) {
		fmt.Fprintln(w, "Key players: none; no 3 partners' loss would split the network.")
		return nil
	}
	fmt.Fprint(w, "Key players:")
	for _, i := range players {
		fmt.Fprint(w, " ", pg.Label(g.ID(i)))
	}
	fmt.Fprintf(w, " (Borgatti's fragmentation once they are gone: %.3f)\n", f)
	return nil
}

// categories returns each partner's sector category as an integer label.
func categories(n *network.Network) []int {
	cats := n.Taxonomy().Categories()
	out := make([]int, n.NumPartners())
	for i, p := range n.Partners() {
		out[i] = slices.Index(cats, n.Taxonomy().Category(p.Sector))
	}
	return out
}
