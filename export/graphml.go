package export

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"

	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/network"
)

// GraphML namespaces (GraphML Primer, graphml.graphdrawing.org).
const (
	graphMLNS     = "http://graphml.graphdrawing.org/xmlns"
	graphMLSchema = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
	xsiNS         = "http://www.w3.org/2001/XMLSchema-instance"
)

type gmlDoc struct {
	XMLName        xml.Name `xml:"graphml"`
	XMLNS          string   `xml:"xmlns,attr"`
	XSI            string   `xml:"xmlns:xsi,attr"`
	SchemaLocation string   `xml:"xsi:schemaLocation,attr"`
	Keys           []gmlKey `xml:"key"`
	Graph          gmlGraph `xml:"graph"`
}

type gmlKey struct {
	ID   string `xml:"id,attr"`
	For  string `xml:"for,attr"`
	Name string `xml:"attr.name,attr"`
	Type string `xml:"attr.type,attr"`
}

type gmlGraph struct {
	ID          string    `xml:"id,attr"`
	EdgeDefault string    `xml:"edgedefault,attr"`
	Nodes       []gmlNode `xml:"node"`
	Edges       []gmlEdge `xml:"edge"`
}

type gmlNode struct {
	ID   string    `xml:"id,attr"`
	Data []gmlData `xml:"data"`
}

type gmlEdge struct {
	Source string    `xml:"source,attr"`
	Target string    `xml:"target,attr"`
	Data   []gmlData `xml:"data"`
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

// GraphML writes the partner graph of n to w as GraphML 1.0 (Brandes et al.,
// "GraphML Progress Report", GD 2001; the format of the GraphML Primer),
// which Gephi, Cytoscape, yEd, igraph and networkx (nx.read_graphml) read.
//
// One undirected graph (edgedefault="undirected") holds a node per partner,
// its id the partner ID, in ID order, with data keys n0, n1… for the node
// columns: name, sector, category, partnership, each free attribute of
// partners.csv as "attr.KEY", then the measures degree, strength,
// betweenness, closeness, eigenvector, clustering, core and community (see
// Options). Keys are declared with attr.name and attr.type (string, long or
// double); an empty value is left out. Each edge of the partner graph (under
// opt.Projection) is written once, source before target in ID order, with
// its weight under key "weight". Undefined measures are written "NaN".
//
// Text that XML 1.0 cannot hold (control characters other than tab,
// newline and carriage return, invalid UTF-8) is replaced by U+FFFD by
// encoding/xml. A nil network gives a graph without nodes. It returns the
// first write error.
func GraphML(w io.Writer, n *network.Network, opt Options) error {
	t := buildTable(n, opt)
	doc := gmlDoc{XMLNS: graphMLNS, XSI: xsiNS, SchemaLocation: graphMLSchema,
		Graph: gmlGraph{ID: "partners", EdgeDefault: "undirected"}}
	for c, col := range t.cols {
		doc.Keys = append(doc.Keys, gmlKey{ID: "n" + strconv.Itoa(c), For: "node", Name: col.name, Type: col.typ})
	}
	doc.Keys = append(doc.Keys, gmlKey{ID: "weight", For: "edge", Name: "weight", Type: typeDouble})
	doc.Graph.Nodes = make([]gmlNode, len(t.rows))
	for i, row := range t.rows {
		nd := gmlNode{ID: t.ids[i]}
		for c, v := range row {
			if v != "" {
				nd.Data = append(nd.Data, gmlData{Key: "n" + strconv.Itoa(c), Value: v})
			}
		}
		doc.Graph.Nodes[i] = nd
	}
	doc.Graph.Edges = make([]gmlEdge, len(t.edges))
	for k, e := range t.edges {
		doc.Graph.Edges[k] = gmlEdge{Source: t.ids[e.i], Target: t.ids[e.j],
			Data: []gmlData{{Key: "weight", Value: formatFloat(measures.Float(e.w))}}}
	}
	return writeXML(w, doc)
}

// writeXML writes the XML declaration and v, indented, and returns the first
// error.
func writeXML(w io.Writer, v any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString(xml.Header)
	enc := xml.NewEncoder(bw)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	bw.WriteByte('\n')
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}
