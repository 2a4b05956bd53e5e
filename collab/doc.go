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
// best-practice (Qayyum et al.'s four criteria), national (the IRCC 2016
// composition benchmarks, each with its national share), structure (bodies
// and the five development stages), governance (municipal, provincial and
// federal presence), themes (common working-group themes and Welcoming
// Communities domains), voice (newcomers at the table or consulted) and
// diversity (category IQV of the council and of each working group).
// [ReadCriteria] loads a criteria JSON file that keeps, reweights or
// replaces them and adds criteria over the named measures (format in
// the README's "Scoring a partnership").
//
// # Scoring
//
// A threshold criterion passes at or above Pass (score 100), is partial
// from Partial (score 50-99, linear in between) and fails below (score
// 0-49); it is unknown when the data to judge it is absent (no profile.csv
// row, an empty cell). The overall score is the weighted mean over the
// criteria with a known status: unknown criteria are left out, not counted
// as failures, and the scorecard says how much weight was judged.
//
// "Seated" on a body means any role but staff; a government partner counts
// fully only with a role other than observer. Every membership counts,
// whatever its since/until: call network.Network.AsOf first to judge the
// partnership as of a date.
//
// # Recommendations
//
// Candidate changes (bring an existing partner of a missing sector onto the
// council, recruit one, add the municipal partner to a working group, make
// an observer a full member, add a mainstream member to a working group,
// form a working group on a missing common theme, staff a secretariat, and
// the profile facts answered "no") are applied to what-if copies of the
// partnership and re-scored; a greedy search keeps, at each step, the
// change that raises the overall score most (ties: the candidate listed
// first), up to Options.MaxChanges. Each [Recommendation] carries the
// overall score once it and every earlier change are made;
// [Change.Apply] makes the same change on network.Data.
//
// # Many partnerships and domain measures
//
// [ScoreAll] scores and ranks every partnership of a dataset and
// [Benchmarks] compares them with the national shares. [Measure] computes
// the domain measures: municipal engagement, cross-sector ties (E-I index,
// mixing matrix and brokers by category, via package metrics), coverage
// gaps and participation.
//
// # Determinism
//
// Criteria keep their order; evidence lists are sorted (categories in
// taxonomy order); recommendations and rankings break ties by a fixed
// order. No input makes the package panic.
package collab
