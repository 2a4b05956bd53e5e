package main

import (
	"errors"
	"flag"
	"strconv"
	"strings"
)

// seed is a flag.Value for --seed: an unsigned 64-bit number, with an error
// that says so for a negative or too large value.
type seed uint64

// seedFlag declares --seed bound to p.
func seedFlag(fs *flag.FlagSet, p *uint64, value uint64, usage string) {
	*p = value
	fs.Var((*seed)(p), "seed", usage)
}

func (s *seed) Set(v string) error {
	n, err := strconv.ParseUint(v, 10, 64)
	switch {
	case err == nil:
		*s = seed(n)
		return nil
	case strings.HasPrefix(v, "-"):
		return errors.New("a seed is an unsigned 64-bit number: want a whole number from 0 to 18446744073709551615, not a negative one")
	}
	return errors.New("want a whole number from 0 to 18446744073709551615")
}

func (s *seed) String() string { return strconv.FormatUint(uint64(*s), 10) }
