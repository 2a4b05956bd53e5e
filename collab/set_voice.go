package collab

// The newcomer-voice set: integration is a two-way street (IRCC
// presentation, 2018; Burr 2011); newcomers and ethnocultural organizations
// sit at London's table (Burr 2011) and in the breadth of stakeholders
// (Esses 2010); community consultation that involves newcomers is a
// process indicator (Burr 2011).
func voice() []Criterion {
	return []Criterion{{
		ID: "nv.newcomer-voice", Set: "voice", Weight: 2,
		Title:       "Newcomers have a voice: on the council or through a consultation mechanism",
		Source:      "two-way street, IRCC presentation, 2018; community consultation, Burr 2011; breadth of stakeholders, Esses 2010",
		Description: MeasureDoc("council.newcomer-voice"),
		Measure:     "council.newcomer-voice", Pass: 1, Partial: 1,
	}}
}
