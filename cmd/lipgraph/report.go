package main

import (
	"flag"
	"fmt"

	"github.com/lipgraph/lipgraph/collab"
)

// reportRecommendations is how many recommendations report prints.
const reportRecommendations = 3

func init() {
	register(&command{
		name:    "report",
		args:    "[PATH]",
		summary: "summarise a partnership, score it, print the top recommendations and the domain measures (the built-in mid-size sample when PATH is left out)",
		flags: func(fs *flag.FlagSet) runFunc {
			f := &reportFlags{}
			fs.StringVar(&f.partnership, "partnership", "", "report on the partnership `NAME` of a multi-partnership dataset")
			return f.run
		},
	})
}

// reportFlags are the options of lipgraph report.
type reportFlags struct {
	partnership string
}

func (f *reportFlags) run(e *env, args []string) error {
	path, err := onePath(args)
	if err != nil {
		return err
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
	if err := summarize(n, orSample(path)).writeText(e.text, n); err != nil {
		return err
	}
	fmt.Fprintln(e.text)
	e.progress.step("scoring")
	name := f.partnership
	if name == "" && len(n.Partnerships()) > 1 {
		cards, err := collab.ScoreAll(n, nil)
		if err != nil {
			return err
		}
		if err := collab.WriteRanking(e.text, cards, false); err != nil {
			return err
		}
		_, err = fmt.Fprintf(e.text, "\nOne partnership's report: lipgraph report %s --partnership NAME\n", shellQuote(orDot(path)))
		return err
	}
	sc, err := collab.Score(n, name, nil)
	if err != nil {
		return err
	}
	if err := sc.WriteText(e.text, reportRecommendations); err != nil {
		return err
	}
	d, err := collab.Measure(n, name)
	if err != nil {
		return err
	}
	fmt.Fprintln(e.text)
	if err := d.WriteText(e.text); err != nil {
		return err
	}
	cmd := "lipgraph score"
	if path != "" {
		cmd += " " + shellQuote(path)
	}
	_, err = fmt.Fprintf(e.text, "\nEvery recommendation, and the scorecard as JSON or Markdown: %s --format json|markdown\n", cmd)
	return err
}
