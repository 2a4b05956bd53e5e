package collab

import (
	"fmt"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// Plain words for explanations and recommendations: names rather than IDs,
// counted nouns rather than "(s)".

// count writes "1 working group" or "3 working groups".
func count(n int, noun string) string {
	if n == 0 {
		return "no " + plural(noun)
	}
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %s", n, plural(noun))
}

// plural returns the plural of the nouns explanations count.
func plural(noun string) string {
	switch {
	case strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ey"):
		return noun[:len(noun)-1] + "ies"
	case strings.HasSuffix(noun, "s"):
		return noun + "es"
	}
	return noun + "s"
}

// partnerNames returns the names of the partners with the given indices
// (their IDs when they have none), sorted.
func (c *Context) partnerNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if i := c.m.partner(id); i >= 0 {
			out = append(out, c.m.partners[i].label())
		} else {
			out = append(out, id)
		}
	}
	return sortedSet(out)
}

// bodyNames returns the names of the bodies with the given IDs, in order.
func (c *Context) bodyNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if b := c.m.body(id); b >= 0 {
			out = append(out, c.m.bodies[b].label())
		} else {
			out = append(out, id)
		}
	}
	return out
}

// municipalCouncil names the municipality's own council for a sentence:
// "town council" when the municipal partner's name says Town, "city
// council" for City, "county council", "regional council", and
// "municipal council" otherwise.
func municipalCouncil(m *model) string {
	city := mostActive(m, func(p *mPartner) bool { return p.level == network.Municipal })
	if city < 0 {
		return "municipal council"
	}
	name := strings.ToLower(m.partners[city].name + " " + m.partners[city].id)
	for _, w := range []struct{ word, council string }{
		{"township", "township council"}, {"town", "town council"}, {"village", "village council"},
		{"county", "county council"}, {"region", "regional council"}, {"city", "city council"},
	} {
		if strings.Contains(name, w.word) {
			return w.council
		}
	}
	return "municipal council"
}
