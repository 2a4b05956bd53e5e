package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/network"
)

func init() {
	register(&command{
		name:    "metrics",
		args:    "[PATH]",
		summary: "network measures of the partner graph: whole-network and per partner; see the README for the keys",
		flags: func(fs *flag.FlagSet, b *boundary) runFunc {
			f := &metricsFlags{format: formatFlag(fs, b, "text", "json", "csv")}
			projectionFlag(fs, &f.projection, "partner graph weighting")
			f.samples = countFlag(fs, "betweenness-samples", 0, "estimate betweenness from `K` seeded pivots (Brandes & Pich 2007); 0 = exact. Closeness is then null")
			fs.Float64Var(&f.betweennessError, "betweenness-error", 0, "estimate betweenness within `EPS` of the exact value for every partner, with probability --confidence, sampling until that is certain (KADABRA, Borassi & Natale 2016; Riondato & Kornaropoulos 2016); 0 = exact. Closeness is then null")
			fs.Float64Var(&f.confidence, "confidence", 0.95, "probability `1-DELTA` that every --betweenness-error estimate is within EPS")
			seedFlag(fs, &f.seed, 1, "`N` seeds sampled betweenness, Louvain communities and the E-I permutation test")
			f.eiPermutations = countFlag(fs, "ei-permutations", 0, "test the sector E-I index against `N` random relabellings (ei_p_value); 0 = skip")
			f.keyPlayers = countFlag(fs, "key-players", 0, "find `K` partners whose loss fragments the graph most (Borgatti's KPP-Neg: greedy, then swaps with 16 seeded restarts, 4 above 10,000 partners); 0 = skip")
			outputFlag(fs, b, &f.out, "write to `FILE` instead of standard output")
			f.filters.bind(fs)
			f.given = givenOn(fs)
			return f.run
		},
	})
}

// metricsFlags are the options of lipgraph metrics.
type metricsFlags struct {
	format                              *choice
	projection                          network.Projection
	samples, eiPermutations, keyPlayers *int
	seed                                uint64
	betweennessError, confidence        float64
	out                                 string
	given                               func(name string) bool // whether the flag was on the command line
	filters
}

func (f *metricsFlags) run(e *env, args []string) error {
	if !(f.betweennessError >= 0 && f.betweennessError < 1) {
		return fmt.Errorf("%w: --betweenness-error %v: want 0 (exact betweenness) or an error above 0 and below 1, such as 0.01", errUsage, f.betweennessError)
	}
	if !(f.confidence > 0 && f.confidence < 1) {
		return fmt.Errorf("%w: --confidence %v: want a probability strictly between 0 and 1, such as 0.95", errUsage, f.confidence)
	}
	// two ways of estimating betweenness, or a confidence with nothing to
	// apply to, are refused rather than one of them silently ignored
	if *f.samples > 0 && f.betweennessError > 0 {
		return fmt.Errorf("%w: --betweenness-samples %d and --betweenness-error %v: choose one: K pivots (fast, no bound on the error) or a guaranteed error EPS", errUsage, *f.samples, f.betweennessError)
	}
	if f.betweennessError == 0 && f.given("confidence") {
		return fmt.Errorf("%w: --confidence %v applies to --betweenness-error only: add --betweenness-error EPS, such as 0.01 (exact or sampled betweenness has no confidence)", errUsage, f.confidence)
	}
	if *f.samples == 0 && f.betweennessError == 0 {
		e.progress.setHint("exact betweenness takes minutes on a network this size; --betweenness-error 0.01 gives every partner's value within 0.01 of it (with probability 0.95) in seconds")
	}
	e.asOf = &f.asOf // memberships are counted: warn about ended ones
	n, err := f.filters.load(e, args)
	if err != nil {
		return err
	}
	t := measures.Compute(n, measures.Options{
		Projection: f.projection, BetweennessSamples: *f.samples, Seed: f.seed,
		BetweennessError: f.betweennessError, BetweennessConfidence: f.confidence,
		EIPermutations: *f.eiPermutations, KeyPlayers: *f.keyPlayers,
		Progress: e.progress.report,
	})
	e.progress.done()
	write := writeMetricsText
	switch f.format.name {
	case "json":
		write = func(t *measures.Table, w io.Writer) error {
			return withWarnings(e, w, func(w io.Writer) error { return t.WriteJSON(w) })
		}
	case "csv":
		write = writeMetricsCSV
	}
	if f.out != "" {
		return writeFile(f.out, func(w io.Writer) error { return write(t, w) })
	}
	return write(t, e.stdout)
}

// writeMetricsCSV writes one row per partner, the columns of
// measures.Columns; undefined values are empty cells.
func writeMetricsCSV(t *measures.Table, w io.Writer) error {
	var header []string
	for _, c := range measures.Columns() {
		header = append(header, c.Name)
	}
	rows := make([][]string, len(t.PerPartner))
	for i := range t.PerPartner {
		rows[i] = t.PerPartner[i].Cells(nil, measures.Float.String)
	}
	return writeSheet(w, header, rows)
}

// writeMetricsText writes the whole-network measures, then a table of
// partners.
func writeMetricsText(m *measures.Table, w io.Writer) error {
	var b strings.Builder
	f := func(x measures.Float) string {
		if s := x.String(); s != "" {
			return strconv.FormatFloat(float64(x), 'f', 4, 64)
		}
		return "n/a"
	}
	fmt.Fprintf(&b, "partner graph (%s): %d partners, %d edges, density %s\n", m.Projection, m.Partners, m.Edges, f(m.Density))
	fmt.Fprintf(&b, "components         %d (sizes %s)\n", m.Components, joinInts(m.ComponentSizes, 8))
	fmt.Fprintf(&b, "clustering         average %s, transitivity %s\n", f(m.AverageClustering), f(m.Transitivity))
	fmt.Fprintf(&b, "largest k-core     %d\n", m.MaxCore)
	fmt.Fprintf(&b, "centralization     degree %s, betweenness %s, closeness %s\n", f(m.DegreeCentralization), f(m.BetweennessCentralization), f(m.ClosenessCentralization))
	fmt.Fprintf(&b, "mixing             sector assortativity %s, E-I by sector %s, by category %s\n", f(m.SectorAssortativity), f(m.EIIndex), f(m.CategoryEIIndex))
	fmt.Fprintf(&b, "communities        %d (Louvain, seed %d), modularity %s\n", m.Communities, m.Seed, f(m.Modularity))
	fmt.Fprintf(&b, "cut points         %d articulation points, %d bridges\n", len(m.ArticulationPoints), m.Bridges)
	if len(m.KeyPlayers) > 0 {
		fmt.Fprintf(&b, "key players        %s (fragmentation once removed %s)\n", strings.Join(m.KeyPlayers, ", "), f(m.FragmentationAfter))
	}
	if !m.EIPValue.IsNaN() {
		fmt.Fprintf(&b, "E-I permutation    p = %s (two-sided)\n", f(m.EIPValue))
	}
	b.WriteString("\nedges by category (row × column)\n")
	mt := newTable(1, append([]string{""}, m.CategoryMixing.Cols...)...)
	for i, r := range m.CategoryMixing.Rows {
		cells := []string{r}
		for _, x := range m.CategoryMixing.Counts[i] {
			cells = append(cells, strconv.FormatFloat(x, 'f', -1, 64))
		}
		mt.add(cells...)
	}
	mt.write(&b)
	if m.BetweennessSamples > 0 {
		fmt.Fprintf(&b, "betweenness        estimated from %d pivots (seed %d), with no bound on the error (--betweenness-error EPS gives one); closeness not computed\n", m.BetweennessSamples, m.Seed)
	}
	if !m.BetweennessError.IsNaN() {
		how := fmt.Sprintf("the adaptive rule stopped there; the fixed-size bound needs %d pairs, and sampling stops at %d at the latest", m.BetweennessPairsFixed, m.BetweennessPairsCap)
		if !m.BetweennessAdaptive {
			how = "the pilot predicted no earlier stop, so the fixed-size sample was drawn"
		}
		fmt.Fprintf(&b, "betweenness        estimated within %s (%s asked) of the exact values with probability %s, from %d sampled pairs (seed %d) after a pilot of %d pairs: %s; closeness not computed\n",
			f(m.BetweennessError), f(m.BetweennessErrorTarget), f(m.BetweennessConfidence), m.BetweennessPairs, m.Seed,
			m.BetweennessPilotPairs, how)
	}
	b.WriteString("\n")
	tw := newTable(2, "id", "sector", "degree", "strength", "betweenness", "closeness", "eigenvector", "clustering", "core", "constraint", "eff.size", "community")
	for _, p := range m.PerPartner {
		tw.add(p.ID, p.Sector, strconv.Itoa(p.Degree), f(p.Strength), f(p.Betweenness), f(p.Closeness), f(p.Eigenvector),
			f(p.Clustering), strconv.Itoa(p.Core), f(p.Constraint), f(p.EffectiveSize), strconv.Itoa(p.Community))
	}
	tw.write(&b)
	_, err := io.WriteString(w, b.String())
	return err
}

func joinInts(xs []int, max int) string {
	var parts []string
	for i, x := range xs {
		if i == max {
			parts = append(parts, fmt.Sprintf("… %d more", len(xs)-max))
			break
		}
		parts = append(parts, strconv.Itoa(x))
	}
	return strings.Join(parts, ", ")
}
