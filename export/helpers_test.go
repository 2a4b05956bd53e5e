package export

import (
	"bytes"
	"encoding/xml"
	"github.com/lipgraph/lipgraph/internal/sampletest"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

var samples = []string{"midsize", "smallcentre", "neighbourhood"}

func loadSample(t testing.TB, name string) *network.Network { return sampletest.Load(t, name) }

// hostile is a network whose names and attributes hold what XML and CSV
// writers get wrong: markup, quotes, ampersands, newlines, commas, non-Latin
// text and a control character.
func hostile(t testing.TB) *network.Network {
	t.Helper()
	d := network.Data{Partners: []network.Partner{
		{ID: `a<&>"'`, Name: "A & <b>Co</b>\n\"quoted\", comma", Sector: "health", Attrs: map[string]string{"note": "x]]>y"}},
		{ID: "b é 移", Name: "Bé 移民 🇨🇦", Sector: "faith", Partnership: "p,1"},
		{ID: "c", Name: "tab\tchar", Sector: "media", Attrs: map[string]string{"size": "small"}},
	}, Bodies: []network.Body{{ID: "x", Kind: network.Council}},
		Memberships: []network.Membership{{Partner: `a<&>"'`, Body: "x"}, {Partner: "b é 移", Body: "x"}},
		Ties:        []network.Tie{{Source: "c", Target: "b é 移", Weight: 2.5}},
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// readGraphML is a small GraphML reader of its own (not the writer's
// types): it resolves data keys through the <key> declarations.
type readGraphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string `xml:"id,attr"`
			Data []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			Source string `xml:"source,attr"`
			Target string `xml:"target,attr"`
			Data   []struct {
				Key   string `xml:"key,attr"`
				Value string `xml:",chardata"`
			} `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

// parsedGraph is a graph read back: node attributes by node ID and
// attribute name, and edge weights by (source, target).
type parsedGraph struct {
	nodes   []string
	attrs   map[string]map[string]string
	weights map[[2]string]float64
}

func parseGraphML(t *testing.T, src []byte) parsedGraph {
	t.Helper()
	var doc readGraphML
	if err := xml.Unmarshal(src, &doc); err != nil {
		t.Fatalf("GraphML does not parse: %v", err)
	}
	if doc.Graph.EdgeDefault != "undirected" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	names := map[string]string{}
	for _, k := range doc.Keys {
		names[k.ID] = k.Name
	}
	p := parsedGraph{attrs: map[string]map[string]string{}, weights: map[[2]string]float64{}}
	for _, nd := range doc.Graph.Nodes {
		p.nodes = append(p.nodes, nd.ID)
		m := map[string]string{}
		for _, d := range nd.Data {
			name, ok := names[d.Key]
			if !ok {
				t.Errorf("node %q uses undeclared key %q", nd.ID, d.Key)
			}
			m[name] = d.Value
		}
		p.attrs[nd.ID] = m
	}
	for _, e := range doc.Graph.Edges {
		if len(e.Data) != 1 || names[e.Data[0].Key] != "weight" {
			t.Fatalf("edge %s-%s data %v", e.Source, e.Target, e.Data)
		}
		w, err := strconv.ParseFloat(e.Data[0].Value, 64)
		if err != nil {
			t.Fatal(err)
		}
		p.weights[[2]string{e.Source, e.Target}] = w
	}
	return p
}

// checkAgainstNetwork compares a graph read back with the network it came
// from: the network's own records and partner graph are the reference.
func checkAgainstNetwork(t *testing.T, n *network.Network, p parsedGraph, cleanText func(string) string) {
	t.Helper()
	partners := n.Partners()
	if len(p.nodes) != len(partners) {
		t.Fatalf("%d nodes, want %d", len(p.nodes), len(partners))
	}
	pg := n.PartnerGraph(network.Combined)
	deg := metrics.Degree(metrics.NewGraph(pg))
	for i, q := range partners {
		if p.nodes[i] != cleanText(q.ID) {
			t.Errorf("node %d is %q, want %q", i, p.nodes[i], q.ID)
		}
		a := p.attrs[p.nodes[i]]
		if a["name"] != cleanText(q.Name) || a["sector"] != q.Sector || a["category"] != n.Category(q.ID) || a["partnership"] != cleanText(q.Partnership) {
			t.Errorf("node %q attributes %q", q.ID, a)
		}
		for k, v := range q.Attrs {
			if a["attr."+k] != cleanText(v) {
				t.Errorf("node %q attr.%s = %q, want %q", q.ID, k, a["attr."+k], v)
			}
		}
		if a["degree"] != strconv.Itoa(deg[i]) {
			t.Errorf("node %q degree %q, want %d", q.ID, a["degree"], deg[i])
		}
		for _, m := range []string{"strength", "betweenness", "closeness", "eigenvector", "clustering", "core", "community"} {
			if _, ok := a[m]; !ok {
				t.Errorf("node %q has no %s", q.ID, m)
			}
		}
	}
	if len(p.weights) != pg.NumEdges() {
		t.Errorf("%d edges, want %d", len(p.weights), pg.NumEdges())
	}
	orig := map[string]string{}
	for _, q := range partners {
		orig[cleanText(q.ID)] = q.ID
	}
	for key, w := range p.weights {
		s, tt := orig[key[0]], orig[key[1]]
		u, ok1 := pg.PartnerNode(s)
		v, ok2 := pg.PartnerNode(tt)
		want, ok := pg.Weight(u, v)
		if !ok1 || !ok2 || !ok || w != want {
			t.Errorf("edge %q: weight %g, want %g", key, w, want)
		}
	}
}

// xmlText is what an XML 1.0 document can carry of s: encoding/xml writes
// U+FFFD for characters outside XML's Char production.
func xmlText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' || r >= 0x20 && r != 0xFFFE && r != 0xFFFF {
			return r
		}
		return '\uFFFD'
	}, s)
}

// xmllint checks well-formedness with libxml2 when xmllint is installed
// (the GraphML schema is not available offline).
func xmllint(t *testing.T, doc []byte) {
	t.Helper()
	path, err := exec.LookPath("xmllint")
	if err != nil {
		return
	}
	cmd := exec.Command(path, "--noout", "-")
	cmd.Stdin = bytes.NewReader(doc)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v: %s", err, out)
	}
}
