package network_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/golden"
	"github.com/lipgraph/lipgraph/network"
)

// brokenKinds maps each folder of testdata/broken to the sentinel its
// problems must wrap.
var brokenKinds = map[string]error{
	"bad-date":             network.ErrBadDate,
	"bad-rating":           network.ErrBadValue,
	"duplicate-rating":     network.ErrDuplicateRating,
	"self-rating":          network.ErrSelfRating,
	"unknown-rater":        network.ErrUnknownPartner,
	"bad-parent":           network.ErrBadParent,
	"bad-value":            network.ErrBadValue,
	"bad-weight":           network.ErrBadWeight,
	"duplicate-id":         network.ErrDuplicateID,
	"duplicate-membership": network.ErrDuplicateRelation,
	"many":                 network.ErrUnknownSector,
	"missing-column":       network.ErrMissingColumn,
	"missing-partners":     network.ErrUnreadable,
	"missing-value":        network.ErrMissingValue,
	"syntax":               network.ErrSyntax,
	"unknown-body":         network.ErrUnknownBody,
	"unknown-kind":         network.ErrUnknownKind,
	"unknown-partner":      network.ErrUnknownPartner,
	"unknown-role":         network.ErrUnknownRole,
	"unknown-sector":       network.ErrUnknownSector,
	"unreadable":           network.ErrUnreadable,
}

// TestBrokenGolden loads every folder of testdata/broken (paths relative to
// the repository root, as a user would type them) and compares the error
// text with the folder's want.txt. Run with -update to rewrite want.txt.
func TestBrokenGolden(t *testing.T) {
	t.Chdir("..")
	dirs, err := os.ReadDir("testdata/broken")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			dir := filepath.Join("testdata", "broken", d.Name())
			n, err := network.LoadDir(dir, nil)
			if err == nil || n != nil {
				t.Fatalf("LoadDir(%s) = %v, %v; want nil and an error", dir, n, err)
			}
			kind, ok := brokenKinds[d.Name()]
			if !ok {
				t.Fatalf("no sentinel listed for %s", d.Name())
			}
			if !errors.Is(err, kind) {
				t.Errorf("errors.Is(err, %v) = false; err:\n%v", kind, err)
			}
			var nerr *network.Error
			var p *network.Problem
			if !errors.As(err, &nerr) || !errors.As(err, &p) {
				t.Fatalf("error is not a *network.Error of *network.Problem: %T", err)
			}
			if !strings.HasPrefix(p.File, dir) {
				t.Errorf("first problem names file %q, not one in %s", p.File, dir)
			}
			golden.Check(t, filepath.Join(dir, "want.txt"), []byte(err.Error()+"\n"))
		})
	}
}
