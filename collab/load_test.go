package collab

import (
	"strings"
	"testing"
)

func TestReadCriteriaErrors(t *testing.T) {
	for name, doc := range map[string]string{
		"unknown key":       `{"criterai": []}`,
		"unknown set":       `{"builtin": ["best"]}`,
		"unknown measure":   `{"criteria": [{"id": "x", "measure": "council.nothing", "pass": 1}]}`,
		"missing argument":  `{"criteria": [{"id": "x", "measure": "council.sector", "pass": 1}]}`,
		"needless argument": `{"criteria": [{"id": "x", "measure": "council.categories:x", "pass": 1}]}`,
		"no pass":           `{"criteria": [{"id": "x", "measure": "council.categories"}]}`,
		"partial above":     `{"criteria": [{"id": "x", "measure": "council.categories", "pass": 1, "partial": 2}]}`,
		"negative weight":   `{"criteria": [{"id": "bp.plan-endorsed", "weight": -1}]}`,
		"duplicate":         `{"criteria": [{"id": "bp.plan-endorsed", "measure": "council.categories", "pass": 1}]}`,
		"override dropped":  `{"builtin": [], "criteria": [{"id": "bp.plan-endorsed", "weight": 1}]}`,
		"empty id":          `{"criteria": [{"id": " ", "measure": "council.categories", "pass": 1}]}`,
		"trailing":          `{} {}`,
		"not json":          `criteria`,
	} {
		if _, err := ReadCriteria(strings.NewReader(doc)); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestReadCriteriaDefaults(t *testing.T) {
	crit, err := ReadCriteria(strings.NewReader(`{}`))
	if err != nil || len(crit) != len(Builtin()) {
		t.Fatalf("{}: %d criteria, %v; want every built-in", len(crit), err)
	}
	crit, err = ReadCriteria(strings.NewReader(`{"builtin": [], "criteria": [{"id": "x", "measure": "themes.has:language", "pass": 1}]}`))
	if err != nil || len(crit) != 1 || crit[0].Set != "custom" || crit[0].Weight != 1 || crit[0].Partial != 1 {
		t.Fatalf("%+v, %v", crit, err)
	}
	sc, err := Score(sample(t, "smallcentre"), "", &Options{Criteria: crit, MaxChanges: DefaultMaxChanges})
	if err != nil || sc.Items[0].Status != Pass || sc.Overall != 100 {
		t.Errorf("themes.has:language on the small centre: %+v, %v", sc.Items, err)
	}
}

// FuzzReadCriteria: no input makes the loader panic, and what it accepts
// scores without error.
func FuzzReadCriteria(f *testing.F) {
	f.Add(`{"builtin": ["voice"], "criteria": [{"id": "a", "measure": "council.iqv", "pass": 0.5, "partial": 0.2, "weight": 2}]}`)
	f.Add(`{"criteria": [{"id": "bp.plan-endorsed", "pass": 1e308}]}`)
	n := sample(f, "neighbourhood")
	f.Fuzz(func(t *testing.T, doc string) {
		crit, err := ReadCriteria(strings.NewReader(doc))
		if err != nil {
			return
		}
		if _, err := Score(n, "", &Options{Criteria: crit, MaxChanges: 1}); err != nil {
			t.Errorf("accepted criteria fail to score: %v", err)
		}
	})
}
