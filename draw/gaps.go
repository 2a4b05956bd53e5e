package draw

import (
	"slices"

	"github.com/lipgraph/lipgraph/network"
)

// Gaps lists the structural gaps a diagram highlights. The zero value
// highlights nothing. FindGaps computes them from a network;
// GapsFromScorecards reads them from package collab's scorecards, so that
// the diagram shows exactly what the scorecard reports.
type Gaps struct {
	// WorkingGroupsWithoutCity holds the IDs of the working groups with no
	// member of a municipal-level sector (best-practice criterion 3: the
	// city sits on the majority of working groups). Their clusters are drawn
	// with a red dashed border and a dashed "no municipal partner"
	// placeholder.
	WorkingGroupsWithoutCity []string
	// MissingCouncilSectors maps a council ID to what its members lack
	// (criterion 1, variety of stakeholders): taxonomy sector keys for
	// FindGaps, sector categories and mainstream sectors for
	// GapsFromScorecards. Each is drawn, in order, as a dashed "missing: X"
	// placeholder node in the council's cluster.
	MissingCouncilSectors map[string][]string
	// SingleSectors holds the sector keys that exactly one partner holds in
	// the whole network: the partnership depends on one organisation for
	// that sector. Those partners get a dashed orange outline.
	SingleSectors []string
}

// FindGaps returns the gaps of n, each list sorted:
//   - a working group is without the city when none of its members has a
//     sector whose taxonomy Level is network.Municipal (so every working
//     group is, if n has no municipal partner at all);
//   - a council misses each taxonomy sector none of its members holds (all
//     of them for a council without members);
//   - a single sector is one held by exactly one partner.
//
// An empty network gives the zero Gaps. Membership dates are ignored: pass
// n.AsOf(d) for the gaps on a date.
func FindGaps(n *network.Network) Gaps {
	var g Gaps
	if n == nil {
		return g
	}
	tax := n.Taxonomy()
	sectorOf := func(id string) string {
		p, _ := n.Partner(id)
		return p.Sector
	}
	for _, wg := range n.WorkingGroups() {
		city := slices.ContainsFunc(n.MemberIDs(wg.ID), func(id string) bool {
			s, ok := tax.Lookup(sectorOf(id))
			return ok && s.Level == network.Municipal
		})
		if !city {
			g.WorkingGroupsWithoutCity = append(g.WorkingGroupsWithoutCity, wg.ID)
		}
	}
	for _, c := range n.Councils() {
		has := map[string]bool{}
		for _, id := range n.MemberIDs(c.ID) {
			has[sectorOf(id)] = true
		}
		var missing []string
		for _, key := range tax.Keys() {
			if !has[key] {
				missing = append(missing, key)
			}
		}
		if len(missing) > 0 {
			if g.MissingCouncilSectors == nil {
				g.MissingCouncilSectors = map[string][]string{}
			}
			g.MissingCouncilSectors[c.ID] = missing
		}
	}
	count := map[string]int{}
	for _, p := range n.Partners() {
		count[p.Sector]++
	}
	for _, key := range tax.Keys() {
		if count[key] == 1 {
			g.SingleSectors = append(g.SingleSectors, key)
		}
	}
	return g
}

// IsZero reports whether g highlights nothing.
func (g Gaps) IsZero() bool {
	return len(g.WorkingGroupsWithoutCity) == 0 && len(g.MissingCouncilSectors) == 0 && len(g.SingleSectors) == 0
}

// gapAttrs are the attributes of a dashed placeholder node.
func gapAttrs(label string) []any {
	return []any{"label", label, "shape", "box", "style", "dashed,rounded", "color", "#d62728",
		"fontcolor", "#d62728", "fontname", fontName, "fontsize", "10"}
}

// gapLegend explains the gap marks used by g.
func gapLegend(g Gaps) []legendEntry {
	var e []legendEntry
	if len(g.MissingCouncilSectors) > 0 || len(g.WorkingGroupsWithoutCity) > 0 {
		e = append(e, legendEntry{key: "gap", label: "missing (gap)", attrs: gapAttrs("")[2:]})
	}
	if len(g.SingleSectors) > 0 {
		e = append(e, legendEntry{key: "single", label: "only partner of its sector", attrs: []any{"shape", "box", "style", "rounded,dashed", "color", "#ff7f0e", "penwidth", "2"}})
	}
	return e
}
