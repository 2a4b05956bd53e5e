package atomicfile

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var errBoom = errors.New("boom")

// failAfter writes n bytes of new data, then fails: a write broken part way
// (a full disk, an interrupted export).
func failAfter(n int) func(io.Writer) error {
	return func(w io.Writer) error {
		if _, err := w.Write(bytes.Repeat([]byte("new"), n/3+1)[:n]); err != nil {
			return err
		}
		return errBoom
	}
}

func names(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range es {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteFailingKeepsOldFile(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "out.gexf")
	old := []byte("the previous, complete export\n")
	if err := os.WriteFile(name, old, 0o640); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{0, 1, 100000} {
		if err := Write(name, failAfter(n)); !errors.Is(err, errBoom) {
			t.Fatalf("failing after %d bytes: err %v, want errBoom", n, err)
		}
		if got, _ := os.ReadFile(name); !bytes.Equal(got, old) {
			t.Fatalf("failing after %d bytes: the file holds %.40q", n, got)
		}
		if got := names(t, dir); !slices.Equal(got, []string{"out.gexf"}) {
			t.Fatalf("failing after %d bytes left %v", n, got)
		}
	}
	// success replaces the contents and keeps the permissions
	if err := Write(name, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(name)
	st, _ := os.Stat(name)
	if string(got) != "new" || st.Mode().Perm() != 0o640 {
		t.Errorf("after a good write: %q, mode %v; want \"new\", -rw-r-----", got, st.Mode())
	}
}

func TestWriteNewFileFailingLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "new.dot")
	if err := Write(name, failAfter(10)); !errors.Is(err, errBoom) {
		t.Fatal(err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("left %v", got)
	}
	// nothing written at all: not even a temporary file is created
	if err := Write(name, func(io.Writer) error { return errBoom }); !errors.Is(err, errBoom) {
		t.Fatal(err)
	}
	if got := names(t, dir); len(got) != 0 {
		t.Errorf("left %v", got)
	}
	// an empty successful output is a file
	if err := Write(name, func(io.Writer) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(name); err != nil || st.Size() != 0 {
		t.Errorf("empty output: %v %v", st, err)
	}
}

func TestWriteFollowsLinks(t *testing.T) {
	dir := t.TempDir()
	real := filepath.Join(dir, "real.json")
	link := filepath.Join(dir, "link.json")
	os.WriteFile(real, []byte("old"), 0o644)
	if err := os.Symlink("real.json", link); err != nil {
		t.Skip(err)
	}
	if err := Write(link, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if l, err := os.Readlink(link); err != nil || l != "real.json" {
		t.Errorf("the link was replaced: %q %v", l, err)
	}
	if got, _ := os.ReadFile(real); string(got) != "new" {
		t.Errorf("the linked file holds %q", got)
	}
}

func TestWriteDeviceNotRemoved(t *testing.T) {
	for _, dev := range []string{"/dev/null", "/dev/full"} {
		st, err := os.Stat(dev)
		if err != nil || st.Mode()&os.ModeDevice == 0 {
			t.Skipf("no %s", dev)
		}
		err = Write(dev, func(w io.Writer) error { _, err := io.WriteString(w, "data"); return err })
		if dev == "/dev/full" && err == nil {
			t.Errorf("%s: no error writing a full device", dev)
		}
		if dev == "/dev/null" && err != nil {
			t.Errorf("%s: %v", dev, err)
		}
		if st2, err := os.Stat(dev); err != nil || st2.Mode() != st.Mode() {
			t.Fatalf("%s is gone or changed: %v %v", dev, st2, err)
		}
		// a failure of the writer leaves the device too
		Write(dev, failAfter(3))
		if _, err := os.Stat(dev); err != nil {
			t.Fatalf("%s is gone: %v", dev, err)
		}
	}
}

func TestWriteRefusesFolder(t *testing.T) {
	dir := t.TempDir()
	err := Write(dir, func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("err %v", err)
	}
	err = Write(filepath.Join(dir, "new")+"/", func(w io.Writer) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "names a folder") {
		t.Errorf("trailing slash: err %v", err)
	}
	// a set of files into a regular file
	file := filepath.Join(dir, "notes.txt")
	os.WriteFile(file, []byte("hi"), 0o644)
	err = WriteSet(file, []File{{"a.csv", writeString("a")}}, nil)
	if b, _ := os.ReadFile(file); err == nil || !strings.Contains(err.Error(), "not a folder") || string(b) != "hi" {
		t.Errorf("WriteSet into a file: err %v, file %q", err, b)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"notes.txt"}) {
		t.Errorf("left %v", got)
	}
}

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func TestWriteSet(t *testing.T) {
	dir := t.TempDir()
	for name, s := range map[string]string{"a.csv": "old a", "b.csv": "old b", "stale.csv": "old stale", "other.txt": "mine"} {
		os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644)
	}
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			return "<" + err.Error() + ">"
		}
		return string(b)
	}
	stale := []string{"a.csv", "b.csv", "stale.csv"}
	// the second file fails: neither file changes, nothing is removed
	err := WriteSet(dir, []File{{"a.csv", writeString("new a")}, {"b.csv", failAfter(5)}}, stale)
	if !errors.Is(err, errBoom) {
		t.Fatal(err)
	}
	if read("a.csv") != "old a" || read("b.csv") != "old b" || read("stale.csv") != "old stale" {
		t.Errorf("a failed set changed files: %q %q %q", read("a.csv"), read("b.csv"), read("stale.csv"))
	}
	if got := names(t, dir); len(got) != 4 {
		t.Errorf("left %v", got)
	}
	// success: both replaced, the stale file of the old set removed, other
	// files kept
	if err := WriteSet(dir, []File{{"a.csv", writeString("new a")}, {"b.csv", writeString("new b")}}, stale); err != nil {
		t.Fatal(err)
	}
	if got := names(t, dir); !slices.Equal(got, []string{"a.csv", "b.csv", "other.txt"}) {
		t.Errorf("files %v", got)
	}
	if read("a.csv") != "new a" || read("b.csv") != "new b" || read("other.txt") != "mine" {
		t.Errorf("contents %q %q %q", read("a.csv"), read("b.csv"), read("other.txt"))
	}
}

func TestRemoveTemps(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "big.gexf")
	err := Write(name, func(w io.Writer) error {
		io.WriteString(w, "part")
		if got := names(t, dir); len(got) != 1 || !strings.HasPrefix(got[0], ".big.gexf.tmp-") {
			t.Errorf("while writing: %v", got)
		}
		RemoveTemps() // as on an interrupt
		if got := names(t, dir); len(got) != 0 {
			t.Errorf("after RemoveTemps: %v", got)
		}
		return errBoom
	})
	if !errors.Is(err, errBoom) {
		t.Fatal(err)
	}
}

// TestErrorsNameTheTarget: a failure to create or write the temporary file
// is reported under the name the caller gave, not the temporary one.
func TestErrorsNameTheTarget(t *testing.T) {
	name := filepath.Join(t.TempDir(), "missing", "out.dot")
	err := Write(name, writeString("x"))
	var pe *fs.PathError
	if !errors.As(err, &pe) || pe.Path != name || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("err %v, want a *fs.PathError for %s", err, name)
	}
}
