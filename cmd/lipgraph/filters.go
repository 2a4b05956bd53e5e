package main

import (
	"flag"
	"fmt"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// addFilterFlags declares the sub-network filters shared by commands.
func addFilterFlags(fs *flag.FlagSet) {
	fs.String("partnership", "", "only the partners of this partnership")
	fs.String("sector", "", "only the partners of this sector")
	fs.String("category", "", "only the partners of this sector category")
	fs.String("body", "", "only the members of this body")
	fs.String("as-of", "", "only the memberships active on this date (YYYY or YYYY-MM-DD)")
}

// flagValue returns the value of a flag, "" if the command has no such flag.
func flagValue(fs *flag.FlagSet, name string) string {
	if f := fs.Lookup(name); f != nil {
		return f.Value.String()
	}
	return ""
}

// loadFiltered loads the single optional PATH (the built-in sample when
// absent) and applies the filter flags.
func loadFiltered(e *env, fs *flag.FlagSet, args []string) (*network.Network, error) {
	path, err := onePath(args)
	if err != nil {
		return nil, err
	}
	n, err := load(e, path)
	if err != nil {
		return nil, err
	}
	return applyFilters(n, fs)
}

// applyAsOf applies --as-of, keeping the memberships active on that date.
func applyAsOf(fs *flag.FlagSet, n *network.Network) (*network.Network, error) {
	s := flagValue(fs, "as-of")
	if s == "" {
		return n, nil
	}
	d, err := network.ParseDate(s)
	if err != nil {
		return nil, fmt.Errorf("%w: --as-of %q: want a year or a date (YYYY-MM-DD)", errUsage, s)
	}
	return n.AsOf(d), nil
}

// applyFilters returns the sub-network the filter flags select.
func applyFilters(n *network.Network, fs *flag.FlagSet) (*network.Network, error) {
	n, err := applyAsOf(fs, n)
	if err != nil {
		return nil, err
	}
	if p := flagValue(fs, "partnership"); p != "" {
		if !slices.Contains(n.Partnerships(), p) {
			return nil, fmt.Errorf("--partnership %q: no such partnership (have %s)", p, strings.Join(n.Partnerships(), ", "))
		}
		n = n.Partnership(p)
	}
	if s := flagValue(fs, "sector"); s != "" {
		n = n.Subset(func(p network.Partner) bool { return p.Sector == s })
	}
	if c := flagValue(fs, "category"); c != "" {
		n = n.Subset(func(p network.Partner) bool { return n.Taxonomy().Category(p.Sector) == c })
	}
	if b := flagValue(fs, "body"); b != "" {
		if _, ok := n.Body(b); !ok {
			return nil, fmt.Errorf("--body %q: no such body", b)
		}
		n = n.MembersOf(b)
	}
	return n, nil
}

// parseProjection reads --projection.
func parseProjection(fs *flag.FlagSet) (network.Projection, error) {
	s := flagValue(fs, "projection")
	p, ok := network.ParseProjection(s)
	if !ok {
		return 0, fmt.Errorf("%w: --projection %q: want combined, co-membership, newman or ties", errUsage, s)
	}
	return p, nil
}
