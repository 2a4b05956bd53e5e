package export

import (
	"bytes"
	"encoding/xml"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/lipgraph/lipgraph/network"
)

// TestGEXFRoundTrip reads GEXF back into gonum's gexf12 types.
func TestGEXFRoundTrip(t *testing.T) {
	nets := map[string]*network.Network{"hostile": hostile(t)}
	for _, s := range samples {
		nets[s] = loadSample(t, s)
	}
	for name, n := range nets {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := GEXF(&b, n, Options{}); err != nil {
				t.Fatal(err)
			}
			xmllint(t, b.Bytes())
			var c gexf12.Content
			if err := xml.Unmarshal(b.Bytes(), &c); err != nil {
				t.Fatalf("gexf12 does not read it: %v", err)
			}
			if c.Version != "1.2" || c.Graph.DefaultEdgeType != "undirected" || len(c.Graph.Attributes) != 1 {
				t.Fatalf("header: version %q, edge type %q, %d attribute classes", c.Version, c.Graph.DefaultEdgeType, len(c.Graph.Attributes))
			}
			titles := map[string]string{}
			for _, a := range c.Graph.Attributes[0].Attributes {
				titles[a.ID] = a.Title
			}
			p := parsedGraph{attrs: map[string]map[string]string{}, weights: map[[2]string]float64{}}
			for _, nd := range c.Graph.Nodes.Nodes {
				p.nodes = append(p.nodes, nd.ID)
				m := map[string]string{}
				for _, v := range nd.AttValues.AttValues {
					m[titles[v.For]] = v.Value
				}
				p.attrs[nd.ID] = m
				if nd.Color == nil {
					t.Errorf("node %q has no colour", nd.ID)
				}
			}
			for _, e := range c.Graph.Edges.Edges {
				p.weights[[2]string{e.Source, e.Target}] = e.Weight
			}
			if c.Graph.Nodes.Count != len(p.nodes) || c.Graph.Edges.Count != len(p.weights) {
				t.Errorf("counts %d/%d, have %d/%d", c.Graph.Nodes.Count, c.Graph.Edges.Count, len(p.nodes), len(p.weights))
			}
			checkAgainstNetwork(t, n, p, xmlText)
		})
	}
}
