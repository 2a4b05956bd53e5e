// Package network provides lipgraph's model of a partnership: partners and
// their sectors, bodies (council, steering committee, working groups, action
// teams, secretariat), memberships with roles and dates, direct ties, and
// plan profiles; the loaders and writers of its CSV folder and JSON document;
// and its graph views on gonum.
//
// # The model
//
// A Network is built from raw Data by New, or read by LoadDir, ReadFS,
// LoadJSON or Load. Building validates everything (ids unique, sectors known
// to the Taxonomy, every membership and tie naming an existing partner and
// body, action teams under working groups, weights positive) and collects
// every problem into one *Error of *Problem values, each naming file, line,
// column, value and what was expected, and wrapping a sentinel such as
// ErrUnknownSector. Nothing half-loaded is returned: either the whole
// network or an error. Input bounds (Config) keep malformed or huge input
// from exhausting memory; no input makes the package panic.
//
// A Network is immutable and safe for concurrent readers; its records come
// in a canonical order (by ID) whatever the input order, so everything
// derived from it is deterministic.
//
// # Graph views
//
// PartnerGraph gives the one-mode partner graph (Combined: the number of
// shared bodies plus tie weights) or another Projection; AffiliationGraph
// the two-mode partner–body graph. Both are *Graph values: compact CSR
// arrays that implement gonum's graph.WeightedUndirected, with node IDs
// 0..n-1 in partner ID order (bodies after partners), and that package
// metrics reads without copying. Subset, Partnership, MembersOf and AsOf
// give sub-networks on which every measure can be recomputed.
//
// # Files
//
// The CSV folder (partners.csv, bodies.csv, memberships.csv, ties.csv,
// profile.csv, ratings.csv) is described in the repository's DATA-FORMAT.md;
// WriteDir and WriteJSON write what LoadDir and LoadJSON read back into an
// equal network.
package network
