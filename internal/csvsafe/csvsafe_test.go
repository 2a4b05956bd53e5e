package csvsafe

import "testing"

func TestCell(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// formulas and formula-like text: quoted
		{`=HYPERLINK("http://evil.example","click")`, `'=HYPERLINK("http://evil.example","click")`},
		{`=cmd|' /C calc'!A0`, `'=cmd|' /C calc'!A0`},
		{"+SUM(A1:A9)", "'+SUM(A1:A9)"},
		{"-2+3", "'-2+3"},
		{"@SUM(1)", "'@SUM(1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"-", "'-"},
		{"-Inf", "'-Inf"},
		{"+1 555 0100", "'+1 555 0100"},
		// numbers stay numbers
		{"-0.5", "-0.5"},
		{"+3", "+3"},
		{"-1e-05", "-1e-05"},
		{"-2.5E+10", "-2.5E+10"},
		{"-.5", "-.5"},
		// ordinary text, and = inside a cell, untouched
		{"Riverside Settlement Services", "Riverside Settlement Services"},
		{"a=b", "a=b"},
		{"", ""},
		{"0.25", "0.25"},
	} {
		if got := Cell(c.in); got != c.want {
			t.Errorf("Cell(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsNumber(t *testing.T) {
	for s, want := range map[string]bool{
		"1": true, "-1": true, "1.": true, ".5": true, "1e5": true, "1e+5": true,
		"": false, "-": false, ".": false, "e5": false, "1e": false, "1e+": false, "1.2.3": false, "0x10": false, "NaN": false,
	} {
		if IsNumber(s) != want {
			t.Errorf("IsNumber(%q) = %v", s, !want)
		}
	}
}
