package collab

// The structure-and-stage set: the bodies of a LIP (seed 002; DOMAIN.md
// "Structure") and its development stage (002's five stages; 003 adds the
// council's terms of reference). The council itself is nat.council.
func structure() []Criterion {
	const set = "structure"
	return []Criterion{
		{
			ID: "st.terms-of-reference", Set: set, Weight: 1,
			Title:    "The council has terms of reference",
			Source:   "seed 003 (DOMAIN.md, Development stages)",
			Measures: MeasureDoc("plan.terms-of-reference"), Measure: "plan.terms-of-reference", Pass: 1, Partial: 1,
		},
		{
			ID: "st.working-groups", Set: set, Weight: 1,
			Title:    "Working groups or sector tables carry the work on themes",
			Source:   "seed 002 (DOMAIN.md, Structure; coordinators' lesson: working groups use members' time well)",
			Measures: "number of working groups: pass at 3, partial at 1",
			Measure:  "wg.count", Pass: 3, Partial: 1,
		},
		{
			ID: "st.action-teams", Set: set, Weight: 0.25,
			Title:    "Action teams take on specific projects arising from working groups",
			Source:   "seed 002 (DOMAIN.md, Structure); optional, so none is partial, not fail",
			Measures: "number of action teams: pass at 1; none is partial",
			Measure:  "structure.action-teams", Pass: 1, Partial: 0,
		},
		{
			ID: "st.secretariat", Set: set, Weight: 1,
			Title:    "A secretariat of coordinating staff supports the partnership",
			Source:   "seed 002 (DOMAIN.md, Structure: the secretariat is a catalyst, not the doer)",
			Measures: MeasureDoc("structure.secretariat"), Measure: "structure.secretariat", Pass: 1, Partial: 1,
		},
		{
			ID: "st.stage", Set: set, Weight: 1,
			Title:    "The partnership has reached the implementation stage",
			Source:   "seed 002's five development stages; seed 003 (DOMAIN.md, Development stages)",
			Measures: MeasureDoc("plan.stage") + "; pass at 5, partial at 3",
			Measure:  "plan.stage", Pass: 5, Partial: 3,
		},
	}
}
