package collab

import (
	"fmt"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// CommonThemes are the common working-group themes of LIPs (Lecours 2018,
// "Impacts of Local Immigration Partnerships"), as theme keys of bodies.csv.
var CommonThemes = []string{"employment", "language-training", "social-inclusion", "settlement", "health", "youth"}

// themeAliases maps other spellings of a theme to its key. Matching is on
// the lower-cased theme with spaces and underscores as dashes.
var themeAliases = map[string]string{
	"language": "language-training", "languages": "language-training", "language-learning": "language-training",
	"inclusion": "social-inclusion", "belonging": "social-inclusion", "anti-racism": "social-inclusion",
	"children-and-youth": "youth", "children": "youth",
	"mental-health": "health", "health-and-well-being": "health", "wellbeing": "health",
	"jobs": "employment", "labour-market": "employment", "workplace": "employment",
}

// normalTheme returns the theme key of a body's theme.
var themeReplacer = strings.NewReplacer(" ", "-", "_", "-")

func normalTheme(t string) string {
	if strings.ContainsFunc(t, func(r rune) bool { return r == ' ' || r == '_' || (r >= 'A' && r <= 'Z') || r > 127 }) {
		t = themeReplacer.Replace(strings.ToLower(strings.TrimSpace(t)))
	}
	if k, ok := themeAliases[t]; ok {
		return k
	}
	return t
}

// WelcomingDomains are the seven Welcoming Communities domains (Esses et al.
// 2016, "Systems Planning to Help People"), without the cross-cutting ones.
var WelcomingDomains = []string{
	"community-civic-resources", "health-and-healthcare", "education", "children-and-youth",
	"social-cultural-political-integration", "attraction-and-recruitment", "workplace-integration",
}

// domainsOfTheme maps a theme key to the Welcoming Communities domains it
// serves (Esses et al., Welcoming Communities Initiative, 2010; the themes
// and priorities of the IRCC presentation, 2018): language training is
// "English language training" under education; employment services serve
// both attraction and retention ("employment and business information
// services") and workplace integration. Settlement services and the
// cross-cutting issues (francophone communities, gender, poverty) serve no
// single domain: a working group on them covers none. A theme not listed
// covers none either.
var domainsOfTheme = map[string][]string{
	"housing": {"community-civic-resources"}, "transportation": {"community-civic-resources"},
	"civic-engagement": {"social-cultural-political-integration"},
	"food-security":    {"community-civic-resources"}, "digital-access": {"community-civic-resources"},
	"health":    {"health-and-healthcare"},
	"education": {"education"}, "language-training": {"education"},
	"youth":            {"children-and-youth"},
	"social-inclusion": {"social-cultural-political-integration"},
	"attraction":       {"attraction-and-recruitment"}, "recruitment": {"attraction-and-recruitment"},
	"entrepreneurship": {"attraction-and-recruitment"}, "economic-development": {"attraction-and-recruitment"},
	"employment": {"attraction-and-recruitment", "workplace-integration"},
}

// CrossCuttingThemes are the Welcoming Communities cross-cutting issues:
// a body on them serves every domain and none in particular.
var CrossCuttingThemes = []string{"francophone", "gender", "poverty"}

func init() {
	defineMeasure("themes.common", "number of the six common working-group themes of 002 (employment, language-training, social-inclusion, settlement, health, youth) with a working group", func(c *Context, _ string) Observation {
		have := map[string]bool{}
		for _, b := range c.workingGroups() {
			have[normalTheme(c.m.bodies[b].theme)] = true
		}
		return coverage(c, CommonThemes, have, "common working-group themes")
	})
	defineMeasure("themes.welcoming-domains", "number of the seven Welcoming Communities domains of 004 served by the theme of a working group or action team", func(c *Context, _ string) Observation {
		have := map[string]bool{}
		for _, b := range c.m.bodies {
			if b.kind == network.WorkingGroup || b.kind == network.ActionTeam {
				for _, d := range domainsOfTheme[normalTheme(b.theme)] {
					have[d] = true
				}
			}
		}
		return coverage(c, WelcomingDomains, have, "Welcoming Communities domains")
	})
	defineMeasure("themes.has:", "number of working groups on the given theme (aliases such as language → language-training are matched), e.g. themes.has:health", func(c *Context, t string) Observation {
		t = normalTheme(t)
		var ids []string
		for _, b := range c.workingGroups() {
			if normalTheme(c.m.bodies[b].theme) == t {
				ids = append(ids, c.m.bodies[b].id)
			}
		}
		o := Observation{Value: float64(len(ids)), Known: true, Have: ids, Text: c.sprintf("%s on %s", count(len(ids), "working group"), t)}
		if len(ids) == 0 {
			o.Missing = []string{t}
		}
		return o
	})
}

func coverage(c *Context, all []string, have map[string]bool, what string) Observation {
	k := 0
	for _, t := range all {
		if have[t] {
			k++
		}
	}
	o := Observation{Value: float64(k), Known: true}
	if c.quiet {
		return o
	}
	var h, m []string
	for _, t := range all {
		if have[t] {
			h = append(h, t)
		} else {
			m = append(m, t)
		}
	}
	o.Have, o.Missing = sortedSet(h), sortedSet(m)
	o.Text = fmt.Sprintf("%d of the %d %s have a body", k, len(all), what)
	if k == 1 {
		o.Text = fmt.Sprintf("1 of the %d %s has a body", len(all), what)
	}
	if len(m) > 0 {
		o.Text += "; none for " + list(m)
	}
	return o
}

// KnownTheme reports whether the scorecard recognises a working group's
// theme: one of CommonThemes, a theme serving a Welcoming Communities
// domain, a cross-cutting theme, or an alias of one ("language" for
// language-training). Pass it as network.Config.KnownTheme to warn about
// the others.
func KnownTheme(theme string) bool {
	t := normalTheme(theme)
	_, serves := domainsOfTheme[t]
	return serves || slices.Contains(CommonThemes, t) || slices.Contains(CrossCuttingThemes, t)
}
