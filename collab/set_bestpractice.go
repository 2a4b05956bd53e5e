package collab

// The best-practice set: the four criteria under which LIPs were more
// likely to produce positive outputs (Qayyum et al. 2012, in seed 002;
// DOMAIN.md "Best-practice criteria").
func bestPractice() []Criterion {
	const set, src = "best-practice", "Qayyum et al. 2012, in seed 002 (DOMAIN.md, Best-practice criteria)"
	return []Criterion{
		{
			ID: "bp.stakeholder-variety", Set: set, Weight: 3,
			Title:    "The council includes the variety of community stakeholders with a role in settlement",
			Source:   src + " criterion 1",
			Measures: "sector categories among the council's seated members (of the taxonomy's 7: settlement, government, mainstream, economic, knowledge, civil-society, media)",
			Measure:  "council.categories", Pass: 6, Partial: 4,
		},
		{
			ID: "bp.mainstream-on-council", Set: set, Weight: 3,
			Title:    "Mainstream organizations are represented on the council",
			Source:   src + " criterion 2; mainstream = the mainstream category of DATA-FORMAT.md",
			Measures: "distinct mainstream sectors (education, health, library, police, housing, legal, social-services) seated on the council",
			Measure:  "council.mainstream-sectors", Pass: 3, Partial: 1,
		},
		{
			ID: "bp.city-in-most-working-groups", Set: set, Weight: 3,
			Title:    "The city actively participates in the majority of working groups",
			Source:   src + " criterion 3; municipal engagement, Burstein et al. 2012, in seed 002",
			Measures: "working groups with a municipal partner as a full member (not observer), against a strict majority ⌊W/2⌋+1",
			Measure:  "wg.municipal-majority", Pass: 1, Partial: 1,
		},
		{
			ID: "bp.plan-endorsed", Set: set, Weight: 3,
			Title:    "The LIP plan is presented to city council and endorsed",
			Source:   src + " criterion 4",
			Measures: "presented_to_council and endorsed_by_council of profile.csv",
			Measure:  "plan.endorsement", Pass: 1, Partial: 1,
		},
	}
}
