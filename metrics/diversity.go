package metrics

import (
	"math"
	"slices"
)

// Diversity measures of a categorical attribute over any set of partners (a
// body, an ego network, the whole network): pass the labels of the members,
// one per member. The empty string is a category like any other.

// labelShares returns the proportion p_c of each category in labels, in
// ascending label order (so sums are deterministic).
func labelShares(labels []string) []float64 {
	counts := make(map[string]int, 8)
	for _, l := range labels {
		counts[l]++
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	p := make([]float64, len(keys))
	for i, k := range keys {
		p[i] = float64(counts[k]) / float64(len(labels))
	}
	return p
}

// Blau returns Blau's index of heterogeneity 1 − Σ_c p_c², where p_c is the
// share of labels equal to category c (Blau 1977, Inequality and
// Heterogeneity; the Gini-Simpson index): 0 when all members share one
// category, approaching 1 with many equally common categories. It returns NaN
// for no labels.
func Blau(labels []string) float64 {
	if len(labels) == 0 {
		return math.NaN()
	}
	s := 0.0
	for _, p := range labelShares(labels) {
		s += p * p
	}
	return 1 - s
}

// IQV returns the index of qualitative variation, Blau's index divided by its
// maximum 1 − 1/K, where K is the number of possible categories (not only
// those observed; Agresti & Agresti 1978). It is 1 when all K categories are
// equally common. It returns NaN for no labels, for K < 2, and when more than
// K distinct categories are observed.
func IQV(labels []string, k int) float64 {
	if k < 2 || len(labels) == 0 || len(labelShares(labels)) > k {
		return math.NaN()
	}
	return Blau(labels) / (1 - 1/float64(k))
}

// Entropy returns the Shannon entropy −Σ_c p_c ln p_c of the labels, in nats
// (natural logarithm; divide by ln 2 for bits). It is 0 for one category and
// ln K for K equally common categories. It returns NaN for no labels.
func Entropy(labels []string) float64 {
	if len(labels) == 0 {
		return math.NaN()
	}
	h := 0.0
	for _, p := range labelShares(labels) {
		h -= p * math.Log(p)
	}
	return h
}

// LabelsOf returns labels[v] for each node index v in nodes, skipping indices
// outside labels: the attribute values of a set of partners, ready for Blau,
// IQV or Entropy.
func LabelsOf(labels []string, nodes []int) []string {
	out := make([]string, 0, len(nodes))
	for _, v := range nodes {
		if v >= 0 && v < len(labels) {
			out = append(out, labels[v])
		}
	}
	return out
}
