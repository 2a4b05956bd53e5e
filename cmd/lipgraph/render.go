package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
)

func init() {
	register(&command{
		name:    "render",
		args:    "[PATH] | BEFORE AFTER --view change",
		summary: "draw a diagram (as for dot) to an SVG, PNG or PDF file with Graphviz's dot program",
		flags: func(fs *flag.FlagSet) runFunc {
			f := &renderFlags{}
			f.diagram.bind(fs)
			fs.StringVar(&f.out, "o", "", "output `FILE`; its extension (.svg, .png, .pdf) chooses the format (required)")
			fs.StringVar(&f.graphviz, "graphviz", "dot", "the Graphviz `program` to run (a name on PATH or a path)")
			return f.run
		},
	})
}

// renderFlags are the options of lipgraph render.
type renderFlags struct {
	diagram       diagramFlags
	out, graphviz string
}

// renderFormats maps output extensions to Graphviz -T formats.
var renderFormats = map[string]string{".svg": "svg", ".png": "png", ".pdf": "pdf"}

func (f *renderFlags) run(e *env, args []string) error {
	out := f.out
	if out == "" {
		return fmt.Errorf("%w: -o FILE.svg|FILE.png|FILE.pdf is required", errUsage)
	}
	format, ok := renderFormats[strings.ToLower(filepath.Ext(out))]
	if !ok {
		return fmt.Errorf("%w: -o %q: the file name must end in .svg, .png or .pdf", errUsage, out)
	}
	prog, err := exec.LookPath(f.graphviz)
	if err != nil {
		return errNoGraphviz
	}
	var src bytes.Buffer
	if err := f.diagram.write(e, args, &src); err != nil {
		return err
	}
	e.progress.step("rendering with Graphviz")
	// Graphviz writes to standard output, which goes to the output file
	// atomically: a failing run leaves an existing file as it was.
	cmd := exec.Command(prog, "-T"+format)
	cmd.Stdin = &src
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	var runErr error
	err = writeFile(out, func(w io.Writer) error {
		cmd.Stdout = w
		runErr = cmd.Run()
		return runErr
	})
	if err != nil && runErr == nil {
		return err
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 2000 {
			msg = msg[:2000] + "…"
		}
		return fmt.Errorf("%s -T%s: %v: %s", prog, format, err, msg)
	}
	if msg := strings.TrimSpace(stderr.String()); msg != "" {
		fmt.Fprintf(e.stderr, "lipgraph render: Graphviz: %s\n", msg)
	}
	return nil
}
