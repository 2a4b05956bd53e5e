// Package metrics provides the network measures used to describe a
// partnership network: density, components, degree and strength, clustering
// and transitivity, k-cores, betweenness, closeness, harmonic, eigenvector and
// PageRank centrality, Freeman centralization, and the structural-hole,
// brokerage, diversity, community and robustness measures. It knows nothing
// about Local Immigration Partnerships and works on any gonum graph.
//
// # Graphs and result slices
//
// Every measure runs on a [Graph], the compact read-only CSR view that
// [NewGraph] builds from any gonum graph.Undirected (edge weights from
// graph.Weighted when present, 1 otherwise) and [FromEdges] builds from an
// edge list. A per-node measure returns a slice indexed by node index
// 0..g.Len()-1; node indices follow ascending gonum node IDs, and
// [Graph.ID] and [Graph.Index] translate between the two.
//
// # Definitions
//
// Unless a doc comment says otherwise, each measure follows the function of
// networkx 2.8 that it names, on the undirected graph, and agrees with it to
// 1e-9 for exact measures and 1e-6 for iterative ones; the reference values
// and the script that made them are in testdata/ref. PageRank is solved to
// convergence (conjugate gradients on the symmetric form an undirected
// graph allows) and so agrees with nx.pagerank run with a tight tolerance;
// networkx's default tolerance leaves differences of up to about 2e-5.
// Path measures (betweenness, closeness, harmonic and their
// centralizations) ignore weights and count hops; strength, eigenvector
// and PageRank use the weights, which must be positive.
//
// The shortest-path measures come from one breadth-first search per source
// on the CSR arrays, 64 sources at a time (see [Paths]): exact betweenness
// is O(nm) time and O(n) memory per worker, spread over all cores, and
// [PathOptions] Samples gives the seeded pivot estimator of Brandes & Pich
// (2007) for large graphs.
//
// # Undefined values and empty graphs
//
// A value that is undefined is math.NaN(): the average clustering of an
// empty graph, a centralization of a graph with fewer than three nodes, the
// eigenvector centrality of a graph with no edges. Writers should emit NaN as
// null. Isolated nodes get the value networkx gives them (usually 0), which
// each doc comment states. An empty graph gives empty slices.
//
// # Determinism
//
// Every result is a pure function of the graph and the options: parallel
// measures split their work into fixed blocks and sum the blocks in a fixed
// order, so results are identical bit for bit from run to run and for any
// number of workers; randomised measures take a seed.
package metrics
