package collab

// The multi-level governance set: federal, provincial and municipal
// governments co-operate in LIPs (seeds 003 and 004; DOMAIN.md "What a LIP
// is"), and municipal engagement brings credibility, access to mainstream
// institutions and planning capacity (Burstein et al. 2012, in seed 002).
func governance() []Criterion {
	const set = "governance"
	return []Criterion{
		{
			ID: "gov.levels", Set: set, Weight: 1,
			Title:    "Municipal, provincial and federal governments all take part",
			Source:   "multi-level governance, seeds 003 and 004 (DOMAIN.md, What a LIP is)",
			Measures: MeasureDoc("gov.levels") + "; pass at 3, partial at 2",
			Measure:  "gov.levels", Pass: 3, Partial: 2,
		},
		{
			ID: "gov.municipal-on-council", Set: set, Weight: 1,
			Title:    "The municipality has a full seat on the council",
			Source:   "Burstein et al. 2012, in seed 002 (DOMAIN.md, Best-practice criteria: municipal engagement matters)",
			Measures: MeasureDoc("gov.municipal-on-council") + "; observer only is partial",
			Measure:  "gov.municipal-on-council", Pass: 1, Partial: 0.5,
		},
	}
}
