package main

import (
	"flag"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// filters are the sub-network flags shared by commands.
type filters struct {
	partnership, sector, category, body string
	asOf                                network.Date
}

// bind declares the filter flags on fs.
func (f *filters) bind(fs *flag.FlagSet) {
	fs.StringVar(&f.partnership, "partnership", "", "only the partners of this partnership")
	fs.StringVar(&f.sector, "sector", "", "only the partners of this sector")
	fs.StringVar(&f.category, "category", "", "only the partners of this sector category")
	fs.StringVar(&f.body, "body", "", "only the members of this body")
	asOfFlag(fs, &f.asOf, "only the memberships active on this `DATE` (YYYY or YYYY-MM-DD)")
}

// asOfFlag declares --as-of bound to d.
func asOfFlag(fs *flag.FlagSet, d *network.Date, usage string) {
	fs.TextVar(d, "as-of", network.Date{}, usage)
}

// load loads the single optional PATH (the built-in sample when absent) and
// applies the filters.
func (f *filters) load(e *env, args []string) (*network.Network, error) {
	path, err := onePath(args)
	if err != nil {
		return nil, err
	}
	n, err := load(e, path)
	if err != nil {
		return nil, err
	}
	return f.apply(n)
}

// asOf keeps the memberships active on d; the zero Date keeps them all.
func asOf(n *network.Network, d network.Date) *network.Network {
	if d.IsZero() {
		return n
	}
	return n.AsOf(d)
}

// apply returns the sub-network the filters select. A filter that matches
// nothing (a value unknown to the data or the taxonomy, or a sector or
// category no partner has) is a usage error that lists the values there are.
func (f *filters) apply(n *network.Network) (*network.Network, error) {
	n = asOf(n, f.asOf)
	if p := f.partnership; p != "" {
		if err := checkPartnership(n, p); err != nil {
			return nil, err
		}
		n = n.Partnership(p)
	}
	tax := n.Taxonomy()
	if s := f.sector; s != "" {
		if _, ok := tax.Lookup(s); !ok {
			return nil, noMatch("--sector", s, "not a sector of the taxonomy; the sectors are", tax.Keys())
		}
		if present := partnerValues(n, func(p network.Partner) string { return p.Sector }); !slices.Contains(present, s) {
			return nil, noMatch("--sector", s, "no partner of this sector; the partners' sectors are", present)
		}
		n = n.Subset(func(p network.Partner) bool { return p.Sector == s })
	}
	if c := f.category; c != "" {
		if !slices.Contains(tax.Categories(), c) {
			return nil, noMatch("--category", c, "not a sector category; the categories are", tax.Categories())
		}
		if present := partnerValues(n, func(p network.Partner) string { return tax.Category(p.Sector) }); !slices.Contains(present, c) {
			return nil, noMatch("--category", c, "no partner of this category; the partners' categories are", present)
		}
		n = n.Subset(func(p network.Partner) bool { return tax.Category(p.Sector) == c })
	}
	if b := f.body; b != "" {
		if _, ok := n.Body(b); !ok {
			var ids []string
			for _, body := range n.Bodies() {
				ids = append(ids, body.ID)
			}
			return nil, noMatch("--body", b, "no such body; the bodies are", ids)
		}
		n = n.MembersOf(b)
	}
	return n, nil
}

// partnerValues returns the sorted distinct values of key over n's partners.
func partnerValues(n *network.Network, key func(network.Partner) string) []string {
	set := map[string]bool{}
	for _, p := range n.Partners() {
		set[key(p)] = true
	}
	return slices.Sorted(maps.Keys(set))
}

// checkPartnership returns a usage error listing the partnerships when n
// has none named name.
func checkPartnership(n *network.Network, name string) error {
	if slices.Contains(n.Partnerships(), name) {
		return nil
	}
	return noMatch("--partnership", name, "no such partnership; the partnerships are", n.Partnerships())
}

// noMatch is the usage error of a filter flag whose value matches nothing:
// it names the flag and value, says why (ending with what the list is), and
// lists the valid values (the first 30 of a long list).
func noMatch(flag, value, why string, valid []string) error {
	const show = 30
	list := "none"
	if len(valid) > 0 {
		list = strings.Join(valid[:min(len(valid), show)], ", ")
		if len(valid) > show {
			list += fmt.Sprintf(" and %d more", len(valid)-show)
		}
	}
	return fmt.Errorf("%w: %s %q: %s: %s", errUsage, flag, value, why, list)
}

// projectionFlag declares --projection bound to p.
func projectionFlag(fs *flag.FlagSet, p *network.Projection, usage string) {
	fs.TextVar(p, "projection", network.Combined, usage+" `PROJECTION`: combined, co-membership, newman, ties or survey (the partner survey's levels of collaboration)")
}
