package main

import (
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"strings"
	"syscall"

	"github.com/lipgraph/lipgraph/internal/atomicfile"
	"github.com/lipgraph/lipgraph/internal/csvsafe"
	"github.com/lipgraph/lipgraph/network"
)

// writeFile writes the output file name with write, atomically: name is
// replaced only once write has succeeded, and is left byte for byte as it
// was on any failure (see internal/atomicfile).
func writeFile(name string, write func(io.Writer) error) error {
	return atomicfile.Write(name, write)
}

// flagValue returns the value of a flag, "" if the command has no such flag.
func flagValue(fs *flag.FlagSet, name string) string {
	if f := fs.Lookup(name); f != nil {
		return f.Value.String()
	}
	return ""
}

// isTextFormat reports whether the command's --format asks for text meant
// for a terminal (text or markdown), whose control characters are escaped.
func isTextFormat(fs *flag.FlagSet) bool {
	f := flagValue(fs, "format")
	return f == "text" || f == "markdown"
}

// writeSheet writes a CSV table meant for spreadsheets (RFC 4180, the
// header first): every cell that a spreadsheet would run as a formula is
// quoted (internal/csvsafe). It reports any write error.
func writeSheet(w io.Writer, header []string, rows [][]string) error {
	cw := csv.NewWriter(w)
	cw.Write(csvsafe.Record(slices.Clone(header)))
	for _, r := range rows {
		cw.Write(csvsafe.Record(r))
	}
	cw.Flush()
	return cw.Error()
}

// inputPath is the value of a flag that names a file or folder the command
// reads (--criteria, --before): declared with inputFlag, it is protected
// from -o like the positional PATH arguments.
type inputPath string

func (p *inputPath) String() string     { return string(*p) }
func (p *inputPath) Set(s string) error { *p = inputPath(s); return nil }

// inputFlag declares the flag name, naming an input file or folder, bound
// to p.
func inputFlag(fs *flag.FlagSet, p *string, name, usage string) {
	fs.Var((*inputPath)(p), name, usage)
}

// inputPaths returns the files and folders a command reads: its positional
// PATH arguments and the values of its flags declared with inputFlag.
func inputPaths(fs *flag.FlagSet, args []string) []string {
	in := append([]string(nil), args...)
	fs.VisitAll(func(f *flag.Flag) {
		if p, ok := f.Value.(*inputPath); ok && *p != "" {
			in = append(in, string(*p))
		}
	})
	return in
}

// checkOutputFlag refuses, as a usage error, an -o that would overwrite an
// input: the output itself, or a dataset file inside an output folder (as
// convert -o DIR writes), that is an input file or a dataset file of an
// input folder.
func checkOutputFlag(fs *flag.FlagSet, args []string) error {
	out := flagValue(fs, "o")
	if out == "" {
		return nil
	}
	inputs := inputPaths(fs, args)
	if err := outputClash(out, out, inputs); err != nil {
		return err
	}
	for _, name := range network.FileNames() {
		if err := outputClash(out, filepath.Join(out, name), inputs); err != nil {
			return err
		}
	}
	return nil
}

// outputClash returns a usage error when writing the file out (part of the
// -o argument flagO) would overwrite one of inputs: the same file through
// any name or link, the same folder, or a file of a partnership folder (such
// as partners.csv) inside an input folder, whether it exists yet or not.
func outputClash(flagO, out string, inputs []string) error {
	ost, oerr := os.Stat(out)
	pst, perr := os.Stat(filepath.Dir(out))
	base := filepath.Base(out)
	clash := func(in string) error {
		return fmt.Errorf("%w: -o %s would overwrite the input %s: choose another output", errUsage, flagO, in)
	}
	for _, in := range inputs {
		ist, err := os.Stat(in)
		if err != nil {
			continue // the loader reports a missing input
		}
		if oerr == nil && os.SameFile(ost, ist) {
			return clash(in)
		}
		if !ist.IsDir() {
			continue
		}
		for _, name := range network.FileNames() {
			if perr == nil && os.SameFile(pst, ist) && strings.EqualFold(base, name) {
				return clash(filepath.Join(in, name))
			}
			if fst, err := os.Stat(filepath.Join(in, name)); err == nil && oerr == nil && os.SameFile(ost, fst) {
				return clash(filepath.Join(in, name))
			}
		}
	}
	return nil
}

// removeTempsOnInterrupt makes an interrupt (Ctrl-C, SIGTERM) remove the
// temporary files of outputs being written before the process exits with
// status 130; the outputs themselves are never touched by an interrupt.
func removeTempsOnInterrupt() {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-c
		atomicfile.RemoveTemps()
		os.Exit(130)
	}()
}
