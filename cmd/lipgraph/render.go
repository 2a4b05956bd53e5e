package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/lipgraph/lipgraph/render"
)

func init() {
	register(&command{
		name:    "render",
		args:    "[PATH] | BEFORE AFTER --view change",
		summary: "draw a diagram (as for dot) to an SVG, PNG or PDF file, with the Graphviz built into lipgraph or the system's",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &renderFlags{}
			f.diagram.bind(fs)
			outputFlag(fs, b, &f.out, "output `FILE`; its extension (.svg, .png, .pdf) chooses the format (required)")
			f.graphviz.bind(fs)
			return f.run
		},
	})
}

// graphvizFlags choose the Graphviz that renders (render and report):
// --graphviz builtin, system (the dot program on PATH), or a Graphviz
// program's name or path.
type graphvizFlags struct {
	engine  render.Engine
	program string
}

func (f *graphvizFlags) bind(fs *flag.FlagSet) {
	fs.Var(f, "graphviz", "the `GRAPHVIZ` that lays diagrams out: builtin (Graphviz 12 inside lipgraph, nothing to install; complete SVG, and PNG without outlines, cluster borders or ★), system (the dot program on PATH; also PDF) or a Graphviz program's name or path (default builtin)")
}

// String implements flag.Value.
func (f *graphvizFlags) String() string {
	if f == nil || f.engine == render.InProcess {
		return "builtin"
	}
	if f.program == "" {
		return "system"
	}
	return f.program
}

// Set implements flag.Value.
func (f *graphvizFlags) Set(s string) error {
	switch s {
	case "":
		return errors.New("want builtin, system or a Graphviz program")
	case "builtin":
		f.engine, f.program = render.InProcess, ""
	case "system":
		f.engine, f.program = render.System, ""
	default:
		f.engine, f.program = render.System, s
	}
	return nil
}

// options returns the render options, Graphviz's warnings going to e.stderr.
func (f *graphvizFlags) options(e *env) render.Options {
	return render.Options{Engine: f.engine, Program: f.program, Warnings: prefixWriter{e.stderr, "lipgraph: "}}
}

// prefixWriter writes each Write to w after a prefix.
type prefixWriter struct {
	w      io.Writer
	prefix string
}

func (p prefixWriter) Write(b []byte) (int, error) {
	if _, err := io.WriteString(p.w, p.prefix); err != nil {
		return 0, err
	}
	return p.w.Write(b)
}

// renderFlags are the options of lipgraph render.
type renderFlags struct {
	diagram  diagramFlags
	out      string
	graphviz graphvizFlags
}

// renderFormats maps output extensions to formats.
var renderFormats = map[string]render.Format{".svg": render.SVG, ".png": render.PNG, ".pdf": render.PDF}

func (f *renderFlags) run(e *env, args []string) error {
	out := f.out
	if out == "" {
		return fmt.Errorf("%w: -o FILE.svg|FILE.png|FILE.pdf is required", errUsage)
	}
	format, ok := renderFormats[strings.ToLower(filepath.Ext(out))]
	if !ok {
		return fmt.Errorf("%w: -o %q: the file name must end in .svg, .png or .pdf", errUsage, out)
	}
	if format == render.PDF && f.graphviz.engine == render.InProcess {
		return fmt.Errorf("%w: -o %q: PDF needs --graphviz system (a Graphviz installation); the builtin Graphviz writes SVG and PNG", errUsage, out)
	}
	var src bytes.Buffer
	if err := f.diagram.write(e, args, &src); err != nil {
		return err
	}
	e.progress.step("rendering with Graphviz")
	var img bytes.Buffer
	if err := render.Render(context.Background(), &img, src.Bytes(), format, f.graphviz.options(e)); err != nil {
		if errors.Is(err, render.ErrNoBuiltin) {
			return fmt.Errorf("%w; run with --graphviz system", err)
		}
		return err
	}
	if format == render.PNG && f.graphviz.engine == render.InProcess {
		fmt.Fprintf(e.stderr, "lipgraph: note: %s\n", builtinPNGNote)
	}
	return writeFile(out, func(w io.Writer) error {
		_, err := w.Write(img.Bytes())
		return err
	})
}

// builtinPNGNote says what the builtin Graphviz's PNG lacks: go-graphviz
// rasterises PNG itself and fills shapes without stroking their outlines,
// and its fonts have no ★. Its SVG is Graphviz's own and complete.
const builtinPNGNote = "the builtin Graphviz draws PNG without node outlines, cluster borders, dashes and the ★ of chairs (its SVG is complete): write .svg, or use --graphviz system for a complete PNG"
