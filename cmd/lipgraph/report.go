package main

import (
	"flag"
)

func init() {
	register(&command{
		name:    "report",
		args:    "[PATH]",
		summary: "summarise a partnership (the built-in mid-size sample when PATH is left out)",
		run:     runReport,
	})
}

func runReport(e *env, fs *flag.FlagSet, args []string) error {
	path, err := onePath(args)
	if err != nil {
		return err
	}
	n, err := load(e, path)
	if err != nil {
		return err
	}
	return summarize(n, orSample(path)).writeText(e.stdout, n)
}
