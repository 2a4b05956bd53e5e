package collab

// The theme-coverage set, reported for context: the common working-group
// themes are examples ("Common themes include …", IRCC presentation, 2018)
// and the Welcoming Communities domains a research frame (Esses 2010), so
// neither lowers the score.
func themes() []Criterion {
	const set = "themes"
	return []Criterion{
		{
			ID: "th.common-themes", Set: set, Context: true,
			Title:       "Common working-group themes with a body (context: examples, not requirements)",
			Source:      "IRCC presentation, 2018: common themes include employment, language training, social inclusion, settlement, health or youth",
			Description: MeasureDoc("themes.common"),
			Measure:     "themes.common", Pass: 6, Partial: 6,
		},
		{
			ID: "th.welcoming-domains", Set: set, Context: true,
			Title:       "Welcoming Communities domains served by a body (context)",
			Source:      "Welcoming Communities Initiative domains, Esses 2010",
			Description: MeasureDoc("themes.welcoming-domains"),
			Measure:     "themes.welcoming-domains", Pass: 7, Partial: 7,
		},
	}
}
