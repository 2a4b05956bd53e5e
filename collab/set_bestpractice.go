package collab

// The best-practice set: the four conditions under which "LIPs were more
// likely to produce positive outputs" (Qayyum et al. 2012, LIPs
// Organizational Best Practices, as presented by IRCC in 2018). They are the
// only items the sources link to outcomes. Each is a yes/no condition in
// the source; where lipgraph grades partially, the explanation says so.
func bestPractice() []Criterion {
	const set, src = "best-practice", "Qayyum et al. 2012, LIPs Organizational Best Practices"
	const reading = "the source's test is yes or no; the pass mark and any partial credit are lipgraph's reading"
	return []Criterion{
		{
			ID: "bp.stakeholder-variety", Set: set, Weight: 3,
			Title:       "The council includes members representing the variety of community stakeholders with a role in settlement",
			Source:      src + ", condition 1",
			Description: "sector categories among the council's seated members (of the taxonomy's 7: settlement, government, mainstream, economic, knowledge, civil-society, media); pass at 6, partial from 4",
			Measure:     "council.categories", Pass: 6, Partial: 4,
			Note: reading,
		},
		{
			ID: "bp.mainstream-on-council", Set: set, Weight: 3,
			Title:       "Mainstream organizations have representation on the partnership council",
			Source:      src + ", condition 2",
			Description: "mainstream organizations (education, health, library, police, housing, legal, social-services) seated on the council: one meets it; their breadth is the separate lipgraph measure dv.mainstream-breadth",
			Measure:     "council.category:mainstream", Pass: 1, Partial: 1,
		},
		{
			ID: "bp.city-in-most-working-groups", Set: set, Weight: 3,
			Title:       "The city actively participates in the majority of working groups",
			Source:      src + ", condition 3; municipal engagement, Burstein et al. 2012",
			Description: "working groups where the city takes part (a municipal partner with a full seat, or its staff in a municipally housed partnership), against a strict majority ⌊W/2⌋+1; a partnership without working groups does not meet it",
			Measure:     "wg.municipal-majority", Pass: 1, Partial: 1,
		},
		{
			ID: "bp.plan-endorsed", Set: set, Weight: 3,
			Title:       "The LIP plan is presented to the municipal council for endorsement and is endorsed",
			Source:      src + ", condition 4",
			Description: "presented_to_council and endorsed_by_council of profile.csv; presented but not endorsed is partial",
			Measure:     "plan.endorsement", Pass: 1, Partial: 0.5,
			Note: "partial credit for a plan presented but not endorsed is lipgraph's reading",
		},
	}
}
