package draw

import (
	"slices"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/network"
)

// The scorecard criteria GapsFromScorecards reads (package collab's
// built-in best-practice set, Qayyum et al. 2012 criteria 1-3).
const (
	critVariety    = "bp.stakeholder-variety"         // Missing: sector categories absent from the council
	critMainstream = "bp.mainstream-on-council"       // Missing: mainstream sectors absent from the council
	critCity       = "bp.city-in-most-working-groups" // Missing: working groups without the city
)

// GapsFromScorecards returns the gaps that the scorecards of n's
// partnerships report, so that a diagram shows what the scorecard says:
//   - WorkingGroupsWithoutCity: the Missing evidence of
//     "bp.city-in-most-working-groups" (working group IDs of n);
//   - MissingCouncilSectors: per council of a scored partnership, the
//     Missing evidence of "bp.stakeholder-variety" (sector categories) and
//     then of "bp.mainstream-on-council" (mainstream sectors), so that a
//     placeholder reads "missing: economic" or "missing: police";
//   - SingleSectors: no scorecard criterion reports them, so they come from
//     FindGaps(n).
//
// A criterion left out of a scorecard (custom criteria) contributes
// nothing; a scorecard of a partnership without a council in n contributes
// only its working groups. Lists are sorted and free of duplicates. n nil
// gives the zero Gaps.
func GapsFromScorecards(n *network.Network, cards []*collab.Scorecard) Gaps {
	if n == nil {
		return Gaps{}
	}
	g := Gaps{SingleSectors: FindGaps(n).SingleSectors}
	for _, card := range cards {
		if card == nil {
			continue
		}
		if it, ok := card.Item(critCity); ok {
			for _, id := range it.Missing {
				if b, ok := n.Body(id); ok && b.Kind == network.WorkingGroup {
					g.WorkingGroupsWithoutCity = append(g.WorkingGroupsWithoutCity, id)
				}
			}
		}
		var missing []string
		for _, id := range []string{critVariety, critMainstream} {
			if it, ok := card.Item(id); ok {
				missing = append(missing, it.Missing...)
			}
		}
		if len(missing) == 0 {
			continue
		}
		for _, c := range n.Councils() {
			if c.Partnership != card.Partnership && len(n.Councils()) > 1 {
				continue
			}
			if g.MissingCouncilSectors == nil {
				g.MissingCouncilSectors = map[string][]string{}
			}
			g.MissingCouncilSectors[c.ID] = append(g.MissingCouncilSectors[c.ID], missing...)
		}
	}
	slices.Sort(g.WorkingGroupsWithoutCity)
	g.WorkingGroupsWithoutCity = slices.Compact(g.WorkingGroupsWithoutCity)
	for id, m := range g.MissingCouncilSectors {
		g.MissingCouncilSectors[id] = uniqueInOrder(m)
	}
	return g
}

// uniqueInOrder drops repeats, keeping first occurrences in order.
func uniqueInOrder(xs []string) []string {
	var out []string
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
