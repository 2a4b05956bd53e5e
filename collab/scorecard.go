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
	// MaxChanges is the largest number of recommendations to make. The
	// default, 0, makes none: a count means what it says, as lipgraph score
	// --max-changes does, and judging alone is the cheaper call (each
	// recommendation re-judges every candidate change). Ask for
	// DefaultMaxChanges to recommend as lipgraph score does by default. A
	// negative value is an error.
	MaxChanges int
	// AsOf is the date the partnership is judged on: an annual action plan
	// counts toward the development stage only when it is the plan of the
	// fiscal year (April to March) of that date or later. The zero Date
	// (the default) checks no currency: any recorded action plan counts.
	// Pass the same date to network.Network.AsOf to judge only the
	// memberships active then.
	AsOf network.Date
	// Dataset names the data for the scorecard's heading (a folder or file
	// name); "" leaves it out.
	Dataset string
}

// DefaultMaxChanges is the number of recommendations lipgraph score makes
// unless --max-changes says otherwise: the value of Options.MaxChanges that
// recommends as the command does.
const DefaultMaxChanges = 5

// Item is one criterion's line of a scorecard.
type Item struct {
	Criterion *Criterion
	Result
}

// Scorecard is the judgement of one partnership.
type Scorecard struct {
	Partnership string
	// Overall is the conservative score: Σ w·score / Σ w over the scored
	// criteria (every status but AsContext), an Unknown criterion counting
	// 0, rounded to one decimal; 0 when the scored weight is 0. Missing data
	// therefore never raises a score: a partnership without a profile
	// scores no higher than the same partnership answering "no". Rankings
	// use it.
	Overall float64
	// OverallMax is the score the partnership would reach if every Unknown
	// criterion passed: what a full answer could at most bring.
	OverallMax float64
	// Items follow the order of the criteria.
	Items []Item
	// Recommendations are the changes to apply, in order, up to
	// Options.MaxChanges (see Recommendation).
	Recommendations []Recommendation
	// Known is the weight of the criteria judged (Pass, Partial or Fail),
	// Total the weight of all scored criteria (Known plus Unknown; AsContext
	// lines carry no weight).
	Known, Total float64
	// AsOf is Options.AsOf: the date judged (zero: none given).
	AsOf network.Date
	// Dataset is Options.Dataset.
	Dataset string

	raw   float64 // Overall before rounding
	asked bool    // recommendations were asked for (Options.MaxChanges > 0)
}

// ErrNoPartnership is returned by Score when the named partnership is not in
// the data, or the data holds several partnerships and none is named.
var ErrNoPartnership = errors.New("collab: no such partnership")

// Score judges one partnership of n against the criteria of opts and
// recommends changes. With partnership "" the data must hold a single
// partnership (named or not); otherwise it names the partnership to score.
// It returns an error for invalid criteria or options, or an unknown
// partnership.
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
		m = &model{tax: n.Taxonomy(), cats: n.Taxonomy().Categories(), keys: n.Taxonomy().Keys(), src: n}
	}
	crit, limit, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	m.asOf = opts.asOf()
	sc := scoreModel(m, crit, limit)
	sc.Dataset = opts.dataset()
	return sc, nil
}

func (o *Options) dataset() string {
	if o == nil {
		return ""
	}
	return o.Dataset
}

func (o *Options) asOf() network.Date {
	if o == nil {
		return network.Date{}
	}
	return o.AsOf
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
	if opts.MaxChanges < 0 {
		return nil, 0, fmt.Errorf("collab: Options.MaxChanges %d: want 0 (no recommendations) or more", opts.MaxChanges)
	}
	return crit, opts.MaxChanges, nil
}

// scoreModel judges a model and recommends up to maxChanges changes (none
// asked for when maxChanges is 0).
func scoreModel(m *model, crit []Criterion, maxChanges int) *Scorecard {
	sc := judge(m, crit)
	sc.asked = maxChanges > 0
	sc.Recommendations = recommend(m, crit, sc, maxChanges)
	return sc
}

// judge evaluates every criterion on a model.
func judge(m *model, crit []Criterion) *Scorecard { return judgeCtx(newContext(m), crit) }

func judgeCtx(c *Context, crit []Criterion) *Scorecard {
	m := c.m
	sc := &Scorecard{Partnership: m.partnership, Items: make([]Item, len(crit)), AsOf: m.asOf}
	var t tally
	for i := range crit {
		r := crit[i].Judge(c)
		sc.Items[i] = Item{Criterion: &crit[i], Result: r}
		t.add(crit[i].Weight, r)
	}
	sc.raw, sc.Known, sc.Total = t.overall(), t.known, t.total
	sc.Overall = round1(sc.raw)
	if t.total > 0 {
		sc.OverallMax = round1((t.sum + 100*(t.total-t.known)) / t.total)
	}
	return sc
}

// tally sums weighted scores: total is the weight of every scored line,
// known of those judged, sum Σ w·score over them.
type tally struct{ sum, known, total float64 }

func (t *tally) add(w float64, r Result) {
	if r.Status == AsContext {
		return
	}
	t.total += w
	if r.Status != Unknown {
		t.known += w
		t.sum += w * r.Score
	}
}

// overall is the conservative overall score, unknown lines counting 0.
func (t *tally) overall() float64 {
	if t.total == 0 {
		return 0
	}
	return t.sum / t.total
}

// overall computes the unrounded overall score of a model: what
// recommendations compare.
func overall(m *model, crit []Criterion) float64 {
	c := newContext(m)
	c.quiet = true
	var t tally
	for i := range crit {
		if crit[i].Context || crit[i].Weight == 0 {
			continue // never counts: a context line, or no weight
		}
		t.add(crit[i].Weight, crit[i].Judge(c))
	}
	return t.overall()
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
