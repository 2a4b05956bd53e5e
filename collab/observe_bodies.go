package collab

import (
	"fmt"
	"math"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// Measures of the working groups, the partnership's presence by sector and
// government level, and its structure.

// DiverseIQV is the category IQV at or above which a working group counts as
// diverse in the measure wg.diverse-share: 0.5 is reached, for instance, by
// a group split evenly between two of the seven categories (IQV 0.583) and
// missed by a group of four with three in one category (0.438).
const DiverseIQV = 0.5

func init() {
	defineMeasure("wg.count", "number of working groups", func(c *Context, _ string) Observation {
		var ids []string
		for _, b := range c.workingGroups() {
			ids = append(ids, c.m.bodies[b].id)
		}
		return Observation{Value: float64(len(ids)), Known: true, Have: ids,
			Text: c.sprintf("the partnership has %s", count(len(ids), "working group"))}
	})
	defineMeasure("wg.municipal-majority", "k / (⌊W/2⌋ + 1) for k of W working groups where the city participates (a municipal partner with a full seat, or, in a municipally housed partnership, as staff): 1 or more means the city is in a majority of them; 0 with no working groups", func(c *Context, _ string) Observation {
		have, missing := municipalWGs(c)
		w := len(have) + len(missing)
		need := w/2 + 1
		if w == 0 {
			return Observation{Value: 0, Known: true, Missing: []string{"working-group"},
				Text: "the partnership has no working groups for the city to take part in",
				Next: "next step: a working group with the city on it"}
		}
		o := Observation{Value: float64(len(have)) / float64(need), Known: true, Have: have, Missing: missing,
			Text: c.sprintf("the city takes part in %d of %s; a majority is %d", len(have), count(w, "working group"), need)}
		if len(missing) > 0 && len(have) > 0 && !c.quiet {
			o.Text += "; it is not on " + list(c.bodyNames(missing))
		}
		if k := need - len(have); k > 0 && !c.quiet {
			o.Next = "next step: the city joins " + list(c.bodyNames(missing[:min(k, len(missing))]))
		}
		return o
	})
	defineMeasure("wg.municipal-share", "share of working groups where the city participates (as for wg.municipal-majority); 0 with no working groups", func(c *Context, _ string) Observation {
		have, missing := municipalWGs(c)
		w := len(have) + len(missing)
		o := Observation{Known: true, Have: have, Missing: missing,
			Text: c.sprintf("the city takes part in %d of %s", len(have), count(w, "working group"))}
		if w > 0 {
			o.Value = float64(len(have)) / float64(w)
		}
		return o
	})
	defineMeasure("wg.diverse-share", "share of working groups whose members' (all roles but staff) category IQV is at least DiverseIQV (0.5); does not apply without working groups", func(c *Context, _ string) Observation {
		var have, missing []string
		for _, b := range c.workingGroups() {
			if v := iqv(c.catCounts(b)); !math.IsNaN(v) && v >= DiverseIQV-eps {
				have = append(have, c.m.bodies[b].id)
			} else {
				missing = append(missing, c.m.bodies[b].id)
			}
		}
		w := len(have) + len(missing)
		if w == 0 {
			return Observation{NotApplicable: true, Text: "the partnership has no working groups"}
		}
		o := Observation{Value: float64(len(have)) / float64(w), Known: true, Have: have, Missing: missing,
			Text: c.sprintf("%d of %s mix sector categories (category IQV at least %.1f)", len(have), count(w, "working group"), DiverseIQV)}
		if len(missing) > 0 && !c.quiet {
			o.Next = "next step: a member of another kind of organization on " + list(c.bodyNames(missing))
			o.Text += "; " + list(c.bodyNames(missing)) + " do not"
			if len(missing) == 1 {
				o.Text = strings.TrimSuffix(o.Text, " do not") + " does not"
			}
		}
		return o
	})
	defineMeasure("partnership.sector:", "number of partners of the given sector with a membership in any body (any role), e.g. partnership.sector:employment", func(c *Context, s string) Observation {
		return present(c, s, "s:"+s, func(p *mPartner) bool { return p.sector == s })
	})
	defineMeasure("partnership.category:", "number of partners of the given category with a membership in any body, e.g. partnership.category:knowledge", func(c *Context, cat string) Observation {
		return present(c, cat, "c:"+cat, func(p *mPartner) bool { return p.category == cat })
	})
	defineMeasure("partnership.core", "how many of settlement providers (settlement category), mainstream providers (mainstream category) and municipal or regional government have a member in some body (0-3)", func(c *Context, _ string) Observation {
		var have, missing []string
		for _, it := range coreItems {
			if present(c, it.name, it.key, it.keep).Value > 0 {
				have = append(have, it.name)
			} else {
				missing = append(missing, it.name)
			}
		}
		o := Observation{Value: float64(len(have)), Known: true, Have: have, Missing: missing,
			Text: c.sprintf("the partnership includes %s", list(coreWords(have)))}
		if len(have) == 0 {
			o.Text = "the partnership includes none of settlement providers, mainstream providers and municipal government"
		}
		if len(missing) > 0 && len(have) > 0 {
			o.Text += "; it has no " + list(coreWords(missing))
		}
		if len(missing) > 0 {
			o.Next = "next step: bring in " + list(coreWords(missing))
		}
		return o
	})
	defineMeasure("gov.levels", "government levels present in some body: municipal, provincial and federal each count 1 with a full seat (any role but observer or staff) and 0.5 as observer only (0-3)", govLevels)
	defineMeasure("gov.municipal-on-council", "1 if a municipal partner has a full seat on the council (or, in a municipally housed partnership, staffs it or its secretariat), 0.5 if only as observer, else 0", municipalOnCouncil)
	defineMeasure("structure.action-teams", "number of action teams", func(c *Context, _ string) Observation {
		return kindCount(c, network.ActionTeam, "action team")
	})
	defineMeasure("structure.secretariat", "1 if a secretariat has at least one member (usually staff), else 0", func(c *Context, _ string) Observation {
		for _, b := range c.m.bodies {
			if b.kind == network.Secretariat && len(b.members) > 0 {
				return Observation{Value: 1, Known: true, Have: []string{b.id}, Text: "the partnership has a staffed secretariat (" + b.label() + ")"}
			}
		}
		return Observation{Value: 0, Known: true, Missing: []string{"secretariat"}, Text: "the partnership has no staffed secretariat",
			Next: "next step: coordinating staff from the lead organization"}
	})
}

// coreWords spells the core items for a sentence.
func coreWords(items []string) []string {
	out := make([]string, len(items))
	for i, it := range items {
		switch it {
		case "settlement":
			out[i] = "settlement providers"
		case "mainstream":
			out[i] = "mainstream providers"
		case "municipal":
			out[i] = "municipal government"
		default:
			out[i] = it
		}
	}
	return out
}

// municipalOnCouncil is the measure gov.municipal-on-council.
func municipalOnCouncil(c *Context, _ string) Observation {
	if c.council < 0 {
		return Observation{Value: 0, Known: true, Missing: []string{"council"}, Text: "the partnership has no council"}
	}
	f, obs := c.hasLevel(c.council, network.Municipal)
	var ids []string
	c.seatedOn(c.council, func(p *mPartner, _ network.Role) {
		if p.level == network.Municipal {
			ids = append(ids, p.id)
		}
	})
	switch {
	case f && len(ids) > 0:
		return Observation{Value: 1, Known: true, Have: sortedSet(ids), Text: "the municipality sits on the council (" + list(c.partnerNames(ids)) + ")"}
	case f:
		return Observation{Value: 1, Known: true, Have: []string{"staff"}, Text: "the municipality houses the partnership and its staff support the council"}
	}
	if sec := c.municipalSecretariat(); sec != "" {
		return Observation{Value: 1, Known: true, Have: []string{sec}, Text: "the municipality houses the partnership and runs its secretariat (" + list(c.partnerNames([]string{sec})) + ")"}
	}
	if obs {
		return Observation{Value: 0.5, Known: true, Have: sortedSet(ids), Text: "the municipality is only an observer on the council",
			Next: "next step: a full seat for the municipality"}
	}
	return Observation{Value: 0, Known: true, Missing: []string{"municipal"}, Text: "no municipal partner sits on the council",
		Next: "next step: invite the municipality to name a representative to the council"}
}

// coreItems are the three kinds of partner every LIP includes (IRCC 2016).
var coreItems = []struct {
	name, key string
	keep      func(*mPartner) bool
}{
	{"settlement", "c:" + network.CategorySettlement, func(p *mPartner) bool { return p.category == network.CategorySettlement }},
	{"mainstream", "c:" + network.CategoryMainstream, func(p *mPartner) bool { return p.category == network.CategoryMainstream }},
	{"municipal", "", func(p *mPartner) bool { return p.level == network.Municipal }},
}

// municipalWGs splits the working groups by whether the city participates
// in them: a municipal partner with a full seat, or, in a municipally
// housed partnership, a municipal partner in any role (see hasLevel).
func municipalWGs(c *Context) (have, missing []string) {
	for _, b := range c.workingGroups() {
		if f, _ := c.hasLevel(b, network.Municipal); f {
			have = append(have, c.m.bodies[b].id)
		} else {
			missing = append(missing, c.m.bodies[b].id)
		}
	}
	return have, missing
}

// present counts the partners keep accepts that hold a membership in some
// body. key ("s:"+sector or "c:"+category, or "" when keep is neither) lets a
// quiet context answer from its memo.
func present(c *Context, what, key string, keep func(*mPartner) bool) Observation {
	if c.quiet && key != "" {
		kind, name, _ := strings.Cut(key, ":")
		return Observation{Value: float64(c.presentCount(name, kind == "c")), Known: true}
	}
	_, member := c.inSomeBody()
	var ids []string
	k := 0
	for i := range c.m.partners {
		if member[i] && keep(&c.m.partners[i]) {
			k++
			if !c.quiet {
				ids = append(ids, c.m.partners[i].id)
			}
		}
	}
	o := Observation{Value: float64(k), Known: true}
	if c.quiet {
		return o
	}
	o.Have = sortedSet(ids)
	if k == 1 {
		o.Text = fmt.Sprintf("1 %s partner takes part (%s)", what, list(c.partnerNames(o.Have)))
	} else {
		o.Text = fmt.Sprintf("%d %s partners take part (%s)", k, what, list(c.partnerNames(o.Have)))
	}
	if k == 0 {
		o.Missing = []string{what}
		o.Text = fmt.Sprintf("no %s partner takes part", what)
		o.Next = "next step: invite " + invitePhrase(what)
	}
	return o
}

func govLevels(c *Context, _ string) Observation {
	roles, member := c.inSomeBody()
	var have, missing []string
	v := 0.0
	housed := c.municipalHost()
	for _, l := range []network.GovLevel{network.Municipal, network.Provincial, network.Federal} {
		best := 0.0
		for i := range c.m.partners {
			if !member[i] || c.m.partners[i].level != l {
				continue
			}
			switch {
			case full(roles[i]) || (housed && l == network.Municipal && roles[i] == network.RoleStaff):
				best = 1
			case roles[i] == network.RoleObserver:
				best = max(best, 0.5)
			}
		}
		switch best {
		case 1:
			have = append(have, l.String())
		case 0.5:
			have = append(have, l.String()+" (observer)")
		default:
			missing = append(missing, l.String())
		}
		v += best
	}
	o := Observation{Value: v, Known: true, Have: have, Missing: missing,
		Text: c.sprintf("government levels at the table: %s", list(have))}
	if len(missing) > 0 {
		o.Text += "; missing " + list(missing)
	}
	return o
}

func kindCount(c *Context, k network.BodyKind, what string) Observation {
	var ids []string
	for _, b := range c.m.bodies {
		if b.kind == k {
			ids = append(ids, b.id)
		}
	}
	return Observation{Value: float64(len(ids)), Known: true, Have: ids,
		Text: c.sprintf("the partnership has %s", count(len(ids), what))}
}
