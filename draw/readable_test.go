package draw

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"gonum.org/v1/gonum/graph/formats/dot"
	"gonum.org/v1/gonum/graph/formats/dot/ast"

	"github.com/lipgraph/lipgraph/network"
)

// TestReadableMinWeight: 8 partners tied to each other (28 ties), the 6
// ties among the first four of weight 5, the others of weight 1. At most
// 3 × 8 = 24 edges are kept: weight ≥ 1 keeps 28, too many; weight ≥ 5
// keeps 6. The star (3 edges, 5 partners) keeps everything: 0.
func TestReadableMinWeight(t *testing.T) {
	var d network.Data
	for i := range 8 {
		d.Partners = append(d.Partners, network.Partner{ID: fmt.Sprint("p", i), Name: fmt.Sprint("P", i), Sector: "health"})
		for j := range i {
			w := 1.0
			if i < 4 {
				w = 5
			}
			d.Ties = append(d.Ties, network.Tie{Source: fmt.Sprint("p", j), Target: fmt.Sprint("p", i), Weight: w})
		}
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := ReadableMinWeight(n, network.Combined); got != 5 {
		t.Errorf("ReadableMinWeight = %v, want 5", got)
	}
	if got := ReadableMinWeight(star(t), network.Combined); got != 0 {
		t.Errorf("ReadableMinWeight(star) = %v, want 0", got)
	}
	var b bytes.Buffer
	if err := Partners(&b, n, PartnerOptions{MinWeight: 5}); err != nil {
		t.Fatal(err)
	}
	_, edges := attrsByLabel(t, b.Bytes())
	if len(edges) != 6 {
		t.Errorf("%d edges drawn, want 6", len(edges))
	}
	if !strings.Contains(b.String(), "lines: ties of weight 5 or more (6 of 28 drawn)") {
		t.Error("the legend does not say how many ties are drawn")
	}
	// KeepHeaviest: p4…p7, whose ties all weigh 1, each keep one, the
	// first among equals, to p0: 6 + 4 edges, and no partner drawn alone
	b.Reset()
	if err := Partners(&b, n, PartnerOptions{MinWeight: 5, KeepHeaviest: true}); err != nil {
		t.Fatal(err)
	}
	_, edges = attrsByLabel(t, b.Bytes())
	if len(edges) != 10 {
		t.Errorf("KeepHeaviest: %d edges drawn, want 10", len(edges))
	}
	// the nodes n1…n8 are P0…P7, declared in partner order
	for _, e := range []string{"n1->n5[", "n1->n6[", "n1->n7[", "n1->n8["} {
		if !strings.Contains(b.String(), e) {
			t.Errorf("KeepHeaviest: no edge %s", e)
		}
	}
	if !strings.Contains(b.String(), "lines: ties of weight 5 or more and each partner's heaviest otherwise (10 of 28 drawn)") {
		t.Error("KeepHeaviest: the legend does not say so")
	}
}

// TestObserversDrawnApart: in the mid-size sample the federal immigration
// office is an observer on the council, the employment and language
// working groups, and the City and the university are staff of the
// secretariat (memberships.csv): those copies, and only those, are dashed
// grey with their role written, and the legend says what that means.
func TestObserversDrawnApart(t *testing.T) {
	var b bytes.Buffer
	if err := Structure(&b, loadSample(t, "midsize"), StructureOptions{}); err != nil {
		t.Fatal(err)
	}
	nodes, _ := attrsByLabel(t, b.Bytes())
	var observer, staff int
	for label, a := range nodes {
		grey := a["color"] == observerColour && strings.Contains(a["style"], "dashed")
		switch {
		case strings.HasSuffix(label, "(observer)"):
			observer++
			if !grey || !strings.HasPrefix(label, "Federal Department") {
				t.Errorf("observer %q: %v", label, a)
			}
		case strings.HasSuffix(label, "(staff)"):
			staff++
			if !grey {
				t.Errorf("staff %q: %v", label, a)
			}
		case grey:
			t.Errorf("%q is drawn as an observer", label)
		}
	}
	// attrsByLabel keys nodes by label: the observer's three copies share one
	if observer != 1 || staff != 2 {
		t.Errorf("%d observer and %d staff labels, want 1 and 2", observer, staff)
	}
	if !strings.Contains(b.String(), "dashed grey: observer or staff (no full seat)") {
		t.Error("the legend does not explain observers")
	}
}

// TestStructureByPartnership: with the three samples in one dataset, each
// partnership's bodies sit inside a cluster of that partnership.
func TestStructureByPartnership(t *testing.T) {
	var d network.Data
	for _, s := range samples {
		x := loadSample(t, s).Data()
		d.Partners = append(d.Partners, x.Partners...)
		d.Bodies = append(d.Bodies, x.Bodies...)
		d.Memberships = append(d.Memberships, x.Memberships...)
	}
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := Structure(&b, n, StructureOptions{}); err != nil {
		t.Fatal(err)
	}
	f, err := dot.ParseBytes(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	// the label of each top-level cluster, and the labels of the clusters in it
	inside := map[string][]string{}
	label := func(s *ast.Subgraph) string {
		for _, st := range s.Stmts {
			if a, ok := st.(*ast.Attr); ok && a.Key == "label" {
				return a.Val
			}
		}
		return ""
	}
	for _, st := range f.Graphs[0].Stmts {
		if sub, ok := st.(*ast.Subgraph); ok && strings.HasPrefix(sub.ID, "cluster") {
			for _, in := range sub.Stmts {
				if c, ok := in.(*ast.Subgraph); ok && strings.HasPrefix(c.ID, "cluster") {
					inside[label(sub)] = append(inside[label(sub)], label(c))
				}
			}
		}
	}
	for p, council := range map[string]string{"westbrook": "Westbrook LIP Partnership Council", "pinecrest": "Pinecrest LIP Council", "eastside": "Eastside Neighbourhood"} {
		got := inside[`"Partnership: `+p+`"`]
		if len(got) == 0 || !strings.Contains(strings.Join(got, "|"), council) {
			t.Errorf("partnership %s holds %q, want its council %q", p, got, council)
		}
	}
	if len(inside) != 3 {
		t.Errorf("%d top-level clusters hold bodies, want 3: %v", len(inside), inside)
	}
}
