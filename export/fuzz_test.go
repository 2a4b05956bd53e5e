package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"testing"

	"gonum.org/v1/gonum/graph/formats/gexf12"

	"github.com/lipgraph/lipgraph/internal/csvsafe"
	"github.com/lipgraph/lipgraph/network"
)

// FuzzExport gives partners an arbitrary ID, name, partnership and free
// attribute value and checks that every format reads back: GraphML and
// GEXF through encoding/xml (into gonum's gexf12 types for GEXF) with the
// text intact up to what XML can carry, CSV through encoding/csv exactly.
func FuzzExport(f *testing.F) {
	for _, s := range []string{"", "a", `<x a="1">&amp;</x>`, "]]>", "\x00\x01", "\xff", "a\r\nb", "\"", ",", "移民 🇨🇦", "\ufffe", "=1+1", "-0.5", "@x"} {
		f.Add(s, s+"!")
	}
	f.Fuzz(func(t *testing.T, id, text string) {
		if id == "" || id == "b" {
			id += "x"
		}
		d := network.Data{Partners: []network.Partner{
			{ID: id, Name: text, Sector: "health", Partnership: text, Attrs: map[string]string{"note": text}},
			{ID: "b", Name: "B", Sector: "faith"},
		}, Ties: []network.Tie{{Source: id, Target: "b", Weight: 1.5}}}
		n, err := network.New(d, nil)
		if err != nil {
			t.Skip() // an ID the loader rejects cannot reach the exporters
		}
		var b bytes.Buffer
		if err := GraphML(&b, n, Options{}); err != nil {
			t.Fatal(err)
		}
		p := parseGraphML(t, b.Bytes())
		checkAgainstNetwork(t, n, p, xmlText)

		b.Reset()
		if err := GEXF(&b, n, Options{}); err != nil {
			t.Fatal(err)
		}
		var c gexf12.Content
		if err := xml.Unmarshal(b.Bytes(), &c); err != nil {
			t.Fatalf("GEXF does not read back: %v", err)
		}
		if len(c.Graph.Nodes.Nodes) != 2 || len(c.Graph.Edges.Edges) != 1 || c.Graph.Edges.Edges[0].Weight != 1.5 {
			t.Fatalf("GEXF graph %+v", c.Graph)
		}

		b.Reset()
		if err := NodesCSV(&b, n, Options{}); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&b).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		row := recs[1]
		if row[0] == "b" {
			row = recs[2]
		}
		// encoding/csv reads "\r\n" inside a quoted field back as "\n";
		// formula-like cells carry csvsafe's quote
		if row[0] != normaliseCR(csvsafe.Cell(id)) || row[1] != normaliseCR(csvsafe.Cell(text)) {
			t.Errorf("CSV row %q, want id %q name %q", row, id, text)
		}
	})
}

func normaliseCR(s string) string {
	return string(bytes.ReplaceAll([]byte(s), []byte("\r\n"), []byte("\n")))
}
