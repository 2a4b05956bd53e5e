package draw

// Highlight says what a diagram marks: plain IDs and labels, with no rule
// of its own about what a gap is (package collab decides that:
// collab.AllGaps). The zero value highlights nothing.
type Highlight struct {
	// Bodies holds the IDs of bodies to mark: their clusters are drawn with
	// a red dashed border and a dashed placeholder node reading BodyNote.
	Bodies []string
	// BodyNote is the placeholder's text, e.g. "no municipal partner";
	// "" means "gap".
	BodyNote string
	// Missing maps a body ID to labels, each drawn, in order, as a dashed
	// "missing: LABEL" placeholder node in the body's cluster.
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

// bodyNote returns the placeholder text of a marked body.
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

// gapAttrs are the attributes of a dashed placeholder node.
func gapAttrs(label string) []any {
	return []any{"label", label, "shape", "box", "style", "dashed,rounded", "color", "#d62728",
		"fontcolor", "#d62728", "fontname", fontName, "fontsize", "10"}
}

// gapLegend explains the marks used by h.
func gapLegend(h Highlight) []legendEntry {
	var e []legendEntry
	if len(h.Missing) > 0 || len(h.Bodies) > 0 {
		e = append(e, legendEntry{key: "gap", label: "missing (gap)", attrs: gapAttrs("")[2:]})
	}
	if len(h.Partners) > 0 {
		e = append(e, legendEntry{key: "single", label: Clean(h.partnerNote()), attrs: []any{"shape", "box", "style", "rounded,dashed", "color", "#ff7f0e", "penwidth", "2"}})
	}
	return e
}
