package metrics

import (
	"math"
	"testing"
)

// Hand-computed values:
//
//	{a,a,b,c}: p = 1/2, 1/4, 1/4.
//	  Blau = 1 − (1/4 + 1/16 + 1/16) = 5/8.
//	  IQV with K = 3: (5/8)/(2/3) = 15/16; with K = 4: (5/8)/(3/4) = 5/6.
//	  Entropy = −(1/2 ln 1/2 + 2·1/4 ln 1/4) = 1/2 ln 2 + 1/2 ln 4 = 1.5 ln 2.
//	{x,x,x}: Blau 0, Entropy 0, IQV(K=2) 0.
//	{a,b}: Blau 1/2, IQV(K=2) = 1, Entropy ln 2.
func TestDiversityHand(t *testing.T) {
	abc := []string{"a", "c", "b", "a"}
	cases := []struct {
		name      string
		got, want float64
	}{
		{"Blau abc", Blau(abc), 5.0 / 8},
		{"IQV abc K3", IQV(abc, 3), 15.0 / 16},
		{"IQV abc K4", IQV(abc, 4), 5.0 / 6},
		{"Entropy abc", Entropy(abc), 1.5 * math.Ln2},
		{"Blau xxx", Blau([]string{"x", "x", "x"}), 0},
		{"Entropy xxx", Entropy([]string{"x", "x", "x"}), 0},
		{"IQV xxx", IQV([]string{"x", "x", "x"}, 2), 0},
		{"Blau ab", Blau([]string{"a", "b"}), 0.5},
		{"IQV ab", IQV([]string{"a", "b"}, 2), 1},
		{"Entropy ab", Entropy([]string{"a", "b"}), math.Ln2},
	}
	for _, c := range cases {
		if math.Abs(c.got-c.want) > 1e-12 {
			t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
		}
	}
}

func TestDiversityUndefined(t *testing.T) {
	for name, v := range map[string]float64{
		"Blau empty":    Blau(nil),
		"Entropy empty": Entropy(nil),
		"IQV empty":     IQV(nil, 3),
		"IQV K=1":       IQV([]string{"a"}, 1),
		"IQV K too few": IQV([]string{"a", "b", "c"}, 2),
	} {
		if !math.IsNaN(v) {
			t.Errorf("%s = %v, want NaN", name, v)
		}
	}
}

func TestLabelsOf(t *testing.T) {
	got := LabelsOf([]string{"a", "b", "c"}, []int{2, 0, 7, -1})
	if len(got) != 2 || got[0] != "c" || got[1] != "a" {
		t.Errorf("LabelsOf = %v, want [c a]", got)
	}
}
