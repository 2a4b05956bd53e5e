// Package csvsafe guards CSV cells against formula injection when a CSV
// export is opened in a spreadsheet.
//
// Spreadsheets (Excel, LibreOffice Calc, Google Sheets) read a cell that
// starts with =, +, - or @ as a formula, and some also one starting with a
// tab or carriage return; a partner name such as =HYPERLINK("http://…") or
// =cmd|' /C calc'!A0 then runs when the export is opened. Cell prefixes such
// a cell with a single quote, the spreadsheets' own mark for "text", as the
// OWASP "CSV Injection" guidance recommends. A cell that is a plain decimal
// number (-0.5, +3, -1e-05) is left alone: it is read as a number, never as
// a formula, and must stay one.
package csvsafe

// Cell returns s, prefixed with a single quote when a spreadsheet would read
// it as a formula.
func Cell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		if !IsNumber(s) {
			return "'" + s
		}
	}
	return s
}

// Record applies Cell to every cell of rec, in place, and returns rec.
func Record(rec []string) []string {
	for i, c := range rec {
		rec[i] = Cell(c)
	}
	return rec
}

// IsNumber reports whether s is a plain decimal number: an optional sign,
// digits with an optional fraction, and an optional exponent (as
// strconv.FormatFloat writes with 'g' or 'f'; not Inf or NaN).
func IsNumber(s string) bool {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	if digits == 0 {
		return false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		exp := 0
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			exp++
		}
		if exp == 0 {
			return false
		}
	}
	return i == len(s)
}
