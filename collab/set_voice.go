package collab

// The newcomer-voice set: integration is a two-way street (seeds 002, 003);
// newcomers and ethnocultural organizations sit at London's table (003) and
// in the breadth of stakeholders (004); 003 names community consultation as
// a process indicator.
func voice() []Criterion {
	return []Criterion{{
		ID: "nv.newcomer-voice", Set: "voice", Weight: 2,
		Title:    "Newcomers have a voice: on the council or through a consultation mechanism",
		Source:   "seeds 002, 003 and 004 (DOMAIN.md, What a LIP is; Who sits at the table; Open evaluation questions)",
		Measures: MeasureDoc("council.newcomer-voice"),
		Measure:  "council.newcomer-voice", Pass: 1, Partial: 1,
	}}
}
