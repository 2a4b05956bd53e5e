package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/draw"
)

func init() {
	register(&command{
		name:    "dot",
		args:    "[PATH]",
		summary: "write a Graphviz DOT diagram: the structure (bodies and members) or the partner network",
		flags: func(fs *flag.FlagSet) {
			diagramFlags(fs)
			fs.String("o", "", "write to `FILE` instead of standard output")
		},
		run: runDot,
	})
}

// diagramFlags declares the flags shared by dot and render.
func diagramFlags(fs *flag.FlagSet) {
	fs.String("view", "structure", "diagram: structure (council, committees, working groups, action teams) or partners (the partner network)")
	fs.String("size-by", "degree", "partners view: size nodes by none, degree, strength, betweenness or eigenvector")
	fs.String("cluster", "none", "partners view: draw clusters around none, community (Louvain) or partnership")
	fs.Bool("brokers", false, "partners view: mark brokers (articulation points) with a double outline")
	fs.Int("key-players", 0, "partners view: mark the `K` partners whose removal fragments the network most")
	fs.Bool("highlight-gaps", false, "mark the scorecard's gaps: working groups without the city, categories and mainstream sectors missing from the council; and single-partner sectors")
	fs.String("title", "", "diagram title")
	fs.String("projection", "combined", "partners view: edge weighting: combined, co-membership, newman, ties")
	addFilterFlags(fs)
}

// writeDiagram loads the network and writes the diagram the flags ask for
// to w.
func writeDiagram(e *env, fs *flag.FlagSet, args []string, w io.Writer) error {
	get := func(name string) string { return fs.Lookup(name).Value.String() }
	view := get("view")
	if view != "structure" && view != "partners" {
		return fmt.Errorf("%w: --view %q: want structure or partners", errUsage, view)
	}
	size, err := draw.ParseMeasure(get("size-by"))
	if err != nil {
		return fmt.Errorf("%w: --size-by %q: want none, degree, strength, betweenness or eigenvector", errUsage, get("size-by"))
	}
	var group draw.Grouping
	switch get("cluster") {
	case "none":
	case "community":
		group = draw.GroupCommunity
	case "partnership":
		group = draw.GroupPartnership
	default:
		return fmt.Errorf("%w: --cluster %q: want none, community or partnership", errUsage, get("cluster"))
	}
	keys, err := strconv.Atoi(get("key-players"))
	if err != nil || keys < 0 {
		return fmt.Errorf("%w: --key-players %q: want a number >= 0", errUsage, get("key-players"))
	}
	proj, err := parseProjection(fs)
	if err != nil {
		return err
	}
	n, err := loadFiltered(e, fs, args)
	if err != nil {
		return err
	}
	var gaps *draw.Gaps
	if get("highlight-gaps") == "true" {
		e.progress.step("scoring")
		cards, err := collab.ScoreAll(n, &collab.Options{MaxChanges: -1})
		if err != nil {
			return err
		}
		g := draw.GapsFromScorecards(n, cards)
		gaps = &g
	}
	e.progress.step("drawing")
	if view == "structure" {
		return draw.Structure(w, n, draw.StructureOptions{Gaps: gaps, Title: get("title")})
	}
	return draw.Partners(w, n, draw.PartnerOptions{
		Projection: proj, SizeBy: size, GroupBy: group, Brokers: get("brokers") == "true",
		KeyPlayers: keys, Gaps: gaps, Title: get("title"),
	})
}

func runDot(e *env, fs *flag.FlagSet, args []string) error {
	out := fs.Lookup("o").Value.String()
	if out == "" {
		return writeDiagram(e, fs, args, e.stdout)
	}
	return writeFile(out, func(w io.Writer) error { return writeDiagram(e, fs, args, w) })
}

// writeFile creates name and writes it with write; on failure the partial
// file is removed.
func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// errNoGraphviz is returned by render when Graphviz's dot is missing.
var errNoGraphviz = errors.New("the Graphviz dot program was not found on PATH: install Graphviz (Debian/Ubuntu: apt-get install graphviz; Fedora: dnf install graphviz; macOS: brew install graphviz), or write DOT with 'lipgraph dot' and render it elsewhere")
