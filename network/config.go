package network

// Config controls validation and loading. The zero value, and a nil *Config,
// mean the defaults documented on each field.
type Config struct {
	// Taxonomy is the sector taxonomy partners are checked against.
	// Default: DefaultTaxonomy().
	Taxonomy *Taxonomy
	// MaxFileBytes bounds the size of one input file. Default: 1 GiB.
	MaxFileBytes int64
	// MaxInputBytes bounds the total size of the files of one dataset, all
	// files together. Default: 1 GiB.
	MaxInputBytes int64
	// MaxRecords bounds the number of rows of one CSV file or entries of
	// one JSON array. Default: 10,000,000.
	MaxRecords int
	// MaxPairs bounds the number of co-membership pairs, Σ k(k-1)/2 over
	// bodies of k members, that building the partner graph would visit; it
	// keeps a body of a million members from exhausting memory.
	// Default: 200,000,000.
	MaxPairs int64
	// MaxProblems bounds how many problems an *Error collects; further ones
	// set Error.Truncated. Default: 1000. It bounds warnings alike.
	MaxProblems int
	// Strict turns warnings (see Network.Warnings) into problems: loading
	// fails if there is any.
	Strict bool
	// KnownTheme, when set, reports whether the theme of a working group
	// or action team is recognised; an unrecognised one gets a warning
	// (ErrUnknownTheme). lipgraph's scoring passes collab.KnownTheme.
	KnownTheme func(theme string) bool
	// EndedBefore, when not zero, warns about memberships that ended
	// before that date (ErrEndedMembership): they count as current unless
	// the caller judges a date with Network.AsOf.
	EndedBefore Date
}

// Defaults of Config.
const (
	DefaultMaxFileBytes  = 1 << 30
	DefaultMaxInputBytes = 1 << 30
	DefaultMaxRecords    = 10_000_000
	DefaultMaxPairs      = 200_000_000
	DefaultMaxProblems   = 1000
)

// withDefaults returns a copy of c with zero fields set to their defaults.
func (c *Config) withDefaults() Config {
	var d Config
	if c != nil {
		d = *c
	}
	if d.Taxonomy == nil {
		d.Taxonomy = DefaultTaxonomy()
	}
	if d.MaxFileBytes <= 0 {
		d.MaxFileBytes = DefaultMaxFileBytes
	}
	if d.MaxInputBytes <= 0 {
		d.MaxInputBytes = DefaultMaxInputBytes
	}
	if d.MaxRecords <= 0 {
		d.MaxRecords = DefaultMaxRecords
	}
	if d.MaxPairs <= 0 {
		d.MaxPairs = DefaultMaxPairs
	}
	if d.MaxProblems <= 0 {
		d.MaxProblems = DefaultMaxProblems
	}
	return d
}
