package export

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/lipgraph/lipgraph/network"
)

func TestSkipPathMeasures(t *testing.T) {
	var b bytes.Buffer
	if err := NodesCSV(&b, loadSample(t, "smallcentre"), Options{SkipPathMeasures: true}); err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(b.String(), "\n")
	if strings.Contains(header, "betweenness") || strings.Contains(header, "closeness") || !strings.Contains(header, "eigenvector") {
		t.Errorf("header %q", header)
	}
}

func TestEmpty(t *testing.T) {
	empty, err := network.New(network.Data{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []*network.Network{nil, empty} {
		var b bytes.Buffer
		if err := GraphML(&b, n, Options{}); err != nil {
			t.Fatal(err)
		}
		if p := parseGraphML(t, b.Bytes()); len(p.nodes) != 0 {
			t.Errorf("%d nodes", len(p.nodes))
		}
		b.Reset()
		if err := GEXF(&b, n, Options{}); err != nil {
			t.Fatal(err)
		}
		var c gexf12.Content
		if err := xml.Unmarshal(b.Bytes(), &c); err != nil {
			t.Error(err)
		}
		for _, f := range []func() error{
			func() error { return NodesCSV(&b, n, Options{}) },
			func() error { return EdgesCSV(&b, n, Options{}) },
			func() error { return AffiliationCSV(&b, n) },
		} {
			if err := f(); err != nil {
				t.Error(err)
			}
		}
	}
}
