package collab

// NationalCutoff is the share of LIPs above which an item of the national
// composition counts as expected of every LIP: an item held by more than
// half of LIPs (IRCC data, October 2016) is scored, and lacking it is a
// gap; an item held by half of LIPs or fewer (federal partners, about half;
// media partners, about a quarter) is the norm when absent, so it is
// reported for context and never lowers the score.
const NationalCutoff = 0.5

// The national-composition set: each composition or status item of the
// IRCC data collected in October 2016 (IRCC presentation, 2018, "What's out
// there, nationally?"), with the share of LIPs nationally that have it.
// "Include" means a partner of the kind holds a membership in some body
// (council, working group, …), observers included. The item "report
// services better coordinated" (86%) has no counterpart in the data and is
// not scored.
func national() []Criterion {
	const set, src = "national", "IRCC national LIP survey, October 2016"
	item := func(id, title, measure string, weight, share float64, bench string) Criterion {
		return Criterion{ID: "nat." + id, Set: set, Title: title, Source: src, Weight: weight,
			Description: MeasureDoc(measure), Measure: measure, Pass: 1, Partial: 1,
			Benchmark: bench + " (IRCC national LIP survey, 2016)", Context: share <= NationalCutoff}
	}
	core := item("core-partners", "Settlement providers, mainstream providers and municipal or regional government take part",
		"partnership.core", 1, 1, "all LIPs include all three")
	core.Pass, core.Partial = 3, 2
	return []Criterion{
		item("council", "The partnership has a governance structure (a council)", "council.exists", 1, 0.92, "92% of LIPs have one"),
		core,
		item("provincial", "Provincial government partners take part", "partnership.sector:provincial", 0.5, 2.0/3, "about two-thirds of LIPs include them"),
		item("federal", "Federal government partners take part", "partnership.sector:federal", 0.5, 0.5, "about half of LIPs include them"),
		item("employers", "Employers or employment bodies take part", "partnership.sector:employment", 1, 0.85, "over 85% of LIPs include them"),
		item("research-umbrella", "Research, academic or umbrella organizations take part", "partnership.category:knowledge", 1, 0.85, "over 85% of LIPs include them"),
		item("media", "Media partners take part", "partnership.sector:media", 0.25, 0.25, "about a quarter of LIPs include them"),
		item("strategic-plan", "The partnership has completed a strategic plan", "plan.strategic-plan", 1, 0.79, "79% of LIPs have completed one"),
		item("implementation", "Implementation of the plan is complete or in progress", "plan.implementation", 0.5, 0.83, "83% of LIPs had completed implementation (30%) or had it in progress (53%)"),
	}
}
