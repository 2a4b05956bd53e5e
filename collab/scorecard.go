package collab

import (
	"errors"
	"fmt"
	"slices"

	"github.com/lipgraph/lipgraph/network"
)

// SetNames returns the names of the built-in criteria sets, in scorecard
// order.
func SetNames() []string {
	return []string{"best-practice", "national", "structure", "governance", "themes", "voice", "diversity"}
}

// Builtin returns a fresh copy of every built-in criterion, in scorecard
// order: the sets of SetNames, each in its documented order.
func Builtin() []Criterion {
	var out []Criterion
	for _, f := range []func() []Criterion{bestPractice, national, structure, governance, themes, voice, diversity} {
		out = append(out, f()...)
	}
	return out
}

// Options controls Score and ScoreAll. The zero value, and a nil *Options,
// mean the defaults documented on each field.
type Options struct {
	// Criteria are the criteria to judge, in the order the scorecard lists
	// them. Default (nil): Builtin().
	Criteria []Criterion
	// MaxChanges bounds the number of recommendations. Default (0): 5;
	// negative: no recommendations.
	MaxChanges int
}

// DefaultMaxChanges is the default of Options.MaxChanges.
const DefaultMaxChanges = 5

// Item is one criterion's line of a scorecard.
type Item struct {
	Criterion *Criterion
	Result
}

// Scorecard is the judgement of one partnership.
type Scorecard struct {
	Partnership string
	// Overall is the weighted mean of the scores of the criteria whose
	// status is known: Σ w·score / Σ w over those criteria, rounded to one
	// decimal; 0 when none is known (or all weights are 0). Unknown
	// criteria are left out rather than counted as failures.
	Overall float64
	// Items follow the order of the criteria.
	Items []Item
	// Recommendations are the changes to apply, in order (see Recommend).
	Recommendations []Recommendation
	// Known is the total weight of the criteria with a known status, Total
	// the total weight of all.
	Known, Total float64

	raw float64 // Overall before rounding
}

// ErrNoPartnership is returned by Score when the named partnership is not in
// the data, or the data holds several partnerships and none is named.
var ErrNoPartnership = errors.New("collab: no such partnership")

// Score judges one partnership of n against the criteria of opts and
// recommends changes. With partnership "" the data must hold a single
// partnership (named or not); otherwise it names the partnership to score.
// It returns an error for invalid criteria or an unknown partnership.
func Score(n *network.Network, partnership string, opts *Options) (*Scorecard, error) {
	if n == nil {
		return nil, fmt.Errorf("%w: nil network", ErrNoPartnership)
	}
	ms := models(n)
	var m *model
	switch {
	case partnership == "" && len(ms) == 0: // an empty network: scored as an empty partnership
	case partnership == "" && len(ms) == 1:
		m = ms[0]
	case partnership == "" && len(ms) > 1:
		return nil, fmt.Errorf("%w: the data holds %d partnerships; name one", ErrNoPartnership, len(ms))
	default:
		i := slices.IndexFunc(ms, func(m *model) bool { return m.partnership == partnership })
		if i < 0 {
			return nil, fmt.Errorf("%w %q", ErrNoPartnership, partnership)
		}
		m = ms[i]
	}
	if m == nil { // an empty network
		m = &model{tax: n.Taxonomy(), cats: n.Taxonomy().Categories(), keys: n.Taxonomy().Keys()}
	}
	crit, limit, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	return scoreModel(m, crit, limit), nil
}

// resolve returns the criteria and the change bound, checking the criteria.
func (o *Options) resolve() ([]Criterion, int, error) {
	var opts Options
	if o != nil {
		opts = *o
	}
	crit := slices.Clone(opts.Criteria) // check resolves measures into the copies
	if opts.Criteria == nil {
		crit = Builtin()
	}
	seen := map[string]bool{}
	for i := range crit {
		if err := crit[i].check(); err != nil {
			return nil, 0, err
		}
		if seen[crit[i].ID] {
			return nil, 0, fmt.Errorf("collab: duplicate criterion id %q", crit[i].ID)
		}
		seen[crit[i].ID] = true
	}
	limit := opts.MaxChanges
	switch {
	case limit == 0:
		limit = DefaultMaxChanges
	case limit < 0:
		limit = 0
	}
	return crit, limit, nil
}

func scoreModel(m *model, crit []Criterion, maxChanges int) *Scorecard {
	sc := judge(m, crit)
	sc.Recommendations = recommend(m, crit, sc.raw, maxChanges)
	return sc
}

// judge evaluates every criterion on a model.
func judge(m *model, crit []Criterion) *Scorecard { return judgeCtx(newContext(m), crit) }

func judgeCtx(c *Context, crit []Criterion) *Scorecard {
	m := c.m
	sc := &Scorecard{Partnership: m.partnership, Items: make([]Item, len(crit))}
	sum := 0.0
	for i := range crit {
		r := crit[i].Judge(c)
		sc.Items[i] = Item{Criterion: &crit[i], Result: r}
		sc.Total += crit[i].Weight
		if r.Status != Unknown {
			sc.Known += crit[i].Weight
			sum += crit[i].Weight * r.Score
		}
	}
	if sc.Known > 0 {
		sc.raw = sum / sc.Known
		sc.Overall = round1(sc.raw)
	}
	return sc
}

// overall computes the unrounded overall score of a model: what
// recommendations compare.
func overall(m *model, crit []Criterion) float64 {
	c := newContext(m)
	c.quiet = true
	sum, known := 0.0, 0.0
	for i := range crit {
		if r := crit[i].Judge(c); r.Status != Unknown {
			known += crit[i].Weight
			sum += crit[i].Weight * r.Score
		}
	}
	if known == 0 {
		return 0
	}
	return sum / known
}

// Item returns the scorecard line of a criterion by ID.
func (s *Scorecard) Item(id string) (Item, bool) {
	for _, it := range s.Items {
		if it.Criterion.ID == id {
			return it, true
		}
	}
	return Item{}, false
}
