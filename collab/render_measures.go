package collab

import (
	"fmt"
	"io"
	"math"
	"strings"
)

// WriteText writes the domain measures for a terminal, one line per
// measure, lists shortened to their first few items.
func (d *DomainMeasures) WriteText(w io.Writer) error {
	var b strings.Builder
	line := func(label, format string, args ...any) {
		fmt.Fprintf(&b, "  %-22s %s\n", label, fmt.Sprintf(format, args...))
	}
	b.WriteString("Domain measures\n")
	m := d.Municipal
	endorsed := m.Endorsed
	if endorsed == "" {
		endorsed = "unknown"
	}
	line("municipal engagement", "in %d of %s; %s, %s; plan endorsed: %s",
		m.WithMunicipal, count(m.WorkingGroups, "working group"), count(m.CouncilSeats, "council seat"), count(m.CouncilChairs, "chair"), endorsed)
	cs := d.CrossSector
	line("cross-sector ties", "%d of %d partner-graph edges join different categories (E-I index %s)", cs.CrossEdges, cs.Edges, num(cs.EI))
	var brokers []string
	for _, br := range cs.Brokers {
		brokers = append(brokers, fmt.Sprintf("%s (%d)", br.Name, br.Across))
	}
	line("brokers", "%s between categories on the reported ties (Gould-Fernandez, open two-paths across categories): %s", count(len(cs.Brokers), "partner"), short(brokers, 3))
	g := d.Gaps
	line("council lacks", "categories: %s; sectors: %s", short(g.CouncilMissingCategories, 7), short(g.CouncilMissingSectors, 6))
	line("themes without a group", "%s", short(g.ThemesWithoutGroup, 6))
	line("groups without", "the city: %s; a mainstream member: %s", short(d.name(g.GroupsWithoutMunicipal), 4), short(d.name(g.GroupsWithoutMainstream), 4))
	line("single-partner sectors", "%s (the only partner of a category a criterion asks for, or the only municipal partner)", short(g.SingleHolderSectors, 8))
	line("one-category bodies", "%s", short(d.name(g.SingleCategoryBodies), 4))
	line("partners in no body", "%s", short(d.name(d.Unaffiliated), 5))
	var ended []string
	for _, e := range d.Ended {
		ended = append(ended, fmt.Sprintf("%s on %s until %s", d.name([]string{e.Partner})[0], d.name([]string{e.Body})[0], e.Until))
	}
	line("ended memberships", "%s (counted unless a date is judged)", short(ended, 3))
	line("chair concentration", "%s (Herfindahl index of chair seats: 1 = one partner chairs everything)", num(d.ChairConcentration))
	_, err := io.WriteString(w, b.String())
	return err
}

// short lists the first n items and how many more there are; "none" for none.
func short(items []string, n int) string {
	if len(items) == 0 {
		return "none"
	}
	if len(items) <= n {
		return strings.Join(items, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(items[:n], ", "), len(items)-n)
}

func num(x float64) string {
	if math.IsNaN(x) {
		return "undefined"
	}
	return fmt.Sprintf("%.2f", x)
}

// name returns the names of partners or bodies by ID, in order (the ID
// where there is no name).
func (d *DomainMeasures) name(ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id
		if n, ok := d.names[id]; ok && n != "" {
			out[i] = n
		}
	}
	return out
}
