// Package lipgraph analyses Local Immigration Partnerships (LIPs) and other
// inter-organizational partnerships as networks.
//
// A LIP is a council of organizations from many sectors (settlement
// agencies, municipal government, employers, health, schools, libraries,
// police…) with working groups, action teams and a secretariat, that plans
// how a community welcomes newcomers. lipgraph models it as a graph, measures
// it, scores it against best-practice criteria and national benchmarks,
// recommends what would close the gaps, and draws it.
//
// # Packages and how data flows
//
//	CSV folder / JSON ──network.Load──▶ *network.Network ──PartnerGraph──▶ *network.Graph (gonum)
//	                                          │                                   │
//	                                          │                        metrics.NewGraph (CSR, no copy)
//	                                          ▼                                   ▼
//	                                   collab.Score ◀──── measures ──── package metrics
//	                                          │
//	                                          ▼
//	              scorecard, recommendations ──▶ draw (DOT) ──▶ render (SVG, PNG)
//	                                          └──▶ export (GraphML, GEXF, CSV)
//
// The packages:
//
//   - [github.com/lipgraph/lipgraph/network]: the model (partners, sectors,
//     bodies, memberships, ties, plan profiles), validation with located
//     errors, loaders and writers, and the partner and affiliation graphs as
//     gonum graphs.
//   - [github.com/lipgraph/lipgraph/metrics]: generic network measures on
//     any gonum undirected graph, checked against networkx 2.8; no LIP
//     knowledge.
//   - [github.com/lipgraph/lipgraph/measures]: the measures table of a
//     partnership network (lipgraph metrics, the exports, diagram sizes):
//     whole-network values and one row per partner, with its JSON contract.
//   - [github.com/lipgraph/lipgraph/collab]: the LIP domain: criteria,
//     scorecards, domain measures and recommendations.
//   - [github.com/lipgraph/lipgraph/waves]: partner surveys (ratings of
//     collaboration, trust and value) and the comparison of two waves of a
//     partnership: who entered and left, score and measure changes.
//   - [github.com/lipgraph/lipgraph/draw]: Graphviz diagrams of the
//     structure and of the partner network, with the scorecard's gaps.
//   - [github.com/lipgraph/lipgraph/render]: DOT to SVG, PNG or PDF, with
//     Graphviz built in (WebAssembly) or the system's; never imported by
//     network, metrics or collab.
//   - [github.com/lipgraph/lipgraph/export]: GraphML, GEXF and CSV exports
//     for Gephi and other tools.
//   - cmd/lipgraph: the command-line tool (validate, convert, report,
//     metrics, score, survey, compare, dot, render, export).
//
// This package itself only carries the built-in sample partnerships
// (Samples), so that programs and tests can run without files.
package lipgraph

import "embed"

// Samples holds the built-in sample partnerships, each a folder of the CSV
// layout: testdata/midsize (a mid-size city LIP of 40 partners),
// testdata/smallcentre (a small-centre LIP of 12 partners with real gaps)
// and testdata/neighbourhood (a neighbourhood LIP). Read one with
// network.ReadFS(lipgraph.Samples, "testdata/midsize", nil).
//
//go:embed testdata/midsize/*.csv testdata/smallcentre/*.csv testdata/neighbourhood/*.csv
var Samples embed.FS
