package collab

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/lipgraph/lipgraph/internal/csvsafe"
)

// csvHeader is the header of the scorecard CSV: one row per criterion, and
// for a ranking one row per partnership and criterion.
var csvHeader = []string{"rank", "partnership", "overall", "overall_max", "as_of", "set", "criterion", "title", "status", "score", "weight",
	"have", "missing", "explanation", "source"}

// WriteCSV writes the scorecard as CSV for spreadsheets (RFC 4180, a
// header row): one row per criterion with the partnership's overall score,
// the criterion's status, score, weight, evidence (have and missing, joined
// with "; ") and explanation. rank is empty. Cells that a spreadsheet would
// read as a formula are prefixed with a quote.
func (s *Scorecard) WriteCSV(w io.Writer) error { return writeCSV(w, []*Scorecard{s}, false) }

// WriteAllCSV writes ranked scorecards as one CSV (the columns of
// Scorecard.WriteCSV): a row per partnership and criterion, in rank order.
func WriteAllCSV(w io.Writer, cards []*Scorecard) error { return writeCSV(w, cards, true) }

func writeCSV(w io.Writer, cards []*Scorecard, ranked bool) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	num := func(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
	for i, sc := range cards {
		rank := ""
		if ranked {
			rank = strconv.Itoa(i + 1)
		}
		for _, it := range sc.Items {
			score := num(it.Score)
			if it.Status == AsContext {
				score = ""
			}
			rec := []string{rank, sc.Partnership, num(sc.Overall), num(sc.OverallMax), sc.AsOf.String(), it.Criterion.Set, it.Criterion.ID,
				it.Criterion.Title, it.Status.String(), score, num(it.Criterion.Weight),
				strings.Join(it.Have, "; "), strings.Join(it.Missing, "; "), it.Explanation, it.Criterion.Source}
			if err := cw.Write(csvsafe.Record(rec)); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}
