package collab

// The governance set. Multi-level collaborative governance describes the
// program: federal funding, provincial agreements, municipal roles (Burr
// 2011; Esses 2010); it does not ask for federal seats in every LIP, so the
// government levels at the table are reported for context (federal and
// provincial partners are also national items). Municipal engagement brings
// credibility, access to mainstream institutions and planning capacity
// (Burstein et al. 2012). Broad-based leadership is one of the effective
// practices of LIPs (Bradford & Andrew 2010, in Burr 2011), and the
// coordinators' lessons ask for the "right balance between the coordinator
// staff and community partners" (IRCC Annual Performance Report 2014-15).
func governance() []Criterion {
	const set = "governance"
	return []Criterion{
		{
			ID: "gov.levels", Set: set, Weight: 0, Context: true,
			Title:       "Government levels at the table (context: multi-level governance describes the program, not each table)",
			Source:      "multi-level collaborative governance, Burr 2011; Esses 2010",
			Description: MeasureDoc("gov.levels"),
			Measure:     "gov.levels", Pass: 3, Partial: 2,
		},
		{
			ID: "gov.municipal-on-council", Set: set, Weight: 1,
			Title:       "The municipality takes part in the council",
			Source:      "municipal engagement, Burstein et al. 2012",
			Description: MeasureDoc("gov.municipal-on-council") + "; observer only is partial",
			Measure:     "gov.municipal-on-council", Pass: 1, Partial: 0.5,
		},
		{
			ID: "gov.broad-leadership", Set: set, Weight: 1,
			Title:       "Leadership is broad-based: no single organization chairs every table",
			Source:      "broad-based leadership and membership, Bradford & Andrew 2010, in Burr 2011; the right balance between coordinator staff and community partners, IRCC Annual Performance Report 2014-15",
			Description: MeasureDoc("leadership.breadth") + "; pass at 0.5 (no organization holds more than half of the chair seats), fail at 0 (one holds them all)",
			Measure:     "leadership.breadth", Pass: 0.5, Partial: 0.01,
			Note: "the thresholds are lipgraph's reading of broad-based leadership",
		},
	}
}
