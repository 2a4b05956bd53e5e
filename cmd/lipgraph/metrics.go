package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/lipgraph/lipgraph/internal/csvsafe"
	"github.com/lipgraph/lipgraph/internal/termsafe"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

func init() {
	register(&command{
		name:    "metrics",
		args:    "[PATH]",
		summary: "network measures of the partner graph: whole-network and per partner (DATA-FORMAT.md's metrics contract)",
		flags: func(fs *flag.FlagSet) runFunc {
			f := &metricsFlags{format: formatFlag(fs, "text", "json", "csv")}
			projectionFlag(fs, &f.projection, "partner graph weighting")
			f.samples = countFlag(fs, "betweenness-samples", 0, "estimate betweenness from `K` seeded pivots (Brandes & Pich 2007); 0 = exact. Closeness is then null")
			fs.Uint64Var(&f.seed, "seed", 1, "seed for sampled betweenness, Louvain communities and the E-I permutation test")
			f.eiPermutations = countFlag(fs, "ei-permutations", 0, "test the sector E-I index against `N` random relabellings (ei_p_value); 0 = skip")
			f.keyPlayers = countFlag(fs, "key-players", 0, "find `K` partners whose loss fragments the graph most (Borgatti's greedy KPP-Neg); 0 = skip")
			f.filters.bind(fs)
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
	filters
}

// num is a float that JSON-encodes NaN and ±Inf as null.
type num float64

func (x num) MarshalJSON() ([]byte, error) { return x.appendJSON(nil), nil }

// appendJSON appends x as encoding/json would write a float64 (shortest
// representation, exponent form below 1e-6 and from 1e21), or null.
func (x num) appendJSON(b []byte) []byte {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	abs := math.Abs(f)
	if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		b = strconv.AppendFloat(b, f, 'e', -1, 64)
		// clean up e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
		return b
	}
	return strconv.AppendFloat(b, f, 'f', -1, 64)
}

func (x num) String() string {
	f := float64(x)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return ""
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// at returns s[i] as a num, NaN when s is nil (a measure not computed).
func at(s []float64, i int) num {
	if s == nil {
		return num(math.NaN())
	}
	return num(s[i])
}

// networkMetrics is the JSON object of `lipgraph metrics --format json`: the
// keys of DATA-FORMAT.md, then lipgraph's additions.
type networkMetrics struct {
	Partners             int              `json:"partners"`
	Edges                int              `json:"edges"`
	Density              num              `json:"density"`
	Components           int              `json:"components"`
	AverageClustering    num              `json:"average_clustering"`
	Transitivity         num              `json:"transitivity"`
	MaxCore              int              `json:"max_core"`
	SectorAssortativity  num              `json:"sector_assortativity"`
	EIIndex              num              `json:"ei_index"`
	DegreeCentralization num              `json:"degree_centralization"`
	Modularity           num              `json:"modularity"`
	PerPartner           []partnerMetrics `json:"per_partner"`

	Projection                string   `json:"projection"`
	BetweennessSamples        int      `json:"betweenness_samples"`
	Seed                      uint64   `json:"seed"`
	ComponentSizes            []int    `json:"component_sizes"`
	Communities               int      `json:"communities"`
	BetweennessCentralization num      `json:"betweenness_centralization"`
	ClosenessCentralization   num      `json:"closeness_centralization"`
	CategoryEIIndex           num      `json:"category_ei_index"`
	ArticulationPoints        []string `json:"articulation_points"`
	Bridges                   int      `json:"bridges"`
	// CategoryMixing counts edges by the sector categories of their ends
	// (each edge once in each direction, as nx.attribute_mixing_matrix).
	CategoryMixing mixing `json:"category_mixing"`
	// EIPValue is the two-sided p-value of the sector E-I index from
	// --ei-permutations random relabellings, null when not run.
	EIPValue num `json:"ei_p_value"`
	// KeyPlayers are the --key-players partners, in the order chosen, and
	// FragmentationAfter Borgatti's F once they are removed.
	KeyPlayers         []string `json:"key_players"`
	FragmentationAfter num      `json:"fragmentation_after"`
}

// mixing is a matrix of edge counts with labelled rows and columns.
type mixing struct {
	Rows   []string    `json:"rows"`
	Cols   []string    `json:"cols"`
	Counts [][]float64 `json:"counts"`
}

// partnerMetrics is one entry of per_partner.
type partnerMetrics struct {
	ID            string `json:"id"`
	Sector        string `json:"sector"`
	Degree        int    `json:"degree"`
	Strength      num    `json:"strength"`
	Betweenness   num    `json:"betweenness"`
	Closeness     num    `json:"closeness"`
	Eigenvector   num    `json:"eigenvector"`
	Clustering    num    `json:"clustering"`
	Core          int    `json:"core"`
	Constraint    num    `json:"constraint"`
	EffectiveSize num    `json:"effective_size"`
	Community     int    `json:"community"`

	Category   string `json:"category"`
	Harmonic   num    `json:"harmonic"`
	PageRank   num    `json:"pagerank"`
	Efficiency num    `json:"efficiency"`
	Hierarchy  num    `json:"hierarchy"`
	// Brokerage holds the Gould-Fernandez roles over the directed ties,
	// groups being sector categories.
	Brokerage brokerageRoles `json:"brokerage"`
}

// brokerageRoles are one partner's Gould-Fernandez counts and z-scores (as
// R's sna::brokerage; a z-score is null where its variance is 0).
type brokerageRoles struct {
	Coordinator    int `json:"coordinator"`
	Consultant     int `json:"consultant"`
	Representative int `json:"representative"`
	Gatekeeper     int `json:"gatekeeper"`
	Liaison        int `json:"liaison"`
	Total          int `json:"total"`
	Z              struct {
		Coordinator    num `json:"coordinator"`
		Consultant     num `json:"consultant"`
		Representative num `json:"representative"`
		Gatekeeper     num `json:"gatekeeper"`
		Liaison        num `json:"liaison"`
		Total          num `json:"total"`
	} `json:"z"`
}

// tieBrokerage runs the brokerage analysis on the directed ties (source
// reported a tie to target), grouped by sector category.
func tieBrokerage(n *network.Network, pg *network.Graph, categoryOf []int) *metrics.BrokerageResult {
	ties := n.Ties()
	arcs := make([][2]int, len(ties))
	for k, t := range ties {
		s, _ := pg.PartnerNode(t.Source)
		d, _ := pg.PartnerNode(t.Target)
		arcs[k] = [2]int{int(s), int(d)}
	}
	return metrics.Brokerage(arcs, pg.Len(), categoryOf)
}

func brokerageOf(r *metrics.BrokerageResult, i int) brokerageRoles {
	raw, z := r.Raw[i], r.Z[i]
	var b brokerageRoles
	b.Coordinator, b.Consultant, b.Representative = int(raw[metrics.Coordinator]), int(raw[metrics.Itinerant]), int(raw[metrics.Representative])
	b.Gatekeeper, b.Liaison, b.Total = int(raw[metrics.Gatekeeper]), int(raw[metrics.Liaison]), int(raw[metrics.BrokerageTotal])
	b.Z.Coordinator, b.Z.Consultant, b.Z.Representative = num(z[metrics.Coordinator]), num(z[metrics.Itinerant]), num(z[metrics.Representative])
	b.Z.Gatekeeper, b.Z.Liaison, b.Z.Total = num(z[metrics.Gatekeeper]), num(z[metrics.Liaison]), num(z[metrics.BrokerageTotal])
	return b
}

func (f *metricsFlags) run(e *env, args []string) error {
	proj, samples, seed := f.projection, *f.samples, f.seed
	n, err := f.filters.load(e, args)
	if err != nil {
		return err
	}
	e.progress.step("building the partner graph")
	m := computeMetrics(e, n, proj, samples, seed)
	eiPerms, keyPlayers := *f.eiPermutations, *f.keyPlayers
	var g *metrics.Graph
	if eiPerms > 0 || keyPlayers > 0 {
		g = metrics.NewGraph(n.PartnerGraph(proj))
	}
	if k := eiPerms; k > 0 {
		e.progress.step("testing the E-I index")
		m.EIPValue = num(metrics.EIPermutationTest(g, sectorIndex(n), k, seed).P)
	}
	if k := keyPlayers; k > 0 {
		e.progress.step("searching for key players")
		players, f := metrics.KeyPlayers(g, k)
		for _, i := range players {
			m.KeyPlayers = append(m.KeyPlayers, m.PerPartner[i].ID)
		}
		m.FragmentationAfter = num(f)
	}
	switch f.format.name {
	case "json":
		return writeMetricsJSON(e.stdout, m)
	case "csv":
		return m.writeCSV(e.stdout)
	}
	return m.writeText(e.text)
}

// computeMetrics computes every measure of the metrics contract. The path
// measures (one BFS per source, on all cores) run while the cheaper
// measures are computed beside them.
func computeMetrics(e *env, n *network.Network, proj network.Projection, samples int, seed uint64) *networkMetrics {
	pg := n.PartnerGraph(proj)
	g := metrics.NewGraph(pg)
	partners := n.Partners()
	tax := n.Taxonomy()
	sectorOf := sectorIndex(n)
	categories := tax.Categories()
	categoryOf := make([]int, len(partners))
	for i, p := range partners {
		categoryOf[i] = slices.Index(categories, tax.Category(p.Sector))
	}

	e.progress.step("computing the measures")
	// The measures are independent: run them side by side (Paths itself
	// spreads its sources over every core). At 100,000 partners this takes
	// the whole run from 7.0 s to about 5.5 s (bench/compare.sh metrics-sampled).
	var (
		paths                                      metrics.PathMeasures
		degree, core, community, sizes, articulate []int
		strength, clustering, eigen, pagerank      []float64
		holes                                      metrics.Holes
		brokerage                                  *metrics.BrokerageResult
		transitivity                               float64
		bridges                                    [][2]int
	)
	parallel(
		func() { paths = metrics.Paths(g, metrics.PathOptions{Samples: samples, Seed: seed}) },
		func() {
			degree, strength, core = metrics.Degree(g), metrics.Strength(g), metrics.CoreNumbers(g)
			_, sizes = metrics.Components(g)
			bridges, articulate = metrics.Bridges(g), metrics.ArticulationPoints(g)
		},
		func() { clustering = metrics.Clustering(g) },
		func() { transitivity = metrics.Transitivity(g) },
		func() { holes = metrics.StructuralHoles(g) },
		func() { brokerage = tieBrokerage(n, pg, categoryOf) },
		func() { eigen = metrics.Eigenvector(g) },
		func() { pagerank = metrics.PageRank(g, 0.85) },
		func() { community = metrics.Louvain(g, metrics.LouvainOptions{Seed: seed}) },
	)
	constraint, effSize, efficiency, hierarchy := holes.Constraint, holes.EffectiveSize, holes.Efficiency, holes.Hierarchy
	m := &networkMetrics{
		Partners:             g.Len(),
		Edges:                g.Edges(),
		Density:              num(metrics.Density(g)),
		Components:           len(sizes),
		AverageClustering:    num(mean(clustering)), // metrics.AverageClustering without a second triangle count
		Transitivity:         num(transitivity),
		MaxCore:              metrics.MaxCore(g),
		SectorAssortativity:  num(metrics.AttributeAssortativity(g, sectorOf)),
		EIIndex:              num(metrics.EIIndex(g, sectorOf)),
		CategoryEIIndex:      num(metrics.EIIndex(g, categoryOf)),
		DegreeCentralization: num(metrics.DegreeCentralization(g)),
		Modularity:           num(metrics.Modularity(g, community, 1)),
		Projection:           proj.String(),
		BetweennessSamples:   samples,
		Seed:                 seed,
		ComponentSizes:       slices.Clone(sizes),
		Bridges:              len(bridges),
		ArticulationPoints:   []string{},
		KeyPlayers:           []string{},
		EIPValue:             num(math.NaN()),
		FragmentationAfter:   num(math.NaN()),
		CategoryMixing: mixing{Rows: categories, Cols: categories,
			Counts: metrics.MixingMatrix(g, categoryOf, categoryOf, len(categories), len(categories))},
	}
	slices.SortFunc(m.ComponentSizes, func(a, b int) int { return b - a })
	if len(community) > 0 {
		m.Communities = slices.Max(community) + 1
	}
	for _, i := range articulate {
		m.ArticulationPoints = append(m.ArticulationPoints, partners[i].ID)
	}
	m.BetweennessCentralization = num(metrics.BetweennessCentralizationOf(paths.Betweenness))
	m.ClosenessCentralization = num(math.NaN())
	if paths.Closeness != nil {
		m.ClosenessCentralization = num(metrics.ClosenessCentralizationOf(paths.Closeness))
	}
	m.PerPartner = make([]partnerMetrics, len(partners))
	for i, p := range partners {
		m.PerPartner[i] = partnerMetrics{
			ID: p.ID, Sector: p.Sector, Category: tax.Category(p.Sector),
			Degree: degree[i], Strength: num(strength[i]),
			Betweenness: at(paths.Betweenness, i), Closeness: at(paths.Closeness, i), Harmonic: at(paths.Harmonic, i),
			Eigenvector: at(eigen, i), PageRank: at(pagerank, i), Clustering: at(clustering, i), Core: core[i],
			Constraint: at(constraint, i), EffectiveSize: at(effSize, i), Efficiency: at(efficiency, i),
			Hierarchy: at(hierarchy, i), Community: community[i],
			Brokerage: brokerageOf(brokerage, i),
		}
	}
	return m
}

// csvColumns are the per-partner columns of the CSV output, in order.
var csvColumns = []string{"id", "sector", "category", "degree", "strength", "betweenness", "closeness", "harmonic",
	"eigenvector", "pagerank", "clustering", "core", "constraint", "effective_size", "efficiency", "hierarchy", "community",
	"coordinator", "consultant", "representative", "gatekeeper", "liaison"}

func (p partnerMetrics) row() []string {
	return []string{p.ID, p.Sector, p.Category, strconv.Itoa(p.Degree), p.Strength.String(), p.Betweenness.String(),
		p.Closeness.String(), p.Harmonic.String(), p.Eigenvector.String(), p.PageRank.String(), p.Clustering.String(),
		strconv.Itoa(p.Core), p.Constraint.String(), p.EffectiveSize.String(), p.Efficiency.String(),
		p.Hierarchy.String(), strconv.Itoa(p.Community), strconv.Itoa(p.Brokerage.Coordinator),
		strconv.Itoa(p.Brokerage.Consultant), strconv.Itoa(p.Brokerage.Representative),
		strconv.Itoa(p.Brokerage.Gatekeeper), strconv.Itoa(p.Brokerage.Liaison)}
}

// writeCSV writes one row per partner; undefined values are empty cells.
func (m *networkMetrics) writeCSV(w io.Writer) error {
	rows := make([][]string, len(m.PerPartner))
	for i, p := range m.PerPartner {
		rows[i] = csvsafe.Record(p.row())
	}
	return network.WriteCSV(w, csvColumns, rows)
}

// writeText writes the whole-network measures, then a table of partners.
func (m *networkMetrics) writeText(w io.Writer) error {
	var b strings.Builder
	f := func(x num) string {
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
	if !math.IsNaN(float64(m.EIPValue)) {
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
		fmt.Fprintf(&b, "betweenness        estimated from %d pivots (seed %d); closeness not computed\n", m.BetweennessSamples, m.Seed)
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

// parallel runs fns concurrently and returns when all have.
func parallel(fns ...func()) {
	var wg sync.WaitGroup
	for _, f := range fns {
		wg.Go(f)
	}
	wg.Wait()
}

// sectorIndex returns each partner's sector as its index in the taxonomy.
func sectorIndex(n *network.Network) []int {
	keys := n.Taxonomy().Keys()
	out := make([]int, n.NumPartners())
	for i, p := range n.Partners() {
		out[i], _ = slices.BinarySearch(keys, p.Sector)
	}
	return out
}

// mean returns the mean of xs, NaN when empty, summing in order as
// metrics.AverageClustering does.
func mean(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
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

// table aligns columns of text: the first left columns left-aligned, the
// rest right-aligned.
type table struct {
	left int
	rows [][]string
}

func newTable(left int, header ...string) *table { return &table{left: left, rows: [][]string{header}} }

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// maxColumn caps the width a column is padded to, in characters: a longer
// cell (a very long id) is written whole but not padded to, so that one
// hostile value cannot pad every row of the table.
const maxColumn = 40

func (t *table) write(b *strings.Builder) {
	width := make([]int, len(t.rows[0]))
	for _, r := range t.rows {
		for i, c := range r {
			r[i] = termsafe.Line(c)
			if n := utf8.RuneCountInString(r[i]); n <= maxColumn {
				width[i] = max(width[i], n)
			}
		}
	}
	for _, r := range t.rows {
		for i, c := range r {
			pad := strings.Repeat(" ", max(0, width[i]-utf8.RuneCountInString(c)))
			if i > 0 {
				b.WriteString("  ")
			}
			if i < t.left {
				b.WriteString(c + pad)
			} else {
				b.WriteString(pad + c)
			}
		}
		b.WriteString("\n")
	}
}

var _ json.Marshaler = num(0)
