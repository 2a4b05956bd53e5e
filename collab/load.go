package collab

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
)

// criteriaFile is the criteria JSON file format (the README's "Scoring a partnership").
type criteriaFile struct {
	// Builtin selects the built-in sets kept: omitted means all, [] none.
	Builtin  *[]string      `json:"builtin"`
	Criteria []criterionDoc `json:"criteria"`
}

// criterionDoc is one entry: a new criterion (with a measure) or an
// override of a built-in one's weight or thresholds (its id, no measure).
type criterionDoc struct {
	ID        string   `json:"id"`
	Set       string   `json:"set"`
	Title     string   `json:"title"`
	Source    string   `json:"source"`
	Measures  string   `json:"measures"`
	Measure   string   `json:"measure"`
	Pass      *float64 `json:"pass"`
	Partial   *float64 `json:"partial"`
	Weight    *float64 `json:"weight"`
	Benchmark string   `json:"benchmark"`
}

// maxCriteriaBytes bounds a criteria file.
const maxCriteriaBytes = 1 << 20

// ReadCriteria reads a criteria JSON file (format in the README's "Scoring a partnership") and
// returns the criteria it describes: the built-in sets it keeps, with its
// overrides applied, followed by its own criteria in file order. Unknown
// keys, unknown sets or measures, duplicate ids, Partial above Pass and
// negative weights are errors; nothing is returned half-read.
func ReadCriteria(r io.Reader) ([]Criterion, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxCriteriaBytes+1))
	if err != nil {
		return nil, fmt.Errorf("collab: criteria: %w", err)
	}
	if len(data) > maxCriteriaBytes {
		return nil, fmt.Errorf("collab: criteria: file larger than %d bytes", maxCriteriaBytes)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var f criteriaFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("collab: criteria: %w", err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("collab: criteria: trailing data after the JSON object (at byte %d)", dec.InputOffset())
	}
	var out []Criterion
	keep := SetNames()
	if f.Builtin != nil {
		keep = *f.Builtin
		for _, s := range keep {
			if !slices.Contains(SetNames(), s) {
				return nil, fmt.Errorf("collab: criteria: unknown built-in set %q (known: %v)", s, SetNames())
			}
		}
	}
	for _, cr := range Builtin() {
		if slices.Contains(keep, cr.Set) {
			out = append(out, cr)
		}
	}
	for i, d := range f.Criteria {
		at := slices.IndexFunc(out, func(c Criterion) bool { return c.ID == d.ID })
		if d.Measure == "" {
			// An override of a criterion kept above.
			if at < 0 {
				return nil, fmt.Errorf("collab: criteria: entry %d (%q): no measure, and no built-in criterion kept with that id", i+1, d.ID)
			}
			cr := &out[at]
			if d.Pass != nil {
				cr.Pass = *d.Pass
			}
			if d.Partial != nil {
				cr.Partial = *d.Partial
			}
			if d.Weight != nil {
				cr.Weight = *d.Weight
			}
			for _, s := range []struct {
				dst *string
				v   string
			}{{&cr.Title, d.Title}, {&cr.Source, d.Source}, {&cr.Description, d.Measures}, {&cr.Benchmark, d.Benchmark}, {&cr.Set, d.Set}} {
				if s.v != "" {
					*s.dst = s.v
				}
			}
			if err := cr.check(); err != nil {
				return nil, fmt.Errorf("collab: criteria: entry %d: %w", i+1, err)
			}
			if err := cr.checkArgument(); err != nil {
				return nil, fmt.Errorf("collab: criteria: entry %d: %w", i+1, err)
			}
			continue
		}
		if at >= 0 {
			return nil, fmt.Errorf("collab: criteria: entry %d: duplicate id %q", i+1, d.ID)
		}
		if d.Pass == nil {
			return nil, fmt.Errorf("collab: criteria: entry %d (%q): a criterion with a measure needs \"pass\"", i+1, d.ID)
		}
		cr := Criterion{ID: d.ID, Set: d.Set, Title: d.Title, Source: d.Source, Description: d.Measures, Measure: d.Measure,
			Pass: *d.Pass, Partial: *d.Pass, Weight: 1, Benchmark: d.Benchmark}
		if d.Partial != nil {
			cr.Partial = *d.Partial
		}
		if d.Weight != nil {
			cr.Weight = *d.Weight
		}
		if cr.Set == "" {
			cr.Set = "custom"
		}
		if cr.Title == "" {
			cr.Title = d.ID
		}
		if cr.Description == "" {
			cr.Description = MeasureDoc(d.Measure)
		}
		if err := cr.check(); err != nil {
			return nil, fmt.Errorf("collab: criteria: entry %d: %w", i+1, err)
		}
		if err := cr.checkArgument(); err != nil {
			return nil, fmt.Errorf("collab: criteria: entry %d: %w", i+1, err)
		}
		out = append(out, cr)
	}
	if out == nil {
		out = []Criterion{}
	}
	return out, nil
}

// LoadCriteria reads a criteria JSON file by name (see ReadCriteria).
func LoadCriteria(path string) ([]Criterion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("collab: criteria: %w", err)
	}
	defer f.Close()
	return ReadCriteria(f)
}
