package collab

// The theme-coverage set: the common working-group themes (seed 002) and
// the Welcoming Communities domains (seed 004; DOMAIN.md "Themes and
// domains"), and which have no body.
func themes() []Criterion {
	const set = "themes"
	return []Criterion{
		{
			ID: "th.common-themes", Set: set, Weight: 1,
			Title:    "Working groups cover the common themes",
			Source:   "seed 002 (DOMAIN.md, Structure: employment, language training, social inclusion, settlement, health, youth)",
			Measures: MeasureDoc("themes.common") + "; pass at 4, partial at 2",
			Measure:  "themes.common", Pass: 4, Partial: 2,
		},
		{
			ID: "th.welcoming-domains", Set: set, Weight: 1,
			Title:    "Bodies serve the Welcoming Communities domains",
			Source:   "seed 004 (DOMAIN.md, Themes and domains)",
			Measures: MeasureDoc("themes.welcoming-domains") + "; pass at 5, partial at 3",
			Measure:  "themes.welcoming-domains", Pass: 5, Partial: 3,
		},
	}
}
