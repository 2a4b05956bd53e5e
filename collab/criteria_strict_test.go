package collab

import (
	"strings"
	"testing"
)

// TestReadCriteriaRefuses: criteria files that used to load and then print
// "overall NaN / 100" (weights whose sum overflows), or that quietly judged
// nothing (an unknown sector), or carried trailing data, are errors.
func TestReadCriteriaRefuses(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{`{"criteria": [{"id": "x", "measure": "council.sectors", "pass": 1, "weight": 1e308}, {"id": "y", "measure": "council.sectors", "pass": 1, "weight": 1e308}]}`,
			`collab: criteria: entry 1: collab: criterion "x": weight 1e+308: want a number from 0 to 1e+06`},
		{`{"criteria": [{"id": "x", "measure": "council.sectors", "pass": -1}]}`,
			`collab: criteria: entry 1: collab: criterion "x": thresholds pass -1, partial -1: want numbers ≥ 0`},
		{`{"criteria": [{"id": "x", "measure": "council.sectors", "pass": 2, "partial": -1}]}`,
			`thresholds pass 2, partial -1: want numbers ≥ 0`},
		{`{"criteria": [{"id": "x", "measure": "council.sector:plumbing", "pass": 1}]}`,
			`collab: criteria: entry 1: collab: criterion "x": measure "council.sector:plumbing": unknown sector "plumbing" (known: community,`},
		{`{"criteria": [{"id": "x", "measure": "partnership.category:plumbing", "pass": 1}]}`,
			`unknown category "plumbing" (known: settlement,`},
		{`{"builtin": []}]`, `collab: criteria: trailing data after the JSON object (at byte 15)`},
		{`{"builtin": []} {"builtin": []}`, `trailing data after the JSON object`},
	} {
		_, err := ReadCriteria(strings.NewReader(tc.doc))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadCriteria(%s) = %v\nwant an error containing %s", tc.doc, err, tc.want)
		}
	}
	if _, err := ReadCriteria(strings.NewReader(`{"criteria": [{"id": "x", "measure": "council.sector:health", "pass": 1, "weight": 1e6}]}` + "\n")); err != nil {
		t.Errorf("a known sector and the largest weight: %v", err)
	}
}
