package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/lipgraph/lipgraph/internal/jsonout"
	"github.com/lipgraph/lipgraph/network"
)

func init() {
	register(&command{
		name:    "validate",
		args:    "[PATH]",
		summary: "check a partnership dataset and summarise it, or list every problem found",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &validateFlags{format: formatFlag(fs, b, "text", "json")}
			return f.run
		},
	})
}

// validateFlags are the options of lipgraph validate.
type validateFlags struct {
	format *choice
}

// summary is what validate prints for a valid dataset.
type summary struct {
	Path               string         `json:"path"`
	Valid              bool           `json:"valid"`
	Partners           int            `json:"partners"`
	PartnersBySector   map[string]int `json:"partners_by_sector"`
	PartnersByCategory map[string]int `json:"partners_by_category"`
	Bodies             int            `json:"bodies"`
	BodiesByKind       map[string]int `json:"bodies_by_kind"`
	Memberships        int            `json:"memberships"`
	Ties               int            `json:"ties"`
	Ratings            int            `json:"ratings,omitzero"` // partner survey ratings; left out when none
	Partnerships       int            `json:"partnerships"`
	GraphNodes         int            `json:"partner_graph_nodes"`
	GraphEdges         int            `json:"partner_graph_edges"`
}

// problemJSON is one problem in validate's JSON output.
type problemJSON struct {
	File     string `json:"file"`
	Line     int    `json:"line,omitzero"`
	Column   int    `json:"column,omitzero"`
	Field    string `json:"field,omitempty"`
	Value    string `json:"value,omitempty"`
	Kind     string `json:"kind"`
	Expected string `json:"expected,omitempty"`
	Message  string `json:"message"`
}

func (f *validateFlags) run(e *env, args []string) error {
	format := f.format.name
	path, err := onePath(args)
	if err != nil {
		return err
	}
	n, err := load(e, path)
	var nerr *network.Error
	if errors.As(err, &nerr) && format == "json" {
		out := struct {
			Path      string        `json:"path"`
			Valid     bool          `json:"valid"`
			Truncated bool          `json:"truncated,omitzero"`
			Problems  []problemJSON `json:"problems"`
		}{Path: orSample(path), Truncated: nerr.Truncated}
		for _, p := range nerr.Problems {
			out.Problems = append(out.Problems, problemJSON{p.File, p.Line, p.Column, p.Field, p.Value,
				p.Err.Error(), p.Expected, p.Error()})
		}
		if err := writeJSON(e.stdout, out); err != nil {
			return err
		}
		return exitError{1}
	}
	if err != nil {
		return err
	}
	e.progress.step("building the partner graph")
	s := summarize(n, orSample(path))
	if format == "json" {
		return withWarnings(e, e.stdout, func(w io.Writer) error { return writeJSON(w, s) })
	}
	return s.writeText(e.stdout, n)
}

func summarize(n *network.Network, path string) summary {
	g := n.PartnerGraph(network.Combined)
	s := summary{
		Path: path, Valid: true, Partners: n.NumPartners(),
		PartnersBySector: map[string]int{}, PartnersByCategory: map[string]int{}, BodiesByKind: map[string]int{},
		Bodies: n.NumBodies(), Memberships: n.NumMemberships(), Ties: n.NumTies(), Ratings: n.NumRatings(), Partnerships: len(n.Partnerships()),
		GraphNodes: g.Len(), GraphEdges: g.NumEdges(),
	}
	for _, p := range n.Partners() {
		s.PartnersBySector[p.Sector]++
		s.PartnersByCategory[n.Taxonomy().Category(p.Sector)]++
	}
	for _, b := range n.Bodies() {
		s.BodiesByKind[b.Kind.String()]++
	}
	return s
}

func (s summary) writeText(w io.Writer, n *network.Network) error {
	tax := n.Taxonomy()
	var b strings.Builder
	fmt.Fprintf(&b, "%s: valid\n\n", s.Path)
	noun := "partnerships"
	if s.Partnerships == 1 {
		noun = "partnership"
	}
	fmt.Fprintf(&b, "partners        %d in %d %s\n", s.Partners, s.Partnerships, noun)
	for _, cat := range tax.Categories() {
		if s.PartnersByCategory[cat] == 0 {
			continue
		}
		var parts []string
		for _, sec := range tax.SectorsIn(cat) {
			if k := s.PartnersBySector[sec]; k > 0 {
				parts = append(parts, fmt.Sprintf("%s %d", sec, k))
			}
		}
		fmt.Fprintf(&b, "  %-14s %4d  (%s)\n", cat, s.PartnersByCategory[cat], strings.Join(parts, ", "))
	}
	fmt.Fprintf(&b, "bodies          %d\n", s.Bodies)
	for _, k := range network.BodyKinds() {
		if c := s.BodiesByKind[k.String()]; c > 0 {
			fmt.Fprintf(&b, "  %-18s %d\n", k, c)
		}
	}
	fmt.Fprintf(&b, "memberships     %d\n", s.Memberships)
	fmt.Fprintf(&b, "ties            %d\n", s.Ties)
	if s.Ratings > 0 {
		fmt.Fprintf(&b, "ratings         %d (partner survey; lipgraph survey summarises it)\n", s.Ratings)
	}
	fmt.Fprintf(&b, "partner graph   %d nodes, %d edges\n", s.GraphNodes, s.GraphEdges)
	_, err := io.WriteString(w, b.String())
	return err
}

// writeJSON writes v as indented JSON with a final newline.
func writeJSON(w io.Writer, v any) error { return jsonout.Write(w, v) }
