package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/network"
)

func init() {
	register(&command{
		name:    "score",
		args:    "[PATH]",
		summary: "score a partnership against best practice and national benchmarks, and recommend changes; rank the partnerships of a multi-partnership dataset",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &scoreFlags{format: formatFlag(fs, b, "text", "json", "markdown", "csv")}
			inputFlag(fs, b, &f.criteria, "criteria", "a criteria JSON `FILE` (built-in sets to keep, overrides, own criteria; see the README)")
			fs.StringVar(&f.partnership, "partnership", "", "score only the partnership `NAME` of a multi-partnership dataset")
			asOfFlag(fs, &f.asOf, "judge the memberships active on `DATE` (YYYY or YYYY-MM-DD); default: every membership")
			f.maxChanges = countFlag(fs, "max-changes", collab.DefaultMaxChanges, "at most `N` recommendations per partnership (0: none)")
			return f.run
		},
	})
}

// scoreFlags are the options of lipgraph score.
type scoreFlags struct {
	format                *choice
	criteria, partnership string
	asOf                  network.Date
	maxChanges            *int
}

// options returns the collab options the flags ask for.
func (f *scoreFlags) options() (*collab.Options, error) {
	opts := &collab.Options{MaxChanges: *f.maxChanges, AsOf: f.asOf}
	if f.criteria != "" {
		crit, err := collab.LoadCriteria(f.criteria)
		if err != nil {
			return nil, err
		}
		opts.Criteria = crit
	}
	return opts, nil
}

func (f *scoreFlags) run(e *env, args []string) error {
	format := f.format.name
	path, err := onePath(args)
	if err != nil {
		return err
	}
	opts, err := f.options()
	if err != nil {
		return err
	}
	opts.Dataset = datasetName(path)
	e.asOf = &f.asOf
	n, err := load(e, path)
	if err != nil {
		return err
	}
	n = asOf(n, f.asOf)
	if f.partnership != "" {
		if err := checkPartnership(n, f.partnership); err != nil {
			return err
		}
	}
	e.progress.step("scoring")
	name := f.partnership
	if name != "" || len(n.Partnerships()) == 1 {
		sc, err := collab.Score(n, name, opts)
		if err != nil {
			return err
		}
		if format == "json" {
			return withWarnings(e, e.stdout, func(w io.Writer) error { return sc.WriteJSON(w) })
		}
		return writeScorecard(e.stdout, sc, format)
	}
	cards, err := collab.ScoreAll(n, opts)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return withWarnings(e, e.stdout, func(w io.Writer) error { return collab.WriteAllJSON(w, cards) })
	case "csv":
		return collab.WriteAllCSV(e.stdout, cards)
	case "markdown":
		return collab.WriteRanking(e.stdout, cards, true)
	}
	if err := collab.WriteRanking(e.stdout, cards, false); err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stdout, "\nOne partnership's scorecard: lipgraph score %s --partnership NAME\n", shellQuote(orDot(path)))
	return err
}

func writeScorecard(w io.Writer, sc *collab.Scorecard, format string) error {
	switch format {
	case "json":
		return sc.WriteJSON(w)
	case "csv":
		return sc.WriteCSV(w)
	case "markdown":
		return sc.WriteMarkdown(w)
	}
	return sc.WriteText(w, -1)
}

// datasetName names the data for a scorecard's heading: the path as given,
// or the built-in sample.
func datasetName(path string) string {
	if path == "" {
		return "the built-in mid-size sample"
	}
	return path
}

func orDot(path string) string {
	if path == "" {
		return "PATH"
	}
	return path
}

// shellQuote quotes a path for a command line when it holds characters a
// shell would split or expand.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsAny(s, " \t\n'\"\\$`*?[]{}()<>|&;!#~") {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
