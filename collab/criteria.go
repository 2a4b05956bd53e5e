package collab

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/network"
)

// Status is the verdict on one criterion. The zero value is Unknown.
type Status uint8

// The verdicts, in the order of the JSON contract.
const (
	Unknown Status = iota // the data to judge it is absent
	Fail
	Partial
	Pass
	// AsContext marks a line reported for context and left out of the
	// score: a criterion marked Context (a national item that half of LIPs
	// or fewer have, a structure the sources call optional) or one that
	// does not apply to the partnership (working-group diversity without
	// working groups).
	AsContext
)

var statusNames = [...]string{"unknown", "fail", "partial", "pass", "context"}

// String returns "unknown", "fail", "partial", "pass" or "context".
func (s Status) String() string {
	if int(s) < len(statusNames) {
		return statusNames[s]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler with String's names.
func (s Status) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Result is the judgement of one criterion on one partnership.
type Result struct {
	Status Status
	// Score is 0-100: 100 for Pass, 50-99 for Partial, 0-49 for Fail (see
	// Criterion), 0 for Unknown.
	Score float64
	// Have and Missing are the evidence: the partners, bodies, sectors or
	// themes that satisfy the criterion and those that are absent.
	Have, Missing []string
	// Explanation is one sentence saying why.
	Explanation string
}

// Criterion is one best-practice or benchmark check. A criterion is either
// a threshold on a built-in measure (Measure, Pass, Partial: what criteria
// JSON files describe) or, when Evaluate is set, any Go function.
//
// For a threshold criterion with measured value v (higher is better):
//
//	Pass    if v ≥ Pass (within 1e-9);   score 100
//	Partial if Partial ≤ v < Pass;       score 50 + 49·(v − Partial)/(Pass − Partial)
//	Fail    if v < Partial;              score 49·max(v, 0)/Partial (0 when Partial ≤ 0)
//	Unknown if the measure is not known; score 0, and the criterion is left
//	        out of the overall score.
//
// Partial == Pass means the criterion has no partial band. Scores are
// rounded to one decimal.
type Criterion struct {
	ID          string  // stable, e.g. "bp.mainstream-on-council"
	Set         string  // the set it belongs to, e.g. "best-practice"
	Title       string  // a short statement of what good looks like
	Source      string  // where the criterion comes from (paper, seed document)
	Description string  // what it measures, in words (JSON key "measures")
	Weight      float64 // its weight in the overall score (≥ 0)

	Measure string  // a built-in measure name (see MeasureNames)
	Pass    float64 // threshold for Pass
	Partial float64 // threshold for Partial (≤ Pass)
	// Benchmark, if not empty, is appended to the explanation, e.g. "over
	// 85% of LIPs do (IRCC 2016, in Lecours 2018)".
	Benchmark string
	// Note, if not empty, is appended to the explanation after the
	// benchmark: how lipgraph reads the source where the source gives no
	// number (e.g. "partial credit is lipgraph's reading; the source's test
	// is yes or no").
	Note string
	// Context marks a criterion reported for context only: it is judged
	// and explained, its status is AsContext and it never counts in the
	// overall score (its Weight is ignored).
	Context bool

	// Evaluate, when not nil, replaces the threshold rule: it judges the
	// context and returns the result (its Score is clamped to 0-100).
	Evaluate func(*Context) Result

	// The measure, resolved once by Options (resolved is the name it was
	// resolved from, so a changed Measure is looked up again).
	f        measureFunc
	arg      string
	resolved string
}

// Judge evaluates the criterion on a context.
func (cr *Criterion) Judge(c *Context) Result {
	if cr.Evaluate != nil {
		r := cr.Evaluate(c)
		if math.IsNaN(r.Score) {
			r.Score = 0
		}
		r.Score = round1(min(max(r.Score, 0), 100))
		if r.Status > AsContext {
			r.Status = Unknown
		}
		if cr.Context && r.Status != Unknown {
			r.Status, r.Score = AsContext, 0
		}
		return r
	}
	f, arg := cr.f, cr.arg
	if f == nil || cr.resolved != cr.Measure {
		var err error
		if f, arg, err = lookupMeasure(cr.Measure); err != nil {
			return Result{Status: Unknown, Explanation: err.Error() + "."}
		}
	}
	return cr.threshold(f(c, arg), c.quiet)
}

// threshold applies the threshold rule to an observation.
func (cr *Criterion) threshold(o Observation, quiet bool) Result {
	r := Result{Have: o.Have, Missing: o.Missing}
	v := o.Value
	switch {
	case o.NotApplicable:
		r.Status = AsContext
	case !o.Known || math.IsNaN(v):
		r.Status = Unknown
	case v >= cr.Pass-eps:
		r.Status, r.Score = Pass, 100
	case v >= cr.Partial-eps:
		r.Status, r.Score = Partial, 50
		if cr.Pass > cr.Partial {
			r.Score = 50 + 49*(v-cr.Partial)/(cr.Pass-cr.Partial)
		}
	default:
		r.Status = Fail
		if cr.Partial > 0 {
			r.Score = 49 * max(v, 0) / cr.Partial
		}
	}
	if cr.Context && r.Status != Unknown {
		r.Status, r.Score = AsContext, 0
	}
	r.Score = round1(min(max(r.Score, 0), 100))
	if !quiet {
		note := cr.Note
		if r.Status != Partial && (r.Status != Fail || r.Score == 0) {
			note = "" // the grading note matters where lipgraph's grading decided the verdict
		}
		r.Explanation = explain(r.Status, o, cr.Benchmark, note)
	}
	return r
}

// eps is the tolerance of threshold comparisons: a value within 1e-9 below
// a threshold counts as reaching it (an IQV of exactly 0.75 computed in
// floating point may come out as 0.7499999999999999).
const eps = 1e-9

var verdicts = [...]string{"Unknown", "Not met", "Partly met", "Met", "Context"}

// explain makes the one-sentence explanation: verdict, what was measured,
// the benchmark, lipgraph's note, and last the next step.
func explain(s Status, o Observation, benchmark, note string) string {
	var b strings.Builder
	if o.NotApplicable {
		b.WriteString("Does not apply")
	} else {
		b.WriteString(verdicts[s])
	}
	if o.Text != "" {
		b.WriteString(": ")
		b.WriteString(o.Text)
	}
	if benchmark != "" {
		b.WriteString("; ")
		b.WriteString(benchmark)
	}
	if note != "" {
		b.WriteString("; ")
		b.WriteString(note)
	}
	if o.Next != "" && s != AsContext && s != Pass {
		b.WriteString("; ")
		b.WriteString(o.Next)
	}
	b.WriteString(".")
	return b.String()
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }

// MaxWeight is the largest weight of a criterion: weighted sums of a
// thousand criteria stay far from overflowing.
const MaxWeight = 1e6

// checkArgument reports a sector or category argument of a measure
// ("council.sector:health") that the built-in taxonomy does not know.
func (cr *Criterion) checkArgument() error {
	base, arg, ok := strings.Cut(cr.Measure, ":")
	if !ok {
		return nil
	}
	tax := network.DefaultTaxonomy()
	switch {
	case strings.HasSuffix(base, ".sector"):
		if _, known := tax.Lookup(arg); !known {
			return fmt.Errorf("collab: criterion %q: measure %q: unknown sector %q (known: %s)", cr.ID, cr.Measure, arg, strings.Join(tax.Keys(), ", "))
		}
	case strings.HasSuffix(base, ".category"):
		if !slices.Contains(tax.Categories(), arg) {
			return fmt.Errorf("collab: criterion %q: measure %q: unknown category %q (known: %s)", cr.ID, cr.Measure, arg, strings.Join(tax.Categories(), ", "))
		}
	}
	return nil
}

// check reports what is wrong with a criterion's definition: empty ID,
// negative or non-finite weight or thresholds, Partial above Pass, unknown
// measure.
func (cr *Criterion) check() error {
	switch {
	case strings.TrimSpace(cr.ID) == "":
		return fmt.Errorf("collab: criterion with an empty id")
	case math.IsNaN(cr.Weight) || cr.Weight < 0 || cr.Weight > MaxWeight:
		// bounded so that sums of weighted scores stay finite
		return fmt.Errorf("collab: criterion %q: weight %v: want a number from 0 to %g", cr.ID, cr.Weight, float64(MaxWeight))
	case cr.Evaluate != nil:
		return nil
	case math.IsNaN(cr.Pass) || math.IsInf(cr.Pass, 0) || math.IsNaN(cr.Partial) || math.IsInf(cr.Partial, 0):
		return fmt.Errorf("collab: criterion %q: thresholds must be finite numbers", cr.ID)
	case cr.Pass < 0 || cr.Partial < 0:
		return fmt.Errorf("collab: criterion %q: thresholds pass %v, partial %v: want numbers ≥ 0 (every measure counts or shares)", cr.ID, cr.Pass, cr.Partial)
	case cr.Partial > cr.Pass:
		return fmt.Errorf("collab: criterion %q: partial %v above pass %v", cr.ID, cr.Partial, cr.Pass)
	}
	f, arg, err := lookupMeasure(cr.Measure)
	if err != nil {
		return fmt.Errorf("collab: criterion %q: %w", cr.ID, err)
	}
	cr.f, cr.arg, cr.resolved = f, arg, cr.Measure
	return nil
}
