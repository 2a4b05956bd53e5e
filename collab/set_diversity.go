package collab

// The diversity-and-resilience set: LIPs promote social resilience by
// "involving diverse organizations: multiple sectors, different sizes,
// varied funding regimes" (Preston & Shields 2023), measured by the index of
// qualitative variation of sector categories (Blau 1977; Agresti & Agresti
// 1978) and by the variety of the size and funding attributes of partners
// (ResilienceAttrs). The breadth of mainstream sectors on the council is
// lipgraph's own measure, kept apart from the yes/no best practice.
//
// Thresholds: a council split evenly over three of the seven categories has
// IQV 0.778, over two 0.583; a council with two thirds in one category and
// the rest spread over four others about 0.6. Pass at 0.75 asks for a table
// at least as even as three equal blocs; partial at 0.5.
func diversity() []Criterion {
	const set = "diversity"
	const reading = "the thresholds are lipgraph's reading"
	return []Criterion{
		{
			ID: "dv.council-diversity", Set: set, Weight: 1.5,
			Title:       "The council's members are spread over the sector categories",
			Source:      "diverse organizations, Preston & Shields 2023; Blau 1977; Agresti & Agresti 1978",
			Description: MeasureDoc("council.iqv") + "; pass at 0.75, partial at 0.5",
			Measure:     "council.iqv", Pass: 0.75, Partial: 0.5, Note: reading,
		},
		{
			ID: "dv.working-group-diversity", Set: set, Weight: 1,
			Title:       "Each working group mixes sector categories",
			Source:      "diverse organizations, Preston & Shields 2023; cross-sector coordination as collective impact, IRCC presentation, 2018",
			Description: MeasureDoc("wg.diverse-share") + "; pass at 1 (all), partial at 0.5",
			Measure:     "wg.diverse-share", Pass: 1, Partial: 0.5, Note: reading,
		},
		{
			ID: "dv.mainstream-breadth", Set: set, Weight: 0.5,
			Title:       "Breadth of mainstream sectors on the council (a lipgraph measure)",
			Source:      "lipgraph's own measure of breadth, beside Qayyum et al. 2012's yes/no condition 2",
			Description: MeasureDoc("council.mainstream-sectors") + "; pass at 3 sectors, partial from 1",
			Measure:     "council.mainstream-sectors", Pass: 3, Partial: 1, Note: reading,
		},
		{
			ID: "dv.resilience", Set: set, Weight: 1,
			Title:       "Partners differ in size and funding regime",
			Source:      "social resilience through organizations of different sizes and varied funding regimes, Preston & Shields 2023",
			Description: MeasureDoc("partners.resilience") + "; pass at 1, partial at 0.5",
			Measure:     "partners.resilience", Pass: 1, Partial: 0.5,
		},
	}
}
