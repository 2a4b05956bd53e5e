package collab

// The national-composition set: each composition or status item of the IRCC
// data of October 2016 (in seed 002; DOMAIN.md "National benchmarks"),
// reported with the share of LIPs nationally that have it. "Include" means
// a partner of the kind holds a membership in some body (council, working
// group, …), observers included. The item "report services better
// coordinated" (86%) has no counterpart in the data and is not scored.
func national() []Criterion {
	const set, src = "national", "IRCC data, October 2016, in seed 002 (DOMAIN.md, National benchmarks)"
	item := func(id, title, measure string, weight float64, bench string) Criterion {
		return Criterion{ID: "nat." + id, Set: set, Title: title, Source: src, Weight: weight,
			Measures: MeasureDoc(measure), Measure: measure, Pass: 1, Partial: 1,
			Benchmark: bench + " (IRCC 2016, in seed 002)"}
	}
	core := item("core-partners", "Settlement providers, mainstream providers and municipal or regional government take part",
		"partnership.core", 1, "100% of LIPs include all three")
	core.Pass, core.Partial = 3, 2
	impl := item("implementation", "Implementation of the plan is complete or in progress",
		"plan.implementation", 0.5, "30% of LIPs had completed implementation and 53% had it in progress")
	impl.Partial = 0.5
	return []Criterion{
		item("council", "The partnership has a governance structure (a council)", "council.exists", 1, "92% of LIPs have one"),
		core,
		item("provincial", "Provincial government partners take part", "partnership.sector:provincial", 0.5, "about two-thirds of LIPs include them"),
		item("federal", "Federal government partners take part", "partnership.sector:federal", 0.5, "about half of LIPs include them"),
		item("employers", "Employers or employment bodies take part", "partnership.sector:employment", 1, "over 85% of LIPs include them"),
		item("research-umbrella", "Research, academic or umbrella organizations take part", "partnership.category:knowledge", 1, "over 85% of LIPs include them"),
		item("media", "Media partners take part", "partnership.sector:media", 0.25, "about a quarter of LIPs include them"),
		item("strategic-plan", "The partnership has completed a strategic plan", "plan.strategic-plan", 1, "79% of LIPs have completed one"),
		impl,
	}
}
