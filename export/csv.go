package export

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/internal/atomicfile"
	"github.com/lipgraph/lipgraph/internal/csvsafe"
	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/network"
)

// NodesCSV writes the partner table to w as RFC 4180 CSV: a header "id"
// followed by the node columns of GraphML (name, sector, category,
// partnership, attr.KEY…, then the measures), one row per partner in ID
// order; Gephi's Data Laboratory imports it as a node table. A nil network
// gives the header only. It returns the first write error.
func NodesCSV(w io.Writer, n *network.Network, opt Options) error {
	t := buildTable(n, opt)
	header := []string{"id"}
	for _, c := range t.cols {
		header = append(header, c.name)
	}
	return writeCSV(w, header, len(t.rows), func(i int, rec []string) []string {
		return append(append(rec, t.ids[i]), t.rows[i]...)
	})
}

// EdgesCSV writes the partner graph of n under opt.Projection to w as an
// edge list with the header "source,target,weight": one row per edge, source
// before target in partner ID order, rows in that order; the Gephi, igraph
// and networkx (nx.read_weighted_edgelist with delimiter ",") edge-list
// layout. Partners without an edge do not appear (NodesCSV lists them).
// opt.SkipPathMeasures has no effect. It returns the first write error.
func EdgesCSV(w io.Writer, n *network.Network, opt Options) error {
	if n == nil {
		return writeCSV(w, []string{"source", "target", "weight"}, 0, nil)
	}
	pg := n.PartnerGraph(opt.Projection)
	_, off, nbr, wt := pg.CSR()
	var rows [][3]string
	for i := range pg.Len() {
		for k := off[i]; k < off[i+1]; k++ {
			if j := int64(nbr[k]); j > int64(i) {
				rows = append(rows, [3]string{pg.Label(int64(i)), pg.Label(j), formatFloat(measures.Float(wt[k]))})
			}
		}
	}
	return writeCSV(w, []string{"source", "target", "weight"}, len(rows), func(i int, rec []string) []string {
		return append(rec, rows[i][:]...)
	})
}

// AffiliationCSV writes the two-mode affiliation matrix of n to w: a header
// "partner" followed by every body ID in ID order, then one row per partner
// in ID order with its ID and, per body, 1 if it is a member (in any role,
// at any date) and 0 if not. This is the partner × body incidence matrix of
// n.AffiliationGraph, the input of UCINET-style two-mode analysis. A nil
// network gives the header only. It returns the first write error.
func AffiliationCSV(w io.Writer, n *network.Network) error {
	if n == nil {
		return writeCSV(w, []string{"partner"}, 0, nil)
	}
	bodies := n.Bodies()
	header := []string{"partner"}
	col := map[string]int{}
	for i, b := range bodies {
		header = append(header, b.ID)
		col[b.ID] = i
	}
	partners := n.Partners()
	member := make([]bool, len(bodies))
	return writeCSV(w, header, len(partners), func(i int, rec []string) []string {
		clear(member)
		for _, m := range n.BodiesOf(partners[i].ID) {
			member[col[m.Body]] = true
		}
		rec = append(rec, partners[i].ID)
		for _, ok := range member {
			if ok {
				rec = append(rec, "1")
			} else {
				rec = append(rec, "0")
			}
		}
		return rec
	})
}

// writeCSV writes a header and rows produced one at a time by row (which
// appends record i to rec[:0]). Every cell, header included, goes through
// csvsafe.Cell: a text cell that a spreadsheet would run as a formula (one
// starting with =, +, - or @) is prefixed with a single quote.
func writeCSV(w io.Writer, header []string, rows int, row func(i int, rec []string) []string) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := csv.NewWriter(bw)
	if err := cw.Write(csvsafe.Record(slices.Clone(header))); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	var rec []string
	for i := range rows {
		rec = csvsafe.Record(row(i, rec[:0]))
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("export: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("export: %w", err)
	}
	return nil
}

// CSVDir writes nodes.csv (NodesCSV), edges.csv (EdgesCSV) and
// affiliation.csv (AffiliationCSV) into dir, creating it if needed. The
// three files are replaced as a set: each is written to a temporary file
// first and renamed into place only when all three are complete, so a
// failure leaves the files of an earlier export untouched.
func CSVDir(dir string, n *network.Network, opt Options) error {
	err := atomicfile.WriteSet(dir, []atomicfile.File{
		{Name: "nodes.csv", Write: func(w io.Writer) error { return NodesCSV(w, n, opt) }},
		{Name: "edges.csv", Write: func(w io.Writer) error { return EdgesCSV(w, n, opt) }},
		{Name: "affiliation.csv", Write: func(w io.Writer) error { return AffiliationCSV(w, n) }},
	}, nil)
	if err != nil && !strings.HasPrefix(err.Error(), "export: ") {
		err = fmt.Errorf("export: %w", err)
	}
	return err
}
