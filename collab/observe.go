package collab

import (
	"fmt"
	"slices"
	"strings"
)

// Observation is the value of a measure on one partnership, with the
// evidence behind it.
type Observation struct {
	// Value is the measured quantity; criteria compare it with their
	// thresholds. Higher is always better.
	Value float64
	// Known is false when the data to measure it is absent (e.g. no
	// profile.csv row for a plan fact); Value is then meaningless.
	Known bool
	// NotApplicable is true when the measure does not apply to the
	// partnership (working-group diversity without working groups): the
	// criterion is reported for context and left out of the score.
	NotApplicable bool
	// Have lists what satisfies the measure (partner, body, sector or theme
	// IDs), Missing what is absent; both sorted, except categories and
	// government levels, which follow the taxonomy's order.
	Have, Missing []string
	// Text is a clause that states the value, e.g. "the council seats 4 of
	// the 7 sector categories".
	Text string
	// Next, when not empty, says what the next step would need (e.g. the
	// next development stage).
	Next string
}

// measureFunc computes a measure; arg is the part of the name after ':'
// ("" for measures without a parameter).
type measureFunc func(c *Context, arg string) Observation

// measureDef describes a built-in measure.
type measureDef struct {
	name string // e.g. "council.categories" or "council.sector:" (takes an argument)
	doc  string // what it measures, for the README's "Scoring a partnership" and error messages
	f    measureFunc
}

// measureDefs is the registry of built-in measure names, in documentation
// order. Names ending in ':' take an argument (a sector key, a category or
// a theme).
var measureDefs []measureDef

func defineMeasure(name, doc string, f measureFunc) {
	measureDefs = append(measureDefs, measureDef{name, doc, f})
}

// lookupMeasure resolves a measure name such as "council.categories" or
// "council.sector:health".
func lookupMeasure(name string) (measureFunc, string, error) {
	base, arg, hasArg := strings.Cut(name, ":")
	for _, d := range measureDefs {
		dn, takes := strings.CutSuffix(d.name, ":")
		if dn != base {
			continue
		}
		if takes != hasArg || (takes && arg == "") {
			if takes {
				return nil, "", fmt.Errorf("collab: measure %q needs an argument, as in %q", base, base+":VALUE")
			}
			return nil, "", fmt.Errorf("collab: measure %q takes no argument", base)
		}
		return d.f, arg, nil
	}
	return nil, "", fmt.Errorf("collab: unknown measure %q (known: %s)", name, strings.Join(MeasureNames(), ", "))
}

// MeasureNames returns the names of the built-in measures that criteria
// (and criteria JSON files) can use, sorted. A name ending in ':' takes an
// argument: "council.sector:health".
func MeasureNames() []string {
	names := make([]string, len(measureDefs))
	for i, d := range measureDefs {
		names[i] = d.name
	}
	slices.Sort(names)
	return names
}

// MeasureDoc returns the documentation of a built-in measure name ("council.sector:"
// or "council.sector:health" alike), or "".
func MeasureDoc(name string) string {
	base, _, hasArg := strings.Cut(name, ":")
	if hasArg {
		name = base + ":"
	}
	for _, d := range measureDefs {
		if d.name == name {
			return d.doc
		}
	}
	return ""
}

// Observe computes a built-in measure on the context, e.g.
// c.Observe("council.categories"). It returns an error for an unknown name.
func (c *Context) Observe(name string) (Observation, error) {
	f, arg, err := lookupMeasure(name)
	if err != nil {
		return Observation{}, err
	}
	return f(c, arg), nil
}

// sortedSet returns the sorted distinct strings of s.
func sortedSet(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return slices.Compact(s)
}

// list joins items as "a, b and c"; "none" for no items.
func list(items []string) string {
	switch len(items) {
	case 0:
		return "none"
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
