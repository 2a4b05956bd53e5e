package draw

// Highlight says what a diagram marks: plain IDs and labels, with no rule
// of its own about what a gap is (package collab decides that:
// collab.AllGaps). The zero value highlights nothing.
type Highlight struct {
	// Bodies holds the IDs of bodies to mark: their clusters are drawn with
	// a red dashed border and a red line "gap: BodyNote" under the title.
	Bodies []string
	// BodyNote is the text of that line, e.g. "no municipal partner";
	// "" means "gap".
	BodyNote string
	// Missing maps a body ID to labels, written in order as one red line
	// "missing: LABEL, LABEL…" under the body's title; the cluster's
	// border is red and dashed.
	Missing map[string][]string
	// Partners holds the IDs of partners drawn with a dashed orange
	// outline; PartnerNote is their legend entry ("" means "highlighted
	// partner").
	Partners    []string
	PartnerNote string
}

// IsZero reports whether h highlights nothing.
func (h Highlight) IsZero() bool {
	return len(h.Bodies) == 0 && len(h.Missing) == 0 && len(h.Partners) == 0
}

// bodyNote returns the gap line of a marked body.
func (h Highlight) bodyNote() string {
	if h.BodyNote == "" {
		return "gap"
	}
	return h.BodyNote
}

// partnerNote returns the legend text of outlined partners.
func (h Highlight) partnerNote() string {
	if h.PartnerNote == "" {
		return "highlighted partner"
	}
	return h.PartnerNote
}

// gapColour draws what a body lacks.
const gapColour = "#d62728"

// gapLegend explains the marks used by h.
func gapLegend(h Highlight) []legendEntry {
	var e []legendEntry
	if len(h.Missing) > 0 || len(h.Bodies) > 0 {
		e = append(e, legendEntry{key: "gap", label: "red dashed border: a body with a gap, named in red under its title",
			attrs: []any{"style", "dashed", "color", gapColour}})
	}
	if len(h.Partners) > 0 {
		e = append(e, legendEntry{key: "single", label: Clean(h.partnerNote()), attrs: []any{"shape", "box", "style", "rounded,dashed", "color", "#ff7f0e", "penwidth", "2"}})
	}
	return e
}
