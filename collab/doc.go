// Package collab scores Local Immigration Partnerships against best
// practice and national benchmarks, explains every score, and recommends the
// changes that would close the gaps.
//
// # Criteria
//
// A [Criterion] is data: an ID ("bp.city-in-most-working-groups"), a set, a
// title, the source it comes from (every built-in one names its published source, e.g.
// "Qayyum et al. 2012, in Lecours 2018"), a weight, and
// either a threshold rule on a named built-in measure ([MeasureNames]) or a
// Go function. [Builtin] returns the seven built-in sets of [SetNames]:
// best-practice (Qayyum et al.'s four yes/no conditions), national (the
// IRCC 2016 composition benchmarks, each with its national share; items
// half of LIPs or fewer have are context, see [NationalCutoff]), structure
// (terms of reference, secretariat, the five development stages; optional
// structures as context), governance (the municipality at the council,
// broad-based leadership; government levels as context), themes (context),
// voice (newcomers at the table or consulted) and diversity (category IQV
// of the council and working groups, mainstream breadth, resilience by size
// and funding). [ReadCriteria] loads a criteria JSON file that keeps,
// reweights or replaces them and adds criteria over the named measures
// (format in the README's "Scoring a partnership").
//
// # Scoring
//
// A threshold criterion passes at or above Pass (score 100), is partial
// from Partial (score 50-99, linear in between) and fails below (score
// 0-49); it is Unknown when the data to judge it is absent (no profile.csv
// row, an empty cell), and AsContext when it is reported for context
// ([Criterion].Context) or does not apply. The overall score is
// conservative: Σ w·score / Σ w over every scored criterion, an unknown one
// counting 0, so missing data never raises a score;
// [Scorecard].OverallMax is what a full answer could reach.
//
// "Seated" on a body means any role but staff; a government partner counts
// fully only with a role other than observer, and in a municipally housed
// partnership (profile lead = municipal) the municipality's staff count as
// the city taking part. Every membership counts, whatever its since/until:
// call network.Network.AsOf first, and set [Options].AsOf, to judge the
// partnership as of a date (an annual action plan then counts only for the
// fiscal year of that date).
//
// # Recommendations
//
// A [Change] is a short list of edits ([Edit]: add a partner, set a role, add a
// body, set a profile answer) with one applier: the what-if copies scored
// during the search and [Change.Apply] on network.Data make the same edits.
// Candidates stay within the LIP's reach (governments are invited to name a
// representative), bring partners whose sector fits a table's theme, and
// combine the steps one criterion needs (the city onto every working group
// a majority needs; a needs assessment, then the strategy, then the
// municipal council). A greedy search keeps, at each step, the change that
// raises the overall score most, up to Options.MaxChanges (none unless asked
// for: DefaultMaxChanges recommends as lipgraph score does); the changes are
// then listed in the order the work happens (plan stages first, then the
// four best practices, then the rest). Each [Recommendation] carries the
// overall score once it and every earlier change are made and the criteria
// it raises.
//
// # Many partnerships and domain measures
//
// [ScoreAll] scores and ranks every partnership of a dataset and
// [Benchmarks] compares them with the national shares. [Measure] computes
// the domain measures: municipal engagement, cross-sector ties (E-I index,
// mixing matrix, and brokers by Gould-Fernandez roles on the reported ties,
// via package metrics), coverage gaps and participation. [AllGaps] gives
// every partnership's gaps, by the criteria's own rules, for a diagram to
// highlight.
//
// # Determinism
//
// Criteria keep their order; evidence lists are sorted (categories in
// taxonomy order); recommendations and rankings break ties by a fixed
// order. No input makes the package panic.
package collab
