package collab

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// The JSON contract of a scorecard (the README's "Scoring a partnership"): an object with
// partnership, overall, criteria and recommendations. Lists are never null.

type cardJSON struct {
	Partnership     string          `json:"partnership"`
	Overall         float64         `json:"overall"`
	Criteria        []criterionJSON `json:"criteria"`
	Recommendations []recJSON       `json:"recommendations"`
}

type criterionJSON struct {
	ID          string       `json:"id"`
	Set         string       `json:"set"`
	Title       string       `json:"title"`
	Source      string       `json:"source"`
	Status      Status       `json:"status"`
	Score       float64      `json:"score"`
	Weight      float64      `json:"weight"`
	Evidence    evidenceJSON `json:"evidence"`
	Explanation string       `json:"explanation"`
}

type evidenceJSON struct {
	Have    []string `json:"have"`
	Missing []string `json:"missing"`
}

type recJSON struct {
	Change     string  `json:"change"`
	Kind       string  `json:"kind"`
	Target     string  `json:"target"`
	ScoreAfter float64 `json:"score_after"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *Scorecard) toJSON() cardJSON {
	out := cardJSON{Partnership: s.Partnership, Overall: s.Overall, Criteria: []criterionJSON{}, Recommendations: []recJSON{}}
	for _, it := range s.Items {
		cr := it.Criterion
		out.Criteria = append(out.Criteria, criterionJSON{
			ID: cr.ID, Set: cr.Set, Title: cr.Title, Source: cr.Source, Status: it.Status, Score: it.Score, Weight: cr.Weight,
			Evidence:    evidenceJSON{Have: nonNil(it.Have), Missing: nonNil(it.Missing)},
			Explanation: it.Explanation,
		})
	}
	for _, r := range s.Recommendations {
		out.Recommendations = append(out.Recommendations, recJSON{Change: r.Text, Kind: r.Kind, Target: r.Target, ScoreAfter: r.ScoreAfter})
	}
	return out
}

// MarshalJSON encodes the scorecard in the JSON contract of the README's "Scoring a partnership".
func (s *Scorecard) MarshalJSON() ([]byte, error) { return json.Marshal(s.toJSON()) }

// WriteJSON writes the scorecard as indented JSON (the contract of
// the README's "Scoring a partnership") with a final newline.
func (s *Scorecard) WriteJSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(s.toJSON())
}

var statusLabel = [...]string{"UNKNOWN", "FAIL", "PARTIAL", "PASS"}

// name returns the partnership's name for headings.
func (s *Scorecard) name() string {
	if s.Partnership == "" {
		return "(unnamed partnership)"
	}
	return s.Partnership
}

// WriteText writes the scorecard for a terminal: the overall score, then
// each criterion grouped by set with its status, score and explanation,
// then at most maxRecs recommendations (all when maxRecs < 0).
func (s *Scorecard) WriteText(w io.Writer, maxRecs int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Scorecard of %s: overall %.1f / 100", s.name(), s.Overall)
	if s.Known < s.Total {
		fmt.Fprintf(&b, " (unknown criteria left out: weight %g of %g judged)", s.Known, s.Total)
	}
	b.WriteString("\n")
	set := ""
	for _, it := range s.Items {
		if it.Criterion.Set != set {
			set = it.Criterion.Set
			fmt.Fprintf(&b, "\n%s\n", set)
		}
		fmt.Fprintf(&b, "  %-7s %5.1f  %s: %s\n", statusLabel[it.Status], it.Score, it.Criterion.ID, it.Criterion.Title)
		fmt.Fprintf(&b, "                 %s\n", it.Explanation)
	}
	writeRecsText(&b, s.Recommendations, maxRecs)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeRecsText(b *strings.Builder, recs []Recommendation, maxRecs int) {
	if maxRecs >= 0 && len(recs) > maxRecs {
		recs = recs[:maxRecs]
	}
	if len(recs) == 0 {
		b.WriteString("\nNo recommendation: no single change raises the score.\n")
		return
	}
	b.WriteString("\nRecommendations, in order (overall score once made):\n")
	for i, r := range recs {
		fmt.Fprintf(b, "  %d. %s. [%s → %.1f]\n", i+1, r.Text, r.Kind, r.ScoreAfter)
	}
}

// mdEscape makes a string safe inside a Markdown table cell.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

// WriteMarkdown writes the scorecard as Markdown: a heading with the overall
// score, one table of criteria (status, score, criterion, explanation) and a
// numbered list of recommendations.
func (s *Scorecard) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## Scorecard: %s\n\nOverall score: **%.1f / 100**", mdEscape(s.name()), s.Overall)
	if s.Known < s.Total {
		fmt.Fprintf(&b, " (criteria with unknown status are left out: weight %g of %g judged)", s.Known, s.Total)
	}
	b.WriteString("\n\n| set | criterion | status | score | explanation |\n| --- | --- | --- | ---: | --- |\n")
	for _, it := range s.Items {
		fmt.Fprintf(&b, "| %s | `%s` %s | %s | %.1f | %s |\n", mdEscape(it.Criterion.Set), mdEscape(it.Criterion.ID),
			mdEscape(it.Criterion.Title), it.Status, it.Score, mdEscape(it.Explanation))
	}
	b.WriteString("\n### Recommendations\n\n")
	if len(s.Recommendations) == 0 {
		b.WriteString("No single change raises the score.\n")
	}
	for i, r := range s.Recommendations {
		fmt.Fprintf(&b, "%d. %s (`%s`, score after: %.1f)\n", i+1, mdEscape(r.Text), r.Kind, r.ScoreAfter)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
