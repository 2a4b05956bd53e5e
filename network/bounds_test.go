package network_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"

	"github.com/lipgraph/lipgraph/network"
)

// allocated returns the bytes f allocates on the heap (runtime.MemStats
// TotalAlloc delta): everything, including what is freed again.
func allocated(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestBlankLinesMemory: a partners.csv of one record and 4 MB of blank lines
// used to preallocate a record per line (346 MB allocated for "\n" lines,
// 178 MB for "\r\n"). Loading it must allocate at most 3 times the file
// plus 1 MiB.
func TestBlankLinesMemory(t *testing.T) {
	for _, blank := range []string{"\n", "\r\n"} {
		data := []byte("id,sector\na,health\n" + strings.Repeat(blank, 4<<20/len(blank)))
		fsys := fstest.MapFS{"d/partners.csv": {Data: data}}
		var n *network.Network
		var err error
		got := allocated(func() { n, err = network.ReadFS(fsys, "d", nil) })
		if err != nil || n.NumPartners() != 1 {
			t.Fatalf("%q: ReadFS = %v partners, %v; want 1 partner", blank, n.NumPartners(), err)
		}
		if limit := 3*uint64(len(data)) + 1<<20; got > limit {
			t.Errorf("%q: loading %d bytes allocated %d bytes, want at most %d", blank, len(data), got, limit)
		}
	}
}

// TestQuotedLinesMemory: line breaks inside a quoted field are not records
// either: a 4 MB quoted name must not preallocate a record per line.
func TestQuotedLinesMemory(t *testing.T) {
	data := []byte("id,sector,name\na,health,\"" + strings.Repeat("x\n", 2<<20) + "\"\n")
	fsys := fstest.MapFS{"d/partners.csv": {Data: data}}
	var err error
	got := allocated(func() { _, err = network.ReadFS(fsys, "d", nil) })
	if err != nil {
		t.Fatal(err)
	}
	// The file, encoding/csv's record buffer growing line by line (about 5
	// times the record in all) and the kept name: 8 times the file. Before
	// the fix: 203 MB.
	if limit := 8*uint64(len(data)) + 1<<20; got > limit {
		t.Errorf("loading %d bytes allocated %d bytes, want at most %d", len(data), got, limit)
	}
}

// TestTotalInputCap: the files of a dataset share one budget,
// Config.MaxInputBytes; the file that crosses it is named, and nothing is
// read once the sizes are known to exceed it.
func TestTotalInputCap(t *testing.T) {
	dir := t.TempDir()
	row := "a,health\n"
	write := func(name, header string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(header+strings.Repeat(row, 30)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("partners.csv", "id,sector\n")
	write("bodies.csv", "id,kind\n")
	write("memberships.csv", "partner,body\n")
	size := int64(10 + 30*len(row))
	_, err := network.LoadDir(dir, &network.Config{MaxInputBytes: 2*size + 20})
	var nerr *network.Error
	if !errors.As(err, &nerr) {
		t.Fatalf("LoadDir over the total cap: %v", err)
	}
	var large []*network.Problem
	for _, p := range nerr.Problems {
		if errors.Is(p, network.ErrTooLarge) {
			large = append(large, p)
		}
	}
	if len(large) != 1 || large[0].File != filepath.Join(dir, "memberships.csv") || !strings.Contains(large[0].Error(), "MaxInputBytes") {
		t.Fatalf("LoadDir over the total cap: %v; want one ErrTooLarge naming memberships.csv and MaxInputBytes", large)
	}
}

// TestDevicesRefused: data files that are (symbolic links to) /dev/zero
// used to be read concurrently up to 1 GiB each (over 8 GB in all). They
// are refused as devices with a located problem each, allocating next to
// nothing.
func TestDevicesRefused(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	dir := t.TempDir()
	names := []string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv", "profile.csv"}
	for _, name := range names {
		if err := os.Symlink("/dev/zero", filepath.Join(dir, name)); err != nil {
			t.Skip(err)
		}
	}
	var err error
	got := allocated(func() { _, err = network.LoadDir(dir, nil) })
	var nerr *network.Error
	if !errors.As(err, &nerr) || len(nerr.Problems) != len(names) {
		t.Fatalf("LoadDir = %v; want %d problems", err, len(names))
	}
	for i, p := range nerr.Problems {
		if p.File != filepath.Join(dir, names[i]) || !errors.Is(p, network.ErrUnreadable) || !strings.Contains(p.Error(), "device") {
			t.Errorf("problem %d = %v; want %s refused as a device", i, p, names[i])
		}
	}
	if got > 1<<20 {
		t.Errorf("refusing devices allocated %d bytes, want at most 1 MiB", got)
	}
	if _, err := network.LoadJSON(filepath.Join(dir, "partners.csv"), nil); err == nil || !strings.Contains(err.Error(), "device") {
		t.Errorf("LoadJSON of /dev/zero: %v; want it refused as a device", err)
	}
}

// TestFIFORefused: a named pipe under a data file's name, or as a .json
// document, used to block forever waiting for a writer.
func TestFIFORefused(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "partners.csv"), []byte("id,sector\na,health\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"ties.csv", "doc.json"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skip(err)
		}
	}
	_, err := network.LoadDir(dir, nil)
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, "ties.csv")+": unreadable file; want a readable file: not a regular file: a named pipe") {
		t.Errorf("LoadDir with a FIFO ties.csv: %v", err)
	}
	_, err = network.Load(filepath.Join(dir, "doc.json"), nil)
	if err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("Load of a FIFO .json: %v", err)
	}
	// a symbolic link to the pipe is followed and refused too
	if err := os.Symlink(filepath.Join(dir, "doc.json"), filepath.Join(dir, "link.json")); err != nil {
		t.Fatal(err)
	}
	if _, err = network.Load(filepath.Join(dir, "link.json"), nil); err == nil || !strings.Contains(err.Error(), "named pipe") {
		t.Errorf("Load of a link to a FIFO: %v", err)
	}
}

// TestReadJSONCap: ReadJSON on a stream stops at the cap.
func TestReadJSONCap(t *testing.T) {
	_, err := network.ReadJSON(bytes.NewReader(make([]byte, 2000)), "big.json", &network.Config{MaxInputBytes: 1000})
	if !errors.Is(err, network.ErrTooLarge) {
		t.Errorf("ReadJSON past MaxFileBytes: %v; want ErrTooLarge", err)
	}
}
