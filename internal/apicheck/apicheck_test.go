package apicheck

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/golden"
)

// record is the file that holds the recorded API.
const record = "../../api/lipgraph.txt"

// publicPackages lists the module's importable packages: all but
// internal/, cmd/ and examples/.
func publicPackages(t *testing.T) []string {
	out, err := exec.Command("go", "list", "github.com/lipgraph/lipgraph/...").Output()
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

// TestAPI fails when a line of the recorded API no longer holds: a name
// removed, renamed or given another type is an incompatible change. New
// names are compatible: they are listed, and go into the record with
// -update.
func TestAPI(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module from source")
	}
	lines, err := Lines(publicPackages(t))
	if err != nil {
		t.Fatal(err)
	}
	got := []byte(strings.Join(lines, "\n") + "\n")
	if golden.Updating() {
		golden.Check(t, record, got)
		return
	}
	want, err := os.ReadFile(record)
	if err != nil {
		t.Fatalf("%v (go test ./internal/apicheck -update writes it)", err)
	}
	removed, added := compare(strings.Split(strings.TrimSpace(string(want)), "\n"), lines)
	if len(removed) > 0 {
		t.Errorf("incompatible API change: %d recorded lines no longer hold (if intended, rewrite the record in the same commit: go test ./internal/apicheck -update):\n%s",
			len(removed), strings.Join(removed, "\n"))
	}
	if len(added) > 0 {
		t.Logf("%d new API lines, not yet in %s (go test ./internal/apicheck -update adds them):\n%s", len(added), record, strings.Join(added, "\n"))
	}
}

// compare returns the recorded lines missing from current and the current
// lines missing from recorded.
func compare(recorded, current []string) (removed, added []string) {
	for _, l := range recorded {
		if !slices.Contains(current, l) {
			removed = append(removed, l)
		}
	}
	for _, l := range current {
		if !slices.Contains(recorded, l) {
			added = append(added, l)
		}
	}
	return removed, added
}

func TestCompare(t *testing.T) {
	recorded := []string{"pkg a, func F()", "pkg a, type T struct, X int"}
	current := []string{"pkg a, func F(int)", "pkg a, type T struct, X int", "pkg a, var V int"}
	removed, added := compare(recorded, current)
	if !slices.Equal(removed, []string{"pkg a, func F()"}) || !slices.Equal(added, []string{"pkg a, func F(int)", "pkg a, var V int"}) {
		t.Errorf("removed %q, added %q", removed, added)
	}
}

// TestLines checks the line format on a small package written here.
func TestLines(t *testing.T) {
	lines, err := Lines([]string{"github.com/lipgraph/lipgraph/internal/apicheck/testdata/sample"})
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
	if got := strings.Join(lines, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("lines:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}
