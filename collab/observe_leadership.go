package collab

import (
	"fmt"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// Measures of leadership (who chairs the tables) and of the resilience
// attributes of partners (size and funding regime).

// ResilienceAttrs are the free partners.csv columns the resilience measure
// reads: "size" (e.g. small, medium, large) and "funding" (the funding
// regime, e.g. federal, provincial, municipal, mixed, private). Values are
// compared as written, case-sensitively.
var ResilienceAttrs = []string{"size", "funding"}

func init() {
	defineMeasure("leadership.breadth", "1 − the largest share of chair and co-chair seats (over every body but the secretariat) held by one partner: 0 when one organization chairs every table, 0.5 or more when no partner holds more than half; unknown when no chair is recorded; does not apply when only one seat is chaired", leadershipBreadth)
	defineMeasure("partners.resilience", "share of the resilience attributes recorded (size, funding) that vary among the partners that take part (at least two distinct values): 1 when every recorded attribute varies; unknown when no partner has either attribute", resilience)
}

// chairSeats counts the chair and co-chair seats each partner holds over
// every body but the secretariat, and the bodies with a chair.
func (c *Context) chairSeats() (seats []int, total, bodies int) {
	seats = make([]int, len(c.m.partners))
	for _, b := range c.m.bodies {
		if b.kind == network.Secretariat {
			continue
		}
		chaired := false
		for _, x := range b.members {
			if x.role.IsChair() {
				seats[x.p]++
				total++
				chaired = true
			}
		}
		if chaired {
			bodies++
		}
	}
	return seats, total, bodies
}

func leadershipBreadth(c *Context, _ string) Observation {
	seats, total, bodies := c.chairSeats()
	if total == 0 {
		return Observation{Known: false, Text: "the data records no chair or co-chair"}
	}
	if total == 1 {
		return Observation{NotApplicable: true, Text: "only one seat is chaired"}
	}
	top := 0
	for i := range seats {
		if seats[i] > seats[top] || (seats[i] == seats[top] && c.m.partners[i].id < c.m.partners[top].id) {
			top = i
		}
	}
	distinct := 0
	var have []string
	for i, k := range seats {
		if k > 0 {
			distinct++
			have = append(have, c.m.partners[i].id)
		}
	}
	share := float64(seats[top]) / float64(total)
	o := Observation{Value: 1 - share, Known: true, Have: sortedSet(have)}
	if c.quiet {
		return o
	}
	who := c.m.partners[top].label()
	if c.hosts(top) {
		who += ", which houses the partnership"
	}
	switch {
	case share == 1:
		o.Missing = []string{c.m.partners[top].id}
		o.Text = fmt.Sprintf("one organization, %s, holds every chair and co-chair seat (%d on %s)", who, total, count(bodies, "table"))
		o.Next = "next step: other members chair some of its tables"
	case seats[top] == 1:
		o.Text = fmt.Sprintf("%s share the %s, one each", count(distinct, "organization"), count(total, "chair and co-chair seat"))
	default:
		o.Text = fmt.Sprintf("%s share the %s; the most held by one organization is %d (%s)",
			count(distinct, "organization"), count(total, "chair and co-chair seat"), seats[top], who)
		if share > 0.5 {
			o.Missing = []string{c.m.partners[top].id}
			o.Next = "next step: other members chair some of its tables"
		}
	}
	return o
}

// hosts reports whether partner p is the host organization: it staffs the
// secretariat.
func (c *Context) hosts(p int) bool {
	for _, b := range c.m.bodies {
		if b.kind != network.Secretariat {
			continue
		}
		for _, x := range b.members {
			if int(x.p) == p {
				return true
			}
		}
	}
	return false
}

func resilience(c *Context, _ string) Observation {
	_, member := c.inSomeBody()
	var have, missing, parts []string
	anyAttr := false
	for _, key := range ResilienceAttrs {
		var vals []string
		first, n, varies := "", 0, false
		for i := range c.m.partners {
			if v, ok := c.m.partners[i].attrs[key]; ok && member[i] {
				if n == 0 {
					first = v
				}
				varies = varies || v != first
				n++
				if !c.quiet {
					vals = append(vals, v)
				}
			}
		}
		if n == 0 {
			continue
		}
		anyAttr = true
		vals = sortedSet(vals)
		if varies {
			have = append(have, key)
		} else {
			missing = append(missing, key)
		}
		if !c.quiet {
			parts = append(parts, fmt.Sprintf("%s: %s", key, list(vals)))
		}
	}
	if !anyAttr {
		return Observation{Known: false, Text: "no partner records a size or funding regime"}
	}
	o := Observation{Value: float64(len(have)) / float64(len(have)+len(missing)), Known: true, Have: have, Missing: missing}
	if !c.quiet {
		o.Text = "the partners that take part vary by " + list(have)
		if len(have) == 0 {
			o.Text = "the partners that take part do not vary by size or funding regime"
		}
		o.Text += " (" + joinSemi(parts) + ")"
	}
	return o
}

// joinSemi joins clauses with "; ".
func joinSemi(parts []string) string { return strings.Join(parts, "; ") }
