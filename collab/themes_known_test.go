package collab

import "testing"

// TestKnownTheme: the common themes of the national survey, aliases,
// Welcoming Communities and cross-cutting themes are recognised; a
// misspelling is not.
func TestKnownTheme(t *testing.T) {
	for theme, want := range map[string]bool{
		"employment": true, "Language": true, "mental health": true, "housing": true, "Youth": true, "francophone": true,
		"helth": false, "knitting": false, "": false,
	} {
		if got := KnownTheme(theme); got != want {
			t.Errorf("KnownTheme(%q) = %v, want %v", theme, got, want)
		}
	}
}
