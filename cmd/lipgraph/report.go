package main

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/report"
)

// reportRecommendations is how many recommendations report prints.
const reportRecommendations = 3

func init() {
	register(&command{
		name:    "report",
		args:    "[PATH]",
		summary: "summarise a partnership, score it, give the recommendations and the domain measures, as text, Markdown or one self-contained HTML page with diagrams (the built-in mid-size sample when PATH is left out)",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &reportFlags{}
			fs.StringVar(&f.partnership, "partnership", "", "report on the partnership `NAME` of a multi-partnership dataset")
			f.format = formatFlag(fs, b, "text", "markdown", "html")
			outputFlag(fs, b, &f.out, "write to `FILE` instead of standard output")
			inputFlag(fs, b, &f.before, "before", "html: an earlier wave of the same partnership (`PATH`, folder or .json): the page shows the change since then")
			f.graphviz.bind(fs)
			return f.run
		},
	})
}

// reportFlags are the options of lipgraph report.
type reportFlags struct {
	partnership string
	format      *choice
	out, before string
	graphviz    graphvizFlags
}

func (f *reportFlags) run(e *env, args []string) error {
	path, err := onePath(args)
	if err != nil {
		return err
	}
	// usage errors first, before any file is read
	if f.format.name != "html" && f.graphviz.String() != "builtin" {
		return fmt.Errorf("%w: --graphviz goes with --format html (the text and Markdown reports have no diagrams)", errUsage)
	}
	if f.before != "" && f.format.name != "html" {
		return fmt.Errorf("%w: --before goes with --format html (lipgraph compare gives the change as text, Markdown, JSON or CSV)", errUsage)
	}
	n, err := load(e, path)
	if err != nil {
		return err
	}
	if f.partnership != "" {
		if err := checkPartnership(n, f.partnership); err != nil {
			return err
		}
	}
	var before *network.Network
	if f.before != "" {
		if before, err = network.Load(f.before, nil); err != nil {
			return err
		}
	}
	write := func(w io.Writer) error {
		switch f.format.name {
		case "html":
			e.progress.step("scoring and drawing")
			return report.HTML(context.Background(), w, n, report.Options{
				Dataset: datasetName(path), Partnership: f.partnership, Graphviz: f.graphviz.options(e),
				Before: before, BeforeLabel: f.before})
		case "markdown":
			return f.writeMarkdown(e, w, n, path)
		}
		return f.writeText(e, w, n, path)
	}
	if f.out != "" {
		return writeFile(f.out, write)
	}
	if f.format.name == "html" {
		return write(e.stdout)
	}
	return write(e.text)
}

// writeMarkdown writes the Markdown report: the ranking of a dataset of
// several partnerships, or one partnership's scorecard, recommendations and
// domain measures.
func (f *reportFlags) writeMarkdown(e *env, w io.Writer, n *network.Network, path string) error {
	e.progress.step("scoring")
	opts := &collab.Options{Dataset: datasetName(path)}
	if f.partnership == "" && len(n.Partnerships()) > 1 {
		cards, err := collab.ScoreAll(n, opts)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "# lipgraph report: %d partnerships\n\n", len(cards))
		return collab.WriteRanking(w, cards, true)
	}
	opts.MaxChanges = collab.DefaultMaxChanges
	sc, err := collab.Score(n, f.partnership, opts)
	if err != nil {
		return err
	}
	if err := sc.WriteMarkdown(w); err != nil {
		return err
	}
	d, err := collab.Measure(n, f.partnership)
	if err != nil {
		return err
	}
	fmt.Fprint(w, "\n## Domain measures\n\n```\n")
	if err := d.WriteText(w); err != nil {
		return err
	}
	_, err = fmt.Fprint(w, "```\n")
	return err
}

// writeText writes the text report of n, read from path, to w.
func (f *reportFlags) writeText(e *env, w io.Writer, n *network.Network, path string) error {
	if err := summarize(n, orSample(path)).writeText(w, n); err != nil {
		return err
	}
	fmt.Fprintln(w)
	e.progress.step("scoring")
	name := f.partnership
	if name == "" && len(n.Partnerships()) > 1 {
		cards, err := collab.ScoreAll(n, nil)
		if err != nil {
			return err
		}
		if err := collab.WriteRanking(w, cards, false); err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "\nOne partnership's report: lipgraph report %s --partnership NAME\n", shellQuote(orDot(path)))
		return err
	}
	sc, err := collab.Score(n, name, &collab.Options{MaxChanges: collab.DefaultMaxChanges})
	if err != nil {
		return err
	}
	if err := sc.WriteText(w, reportRecommendations); err != nil {
		return err
	}
	d, err := collab.Measure(n, name)
	if err != nil {
		return err
	}
	fmt.Fprintln(w)
	if err := d.WriteText(w); err != nil {
		return err
	}
	cmd := "lipgraph score"
	if path != "" {
		cmd += " " + shellQuote(path)
	}
	_, err = fmt.Fprintf(w, "\nEvery recommendation, and the scorecard as JSON or Markdown: %s --format json|markdown\n", cmd)
	return err
}
