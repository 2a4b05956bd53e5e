// Package atomicfile writes output files so that a reader sees either the
// old contents or the complete new contents, never a truncated file.
//
// A file is written to a temporary file in the same folder (created only
// when the first byte is written), synced to disk and renamed over the
// target. On any failure the temporary file is removed and the target is
// left byte for byte as it was. A target that exists and is not a regular
// file (a device such as /dev/null, a named pipe) is written directly and is
// never removed. A symbolic link is followed: the file it points to is
// replaced and the link kept.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// Write writes the file name with write: name is replaced only when write
// returns nil and the new contents are safely on disk. It returns write's
// error, or the first error creating, syncing or renaming the file.
func Write(name string, write func(io.Writer) error) error {
	t, err := newTarget(name)
	if err != nil {
		return err
	}
	if t.direct {
		return t.writeDirect(write)
	}
	tmp := &lazyTemp{dir: filepath.Dir(t.path), base: filepath.Base(t.path)}
	err = write(tmp)
	if err == nil {
		err = tmp.finish(t.mode)
	}
	if err != nil {
		tmp.discard()
		return err
	}
	if err := os.Rename(tmp.name, t.path); err != nil {
		tmp.discard()
		return err
	}
	forget(tmp.name)
	syncDir(filepath.Dir(t.path))
	return nil
}

// File is one file of a set written by WriteSet.
type File struct {
	Name  string // file name inside the folder, without a folder
	Write func(io.Writer) error
}

// WriteSet writes files into the folder dir (created if needed) as one set:
// every file is first written and synced to a temporary file; only when all
// succeeded are they renamed over their targets, and then the files named in
// stale that are not part of the set are removed, so that the folder holds
// exactly the new set's files of those names. On failure nothing in dir
// changes (apart from dir itself being created).
func WriteSet(dir string, files []File, stale []string) error {
	if st, err := os.Stat(dir); err == nil && !st.IsDir() {
		return fmt.Errorf("%s is a file, not a folder: want a folder to write %d files into", dir, len(files))
	}
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return err
	}
	targets := make([]target, len(files))
	for i, f := range files {
		t, err := newTarget(filepath.Join(dir, f.Name))
		if err != nil {
			return err
		}
		if t.direct {
			return fmt.Errorf("%s is not a regular file: refusing to write a dataset over it", t.path)
		}
		targets[i] = t
	}
	temps := make([]*lazyTemp, len(files))
	discard := func() {
		for _, tmp := range temps {
			if tmp != nil {
				tmp.discard()
			}
		}
	}
	for i, f := range files {
		tmp := &lazyTemp{dir: filepath.Dir(targets[i].path), base: filepath.Base(targets[i].path)}
		temps[i] = tmp
		err := f.Write(tmp)
		if err == nil {
			err = tmp.finish(targets[i].mode)
		}
		if err != nil {
			discard()
			return err
		}
	}
	for i, tmp := range temps {
		if err := os.Rename(tmp.name, targets[i].path); err != nil {
			discard()
			return err
		}
		forget(tmp.name)
		temps[i] = nil
	}
	in := map[string]bool{}
	for _, f := range files {
		in[f.Name] = true
	}
	for _, name := range stale {
		if in[name] {
			continue
		}
		p := filepath.Join(dir, name)
		if st, err := os.Lstat(p); err == nil && st.Mode().IsRegular() {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	syncDir(dir)
	return nil
}

// target is a resolved output path.
type target struct {
	path   string      // symbolic links resolved
	mode   fs.FileMode // permissions to keep, 0 for a new file
	direct bool        // an existing non-regular file: write in place
}

func newTarget(name string) (target, error) {
	t := target{path: name}
	if strings.HasSuffix(name, "/") || strings.HasSuffix(name, string(filepath.Separator)) {
		return t, fmt.Errorf("%s names a folder; want a file name", name)
	}
	if resolved, err := filepath.EvalSymlinks(name); err == nil {
		t.path = resolved
	} else if link, lerr := os.Readlink(name); lerr == nil {
		// a dangling link: write the file it names
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(name), link)
		}
		t.path = link
	}
	st, err := os.Stat(t.path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return t, nil
	case err != nil:
		return t, err
	case st.IsDir():
		return t, fmt.Errorf("%s is a folder; want a file name", name)
	case !st.Mode().IsRegular():
		t.direct = true
	default:
		t.mode = st.Mode().Perm()
	}
	return t, nil
}

// writeDirect writes an existing non-regular file (a device, a pipe) in
// place; it is never created, truncated as a regular file, or removed.
func (t target) writeDirect(write func(io.Writer) error) error {
	f, err := os.OpenFile(t.path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	return errors.Join(write(f), f.Close())
}

// lazyTemp is an io.Writer that creates its temporary file on the first
// Write, so that a command failing before any output leaves no trace.
type lazyTemp struct {
	dir, base string
	name      string
	f         *os.File
}

func (t *lazyTemp) open() error {
	if t.f != nil {
		return nil
	}
	for range 100 {
		var r [6]byte
		rand.Read(r[:])
		name := filepath.Join(t.dir, "."+t.base+".tmp-"+hex.EncodeToString(r[:]))
		// 0o666 lets the umask decide the permissions of a new file, as
		// os.Create does.
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return t.target(err)
		}
		t.f, t.name = f, name
		remember(name)
		return nil
	}
	return fmt.Errorf("cannot create a temporary file in %s", t.dir)
}

func (t *lazyTemp) Write(p []byte) (int, error) {
	if err := t.open(); err != nil {
		return 0, err
	}
	n, err := t.f.Write(p)
	return n, t.target(err)
}

// target rewrites an error about the temporary file (a *fs.PathError) to
// name the file being written instead, which is what the user knows.
func (t *lazyTemp) target(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return &fs.PathError{Op: pe.Op, Path: filepath.Join(t.dir, t.base), Err: pe.Err}
	}
	return err
}

// finish creates the file if nothing was written, gives it mode (when not
// 0), syncs and closes it.
func (t *lazyTemp) finish(mode fs.FileMode) error {
	if err := t.open(); err != nil {
		return err
	}
	var err error
	if mode != 0 {
		err = t.f.Chmod(mode)
	}
	if err == nil {
		err = t.f.Sync()
	}
	err = errors.Join(err, t.f.Close())
	t.f = nil
	return t.target(err)
}

// discard removes the temporary file, if any.
func (t *lazyTemp) discard() {
	if t.f != nil {
		t.f.Close()
		t.f = nil
	}
	if t.name != "" {
		os.Remove(t.name)
		forget(t.name)
		t.name = ""
	}
}

// syncDir makes a rename in dir durable; it is best effort (some systems
// cannot sync a folder).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// live holds the temporary files being written, for RemoveTemps.
var live struct {
	sync.Mutex
	names map[string]bool
}

func remember(name string) {
	live.Lock()
	defer live.Unlock()
	if live.names == nil {
		live.names = map[string]bool{}
	}
	live.names[name] = true
}

func forget(name string) {
	live.Lock()
	defer live.Unlock()
	delete(live.names, name)
}

// RemoveTemps removes the temporary files of writes still in progress. A
// program calls it when interrupted (SIGINT) before exiting, so that no
// temporary file is left behind; the targets are untouched either way.
func RemoveTemps() {
	live.Lock()
	defer live.Unlock()
	for name := range live.names {
		os.Remove(name)
	}
	clear(live.names)
}
