package collab

// The diversity-and-resilience set: resilient partnerships have diverse
// organizations (seed 000; DOMAIN.md "Best-practice criteria"), measured by
// the index of qualitative variation of sector categories (Blau 1977;
// Agresti & Agresti 1978), as metrics.IQV computes it.
//
// Thresholds: a council split evenly over three of the seven categories has
// IQV 0.778, over two 0.583; a council with two thirds in one category and
// the rest spread over four others about 0.6. Pass at 0.75 asks for a table
// at least as even as three equal blocs; partial at 0.5.
func diversity() []Criterion {
	const set = "diversity"
	return []Criterion{
		{
			ID: "dv.council-diversity", Set: set, Weight: 1.5,
			Title:    "The council's members are spread over the sector categories",
			Source:   "resilience through diverse organizations, seed 000 (DOMAIN.md, Best-practice criteria); Blau 1977; Agresti & Agresti 1978",
			Measures: MeasureDoc("council.iqv") + "; pass at 0.75, partial at 0.5",
			Measure:  "council.iqv", Pass: 0.75, Partial: 0.5,
		},
		{
			ID: "dv.working-group-diversity", Set: set, Weight: 1,
			Title:    "Each working group mixes sector categories",
			Source:   "resilience through diverse organizations, seed 000; cross-sector coordination as collective impact, seed 002 (DOMAIN.md)",
			Measures: MeasureDoc("wg.diverse-share") + "; pass at 1 (all), partial at 0.5",
			Measure:  "wg.diverse-share", Pass: 1, Partial: 0.5,
		},
	}
}
