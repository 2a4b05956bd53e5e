// Package render turns a Graphviz DOT diagram (from package draw) into SVG,
// PNG or PDF. By default it runs Graphviz 12 compiled to WebAssembly inside
// the process (github.com/goccy/go-graphviz, run by the pure-Go wazero
// runtime), so nothing needs to be installed; System runs the dot program
// of a Graphviz installation instead, which also writes PDF.
//
// Packages network, metrics and collab never import render: a program that
// only models or scores does not carry the WebAssembly module. A program
// that links render pays for it at start-up, before main runs: go-graphviz
// instantiates its module in init functions. The first rendering on a
// machine also compiles the module into a cache under os.TempDir(); the
// README has the figures.
// Built with the tag nographviz (go build -tags nographviz), render leaves
// the built-in Graphviz out and the InProcess engine returns ErrNoBuiltin.
//
// The built-in engine's SVG is Graphviz's own and complete; its PNG comes
// from go-graphviz's own simple rasteriser, which fills shapes without their
// outlines (no node borders, cluster borders or dashes) and whose fonts lack
// the ★ of chairs: use SVG, or System for a complete PNG.
//
// The layout engine is the graph's "layout" attribute (draw's partner
// diagram asks for neato, fdp for clusters, sfdp above 2,000 partners), as
// the dot program does; dot when it is absent. The built-in engine's output
// is a pure function of the DOT text, for every layout (tested for fdp from
// one process to another); a system Graphviz's fdp and sfdp are not (their
// layout changes from run to run whatever the start seed). The two engines'
// outputs differ from each other (Graphviz versions and text metrics
// differ).
package render

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
)

// Engine chooses the Graphviz that renders.
type Engine uint8

const (
	// InProcess runs Graphviz compiled to WebAssembly inside the process.
	InProcess Engine = iota
	// System runs a Graphviz program found on PATH (Options.Program).
	System
)

var engineNames = [...]string{"builtin", "system"}

// String returns "builtin" or "system", the names ParseEngine reads.
func (e Engine) String() string {
	if int(e) < len(engineNames) {
		return engineNames[e]
	}
	return fmt.Sprintf("Engine(%d)", int(e))
}

// ParseEngine parses "builtin" or "system".
func ParseEngine(s string) (Engine, error) {
	for i, n := range engineNames {
		if n == s {
			return Engine(i), nil
		}
	}
	return 0, fmt.Errorf("render: unknown engine %q: want builtin or system", s)
}

// MarshalText implements encoding.TextMarshaler.
func (e Engine) MarshalText() ([]byte, error) { return []byte(e.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *Engine) UnmarshalText(b []byte) error {
	v, err := ParseEngine(string(b))
	if err == nil {
		*e = v
	}
	return err
}

// Format is an output format.
type Format string

// The output formats. PDF needs the System engine.
const (
	SVG Format = "svg"
	PNG Format = "png"
	PDF Format = "pdf"
)

// Options configures Render. The zero value renders in-process.
type Options struct {
	Engine Engine
	// Program is the Graphviz program the System engine runs: a name on
	// PATH or a path. Default "dot".
	Program string
	// Warnings, when not nil, receives the warnings the System engine's
	// program prints.
	Warnings io.Writer
}

// ErrNoGraphviz is returned by Render with the System engine when the
// program is not found.
var ErrNoGraphviz = errors.New("the Graphviz dot program was not found on PATH: install Graphviz (Debian/Ubuntu: apt-get install graphviz; Fedora: dnf install graphviz; macOS: brew install graphviz), or render in-process with the builtin engine")

// ErrNoBuiltin is returned by Render with the InProcess engine in a
// program built with the tag nographviz.
var ErrNoBuiltin = errors.New("this lipgraph was built without the builtin Graphviz (tag nographviz): use the system engine")

// Render lays out the DOT text src and writes it to w in the format f.
func Render(ctx context.Context, w io.Writer, src []byte, f Format, opt Options) error {
	if f != SVG && f != PNG && f != PDF {
		return fmt.Errorf("render: unknown format %q: want svg, png or pdf", f)
	}
	switch opt.Engine {
	case InProcess:
		if f == PDF {
			return errors.New("render: the builtin engine writes SVG and PNG only; PDF needs the system engine (Graphviz installed)")
		}
		return inProcess(ctx, w, src, f)
	case System:
		return system(ctx, w, src, f, opt)
	}
	return fmt.Errorf("render: unknown engine %v", opt.Engine)
}

func system(ctx context.Context, w io.Writer, src []byte, f Format, opt Options) error {
	name := opt.Program
	if name == "" {
		name = "dot"
	}
	prog, err := exec.LookPath(name)
	if err != nil {
		return ErrNoGraphviz
	}
	args := []string{"-T" + string(f)}
	cmd := exec.CommandContext(ctx, prog, args...)
	cmd.Stdin = bytes.NewReader(src)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 2000 {
			msg = msg[:2000] + "…"
		}
		return fmt.Errorf("render: %s -T%s: %v: %s", prog, f, err, msg)
	}
	if msg := strings.TrimSpace(stderr.String()); msg != "" && opt.Warnings != nil {
		fmt.Fprintf(opt.Warnings, "Graphviz: %s\n", msg)
	}
	_, err = w.Write(out.Bytes())
	return err
}
