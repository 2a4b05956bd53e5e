package main

import (
	"flag"
	"fmt"
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

// apply returns the sub-network the filters select.
func (f *filters) apply(n *network.Network) (*network.Network, error) {
	n = asOf(n, f.asOf)
	if p := f.partnership; p != "" {
		if !slices.Contains(n.Partnerships(), p) {
			return nil, fmt.Errorf("--partnership %q: no such partnership (have %s)", p, strings.Join(n.Partnerships(), ", "))
		}
		n = n.Partnership(p)
	}
	if s := f.sector; s != "" {
		n = n.Subset(func(p network.Partner) bool { return p.Sector == s })
	}
	if c := f.category; c != "" {
		n = n.Subset(func(p network.Partner) bool { return n.Taxonomy().Category(p.Sector) == c })
	}
	if b := f.body; b != "" {
		if _, ok := n.Body(b); !ok {
			return nil, fmt.Errorf("--body %q: no such body", b)
		}
		n = n.MembersOf(b)
	}
	return n, nil
}

// projectionFlag declares --projection bound to p.
func projectionFlag(fs *flag.FlagSet, p *network.Projection, usage string) {
	fs.TextVar(p, "projection", network.Combined, usage+" `PROJECTION`: combined, co-membership, newman, ties or survey (the partner survey's levels of collaboration)")
}
