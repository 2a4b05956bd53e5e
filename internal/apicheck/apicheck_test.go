package apicheck

import (
	"bytes"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/golden"
)

const (
	module = "github.com/lipgraph/lipgraph"
	// record is the text record; baselines the folder of the export data
	// baselines, one file per package.
	record    = "../../api/lipgraph.txt"
	baselines = "../../api/exportdata"
)

// publicPackages lists the module's importable packages: all but
// internal/, cmd/ and examples/.
func publicPackages(t *testing.T) []string {
	out, err := exec.Command("go", "list", module+"/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var paths []string
	for _, p := range strings.Fields(string(out)) {
		if !strings.Contains(p, "/internal/") && !strings.Contains(p, "/cmd/") && !strings.Contains(p, "/examples/") {
			paths = append(paths, p)
		}
	}
	return paths
}

// baselineName is the file of a package's baseline: its path within the
// module, slashes as dots, and .x (the module's root package is
// lipgraph.x).
func baselineName(path string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(path, module), "/")
	if rel == "" {
		rel = "lipgraph"
	}
	return strings.ReplaceAll(rel, "/", ".") + ".x"
}

// TestAPI fails on every change that apidiff calls incompatible between
// the recorded API (api/exportdata) and the packages as they are: a name
// removed or renamed, a type or signature changed, a package removed.
// Compatible changes (new names, new packages) are listed, and go into the
// record with -update. It also checks that the text record describes the
// recorded baselines, so that neither is edited without the other.
func TestAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the module's export data")
	}
	current, err := Load(publicPackages(t))
	if err != nil {
		t.Fatal(err)
	}
	if golden.Updating() {
		writeRecord(t, current)
		return
	}
	recorded := readBaselines(t)
	incompatible, compatible := Changes(module, recorded, current)
	incompatible, unstable := splitUnstable(incompatible)
	if len(unstable) > 0 {
		t.Logf("changes to names the README calls not stable:\n\t%s", strings.Join(unstable, "\n\t"))
	}
	if len(incompatible) > 0 {
		t.Errorf("incompatible API changes, as apidiff reports them (if intended, rewrite the record in the same commit: go test ./internal/apicheck -update):\n\t%s",
			strings.Join(incompatible, "\n\t"))
	}
	if len(compatible) > 0 {
		t.Logf("%d compatible API changes, not yet recorded (go test ./internal/apicheck -update records them):\n\t%s", len(compatible), strings.Join(compatible, "\n\t"))
	}
	text := []byte(strings.Join(Lines(recorded), "\n") + "\n")
	want, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(text, want) {
		t.Errorf("%s does not describe the baselines in %s (edited by hand? go test ./internal/apicheck -update rewrites both); -record +baselines:\n%s",
			record, baselines, golden.Diff(want, text))
	}
}

// unstable are the recorded names that the README calls not stable: the
// JSON v2 methods of measures.Float follow github.com/go-json-experiment/json,
// whose jsontext types become those of encoding/json/jsontext when the
// standard library's JSON v2 is built in (GOEXPERIMENT=jsonv2).
var unstable = []string{"./measures.Float.MarshalJSONTo:", "./measures.(*Float).UnmarshalJSONFrom:"}

// splitUnstable separates the changes to unstable names from the others.
func splitUnstable(changes []string) (stable, other []string) {
	for _, c := range changes {
		if slices.ContainsFunc(unstable, func(u string) bool { return strings.HasPrefix(c, u) }) {
			other = append(other, c)
		} else {
			stable = append(stable, c)
		}
	}
	return stable, other
}

// writeRecord rewrites the baselines and the text record from current,
// removing the baselines of packages that are gone.
func writeRecord(t *testing.T, current []*types.Package) {
	old, _ := filepath.Glob(filepath.Join(baselines, "*.x"))
	if err := os.MkdirAll(baselines, 0o755); err != nil {
		t.Fatal(err)
	}
	var written []string
	for _, pkg := range current {
		var b bytes.Buffer
		if err := WriteBaseline(&b, pkg); err != nil {
			t.Fatal(err)
		}
		name := filepath.Join(baselines, baselineName(pkg.Path()))
		if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		written = append(written, name)
	}
	for _, name := range old {
		if !slices.Contains(written, name) {
			if err := os.Remove(name); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := os.WriteFile(record, []byte(strings.Join(Lines(current), "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
}

func readBaselines(t *testing.T) []*types.Package {
	names, err := filepath.Glob(filepath.Join(baselines, "*.x"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no baselines in %s (go test ./internal/apicheck -update writes them): %v", baselines, err)
	}
	var pkgs []*types.Package
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		pkg, err := ReadBaseline(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if want := baselineName(pkg.Path()); filepath.Base(name) != want {
			t.Errorf("%s holds %s, whose baseline is %s", name, pkg.Path(), want)
		}
		pkgs = append(pkgs, pkg)
	}
	return pkgs
}

const samples = module + "/internal/apicheck/testdata/"

// roundTrip writes pkg as a baseline and reads it back.
func roundTrip(t *testing.T, pkg *types.Package) *types.Package {
	t.Helper()
	var b bytes.Buffer
	if err := WriteBaseline(&b, pkg); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), pkg.Path()+"\n") {
		t.Fatalf("baseline starts %q, want the package path on a line", b.String()[:min(b.Len(), 80)])
	}
	var again bytes.Buffer
	if err := WriteBaseline(&again, pkg); err != nil || !bytes.Equal(b.Bytes(), again.Bytes()) {
		t.Errorf("two baselines of one package differ (err %v)", err)
	}
	back, err := ReadBaseline(&b)
	if err != nil {
		t.Fatal(err)
	}
	return back
}

// TestChanges records a small package as a baseline and compares it, as
// TestAPI does, with itself and with a later version ("changed", written
// here) that removes a method, changes a function's signature, adds a
// struct field and a function: apidiff must find exactly the two
// incompatible changes.
func TestChanges(t *testing.T) {
	pkgs, err := Load([]string{samples + "sample"})
	if err != nil {
		t.Fatal(err)
	}
	base := roundTrip(t, pkgs[0])
	if inc, comp := Changes(module, []*types.Package{base}, pkgs); len(inc)+len(comp) > 0 {
		t.Errorf("a package compared with its own baseline: incompatible %q, compatible %q", inc, comp)
	}
	// the changed package, type-checked under the sample's import path: the
	// same package later
	fset := token.NewFileSet()
	file, err := parser.ParseFile(fset, "testdata/changed/sample/sample.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	changed, err := new(types.Config).Check(pkgs[0].Path(), fset, []*ast.File{file}, nil)
	if err != nil {
		t.Fatal(err)
	}
	inc, comp := Changes(module, []*types.Package{base}, []*types.Package{changed})
	wantInc := []string{"(*T).Set: removed", "New: changed from func(string) (*T, error) to func(string, int) (*T, error)"}
	if !sameMessages(inc, wantInc) {
		t.Errorf("incompatible changes %q, want %q", inc, wantInc)
	}
	if wantComp := []string{"Extra: added", "T.Size: added"}; !sameMessages(comp, wantComp) {
		t.Errorf("compatible changes %q, want %q", comp, wantComp)
	}
	// a package left out of the current module is removed: incompatible
	if inc, _ := Changes(module, []*types.Package{base}, nil); len(inc) != 1 || !strings.Contains(inc[0], "removed") {
		t.Errorf("package removed: incompatible %q, want one removal", inc)
	}
}

// sameMessages reports whether got holds one message containing each of
// want, and no other.
func sameMessages(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.Contains(g, w) }) {
			return false
		}
	}
	return true
}

// TestLines checks the text record's line format on a small package written
// here, as loaded and as read back from its baseline.
func TestLines(t *testing.T) {
	pkgs, err := Load([]string{samples + "sample"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"pkg sample, const Max untyped int",
		"pkg sample, func New(string) (*T, error)",
		"pkg sample, method (*T) Set(int)",
		"pkg sample, method (T) Get() int",
		"pkg sample, type I interface",
		"pkg sample, type I interface, Get() int",
		"pkg sample, type Kind uint8",
		"pkg sample, type T struct",
		"pkg sample, type T struct, Name string",
		"pkg sample, var Default *T",
	}
	for _, pkg := range []*types.Package{pkgs[0], roundTrip(t, pkgs[0])} {
		if got := Lines([]*types.Package{pkg}); !slices.Equal(got, want) {
			t.Errorf("lines:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}
