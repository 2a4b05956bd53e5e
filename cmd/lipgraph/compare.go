package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/lipgraph/lipgraph/collab"
	"github.com/lipgraph/lipgraph/internal/csvsafe"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

func init() {
	register(&command{
		name:    "compare",
		args:    "BEFORE AFTER | PATH --from DATE --to DATE",
		summary: "compare two waves of a partnership: partners retained, entered and exited, bodies formed and closed, score, network measures and partner survey changes",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &compareFlags{format: formatFlag(fs, b, "text", "json", "markdown", "csv")}
			fs.TextVar(&f.from, "from", network.Date{}, "with one PATH: the first wave is the dataset as it stood on `DATE` (YYYY or YYYY-MM-DD)")
			fs.TextVar(&f.to, "to", network.Date{}, "with one PATH: the second wave is the dataset as it stood on `DATE`")
			inputFlag(fs, b, &f.criteria, "criteria", "score both waves with a criteria JSON `FILE` (see score)")
			fs.StringVar(&f.partnership, "partnership", "", "report only the partnership `NAME`")
			return f.run
		},
	})
}

// compareFlags are the options of lipgraph compare.
type compareFlags struct {
	format                *choice
	from, to              network.Date
	criteria, partnership string
}

func (f *compareFlags) run(e *env, args []string) error {
	before, after, err := f.waves(e, args)
	if err != nil {
		return err
	}
	opts := &waves.Options{}
	if f.criteria != "" {
		crit, err := collab.LoadCriteria(f.criteria)
		if err != nil {
			return err
		}
		opts.Score = &collab.Options{Criteria: crit}
	}
	e.progress.step("comparing")
	c, err := waves.Compare(before, after, opts)
	if err != nil {
		return err
	}
	if f.partnership != "" {
		var keep []*waves.PartnershipChange
		var names []string
		for _, pc := range c.Partnerships {
			names = append(names, pc.Partnership)
			if pc.Partnership == f.partnership {
				keep = append(keep, pc)
			}
		}
		if keep == nil {
			return noMatch("--partnership", f.partnership, "in neither wave; the partnerships are", names)
		}
		c.Partnerships = keep
	}
	for _, pc := range c.Partnerships {
		for _, r := range pc.ProbableRename {
			if f.format.name == "text" || f.format.name == "markdown" {
				break // the report says it
			}
			fmt.Fprintf(e.stderr, "lipgraph compare: warning: %q left as %s and entered as %s: probably one partner under a new id; it is counted as exited and entered\n", r.Name, r.Before, r.After)
		}
	}
	switch f.format.name {
	case "json":
		return withWarnings(e, e.stdout, func(w io.Writer) error { return writeJSON(w, c) })
	case "csv":
		return writeCompareCSV(e.stdout, c)
	}
	names := &nameBook{before.Network, after.Network}
	return writeCompareText(e.text, c, names, f.format.name == "markdown")
}

// waves loads the two waves: BEFORE and AFTER, or one PATH at two dates.
func (f *compareFlags) waves(e *env, args []string) (before, after waves.Wave, err error) {
	dated := !f.from.IsZero() || !f.to.IsZero()
	switch {
	case dated && (len(args) != 1 || f.from.IsZero() || f.to.IsZero()):
		return before, after, fmt.Errorf("%w: --from and --to go together, with one PATH", errUsage)
	case !dated && len(args) != 2:
		return before, after, fmt.Errorf("%w: want BEFORE and AFTER, or one PATH with --from and --to; got %d arguments", errUsage, len(args))
	}
	if dated {
		n, err := load(e, args[0])
		if err != nil {
			return before, after, err
		}
		return waves.Wave{Label: f.from.String(), Network: waves.AtDate(n, f.from)},
			waves.Wave{Label: f.to.String(), Network: waves.AtDate(n, f.to)}, nil
	}
	var nets [2]*network.Network
	var errs [2]error
	var wg sync.WaitGroup
	config := loadConfig(e)
	for i := range nets {
		wg.Go(func() { nets[i], errs[i] = network.Load(args[i], config) })
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return before, after, err
		}
	}
	for _, n := range nets {
		warn(e, n)
	}
	return waves.Wave{Label: args[0], Network: nets[0]}, waves.Wave{Label: args[1], Network: nets[1]}, nil
}

// nameBook finds partners' and bodies' names in either wave.
type nameBook struct{ before, after *network.Network }

func (nb *nameBook) partner(id string) string {
	for _, n := range []*network.Network{nb.after, nb.before} {
		if p, ok := n.Partner(id); ok && p.Name != "" {
			return p.Name
		}
	}
	return id
}

func (nb *nameBook) partners(ids []string) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = nb.partner(id)
	}
	return strings.Join(s, "; ")
}

func (nb *nameBook) body(id string) string {
	for _, n := range []*network.Network{nb.after, nb.before} {
		if b, ok := n.Body(id); ok && b.Name != "" {
			return b.Name
		}
	}
	return id
}

// numText formats a number of a change: whole numbers as such, others with
// three decimals; "—" for none. signed adds a + to positive numbers.
func numText(v *float64, signed bool) string {
	if v == nil {
		return "—"
	}
	s := strconv.FormatFloat(*v, 'f', 3, 64)
	if *v == float64(int64(*v)) {
		s = strconv.FormatInt(int64(*v), 10)
	}
	if signed && *v > 0 {
		s = "+" + s
	}
	return s
}

// scoreText formats a score (0–100, one decimal) or its change.
func scoreText(v *float64, signed bool) string {
	if v == nil {
		return "—"
	}
	s := strconv.FormatFloat(*v, 'f', 1, 64)
	if signed && *v > 0 {
		s = "+" + s
	}
	return s
}

func pctText(v *float64) string {
	if v == nil {
		return "—"
	}
	return percentOf(*v)
}

func intText(p *int) string {
	if p == nil {
		return "—"
	}
	return strconv.Itoa(*p)
}

// writeTable writes a table aligned in text or as Markdown; the first column
// is left-aligned, the others right-aligned.
func writeTable(w io.Writer, md bool, header []string, rows [][]string) {
	if md {
		fmt.Fprintf(w, "| %s |\n|", strings.Join(header, " | "))
		for i := range header {
			if i == 0 {
				fmt.Fprint(w, " --- |")
			} else {
				fmt.Fprint(w, " ---: |")
			}
		}
		fmt.Fprintln(w)
		for _, r := range rows {
			for i := range r {
				r[i] = mdEscape(r[i])
			}
			fmt.Fprintf(w, "| %s |\n", strings.Join(r, " | "))
		}
		fmt.Fprintln(w)
		return
	}
	t := &table{indent: "  ", left: 1, rows: append([][]string{header}, rows...)}
	t.write(w)
	fmt.Fprintln(w)
}

func writeCompareText(w io.Writer, c *waves.Comparison, nb *nameBook, md bool) error {
	b := bufio.NewWriter(w)
	head := func(level int, s string) {
		if md {
			fmt.Fprintf(b, "%s %s\n\n", strings.Repeat("#", level), s)
		} else {
			fmt.Fprintf(b, "%s\n\n", s)
		}
	}
	for i, pc := range c.Partnerships {
		if i > 0 && !md {
			fmt.Fprintln(b)
		}
		name := pc.Partnership
		if name == "" {
			name = "the partnership"
		}
		head(1, fmt.Sprintf("Changes in %s from %s to %s", name, c.Before, c.After))
		p := pc.Partners
		fmt.Fprintf(b, "Partners: %d before, %d after: %d retained (retention %s), %d entered, %d exited.\n",
			len(p.Retained)+len(p.Exited), len(p.Retained)+len(p.Entered), len(p.Retained), pctText(pc.Retention), len(p.Entered), len(p.Exited))
		if len(p.Entered) > 0 {
			fmt.Fprintf(b, "Entered: %s.\n", nb.partners(p.Entered))
		}
		if len(p.Exited) > 0 {
			fmt.Fprintf(b, "Exited: %s.\n", nb.partners(p.Exited))
		}
		for _, r := range pc.ProbableRename {
			fmt.Fprintf(b, "Warning: %s left as %s and entered as %s: probably one partner under a new id, counted as exited and entered.\n", r.Name, r.Before, r.After)
		}
		if len(pc.SectorsGained) > 0 {
			fmt.Fprintf(b, "Sectors gained: %s.\n", strings.Join(pc.SectorsGained, ", "))
		}
		if len(pc.SectorsLost) > 0 {
			fmt.Fprintf(b, "Sectors lost: %s.\n", strings.Join(pc.SectorsLost, ", "))
		}
		fmt.Fprintln(b)
		var rows [][]string
		for _, g := range pc.ByCategory {
			rows = append(rows, []string{g.Group, strconv.Itoa(g.Before), strconv.Itoa(g.After), strconv.Itoa(g.Retained), pctText(g.Retention)})
		}
		head(2, "Partners by sector category")
		writeTable(b, md, []string{"category", "before", "after", "retained", "retention"}, rows)
		head(2, "Bodies")
		var formed, closed []string
		for _, id := range pc.Bodies.Formed {
			formed = append(formed, nb.body(id))
		}
		for _, id := range pc.Bodies.Closed {
			closed = append(closed, nb.body(id))
		}
		if len(formed) > 0 {
			fmt.Fprintf(b, "Formed: %s.\n", strings.Join(formed, "; "))
		}
		if len(closed) > 0 {
			fmt.Fprintf(b, "Closed: %s.\n", strings.Join(closed, "; "))
		}
		if len(formed)+len(closed) > 0 {
			fmt.Fprintln(b)
		}
		rows = nil
		for _, m := range pc.Bodies.Members {
			rows = append(rows, []string{nb.body(m.ID), intText(m.Before), intText(m.After)})
		}
		writeTable(b, md, []string{"body (members)", "before", "after"}, rows)
		head(2, "Score")
		fmt.Fprintf(b, "The overall score went from %s to %s (%s).\n", scoreText(pc.Score.Before, false), scoreText(pc.Score.After, false), scoreText(pc.Score.Change, true))
		if len(pc.Criteria) == 0 {
			fmt.Fprintf(b, "No criterion changed status.\n\n")
		} else {
			fmt.Fprintf(b, "Criteria whose status changed:\n")
			if md {
				fmt.Fprintln(b)
			}
			for _, cr := range pc.Criteria {
				fmt.Fprintf(b, "  - %s (%s): %s → %s.\n", cr.Title, cr.ID, cr.Before, cr.After)
			}
			fmt.Fprintln(b)
		}
		head(2, "Network measures")
		writeTable(b, md, []string{"measure", "before", "after", "change"}, changeRows(pc.Measures, waves.MeasureKeys()))
		if len(pc.NewCrossCategoryTies) > 0 {
			fmt.Fprintf(b, "New ties across sector categories:\n")
			if md {
				fmt.Fprintln(b)
			}
			for _, t := range pc.NewCrossCategoryTies {
				fmt.Fprintf(b, "  - %s — %s\n", nb.partner(t.A), nb.partner(t.B))
			}
			fmt.Fprintln(b)
		}
		if pc.Survey != nil {
			head(2, "Partner survey")
			writeTable(b, md, []string{"measure", "before", "after", "change"}, changeRows(pc.Survey, waves.SurveyKeys()))
		} else {
			fmt.Fprintf(b, "The partner surveys are not compared: ratings.csv is missing from one wave or both.\n")
		}
	}
	return b.Flush()
}

func changeRows(m map[string]waves.Change, keys []string) [][]string {
	var rows [][]string
	for _, k := range keys {
		c := m[k]
		rows = append(rows, []string{strings.ReplaceAll(k, "_", " "), numText(c.Before, false), numText(c.After, false), numText(c.Change, true)})
	}
	return rows
}

// writeCompareCSV writes one row per number: partnership, section (score,
// retention, measures, survey), key, before, after, change.
func writeCompareCSV(w io.Writer, c *waves.Comparison) error {
	cell := func(v *float64) string {
		if v == nil {
			return ""
		}
		return strconv.FormatFloat(*v, 'g', -1, 64)
	}
	var rows [][]string
	add := func(pc *waves.PartnershipChange, section, key string, ch waves.Change) {
		rows = append(rows, csvsafe.Record([]string{pc.Partnership, section, key, cell(ch.Before), cell(ch.After), cell(ch.Change)}))
	}
	for _, pc := range c.Partnerships {
		add(pc, "score", "overall", pc.Score)
		p := pc.Partners
		before, after := float64(len(p.Retained)+len(p.Exited)), float64(len(p.Retained)+len(p.Entered))
		add(pc, "partners", "count", waves.Change{Before: &before, After: &after})
		add(pc, "partners", "retention", waves.Change{After: pc.Retention})
		for _, k := range waves.MeasureKeys() {
			add(pc, "measures", k, pc.Measures[k])
		}
		if pc.Survey != nil {
			for _, k := range waves.SurveyKeys() {
				add(pc, "survey", k, pc.Survey[k])
			}
		}
	}
	return writeSheet(w, []string{"partnership", "section", "key", "before", "after", "change"}, rows)
}
