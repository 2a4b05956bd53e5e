// Package apicheck records the exported API of lipgraph's packages as lines
// of text, one per exported name, field or method, in the manner of the Go
// project's api/*.txt files:
//
//	pkg measures, func Compute(*network.Network, Options) *Table
//	pkg measures, method (*Table) WriteJSON(io.Writer) error
//	pkg measures, type Options struct, Seed uint64
//
// Its test compares the record in api/lipgraph.txt with the packages as they
// are: a recorded line that no longer holds (a removed or changed name) is
// an incompatible change and fails, unless the record is rewritten in the
// same commit with
//
//	go test ./internal/apicheck -update
package apicheck

import (
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
)

// Lines returns the API lines of the packages with the given import paths,
// sorted. It reads the packages' export data, which it has the go command
// build (go list -export), so the go command must be on PATH.
func Lines(paths []string) ([]string, error) {
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
	var out []string
	for _, path := range paths {
		pkg, err := imp.Import(path)
		if err != nil {
			return nil, fmt.Errorf("apicheck: %s: %w", path, err)
		}
		out = append(out, pkgLines(pkg)...)
	}
	slices.Sort(out)
	return slices.Compact(out), nil
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
