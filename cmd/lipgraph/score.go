package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lipgraph/lipgraph/collab"
)

func init() {
	register(&command{
		name:    "score",
		args:    "[PATH]",
		summary: "score a partnership against best practice and national benchmarks, and recommend changes; rank the partnerships of a multi-partnership dataset",
		flags: func(fs *flag.FlagSet) {
			formatFlag(fs, "text", "json", "markdown")
			fs.String("criteria", "", "a criteria JSON `FILE` (built-in sets to keep, overrides, own criteria; see the README)")
			fs.String("partnership", "", "score only the partnership `NAME` of a multi-partnership dataset")
			fs.String("as-of", "", "judge the memberships active on `DATE` (YYYY or YYYY-MM-DD); default: every membership")
			fs.Int("max-changes", collab.DefaultMaxChanges, "at most `N` recommendations per partnership (0: none)")
		},
		run: runScore,
	})
}

// scoreOptions reads the flags shared by score and report.
func scoreOptions(fs *flag.FlagSet) (*collab.Options, error) {
	opts := &collab.Options{MaxChanges: -1}
	if f := fs.Lookup("max-changes"); f != nil {
		var n int
		if _, err := fmt.Sscan(f.Value.String(), &n); err != nil || n < 0 {
			return nil, fmt.Errorf("%w: --max-changes %q: want a number ≥ 0", errUsage, f.Value.String())
		}
		if n > 0 {
			opts.MaxChanges = n
		}
	}
	if f := fs.Lookup("criteria"); f != nil && f.Value.String() != "" {
		crit, err := collab.LoadCriteria(f.Value.String())
		if err != nil {
			return nil, err
		}
		opts.Criteria = crit
	}
	return opts, nil
}

func runScore(e *env, fs *flag.FlagSet, args []string) error {
	format := fs.Lookup("format").Value.String()
	if err := checkFormat(format, "text", "json", "markdown"); err != nil {
		return err
	}
	path, err := onePath(args)
	if err != nil {
		return err
	}
	opts, err := scoreOptions(fs)
	if err != nil {
		return err
	}
	n, err := load(e, path)
	if err != nil {
		return err
	}
	if n, err = applyAsOf(fs, n); err != nil {
		return err
	}
	e.progress.step("scoring")
	name := fs.Lookup("partnership").Value.String()
	if name != "" || len(n.Partnerships()) == 1 {
		sc, err := collab.Score(n, name, opts)
		if err != nil {
			return err
		}
		return writeScorecard(e.stdout, sc, format)
	}
	cards, err := collab.ScoreAll(n, opts)
	if err != nil {
		return err
	}
	switch format {
	case "json":
		return collab.WriteAllJSON(e.stdout, cards)
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
	case "markdown":
		return sc.WriteMarkdown(w)
	}
	return sc.WriteText(w, -1)
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
