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

// boundary holds the flags that the CLI handles alike for every command
// that has them, bound to them by the functions that declare them: the
// --format (formatFlag), the -o output (outputFlag) and the flags naming
// input files or folders (inputFlag). After parsing, a text format makes
// stdout escape control characters, and an -o that would overwrite an
// input is refused (checkOutput).
type boundary struct {
	format *choice   // --format; nil when the command has none
	out    *string   // -o; nil when the command has none
	inputs []*string // flags naming inputs, such as --criteria
}

// isTextFormat reports whether the command's --format asks for text meant
// for a terminal (text or markdown), whose control characters are escaped.
func (b *boundary) isTextFormat() bool {
	return b.format != nil && (b.format.name == "text" || b.format.name == "markdown")
}

// outputFlag declares -o bound to p, protected from naming an input.
func outputFlag(fs *flag.FlagSet, b *boundary, p *string, usage string) {
	fs.StringVar(p, "o", "", usage)
	b.out = p
}

// inputFlag declares the flag name, naming an input file or folder, bound
// to p: like the positional PATH arguments, it is protected from -o.
func inputFlag(fs *flag.FlagSet, b *boundary, p *string, name, usage string) {
	fs.StringVar(p, name, "", usage)
	b.inputs = append(b.inputs, p)
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

// checkOutput refuses, as a usage error, an -o that would overwrite an
// input (the positional PATH arguments args, and the values of the flags
// naming inputs): the output itself, or a dataset file inside an output
// folder (as convert -o DIR writes), that is an input file or a dataset
// file of an input folder.
func (b *boundary) checkOutput(args []string) error {
	if b.out == nil || *b.out == "" {
		return nil
	}
	out := *b.out
	inputs := slices.Clone(args)
	for _, p := range b.inputs {
		if *p != "" {
			inputs = append(inputs, *p)
		}
	}
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
