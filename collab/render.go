package collab

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/lipgraph/lipgraph/internal/jsonout"
)

// The JSON contract of a scorecard (the README's "Scoring a partnership"): an object with
// partnership, overall, criteria and recommendations. Lists are never null.

type cardJSON struct {
	Partnership     string          `json:"partnership"`
	Overall         float64         `json:"overall"`
	OverallMax      float64         `json:"overall_max"`
	WeightJudged    float64         `json:"weight_judged"`
	WeightTotal     float64         `json:"weight_total"`
	AsOf            string          `json:"as_of"`
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
	Change       string   `json:"change"`
	Kind         string   `json:"kind"`
	Target       string   `json:"target"`
	ScoreAfter   float64  `json:"score_after"`
	Criteria     []string `json:"criteria"`
	Partners     []string `json:"partners"`
	PartnerNames []string `json:"partner_names"`
	Bodies       []string `json:"bodies"`
	BodyNames    []string `json:"body_names"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (s *Scorecard) toJSON() cardJSON {
	out := cardJSON{Partnership: s.Partnership, Overall: s.Overall, OverallMax: s.OverallMax, WeightJudged: s.Known, WeightTotal: s.Total,
		AsOf: s.AsOf.String(), Criteria: []criterionJSON{}, Recommendations: []recJSON{}}
	for _, it := range s.Items {
		cr := it.Criterion
		out.Criteria = append(out.Criteria, criterionJSON{
			ID: cr.ID, Set: cr.Set, Title: cr.Title, Source: cr.Source, Status: it.Status, Score: it.Score, Weight: cr.Weight,
			Evidence:    evidenceJSON{Have: nonNil(it.Have), Missing: nonNil(it.Missing)},
			Explanation: it.Explanation,
		})
	}
	for _, r := range s.Recommendations {
		out.Recommendations = append(out.Recommendations, recJSON{Change: r.Text, Kind: r.Kind, Target: r.Target, ScoreAfter: r.ScoreAfter,
			Criteria: nonNil(r.Criteria), Partners: nonNil(r.Partners), PartnerNames: nonNil(r.PartnerNames), Bodies: nonNil(r.Bodies), BodyNames: nonNil(r.BodyNames)})
	}
	return out
}

// MarshalJSON encodes the scorecard in the JSON contract of the README's "Scoring a partnership".
func (s *Scorecard) MarshalJSON() ([]byte, error) { return json.Marshal(s.toJSON()) }

// WriteJSON writes the scorecard as indented JSON (the contract of
// the README's "Scoring a partnership") with a final newline.
func (s *Scorecard) WriteJSON(w io.Writer) error {
	return jsonout.Write(w, s.toJSON())
}

var statusLabel = [...]string{"UNKNOWN", "FAIL", "PARTIAL", "PASS", "CONTEXT"}

// name returns the partnership's name for headings.
func (s *Scorecard) name() string {
	if s.Partnership == "" {
		return "(unnamed partnership)"
	}
	return s.Partnership
}

// about returns the sentences under a scorecard's heading: the dataset,
// the date judged, and how the overall score treats unknown criteria.
func (s *Scorecard) about() []string {
	var out []string
	if s.Dataset != "" {
		out = append(out, "Dataset: "+s.Dataset+".")
	}
	if s.AsOf.IsZero() {
		out = append(out, "Judged on every membership recorded (no date given).")
	} else {
		out = append(out, "Judged as of "+s.AsOf.String()+".")
	}
	if s.Known < s.Total {
		out = append(out, fmt.Sprintf("Criteria with unknown status count 0: weight %g of %g was judged, and a full answer could bring the score to at most %.1f.", s.Known, s.Total, s.OverallMax))
	}
	return out
}

// sources returns the distinct sources of the scorecard's criteria, in
// order of first use.
func (s *Scorecard) sources() []string {
	var out []string
	for _, it := range s.Items {
		if src := it.Criterion.Source; src != "" && !slices.Contains(out, src) {
			out = append(out, src)
		}
	}
	return out
}

// WriteText writes the scorecard for a terminal: the overall score, then
// each criterion grouped by set with its status, score and explanation,
// then at most maxRecs recommendations (all when maxRecs < 0).
func (s *Scorecard) WriteText(w io.Writer, maxRecs int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "Scorecard of %s: overall %.1f / 100\n", s.name(), s.Overall)
	for _, line := range s.about() {
		b.WriteString(line + "\n")
	}
	set := ""
	for _, it := range s.Items {
		if it.Criterion.Set != set {
			set = it.Criterion.Set
			fmt.Fprintf(&b, "\n%s\n", set)
		}
		if it.Status == AsContext {
			fmt.Fprintf(&b, "  %-7s %5s  %s [%s]\n", statusLabel[it.Status], "", it.Criterion.Title, it.Criterion.ID)
		} else {
			fmt.Fprintf(&b, "  %-7s %5.1f  %s [%s]\n", statusLabel[it.Status], it.Score, it.Criterion.Title, it.Criterion.ID)
		}
		fmt.Fprintf(&b, "                 %s\n", it.Explanation)
	}
	s.writeRecsText(&b, maxRecs)
	_, err := io.WriteString(w, b.String())
	return err
}

// NoRecommendationsReason returns the sentence every report prints when
// s.Recommendations is empty, saying why: none was asked for
// (Options.MaxChanges 0), every scored criterion is already met, or none of
// the changes considered would raise the score. Text, Markdown and the
// HTML report all print this same sentence.
func (s *Scorecard) NoRecommendationsReason() string {
	if !s.asked {
		return "Recommendations were not requested."
	}
	if s.Total > 0 && s.Known == s.Total && s.Overall == 100 {
		return "No recommendation: every scored criterion is met."
	}
	return "No recommendation: none of the changes lipgraph considers would raise the score."
}

func (s *Scorecard) writeRecsText(b *strings.Builder, maxRecs int) {
	recs := s.Recommendations
	if maxRecs >= 0 && len(recs) > maxRecs {
		recs = recs[:maxRecs]
	}
	if len(recs) == 0 {
		b.WriteString("\n" + s.NoRecommendationsReason() + "\n")
		return
	}
	b.WriteString("\nRecommendations, in the order the work happens (overall score once made):\n")
	for i, r := range recs {
		fmt.Fprintf(b, "  %d. %s. [%.1f%s]\n", i+1, r.Text, r.ScoreAfter, r.raises())
	}
}

// mdEscape makes a string safe inside a Markdown table cell.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
}

// WriteMarkdown writes the scorecard as Markdown: a heading with the overall
// score, the dataset and date judged, one table of criteria (status, score,
// criterion, explanation), a numbered list of recommendations and the
// sources of the criteria.
func (s *Scorecard) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "## Scorecard: %s\n\nOverall score: **%.1f / 100**\n\n", mdEscape(s.name()), s.Overall)
	for _, line := range s.about() {
		b.WriteString(mdEscape(line) + "\n")
	}
	b.WriteString("\n| set | criterion | status | score | explanation |\n| --- | --- | --- | ---: | --- |\n")
	for _, it := range s.Items {
		score := fmt.Sprintf("%.1f", it.Score)
		if it.Status == AsContext {
			score = ""
		}
		fmt.Fprintf(&b, "| %s | %s `%s` | %s | %s | %s |\n", mdEscape(it.Criterion.Set), mdEscape(it.Criterion.Title), mdEscape(it.Criterion.ID),
			it.Status, score, mdEscape(it.Explanation))
	}
	b.WriteString("\n### Recommendations\n\n")
	if len(s.Recommendations) == 0 {
		b.WriteString(s.NoRecommendationsReason() + "\n")
	}
	for i, r := range s.Recommendations {
		fmt.Fprintf(&b, "%d. %s (score once made: %.1f%s)\n", i+1, mdEscape(r.Text), r.ScoreAfter, mdEscape(r.raises()))
	}
	b.WriteString("\n### Sources\n\n")
	for _, src := range s.sources() {
		b.WriteString("- " + mdEscape(src) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// raises returns "; raises a, b" for the criteria a recommendation raises,
// or "".
func (r *Recommendation) raises() string {
	if len(r.Criteria) == 0 {
		return ""
	}
	return "; raises " + strings.Join(r.Criteria, ", ")
}
