package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/lipgraph/lipgraph/export"
	"github.com/lipgraph/lipgraph/network"
)

func init() {
	register(&command{
		name:    "export",
		args:    "[PATH]",
		summary: "export the partner graph with attributes and measures as GraphML, GEXF (Gephi) or CSV",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &exportFlags{format: formatFlag(fs, b, "graphml", "gexf", "csv")}
			outputFlag(fs, b, &f.out, "output `FILE` (graphml, gexf; standard output if left out) or DIRECTORY (csv: nodes.csv, edges.csv, affiliation.csv; required)")
			projectionFlag(fs, &f.projection, "edge weighting")
			fs.BoolVar(&f.skipPaths, "skip-path-measures", false, "leave out betweenness and closeness (O(n·m), slow on very large networks)")
			f.filters.bind(fs)
			return f.run
		},
	})
}

// exportFlags are the options of lipgraph export.
type exportFlags struct {
	format     *choice
	out        string
	projection network.Projection
	skipPaths  bool
	filters
}

func (f *exportFlags) run(e *env, args []string) error {
	format, out := f.format.name, f.out
	if format == "csv" && out == "" {
		return fmt.Errorf("%w: --format csv writes three files: -o DIRECTORY is required", errUsage)
	}
	e.asOf = &f.asOf // memberships are counted: warn about ended ones
	n, err := f.filters.load(e, args)
	if err != nil {
		return err
	}
	opt := export.Options{Projection: f.projection, SkipPathMeasures: f.skipPaths}
	e.progress.step("computing measures and writing " + format)
	write := export.GraphML
	switch format {
	case "csv":
		return export.CSVDir(out, n, opt)
	case "gexf":
		write = export.GEXF
	}
	if out == "" {
		return write(e.stdout, n, opt)
	}
	return writeFile(out, func(w io.Writer) error { return write(w, n, opt) })
}
