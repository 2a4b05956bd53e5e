// Package sampletest loads the built-in sample partnerships (testdata/midsize,
// smallcentre, neighbourhood and the others embedded in lipgraph.Samples)
// for the tests of every package.
package sampletest

import (
	"testing"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/network"
)

// Load returns the sample testdata/name, failing the test when it does not
// load.
func Load(tb testing.TB, name string) *network.Network {
	tb.Helper()
	n, err := network.ReadFS(lipgraph.Samples, "testdata/"+name, nil)
	if err != nil {
		tb.Fatalf("loading sample %s: %v", name, err)
	}
	return n
}

// Wave returns the Riverton sample in the given year ("2022" or "2024"),
// read from ../testdata/waves/year: a path for the tests of the packages one
// level below the repository root. It fails the test when it does not load.
func Wave(tb testing.TB, year string) *network.Network {
	tb.Helper()
	n, err := network.LoadDir("../testdata/waves/"+year, nil)
	if err != nil {
		tb.Fatalf("loading wave %s: %v", year, err)
	}
	return n
}
