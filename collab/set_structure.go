package collab

// The structure-and-stage set: the bodies of a LIP and its development
// stage (the five stages of the IRCC presentation, 2018; Burr 2011's steps
// add the council's terms of reference). The council itself is
// nat.council. Working groups are formed "as necessary" and steering
// committees and action teams exist in "some LIPs", so their counts are
// reported for context and never lower the score.
func structure() []Criterion {
	const set = "structure"
	return []Criterion{
		{
			ID: "st.terms-of-reference", Set: set, Weight: 1,
			Title:       "The council has terms of reference",
			Source:      "Burr 2011, step 2 of the LIP process",
			Description: MeasureDoc("plan.terms-of-reference"), Measure: "plan.terms-of-reference", Pass: 1, Partial: 1,
		},
		{
			ID: "st.working-groups", Set: set, Context: true,
			Title:       "Working groups or sector tables (context: formed as necessary)",
			Source:      "IRCC presentation, 2018: additional sub-councils and working groups as necessary",
			Description: "number of working groups",
			Measure:     "wg.count", Pass: 1, Partial: 1,
		},
		{
			ID: "st.action-teams", Set: set, Context: true,
			Title:       "Action teams on specific projects (context: some LIPs have them)",
			Source:      "IRCC presentation, 2018: some LIPs have created action teams",
			Description: "number of action teams",
			Measure:     "structure.action-teams", Pass: 1, Partial: 1,
		},
		{
			ID: "st.secretariat", Set: set, Weight: 1,
			Title:       "A secretariat of coordinating staff supports the partnership",
			Source:      "IRCC presentation, 2018: a secretariat facilitates the LIP's work, primarily as catalyst",
			Description: MeasureDoc("structure.secretariat"), Measure: "structure.secretariat", Pass: 1, Partial: 1,
		},
		{
			ID: "st.stage", Set: set, Weight: 1,
			Title:       "The partnership has reached the implementation stage",
			Source:      "the five stages of development, IRCC presentation, 2018; Burr 2011",
			Description: MeasureDoc("plan.stage") + "; pass at 5, partial from 3",
			Measure:     "plan.stage", Pass: 5, Partial: 3,
			Note: "partial credit from stage 3 is lipgraph's reading",
		},
	}
}
