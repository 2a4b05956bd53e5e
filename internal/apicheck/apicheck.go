// Package apicheck records the exported API of lipgraph's packages and
// decides, with golang.org/x/exp/apidiff, whether the packages as they are
// remain compatible with the record.
//
// The record, under api/ at the module root, has two parts written
// together:
//
//   - api/exportdata/*.x: one baseline per package in apidiff's own format
//     (what "apidiff -w FILE PKG" writes: the package path on a line, then
//     the package's export data written by golang.org/x/tools/go/gcexportdata,
//     here without source positions so that the files do not depend on where
//     the module is checked out). The test compares them with the packages
//     as they are using apidiff.ModuleChanges, and fails on every change
//     apidiff calls incompatible.
//   - api/lipgraph.txt: the same API as text, one line per exported name,
//     field or method, in the manner of the Go project's api/*.txt files, for
//     reading and for review in diffs.
//
// Lines of the text record look like these:
//
//	pkg measures, func Compute(*network.Network, Options) *Table
//	pkg measures, method (*Table) WriteJSON(io.Writer) error
//	pkg measures, type Options struct, Seed uint64
//
// An intended change is recorded by rewriting both in the same commit:
//
//	go test ./internal/apicheck -update
package apicheck

import (
	"bufio"
	"bytes"
	"fmt"
	"go/importer"
	"go/token"
	"go/types"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"

	"golang.org/x/exp/apidiff"
	"golang.org/x/tools/go/gcexportdata"
)

// Load returns the packages with the given import paths as they are now,
// read from the export data that the go command builds for them (go list
// -export), so the go command must be on PATH.
func Load(paths []string) ([]*types.Package, error) {
	cmd := exec.Command("go", append([]string{"list", "-export", "-deps", "-f", "{{.ImportPath}}\t{{.Export}}"}, paths...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	list, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("apicheck: go list: %v: %s", err, stderr.String())
	}
	export := map[string]string{}
	for _, line := range strings.Split(string(list), "\n") {
		if path, file, ok := strings.Cut(line, "\t"); ok && file != "" {
			export[path] = file
		}
	}
	imp := importer.ForCompiler(token.NewFileSet(), "gc", func(path string) (io.ReadCloser, error) {
		file, ok := export[path]
		if !ok {
			return nil, fmt.Errorf("no export data for %s", path)
		}
		return os.Open(file)
	})
	var pkgs []*types.Package
	for _, path := range paths {
		pkg, err := imp.Import(path)
		if err != nil {
			return nil, fmt.Errorf("apicheck: %s: %w", path, err)
		}
		pkgs = append(pkgs, pkg)
	}
	return pkgs, nil
}

// WriteBaseline writes pkg's API in apidiff's per-package format: the
// package path and a newline, then its export data. Source positions are
// left out, so the bytes depend only on the API.
func WriteBaseline(w io.Writer, pkg *types.Package) error {
	if _, err := fmt.Fprintln(w, pkg.Path()); err != nil {
		return err
	}
	return gcexportdata.Write(w, nil, pkg)
}

// ReadBaseline reads a package written by WriteBaseline (or by
// "apidiff -w").
func ReadBaseline(r io.Reader) (*types.Package, error) {
	br := bufio.NewReader(r)
	path, err := br.ReadString('\n')
	if err != nil {
		return nil, fmt.Errorf("apicheck: baseline without a package path: %v", err)
	}
	path = strings.TrimSuffix(path, "\n")
	pkg, err := gcexportdata.Read(br, token.NewFileSet(), map[string]*types.Package{}, path)
	if err != nil {
		return nil, fmt.Errorf("apicheck: baseline of %s: %v", path, err)
	}
	return pkg, nil
}

// Changes compares the recorded packages of the module with the packages
// as they are, as apidiff.ModuleChanges does (a package removed is an
// incompatible change, one added a compatible one), and returns apidiff's
// messages, each prefixed with its package's path, split into incompatible
// and compatible changes.
func Changes(module string, recorded, current []*types.Package) (incompatible, compatible []string) {
	report := apidiff.ModuleChanges(&apidiff.Module{Path: module, Packages: recorded}, &apidiff.Module{Path: module, Packages: current})
	for _, c := range report.Changes {
		if c.Compatible {
			compatible = append(compatible, c.Message)
		} else {
			incompatible = append(incompatible, c.Message)
		}
	}
	return incompatible, compatible
}

// Lines returns the text record of pkgs: one line per exported name, field
// and method, sorted.
func Lines(pkgs []*types.Package) []string {
	var out []string
	for _, pkg := range pkgs {
		out = append(out, pkgLines(pkg)...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func pkgLines(pkg *types.Package) []string {
	name := pkg.Name()
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	var out []string
	add := func(format string, args ...any) {
		out = append(out, "pkg "+name+", "+fmt.Sprintf(format, args...))
	}
	scope := pkg.Scope()
	for _, n := range scope.Names() {
		obj := scope.Lookup(n)
		if !obj.Exported() {
			continue
		}
		switch o := obj.(type) {
		case *types.Const:
			add("const %s %s", n, types.TypeString(o.Type(), qual))
		case *types.Var:
			add("var %s %s", n, types.TypeString(o.Type(), qual))
		case *types.Func:
			add("func %s%s", n, sigString(o.Type().(*types.Signature), qual))
		case *types.TypeName:
			typeLines(add, o, qual)
		}
	}
	return out
}

func typeLines(add func(string, ...any), o *types.TypeName, qual types.Qualifier) {
	n := o.Name()
	if o.IsAlias() {
		add("type %s = %s", n, types.TypeString(o.Type(), qual))
		return
	}
	named, ok := o.Type().(*types.Named)
	if !ok {
		return
	}
	tparams := ""
	if tp := named.TypeParams(); tp != nil && tp.Len() > 0 {
		var ps []string
		for i := range tp.Len() {
			p := tp.At(i)
			ps = append(ps, p.Obj().Name()+" "+types.TypeString(p.Constraint(), qual))
		}
		tparams = "[" + strings.Join(ps, ", ") + "]"
	}
	switch u := named.Underlying().(type) {
	case *types.Struct:
		add("type %s%s struct", n, tparams)
		for i := range u.NumFields() {
			f := u.Field(i)
			if !f.Exported() {
				continue
			}
			if f.Embedded() {
				add("type %s struct, embedded %s", n, types.TypeString(f.Type(), qual))
			} else {
				add("type %s struct, %s %s", n, f.Name(), types.TypeString(f.Type(), qual))
			}
		}
	case *types.Interface:
		add("type %s%s interface", n, tparams)
		for i := range u.NumMethods() {
			m := u.Method(i)
			if m.Exported() {
				add("type %s interface, %s%s", n, m.Name(), sigString(m.Type().(*types.Signature), qual))
			}
		}
	default:
		add("type %s%s %s", n, tparams, types.TypeString(u, qual))
	}
	for i := range named.NumMethods() {
		m := named.Method(i)
		if !m.Exported() {
			continue
		}
		sig := m.Type().(*types.Signature)
		recv := n
		if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
			recv = "*" + n
		}
		add("method (%s) %s%s", recv, m.Name(), sigString(sig, qual))
	}
}

// sigString writes a signature without parameter names, so that renaming a
// parameter does not change the API: "(string, ...int) (*T, error)".
func sigString(sig *types.Signature, qual types.Qualifier) string {
	list := func(t *types.Tuple, variadic bool) []string {
		var out []string
		for i := range t.Len() {
			typ := t.At(i).Type()
			if variadic && i == t.Len()-1 {
				out = append(out, "..."+types.TypeString(typ.(*types.Slice).Elem(), qual))
				continue
			}
			out = append(out, types.TypeString(typ, qual))
		}
		return out
	}
	s := "(" + strings.Join(list(sig.Params(), sig.Variadic()), ", ") + ")"
	switch res := list(sig.Results(), false); len(res) {
	case 0:
	case 1:
		s += " " + res[0]
	default:
		s += " (" + strings.Join(res, ", ") + ")"
	}
	if tp := sig.TypeParams(); tp != nil && tp.Len() > 0 {
		var ps []string
		for i := range tp.Len() {
			ps = append(ps, tp.At(i).Obj().Name()+" "+types.TypeString(tp.At(i).Constraint(), qual))
		}
		s = "[" + strings.Join(ps, ", ") + "]" + s
	}
	return s
}
