package measures

import (
	"math"
	"slices"
	"sync"

	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// Options configures [Compute]. The zero value computes every measure
// exactly on the combined partner graph with seed 0 and no extra analyses.
type Options struct {
	// Projection weighs the partner graph's edges; the zero value is
	// network.Combined.
	Projection network.Projection
	// BetweennessSamples, when k > 0, estimates betweenness from k seeded
	// pivots (Brandes & Pich 2007, metrics.PathOptions.Samples); closeness
	// and harmonic centrality are then NaN. 0 computes them exactly.
	BetweennessSamples int
	// BetweennessError, when ε > 0, estimates betweenness so that every
	// partner's value is within ε of the exact one with probability
	// BetweennessConfidence (metrics.EstimateBetweenness: Riondato &
	// Kornaropoulos 2016); closeness and harmonic centrality are then NaN.
	// It takes precedence over BetweennessSamples.
	BetweennessError float64
	// BetweennessConfidence is the probability 1 − δ of that bound, in
	// (0, 1); 0 means 0.95.
	BetweennessConfidence float64
	// SkipPaths leaves out the path measures (betweenness, closeness,
	// harmonic and their centralizations, all NaN), which cost a
	// breadth-first search from every partner.
	SkipPaths bool
	// Seed seeds the sampled betweenness pivots, the Louvain communities and
	// the E-I permutation test. The lipgraph command's default is 1.
	Seed uint64
	// EIPermutations, when > 0, tests the sector E-I index against that
	// many random relabellings (Table.EIPValue).
	EIPermutations int
	// KeyPlayers, when k > 0, finds k partners whose removal fragments the
	// graph most (Table.KeyPlayers, Table.FragmentationAfter): greedy
	// KPP-Neg refined by Borgatti's swaps with 16 restarts seeded by Seed
	// (metrics.KeyPlayersSearch), 4 above 10,000 partners, where a restart
	// costs about a second.
	KeyPlayers int
	// Progress, when not nil, is called as Compute moves through its
	// phases, and as the path measures finish their sources. Calls are
	// never concurrent.
	Progress func(Progress)
}

// Progress tells how far [Compute] is.
type Progress struct {
	// Phase names what is being computed, e.g. "computing the measures".
	Phase string
	// Done of Total Units are finished; both are 0 in a phase that does
	// not count its work.
	Done, Total int
	// Unit names what Done and Total count: "sources" (the breadth-first
	// searches of the path measures) or "pairs" (the node pairs sampled
	// by Options.BetweennessError).
	Unit string
	// AtMost says that Total is only the most there will be: the work may
	// end before (the sampled pairs, whose adaptive rule may stop early).
	AtMost bool
}

// Table is the measures table of a network: the whole-network values, then
// PerPartner. The JSON keys up to per_partner are the metrics contract;
// the rest are lipgraph's additions.
type Table struct {
	Partners int `json:"partners"` // nodes of the partner graph
	Edges    int `json:"edges"`    // edges of the partner graph
	// Density is metrics.Density.
	Density Float `json:"density"`
	// Components is the number of connected components.
	Components int `json:"components"`
	// AverageClustering is metrics.AverageClustering (unweighted).
	AverageClustering Float `json:"average_clustering"`
	// Transitivity is metrics.Transitivity.
	Transitivity Float `json:"transitivity"`
	// MaxCore is metrics.MaxCore, the largest core number.
	MaxCore int `json:"max_core"`
	// SectorAssortativity is metrics.AttributeAssortativity by sector.
	SectorAssortativity Float `json:"sector_assortativity"`
	// EIIndex is Krackhardt's E-I index (metrics.EIIndex) by sector.
	EIIndex Float `json:"ei_index"`
	// DegreeCentralization is Freeman's, metrics.DegreeCentralization.
	DegreeCentralization Float `json:"degree_centralization"`
	// Modularity is metrics.Modularity (weighted) of the Louvain
	// communities of PerPartner.
	Modularity Float `json:"modularity"`
	// PerPartner has one row per partner, in partner ID order.
	PerPartner []Row `json:"per_partner"`

	// Projection is the projection's name, e.g. "combined".
	Projection string `json:"projection"`
	// BetweennessSamples and Seed are the options used.
	BetweennessSamples int    `json:"betweenness_samples"`
	Seed               uint64 `json:"seed"`
	// BetweennessError is the bound achieved on every betweenness value
	// with probability BetweennessConfidence, and BetweennessPairs the
	// node pairs sampled for it, under Options.BetweennessError; NaN, NaN
	// and 0 otherwise (metrics.BetweennessEstimate: Error, Confidence,
	// Samples).
	BetweennessError      Float `json:"betweenness_error"`
	BetweennessConfidence Float `json:"betweenness_confidence"`
	BetweennessPairs      int   `json:"betweenness_pairs"`
	// Under Options.BetweennessError: BetweennessErrorTarget is the error
	// asked for, BetweennessPilotPairs the pairs drawn first to share the
	// failure probability among the partners, BetweennessPairsCap the
	// most pairs the adaptive rule may take, BetweennessPairsFixed the
	// pairs of the fixed-size bound, and BetweennessAdaptive whether the
	// adaptive rule set the sample size, else the fixed-size sample was
	// drawn (PilotSamples, MaxSamples, FixedSamples and Adaptive of
	// metrics.BetweennessEstimate); NaN, 0 and false otherwise.
	BetweennessErrorTarget Float `json:"betweenness_error_target"`
	BetweennessPilotPairs  int   `json:"betweenness_pilot_pairs"`
	BetweennessPairsCap    int   `json:"betweenness_pairs_cap"`
	BetweennessPairsFixed  int   `json:"betweenness_pairs_fixed"`
	BetweennessAdaptive    bool  `json:"betweenness_adaptive"`
	// ComponentSizes are the component sizes, largest first.
	ComponentSizes []int `json:"component_sizes"`
	// Communities is the number of Louvain communities.
	Communities int `json:"communities"`
	// BetweennessCentralization and ClosenessCentralization are Freeman's
	// (metrics.BetweennessCentralizationOf, ClosenessCentralizationOf).
	BetweennessCentralization Float `json:"betweenness_centralization"`
	ClosenessCentralization   Float `json:"closeness_centralization"`
	// CategoryEIIndex is the E-I index by sector category.
	CategoryEIIndex Float `json:"category_ei_index"`
	// ArticulationPoints are the IDs of the partners whose removal
	// disconnects others (metrics.ArticulationPoints), in ID order.
	ArticulationPoints []string `json:"articulation_points"`
	// Bridges is the number of edges whose removal disconnects the graph.
	Bridges int `json:"bridges"`
	// CategoryMixing counts edges by the sector categories of their ends
	// (each edge once in each direction, as nx.attribute_mixing_matrix).
	CategoryMixing Mixing `json:"category_mixing"`
	// EIPValue is the two-sided p-value of the sector E-I index from
	// Options.EIPermutations random relabellings, NaN when not run.
	EIPValue Float `json:"ei_p_value"`
	// KeyPlayers are the IDs of the Options.KeyPlayers partners, in set
	// order (metrics.KeyPlayersSearch), and FragmentationAfter Borgatti's
	// F once they are removed (NaN when not run).
	KeyPlayers         []string `json:"key_players"`
	FragmentationAfter Float    `json:"fragmentation_after"`
}

// Mixing is a matrix of edge counts with labelled rows and columns.
type Mixing struct {
	Rows   []string    `json:"rows"`
	Cols   []string    `json:"cols"`
	Counts [][]float64 `json:"counts"`
}

// Row is one partner's measures. Each follows the metrics function named
// beside it, on the partner graph.
type Row struct {
	ID            string `json:"id"`
	Sector        string `json:"sector"`
	Degree        int    `json:"degree"`         // metrics.Degree
	Strength      Float  `json:"strength"`       // metrics.Strength, weighted degree
	Betweenness   Float  `json:"betweenness"`    // metrics.Betweenness, normalised, unweighted
	Closeness     Float  `json:"closeness"`      // metrics.Closeness
	Eigenvector   Float  `json:"eigenvector"`    // metrics.Eigenvector, weighted
	Clustering    Float  `json:"clustering"`     // metrics.Clustering, unweighted
	Core          int    `json:"core"`           // metrics.CoreNumbers
	Constraint    Float  `json:"constraint"`     // metrics.StructuralHoles, weighted; NaN when isolated
	EffectiveSize Float  `json:"effective_size"` // metrics.StructuralHoles, weighted; NaN when isolated
	Community     int    `json:"community"`      // metrics.Louvain label

	Category   string `json:"category"`   // the sector's category
	Harmonic   Float  `json:"harmonic"`   // metrics.Harmonic
	PageRank   Float  `json:"pagerank"`   // metrics.PageRank, damping 0.85
	Efficiency Float  `json:"efficiency"` // metrics.StructuralHoles
	Hierarchy  Float  `json:"hierarchy"`  // metrics.StructuralHoles
	// Brokerage holds the Gould-Fernandez roles over the directed ties,
	// groups being sector categories.
	Brokerage Brokerage `json:"brokerage"`
}

// Brokerage are one partner's Gould-Fernandez brokerage counts and
// z-scores (metrics.Brokerage, as R's sna::brokerage; a z-score is NaN
// where its variance is 0).
type Brokerage struct {
	Coordinator    int `json:"coordinator"`
	Consultant     int `json:"consultant"`
	Representative int `json:"representative"`
	Gatekeeper     int `json:"gatekeeper"`
	Liaison        int `json:"liaison"`
	Total          int `json:"total"`
	Z              struct {
		Coordinator    Float `json:"coordinator"`
		Consultant     Float `json:"consultant"`
		Representative Float `json:"representative"`
		Gatekeeper     Float `json:"gatekeeper"`
		Liaison        Float `json:"liaison"`
		Total          Float `json:"total"`
	} `json:"z"`
}

// Compute computes the measures table of n under opts. A nil network gives
// the table of an empty one.
//
// The path measures (one breadth-first search per source, on all cores) run
// beside the cheaper measures.
func Compute(n *network.Network, opts Options) *Table {
	if n == nil {
		n, _ = network.New(network.Data{}, nil)
	}
	report := func(phase string) {
		if opts.Progress != nil {
			opts.Progress(Progress{Phase: phase})
		}
	}
	tax := n.Taxonomy()
	categories := tax.Categories()
	// The partners' sectors and categories are looked up on another core
	// while the partner graph is built.
	var (
		partners             []network.Partner
		sectorOf, categoryOf []int
		grouped              sync.WaitGroup
	)
	grouped.Go(func() {
		partners = n.Partners()
		sectorOf = sectorIndex(tax, partners)
		categoryOf = categoryIndex(tax, sectorOf)
	})
	report("building the partner graph")
	pg := n.PartnerGraph(opts.Projection)
	g := metrics.NewGraph(pg)
	grouped.Wait()

	report("computing the measures")
	var (
		paths                                      metrics.PathMeasures
		estimate                                   metrics.BetweennessEstimate
		degree, core, community, sizes, articulate []int
		strength, clustering, eigen, pagerank      []float64
		holes                                      metrics.Holes
		transitivity, modularity                   float64
		bridges                                    [][2]int
		whole                                      wholeNetwork
		brokerage                                  *metrics.BrokerageResult
	)
	parallel(
		func() {
			switch {
			case opts.SkipPaths:
			case opts.BetweennessError > 0:
				estimate = estimateBetweenness(g, opts)
				paths.Betweenness = estimate.Betweenness
			default:
				paths = pathMeasures(g, opts)
			}
		},
		func() {
			degree, strength, core = metrics.Degree(g), metrics.Strength(g), metrics.CoreNumbers(g)
			_, sizes = metrics.Components(g)
			bridges, articulate = metrics.Bridges(g), metrics.ArticulationPoints(g)
		},
		func() { clustering, transitivity = metrics.ClusteringTransitivity(g) },
		func() { holes = metrics.StructuralHoles(g) },
		func() { eigen = metrics.Eigenvector(g) },
		func() { pagerank = pageRank(g) },
		func() {
			community = louvain(g, opts)
			modularity = metrics.Modularity(g, community, 1)
		},
		func() { whole = wholeNetworkOf(g, sectorOf, categoryOf, len(categories)) },
		// The brokerage roles need the ties only, not the partner graph.
		func() { brokerage = tieBrokerage(n, categoryOf) },
	)
	nan := Float(math.NaN())
	t := &Table{
		Partners:                  g.Len(),
		Edges:                     g.NumEdges(),
		Density:                   Float(metrics.Density(g)),
		Components:                len(sizes),
		AverageClustering:         Float(mean(clustering)), // metrics.AverageClustering without a second triangle count
		Transitivity:              Float(transitivity),
		MaxCore:                   maxOf(core), // metrics.MaxCore without a second k-core decomposition
		SectorAssortativity:       Float(whole.sectorAssortativity),
		EIIndex:                   Float(whole.ei),
		CategoryEIIndex:           Float(whole.categoryEI),
		DegreeCentralization:      Float(whole.degreeCentralization),
		Modularity:                Float(modularity),
		Projection:                opts.Projection.String(),
		BetweennessSamples:        opts.BetweennessSamples,
		Seed:                      opts.Seed,
		BetweennessError:          nan,
		BetweennessConfidence:     nan,
		BetweennessErrorTarget:    nan,
		ComponentSizes:            slices.Clone(sizes),
		Bridges:                   len(bridges),
		ArticulationPoints:        []string{},
		KeyPlayers:                []string{},
		EIPValue:                  nan,
		FragmentationAfter:        nan,
		BetweennessCentralization: nan,
		ClosenessCentralization:   nan,
		CategoryMixing:            Mixing{Rows: categories, Cols: categories, Counts: whole.mixing},
	}
	if estimate.Betweenness != nil {
		t.BetweennessSamples = 0
		t.BetweennessError, t.BetweennessConfidence = Float(estimate.Error), Float(estimate.Confidence)
		t.BetweennessPairs = estimate.Samples
		t.BetweennessErrorTarget = Float(opts.BetweennessError)
		t.BetweennessPilotPairs, t.BetweennessPairsCap, t.BetweennessPairsFixed = estimate.PilotSamples, estimate.MaxSamples, estimate.FixedSamples
		t.BetweennessAdaptive = estimate.Adaptive
	}
	slices.SortFunc(t.ComponentSizes, func(a, b int) int { return b - a })
	if len(community) > 0 {
		t.Communities = slices.Max(community) + 1
	}
	for _, i := range articulate {
		t.ArticulationPoints = append(t.ArticulationPoints, partners[i].ID)
	}
	if paths.Betweenness != nil {
		t.BetweennessCentralization = Float(metrics.BetweennessCentralizationOf(paths.Betweenness))
	}
	if paths.Closeness != nil {
		t.ClosenessCentralization = Float(metrics.ClosenessCentralizationOf(paths.Closeness))
	}
	rows := make([]Row, len(partners))
	for i := range rows {
		r, p := &rows[i], &partners[i]
		r.ID, r.Sector, r.Category = p.ID, p.Sector, categoryName(categories, categoryOf[i])
		r.Degree, r.Strength = degree[i], Float(strength[i])
		r.Betweenness, r.Closeness, r.Harmonic = at(paths.Betweenness, i), at(paths.Closeness, i), at(paths.Harmonic, i)
		r.Eigenvector, r.PageRank, r.Clustering, r.Core = at(eigen, i), at(pagerank, i), at(clustering, i), core[i]
		r.Constraint, r.EffectiveSize = at(holes.Constraint, i), at(holes.EffectiveSize, i)
		r.Efficiency, r.Hierarchy = at(holes.Efficiency, i), at(holes.Hierarchy, i)
		r.Community, r.Brokerage = community[i], brokerageOf(brokerage, i)
	}
	t.PerPartner = rows
	if opts.EIPermutations > 0 {
		report("testing the E-I index")
		t.EIPValue = Float(metrics.EIPermutationTest(g, sectorOf, opts.EIPermutations, opts.Seed).P)
	}
	if opts.KeyPlayers > 0 {
		report("searching for key players")
		t.KeyPlayers, t.FragmentationAfter = keyPlayers(g, partners, opts.KeyPlayers, opts.Seed)
	}
	return t
}

// wholeNetwork holds the whole-network values of the Table computed from
// the graph and the partners' groups alone.
type wholeNetwork struct {
	sectorAssortativity, ei, categoryEI, degreeCentralization float64
	mixing                                                    [][]float64
}

// wholeNetworkOf computes them: metrics.AttributeAssortativity and
// metrics.EIIndex by sector, metrics.EIIndex and metrics.MixingMatrix by
// category (of categories in all), and metrics.DegreeCentralization.
func wholeNetworkOf(g *metrics.Graph, sectorOf, categoryOf []int, categories int) wholeNetwork {
	return wholeNetwork{
		sectorAssortativity:  metrics.AttributeAssortativity(g, sectorOf),
		ei:                   metrics.EIIndex(g, sectorOf),
		categoryEI:           metrics.EIIndex(g, categoryOf),
		degreeCentralization: metrics.DegreeCentralization(g),
		mixing:               metrics.MixingMatrix(g, categoryOf, categoryOf, categories, categories),
	}
}

// KeyPlayers returns the IDs of the k partners whose removal fragments the
// partner graph of n under opts.Projection most, in set order, and
// Borgatti's fragmentation F once they are removed: the Table.KeyPlayers
// and Table.FragmentationAfter that Compute gives with Options.KeyPlayers
// set to k, under opts.Seed, without the other measures. For k <= 0, or a
// nil network, there are none and F is NaN.
func KeyPlayers(n *network.Network, k int, opts Options) ([]string, Float) {
	if k <= 0 || n == nil {
		return []string{}, Float(math.NaN())
	}
	return keyPlayers(metrics.NewGraph(n.PartnerGraph(opts.Projection)), n.Partners(), k, opts.Seed)
}

// keyPlayers finds k key players of g, whose nodes are partners: greedy
// KPP-Neg refined by Borgatti's swaps, with keyPlayerRestarts seeded
// restarts.
func keyPlayers(g *metrics.Graph, partners []network.Partner, k int, seed uint64) ([]string, Float) {
	players, f := metrics.KeyPlayersSearch(g, k, metrics.KeyPlayerOptions{Restarts: keyPlayerRestarts(g.Len()), Seed: seed})
	ids := make([]string, len(players))
	for j, i := range players {
		ids[j] = partners[i].ID
	}
	return ids, Float(f)
}

// pathMeasures computes betweenness, closeness and harmonic centrality,
// reporting the sources done.
func pathMeasures(g *metrics.Graph, opts Options) metrics.PathMeasures {
	po := metrics.PathOptions{Samples: opts.BetweennessSamples, Seed: opts.Seed}
	if opts.Progress != nil {
		po.Progress = func(done, total int) {
			opts.Progress(Progress{Phase: "computing shortest paths", Done: done, Total: total, Unit: "sources"})
		}
	}
	return metrics.Paths(g, po)
}

// keyPlayerRestarts is the number of swap-search restarts for n partners.
func keyPlayerRestarts(n int) int {
	if n > 10000 {
		return 4
	}
	return 16
}

// estimateBetweenness estimates betweenness within opts.BetweennessError.
func estimateBetweenness(g *metrics.Graph, opts Options) metrics.BetweennessEstimate {
	conf := opts.BetweennessConfidence
	if conf == 0 {
		conf = 0.95
	}
	po := metrics.PathOptions{Seed: opts.Seed}
	if opts.Progress != nil {
		po.Progress = func(done, total int) {
			opts.Progress(Progress{Phase: "estimating betweenness", Done: done, Total: total, Unit: "pairs", AtMost: true})
		}
	}
	return metrics.EstimateBetweenness(g, opts.BetweennessError, 1-conf, po)
}

// pageRank is the PageRank column: damping 0.85.
func pageRank(g *metrics.Graph) []float64 { return metrics.PageRank(g, 0.85) }

// louvain is the community column: Louvain communities under opts.Seed.
func louvain(g *metrics.Graph, opts Options) []int {
	return metrics.Louvain(g, metrics.LouvainOptions{Seed: opts.Seed})
}

// tieBrokerage runs the brokerage analysis on the directed ties (source
// reported a tie to target), grouped by sector category.
func tieBrokerage(n *network.Network, categoryOf []int) *metrics.BrokerageResult {
	return metrics.Brokerage(n.TieNodes(), n.NumPartners(), categoryOf)
}

func brokerageOf(r *metrics.BrokerageResult, i int) Brokerage {
	raw, z := r.Raw[i], r.Z[i]
	var b Brokerage
	b.Coordinator, b.Consultant, b.Representative = int(raw[metrics.Coordinator]), int(raw[metrics.Itinerant]), int(raw[metrics.Representative])
	b.Gatekeeper, b.Liaison, b.Total = int(raw[metrics.Gatekeeper]), int(raw[metrics.Liaison]), int(raw[metrics.BrokerageTotal])
	b.Z.Coordinator, b.Z.Consultant, b.Z.Representative = Float(z[metrics.Coordinator]), Float(z[metrics.Itinerant]), Float(z[metrics.Representative])
	b.Z.Gatekeeper, b.Z.Liaison, b.Z.Total = Float(z[metrics.Gatekeeper]), Float(z[metrics.Liaison]), Float(z[metrics.BrokerageTotal])
	return b
}

// at returns s[i] as a Float, NaN when s is nil (a measure not computed).
func at(s []float64, i int) Float {
	if s == nil {
		return Float(math.NaN())
	}
	return Float(s[i])
}

// parallel runs fns concurrently and returns when all have.
func parallel(fns ...func()) {
	var wg sync.WaitGroup
	for _, f := range fns {
		wg.Go(f)
	}
	wg.Wait()
}

// sectorIndex returns each partner's sector as its index in the taxonomy's
// Keys.
func sectorIndex(tax *network.Taxonomy, partners []network.Partner) []int {
	keys := tax.Keys()
	out := make([]int, len(partners))
	for i, p := range partners {
		out[i], _ = slices.BinarySearch(keys, p.Sector)
	}
	return out
}

// categoryIndex returns, for the partners' sectors as sectorIndex gives
// them, each partner's sector category as its index in the taxonomy's
// Categories, looked up once per sector.
func categoryIndex(tax *network.Taxonomy, sectorOf []int) []int {
	categories := tax.Categories()
	sectors := tax.Sectors() // in the order of Keys
	ofSector := make([]int, len(sectors))
	for s, info := range sectors {
		ofSector[s] = slices.Index(categories, info.Category)
	}
	out := make([]int, len(sectorOf))
	for i, s := range sectorOf {
		out[i] = -1 // a sector not in the taxonomy (not in a validated network)
		if s < len(ofSector) {
			out[i] = ofSector[s]
		}
	}
	return out
}

// categoryName returns the category of index c in categories, as
// categoryIndex gives it: "" for -1, as Taxonomy.Category gives for a
// sector it does not know.
func categoryName(categories []string, c int) string {
	if c < 0 {
		return ""
	}
	return categories[c]
}

// maxOf returns the largest of xs, 0 when empty, as metrics.MaxCore.
func maxOf(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
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
