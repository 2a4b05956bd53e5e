package export

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

func TestGraphMLReadBack(t *testing.T) {
	nets := map[string]*network.Network{"hostile": hostile(t)}
	for _, s := range samples {
		nets[s] = loadSample(t, s)
	}
	for name, n := range nets {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := GraphML(&b, n, Options{}); err != nil {
				t.Fatal(err)
			}
			checkAgainstNetwork(t, n, parseGraphML(t, b.Bytes()), xmlText)
			xmllint(t, b.Bytes())
		})
	}
}

// TestNaN: the eigenvector centrality of an edgeless graph is undefined
// (package metrics returns NaN) and is written "NaN", which reads back.
func TestNaN(t *testing.T) {
	n, err := network.New(network.Data{Partners: []network.Partner{{ID: "a", Sector: "health"}, {ID: "b", Sector: "faith"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := GraphML(&b, n, Options{}); err != nil {
		t.Fatal(err)
	}
	v := parseGraphML(t, b.Bytes()).attrs["a"]["eigenvector"]
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || !math.IsNaN(f) {
		t.Errorf("eigenvector %q, want NaN", v)
	}
}
