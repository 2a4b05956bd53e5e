package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/lipgraph/lipgraph/internal/csvsafe"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

func init() {
	register(&command{
		name:    "survey",
		args:    "[PATH]",
		summary: "summarise the partner survey (ratings.csv): response rate, trust and value, how each partner is seen, levels of collaboration and disagreements",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &surveyFlags{format: formatFlag(fs, b, "text", "json", "markdown", "csv")}
			f.filters.bind(fs)
			return f.run
		},
	})
}

// surveyFlags are the options of lipgraph survey.
type surveyFlags struct {
	format *choice
	filters
}

func (f *surveyFlags) run(e *env, args []string) error {
	n, err := f.filters.load(e, args)
	if err != nil {
		return err
	}
	e.progress.step("summarising the survey")
	s := waves.SummariseSurvey(n)
	switch f.format.name {
	case "json":
		return withWarnings(e, e.stdout, func(w io.Writer) error { return writeJSON(w, s) })
	case "csv":
		return writeSurveyCSV(e.stdout, s)
	}
	return writeSurveyText(e.text, n, s, f.format.name == "markdown")
}

// fmt2 formats a mean with two decimals, "—" when there is none.
func fmt2(v *float64) string {
	if v == nil {
		return "—"
	}
	return strconv.FormatFloat(*v, 'f', 2, 64)
}

func percentOf(v float64) string { return strconv.FormatFloat(100*v, 'f', 1, 64) + "%" }

// levelWords names a level of collaboration, "not answered" for none.
func levelWords(l int) string {
	if l == network.NotAnswered {
		return "not answered"
	}
	return fmt.Sprintf("%s (%d)", waves.LevelName(l), l)
}

// partnerName returns a partner's name, its id when it has none.
func partnerName(n *network.Network, id string) string {
	if p, ok := n.Partner(id); ok && p.Name != "" {
		return p.Name
	}
	return id
}

func names(n *network.Network, ps []waves.Partner) string {
	var s []string
	for _, p := range ps {
		s = append(s, partnerName(n, p.ID))
	}
	return strings.Join(s, "; ")
}

func writeSurveyText(w io.Writer, n *network.Network, s *waves.Survey, md bool) error {
	b := bufio.NewWriter(w)
	if md {
		fmt.Fprintf(b, "# Partner survey\n\n")
	}
	if s.Ratings == 0 {
		fmt.Fprintf(b, "The dataset has no partner survey (no ratings.csv, or an empty one) for its %d partners.\n", s.Partners)
		return b.Flush()
	}
	fmt.Fprintf(b, "%d of %d partners answered the survey (response rate %s), giving %d ratings of other partners.\n",
		s.Respondents, s.Partners, percentOf(s.ResponseRate), s.Ratings)
	if len(s.NonRespondents) > 0 {
		fmt.Fprintf(b, "Not answered: %s.\n", names(n, s.NonRespondents))
	}
	fmt.Fprintln(b)
	if s.Trust != nil {
		fmt.Fprintf(b, "Trust is %s on the 1–4 scale (%s%%), ", fmt2(s.Trust), strconv.FormatFloat(*s.TrustPercent, 'f', 1, 64))
	} else {
		fmt.Fprintf(b, "No trust item was answered; ")
	}
	if s.Value != nil {
		fmt.Fprintf(b, "value %s (%s%%).\n", fmt2(s.Value), strconv.FormatFloat(*s.ValuePercent, 'f', 1, 64))
	} else {
		fmt.Fprintf(b, "no value item was answered.\n")
	}
	if s.TrustWithin != nil || s.TrustAcross != nil {
		fmt.Fprintf(b, "Trust between partners of the same sector category is %s, across categories %s.\n", fmt2(s.TrustWithin), fmt2(s.TrustAcross))
	}
	if s.Collaboration != nil {
		fmt.Fprintf(b, "The mean level of collaboration is %s (0 no interaction … 5 collaboration).\n", fmt2(s.Collaboration))
	}
	pairs := s.Partners * (s.Partners - 1) / 2
	fmt.Fprintf(b, "%d of %d pairs of partners work together at the level of coordination or more (density %s).\n\n",
		s.CoordinationPairs, pairs, strconv.FormatFloat(s.CoordinationDensity, 'f', 3, 64))
	if md {
		fmt.Fprintf(b, "## How each partner is seen by the others\n\n| partner | ratings | trust | value | collaboration |\n| --- | ---: | ---: | ---: | ---: |\n")
		for _, p := range s.PerPartner {
			fmt.Fprintf(b, "| %s | %d | %s | %s | %s |\n", mdEscape(partnerName(n, p.ID)), p.RatingsReceived, fmt2(p.Trust), fmt2(p.Value), fmt2(p.Collaboration))
		}
	} else {
		fmt.Fprintf(b, "How each partner is seen by the others (means of the ratings received; — where unrated):\n")
		t := newTable(1, "partner", "ratings", "trust", "value", "collaboration")
		t.indent = "  "
		for _, p := range s.PerPartner {
			t.add(partnerName(n, p.ID), strconv.Itoa(p.RatingsReceived), fmt2(p.Trust), fmt2(p.Value), fmt2(p.Collaboration))
		}
		t.write(b)
	}
	fmt.Fprintln(b)
	if len(s.Disagreements) == 0 {
		fmt.Fprintf(b, "No pair of partners who rated each other sees their relationship differently (levels %d or more apart).\n", waves.DisagreementGap)
		return b.Flush()
	}
	if md {
		fmt.Fprintf(b, "## Disagreements\n\n")
	}
	fmt.Fprintf(b, "Pairs who see their relationship differently (levels of collaboration %d or more apart):\n", waves.DisagreementGap)
	if md {
		fmt.Fprintln(b)
	}
	for _, d := range s.Disagreements {
		fmt.Fprintf(b, "  - %s says %s; %s says %s.\n", partnerName(n, d.A), levelWords(d.ASays), partnerName(n, d.B), levelWords(d.BSays))
	}
	return b.Flush()
}

// mdEscape escapes the characters that would break a Markdown table cell.
func mdEscape(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

// writeSurveyCSV writes the per-partner table of the survey.
func writeSurveyCSV(w io.Writer, s *waves.Survey) error {
	rows := make([][]string, 0, len(s.PerPartner))
	cell := func(v *float64) string {
		if v == nil {
			return ""
		}
		return strconv.FormatFloat(*v, 'g', -1, 64)
	}
	for _, p := range s.PerPartner {
		rows = append(rows, csvsafe.Record([]string{p.ID, p.Name, strconv.Itoa(p.RatingsReceived), cell(p.Trust), cell(p.Value), cell(p.Collaboration)}))
	}
	return writeSheet(w, []string{"id", "name", "ratings_received", "trust", "value", "collaboration"}, rows)
}
