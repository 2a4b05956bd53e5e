// Package waves compares the waves of a partnership, such as the same Local
// Immigration Partnership's data for 2022 and 2024, and summarises its
// partner surveys.
//
// [SummariseSurvey] reads the ratings of a network (ratings.csv: how each
// partner rates the others on the Levels of Collaboration scale of Frey et
// al. 2006, and on the trust and value items of the PARTNER survey tool)
// into response rates, trust and value scores, how each partner is seen, the
// density of coordination and the pairs who disagree about their
// relationship.
//
// [Compare] matches the partners of two waves by id and reports, per
// partnership, who stayed, entered and left, the bodies formed and closed,
// the change of the scorecard and of network measures such as the ties that
// cross sector categories (the "more linkages and co-ordination across
// sectors" that Burr 2011 names as an outcome indicator), and the change of
// the survey when both waves have one.
package waves
