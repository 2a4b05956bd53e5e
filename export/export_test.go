package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"math"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/lipgraph/lipgraph"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

var samples = []string{"midsize", "smallcentre", "neighbourhood"}

func loadSample(t testing.TB, name string) *network.Network {
	t.Helper()
	n, err := network.ReadFS(lipgraph.Samples, "testdata/"+name, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// hostile is a network whose names and attributes hold what XML and CSV
// writers get wrong: markup, quotes, ampersands, newlines, commas, non-Latin
// text and a control character.
func hostile(t testing.TB) *network.Network {
	t.Helper()
	d := network.Data{Partners: []network.Partner{
		{ID: `a<&>"'`, Name: "A & <b>Co</b>\n\"quoted\", comma", Sector: "health", Attrs: map[string]string{"note": "x]]>y"}},
		{ID: "b é 移", Name: "Bé 移民 🇨🇦", Sector: "faith", Partnership: "p,1"},
		{ID: "c", Name: "ctrl\x01char", Sector: "media", Attrs: map[string]string{"size": "small"}},
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
// attribute name, and edge weights by "source|target".
type parsedGraph struct {
	nodes   []string
	attrs   map[string]map[string]string
	weights map[string]float64
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
	p := parsedGraph{attrs: map[string]map[string]string{}, weights: map[string]float64{}}
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
		p.weights[e.Source+"|"+e.Target] = w
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
		s, tt, _ := strings.Cut(key, "|")
		s, tt = orig[s], orig[tt]
		u, ok1 := pg.PartnerNode(s)
		v, ok2 := pg.PartnerNode(tt)
		want, ok := pg.Weight(u, v)
		if !ok1 || !ok2 || !ok || w != want {
			t.Errorf("edge %s: weight %g, want %g", key, w, want)
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
			p := parsedGraph{attrs: map[string]map[string]string{}, weights: map[string]float64{}}
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
				p.weights[e.Source+"|"+e.Target] = e.Weight
			}
			if c.Graph.Nodes.Count != len(p.nodes) || c.Graph.Edges.Count != len(p.weights) {
				t.Errorf("counts %d/%d, have %d/%d", c.Graph.Nodes.Count, c.Graph.Edges.Count, len(p.nodes), len(p.weights))
			}
			checkAgainstNetwork(t, n, p, xmlText)
		})
	}
}

// TestCSV reads the CSV files back with encoding/csv. The reference for the
// affiliation matrix is testdata/README.md: the mid-size council has 27
// members and the steering committee 7; the number of ones is the number of
// edges of the affiliation graph.
func TestCSV(t *testing.T) {
	n := loadSample(t, "midsize")
	read := func(write func(*bytes.Buffer) error) [][]string {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	aff := read(func(b *bytes.Buffer) error { return AffiliationCSV(b, n) })
	if len(aff) != 41 || len(aff[0]) != 14 {
		t.Fatalf("affiliation matrix %dx%d, want 41x14", len(aff), len(aff[0]))
	}
	ones := 0
	colSum := map[string]int{}
	for _, rec := range aff[1:] {
		for j, v := range rec[1:] {
			if v == "1" {
				ones++
				colSum[aff[0][j+1]]++
			} else if v != "0" {
				t.Fatalf("cell %q", v)
			}
		}
	}
	if colSum["westbrook-council"] != 27 || colSum["westbrook-steering"] != 7 {
		t.Errorf("council %d, steering %d members; want 27 and 7", colSum["westbrook-council"], colSum["westbrook-steering"])
	}
	if want := n.AffiliationGraph().NumEdges(); ones != want {
		t.Errorf("%d ones, want %d", ones, want)
	}

	edges := read(func(b *bytes.Buffer) error { return EdgesCSV(b, n, Options{}) })
	p := parsedGraph{weights: map[string]float64{}}
	for _, rec := range edges[1:] {
		w, err := strconv.ParseFloat(rec[2], 64)
		if err != nil {
			t.Fatal(err)
		}
		p.weights[rec[0]+"|"+rec[1]] = w
	}
	nodes := read(func(b *bytes.Buffer) error { return NodesCSV(b, n, Options{}) })
	p.attrs = map[string]map[string]string{}
	for _, rec := range nodes[1:] {
		p.nodes = append(p.nodes, rec[0])
		m := map[string]string{}
		for j, v := range rec {
			m[nodes[0][j]] = v
		}
		p.attrs[rec[0]] = m
	}
	checkAgainstNetwork(t, n, p, func(s string) string { return s })
	if !slices.Equal(edges[0], []string{"source", "target", "weight"}) {
		t.Errorf("edge header %q", edges[0])
	}
}

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
