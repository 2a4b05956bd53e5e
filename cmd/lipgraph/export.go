package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/lipgraph/lipgraph/export"
)

func init() {
	register(&command{
		name:    "export",
		args:    "[PATH]",
		summary: "export the partner graph with attributes and measures as GraphML, GEXF (Gephi) or CSV",
		flags: func(fs *flag.FlagSet) {
			formatFlag(fs, "graphml", "gexf", "csv")
			fs.String("o", "", "output `FILE` (graphml, gexf; standard output if left out) or DIRECTORY (csv: nodes.csv, edges.csv, affiliation.csv; required)")
			fs.String("projection", "combined", "edge weighting: combined, co-membership, newman, ties")
			fs.Bool("skip-path-measures", false, "leave out betweenness and closeness (O(n·m), slow on very large networks)")
			addFilterFlags(fs)
		},
		run: runExport,
	})
}

func runExport(e *env, fs *flag.FlagSet, args []string) error {
	get := func(name string) string { return fs.Lookup(name).Value.String() }
	format := get("format")
	if err := checkFormat(format, "graphml", "gexf", "csv"); err != nil {
		return err
	}
	proj, err := parseProjection(fs)
	if err != nil {
		return err
	}
	out := get("o")
	if format == "csv" && out == "" {
		return fmt.Errorf("%w: --format csv writes three files: -o DIRECTORY is required", errUsage)
	}
	n, err := loadFiltered(e, fs, args)
	if err != nil {
		return err
	}
	opt := export.Options{Projection: proj, SkipPathMeasures: get("skip-path-measures") == "true"}
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
