package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/draw"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/report"
)

func init() {
	register(&command{
		name:    "dot",
		args:    "[PATH] | BEFORE AFTER --view change",
		summary: "write a Graphviz DOT diagram: the structure (bodies and members), the partner network, or the change between two waves",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &dotFlags{}
			f.diagram.bind(fs)
			outputFlag(fs, b, &f.out, "write to `FILE` instead of standard output")
			return f.run
		},
	})
}

// diagramFlags are the options shared by dot and render.
type diagramFlags struct {
	view          *choice
	sizeBy        draw.Measure
	cluster       draw.Grouping
	brokers, gaps bool
	keyPlayers    *int
	title         string
	minWeight     minWeightFlag
	projection    network.Projection
	filters
	// set reports whether a flag was given on the command line.
	set func(name string) bool
}

// partnersOnly are the flags that only the partners view uses.
var partnersOnly = []string{"size-by", "cluster", "brokers", "key-players", "min-weight", "projection"}

// bind declares the diagram flags on fs.
func (f *diagramFlags) bind(fs *flag.FlagSet) {
	f.set = givenOn(fs)
	f.view = choiceFlag(fs, "view", "the `VIEW` to draw: structure (council, committees, working groups, action teams), partners (the partner network) or change (BEFORE AFTER: partners who entered and left, new and lost ties)", "structure", "partners", "change")
	fs.TextVar(&f.sizeBy, "size-by", draw.SizeDegree, "partners view: size nodes by `MEASURE`: none, degree, strength, betweenness or eigenvector")
	fs.TextVar(&f.cluster, "cluster", draw.GroupNone, "partners view: draw clusters around `GROUPS`: none, community (Louvain) or partnership (laid out by fdp: the same bytes on every run with the builtin Graphviz, not with a system one)")
	fs.BoolVar(&f.brokers, "brokers", false, "partners view: mark brokers (articulation points) with a double outline")
	f.keyPlayers = countFlag(fs, "key-players", 0, "partners view: mark the `K` partners whose removal fragments the network most")
	fs.BoolVar(&f.gaps, "highlight-gaps", false, "mark the scorecard's gaps: structure view, working groups without the city and sector categories missing from the council; partners view, the partners a partnership depends on alone for a category (a risk: without one a criterion fails)")
	fs.StringVar(&f.title, "title", "", "diagram title")
	fs.Var(&f.minWeight, "min-weight", "partners view: draw only the ties of weight `W` or more; auto (the default) keeps the heaviest ties, about 3 per partner on average, and every tie of a sparse network, and each partner keeps its heaviest tie so that none is drawn alone who has ties; 0 draws all")
	projectionFlag(fs, &f.projection, "partners view: edge weighting")
	f.filters.bind(fs)
}

// write loads the network and writes the diagram the flags ask for to w.
func (f *diagramFlags) write(e *env, args []string, w io.Writer) error {
	if f.view.name != "partners" {
		for _, name := range partnersOnly {
			if f.set(name) {
				return fmt.Errorf("%w: --%s applies to --view partners only; the %s diagram does not use it", errUsage, name, f.view.name)
			}
		}
	}
	if f.view.name == "change" {
		if f.gaps {
			return fmt.Errorf("%w: --highlight-gaps applies to the structure and partners views; the change diagram marks what changed", errUsage)
		}
		return f.writeChange(e, args, w)
	}
	e.asOf = &f.asOf // memberships are counted: warn about ended ones
	n, err := f.filters.load(e, args)
	if err != nil {
		return err
	}
	var gaps *draw.Highlight
	if f.gaps {
		e.progress.step("scoring")
		cards, err := collab.ScoreAll(n, nil)
		if err != nil {
			return err
		}
		h := report.Highlight(collab.AllGaps(n), cards)
		gaps = &h
	}
	e.progress.step("drawing")
	if f.view.name == "structure" {
		if gaps != nil {
			sh := report.StructureGaps(*gaps)
			gaps = &sh
		}
		return draw.Structure(w, n, draw.StructureOptions{Highlight: gaps, Title: f.title})
	}
	return draw.Partners(w, n, draw.PartnerOptions{
		Projection: f.projection, SizeBy: f.sizeBy, GroupBy: f.cluster, Brokers: f.brokers,
		KeyPlayers: *f.keyPlayers, MinWeight: f.minWeight.resolve(n, f.projection), KeepHeaviest: !f.minWeight.set, Highlight: gaps, Title: f.title,
	})
}

// writeChange draws the change between two waves, BEFORE and AFTER, each
// with the filters applied.
func (f *diagramFlags) writeChange(e *env, args []string, w io.Writer) error {
	if len(args) != 2 {
		return fmt.Errorf("%w: --view change wants two datasets, BEFORE and AFTER; got %d", errUsage, len(args))
	}
	var nets [2]*network.Network
	for i, path := range args {
		n, err := load(e, path)
		if err != nil {
			return err
		}
		if nets[i], err = f.filters.apply(n); err != nil {
			return err
		}
	}
	e.progress.step("drawing")
	return draw.Change(w, nets[0], nets[1], draw.ChangeOptions{Title: f.title})
}

// dotFlags are the options of lipgraph dot.
type dotFlags struct {
	diagram diagramFlags
	out     string
}

func (f *dotFlags) run(e *env, args []string) error {
	if f.out == "" {
		return f.diagram.write(e, args, e.stdout)
	}
	return writeFile(f.out, func(w io.Writer) error { return f.diagram.write(e, args, w) })
}

// minWeightFlag is --min-weight: auto or a weight >= 0.
type minWeightFlag struct {
	set bool // a number was given
	w   float64
}

func (m *minWeightFlag) String() string {
	if m == nil || !m.set {
		return "auto"
	}
	return strconv.FormatFloat(m.w, 'g', -1, 64)
}

func (m *minWeightFlag) Set(s string) error {
	if s == "auto" {
		*m = minWeightFlag{}
		return nil
	}
	w, err := strconv.ParseFloat(s, 64)
	if err != nil || w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
		return errors.New("want auto or a number >= 0")
	}
	*m = minWeightFlag{set: true, w: w}
	return nil
}

// resolve returns the threshold for the partner view of n.
func (m minWeightFlag) resolve(n *network.Network, p network.Projection) float64 {
	if m.set {
		return m.w
	}
	return draw.ReadableMinWeight(n, p)
}
