package export

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
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

// FuzzRoundTrip reads arbitrary CSV files and checks that whatever loads
// survives every format lipgraph writes exactly: CSV -> JSON -> CSV gives
// the same records, the GraphML of the first and last networks is the same
// byte for byte, and the GraphML and GEXF read back (encoding/xml) give
// every partner's ID and name unchanged.
func FuzzRoundTrip(f *testing.F) {
	for _, dir := range []string{"smallcentre", "broken/syntax"} {
		var files [4][]byte
		for i, name := range []string{"partners.csv", "bodies.csv", "memberships.csv", "ties.csv"} {
			files[i], _ = os.ReadFile(filepath.Join("..", "testdata", dir, name))
		}
		f.Add(files[0], files[1], files[2], files[3])
	}
	f.Add([]byte("id,sector,name,note\n\"a\nb\",health,\"x\ty\nz\",\"é 移\"\nc,faith,\"\"\"q\"\"\",\n"), []byte{}, []byte{}, []byte("source,target,weight\n\"a\nb\",c,1e-300\n"))
	f.Add([]byte("id,sector\r\"a\r\nb\",health\r"), []byte{}, []byte{}, []byte{})
	f.Fuzz(func(t *testing.T, partners, bodies, memberships, ties []byte) {
		fsys := fstest.MapFS{
			"d/partners.csv": {Data: partners}, "d/bodies.csv": {Data: bodies},
			"d/memberships.csv": {Data: memberships}, "d/ties.csv": {Data: ties},
		}
		first, err := network.ReadFS(fsys, "d", &network.Config{MaxPairs: 1 << 12, MaxRecords: 200})
		if err != nil {
			return
		}
		var js bytes.Buffer
		if err := network.WriteJSON(&js, first); err != nil {
			t.Fatal(err)
		}
		mid, err := network.ReadJSON(&js, "doc.json", nil)
		if err != nil {
			t.Fatalf("the JSON written does not load: %v", err)
		}
		dir := t.TempDir()
		if err := network.WriteDir(dir, mid); err != nil {
			t.Fatal(err)
		}
		last, err := network.LoadDir(dir, nil)
		if err != nil {
			t.Fatalf("the CSV folder written does not load: %v", err)
		}
		if diff := cmp.Diff(first.Data(), last.Data(), cmpopts.EquateEmpty(), cmp.AllowUnexported(network.Date{})); diff != "" {
			t.Fatalf("CSV -> JSON -> CSV changed the records (-first +last):\n%s", diff)
		}
		opt := Options{SkipPathMeasures: true}
		var g1, g2 bytes.Buffer
		if err := GraphML(&g1, first, opt); err != nil {
			t.Fatal(err)
		}
		if err := GraphML(&g2, last, opt); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(g1.Bytes(), g2.Bytes()) {
			t.Fatal("GraphML differs after CSV -> JSON -> CSV")
		}
		p := parseGraphML(t, g1.Bytes())
		names := map[string]string{}
		for _, q := range first.Partners() {
			names[q.ID] = q.Name
		}
		if len(p.nodes) != len(names) {
			t.Fatalf("GraphML has %d nodes, want %d", len(p.nodes), len(names))
		}
		for _, id := range p.nodes {
			if name, ok := names[id]; !ok || p.attrs[id]["name"] != name {
				t.Errorf("GraphML node %q named %q; the network has %q (%v)", id, p.attrs[id]["name"], name, ok)
			}
		}
		var gx bytes.Buffer
		if err := GEXF(&gx, first, opt); err != nil {
			t.Fatal(err)
		}
		var c gexf12.Content
		if err := xml.Unmarshal(gx.Bytes(), &c); err != nil {
			t.Fatalf("GEXF does not read back: %v", err)
		}
		for _, nd := range c.Graph.Nodes.Nodes {
			name, ok := names[nd.ID]
			label := name
			if label == "" {
				label = nd.ID // a partner without a name is labelled by its ID
			}
			if !ok || nd.Label != label {
				t.Errorf("GEXF node %q labelled %q; the network has %q (%v)", nd.ID, nd.Label, name, ok)
			}
		}
	})
}
