package draw

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"

	"github.com/lipgraph/lipgraph/network"
)

// reversed returns n rebuilt from its records in reverse order.
func reversed(t testing.TB, n *network.Network) *network.Network {
	t.Helper()
	d := n.Data()
	slices.Reverse(d.Partners)
	slices.Reverse(d.Bodies)
	slices.Reverse(d.Memberships)
	slices.Reverse(d.Ties)
	m, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestStructureInputOrder(t *testing.T) {
	for _, s := range samples {
		n := loadSample(t, s)
		g := markAll(n)
		var a, b bytes.Buffer
		if err := Structure(&a, n, StructureOptions{Highlight: &g}); err != nil {
			t.Fatal(err)
		}
		m := reversed(t, n)
		g2 := markAll(m)
		if err := Structure(&b, m, StructureOptions{Highlight: &g2}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: DOT depends on the input order", s)
		}
	}
}

// clusters parses DOT with gonum's parser and returns, per cluster label,
// the labels of the nodes declared directly or in rank subgraphs inside it.
func clusters(t *testing.T, src []byte) map[string][]string {
	t.Helper()
	f, err := dot.ParseBytes(src)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]string{}
	var walk func(stmts []ast.Stmt, cluster string)
	walk = func(stmts []ast.Stmt, cluster string) {
		for _, s := range stmts {
			switch s := s.(type) {
			case *ast.NodeStmt:
				for _, a := range s.Attrs {
					if a.Key == "label" {
						out[cluster] = append(out[cluster], a.Val)
					}
				}
			case *ast.Subgraph:
				inner := cluster
				if strings.HasPrefix(s.ID, "cluster") {
					inner = ""
					for _, st := range s.Stmts {
						if a, ok := st.(*ast.Attr); ok && a.Key == "label" {
							inner = a.Val
						}
					}
				}
				walk(s.Stmts, inner)
			}
		}
	}
	walk(f.Graphs[0].Stmts, "")
	return out
}

// TestStructureClusters checks the clusters of the small-centre sample
// against its bodies.csv and memberships.csv, read by eye: the council has
// 10 members with the settlement agency as chair and the multicultural
// association as co-chair; the settlement working group has the Town.
func TestStructureClusters(t *testing.T) {
	var b bytes.Buffer
	if err := Structure(&b, loadSample(t, "smallcentre"), StructureOptions{}); err != nil {
		t.Fatal(err)
	}
	cl := clusters(t, b.Bytes())
	var council []string
	for label, nodes := range cl {
		if strings.Contains(label, ">Pinecrest LIP Council<") && strings.Contains(label, ">(council)<") {
			council = nodes
		}
	}
	if len(council) != 10 {
		t.Errorf("council cluster has %d nodes, want 10: %q", len(council), council)
	}
	for _, want := range []string{`"★ Pinecrest District\nNewcomer Services"`, `"★ Pinecrest Multicultural\nAssociation"`} {
		if !slices.Contains(council[:2], want) {
			t.Errorf("council does not start with chair %s: %q", want, council)
		}
	}
	var found bool
	for label, nodes := range cl {
		if strings.Contains(label, "theme: settlement") {
			found = slices.Contains(nodes, `"Town of Pinecrest —\nCommunity Services"`)
		}
	}
	if !found {
		t.Error("the Town is not in the settlement working group's cluster")
	}
	if !bytes.Contains(b.Bytes(), []byte("<B>Legend</B>")) {
		t.Error("no legend")
	}
}

func TestStructureEmpty(t *testing.T) {
	empty, err := network.New(network.Data{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []*network.Network{nil, empty} {
		var b bytes.Buffer
		if err := Structure(&b, n, StructureOptions{}); err != nil {
			t.Fatal(err)
		}
		if _, err := dot.ParseBytes(b.Bytes()); err != nil {
			t.Errorf("empty diagram does not parse: %v\n%s", err, b.String())
		}
	}
}

type failWriter struct{}

var errFail = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errFail }

func TestStructureWriteError(t *testing.T) {
	err := Structure(failWriter{}, loadSample(t, "midsize"), StructureOptions{})
	if !errors.Is(err, errFail) {
		t.Errorf("Structure on a failing writer = %v, want %v", err, errFail)
	}
}
