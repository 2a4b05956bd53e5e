package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

func init() {
	register(&command{
		name:    "convert",
		args:    "[PATH]",
		summary: "convert a dataset between the CSV folder and the JSON document (validated on the way)",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &convertFlags{}
			outputFlag(fs, b, &f.out, "write to `OUT`: a file ending in .json, or a folder for CSV files; standard output (JSON) if left out")
			f.filters.bind(fs)
			return f.run
		},
	})
}

// convertFlags are the options of lipgraph convert.
type convertFlags struct {
	out string
	filters
}

func (f *convertFlags) run(e *env, args []string) error {
	n, err := f.filters.load(e, args)
	if err != nil {
		return err
	}
	out := f.out
	switch {
	case out == "":
		return network.WriteJSON(e.stdout, n)
	case strings.HasSuffix(strings.ToLower(out), ".json"):
		if err := writeFile(out, func(w io.Writer) error { return network.WriteJSON(w, n) }); err != nil {
			return err
		}
		_, err = fmt.Fprintf(e.stderr, "lipgraph convert: wrote the JSON document %s (%s)\n", out, contents(n))
		return err
	}
	if err := network.WriteDir(out, n); err != nil {
		return err
	}
	_, err = fmt.Fprintf(e.stderr, "lipgraph convert: wrote the CSV folder %s (%s)\n", out, contents(n))
	return err
}

// contents says what a dataset holds, for the message of convert.
func contents(n *network.Network) string {
	return fmt.Sprintf("%d partners, %d bodies, %d memberships, %d ties", n.NumPartners(), n.NumBodies(), n.NumMemberships(), n.NumTies())
}
