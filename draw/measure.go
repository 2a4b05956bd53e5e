package draw

import (
	"fmt"
	"math"
	"strconv"

	"github.com/lipgraph/lipgraph/metrics"
)

// Measure is the per-partner measure that sizes the nodes of the partner
// diagram. The zero value, SizeNone, draws every node the same size.
type Measure uint8

// The measures of package metrics a partner diagram can be sized by.
const (
	SizeNone    Measure = iota
	Degree              // metrics.Degree: number of partners tied to
	Strength            // metrics.Strength: sum of tie weights
	Betweenness         // metrics.Betweenness, normalised, unweighted
	Eigenvector         // metrics.Eigenvector, on the weights
)

var measureNames = [...]string{"none", "degree", "strength", "betweenness", "eigenvector"}

// String returns the name ParseMeasure reads, e.g. "betweenness".
func (m Measure) String() string {
	if int(m) < len(measureNames) {
		return measureNames[m]
	}
	return "Measure(" + strconv.Itoa(int(m)) + ")"
}

// ParseMeasure parses "none", "degree", "strength", "betweenness" or
// "eigenvector".
func ParseMeasure(s string) (Measure, error) {
	for i, name := range measureNames {
		if name == s {
			return Measure(i), nil
		}
	}
	return 0, fmt.Errorf("draw: unknown measure %q: want none, degree, strength, betweenness or eigenvector", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (m Measure) MarshalText() ([]byte, error) {
	if int(m) >= len(measureNames) {
		return nil, fmt.Errorf("draw: invalid Measure(%d)", m)
	}
	return []byte(m.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseMeasure].
func (m *Measure) UnmarshalText(b []byte) error {
	v, err := ParseMeasure(string(b))
	if err == nil {
		*m = v
	}
	return err
}

// Grouping chooses the clusters of the partner diagram. The zero value,
// GroupNone, draws no clusters.
type Grouping uint8

// The groupings of a partner diagram.
const (
	GroupNone        Grouping = iota
	GroupCommunity            // Louvain communities (metrics.Louvain, seed 1)
	GroupPartnership          // the partners' Partnership field
)

var groupingNames = [...]string{"none", "community", "partnership"}

// String returns the name ParseGrouping reads, e.g. "community".
func (g Grouping) String() string {
	if int(g) < len(groupingNames) {
		return groupingNames[g]
	}
	return "Grouping(" + strconv.Itoa(int(g)) + ")"
}

// ParseGrouping parses "none", "community" or "partnership".
func ParseGrouping(s string) (Grouping, error) {
	for i, name := range groupingNames {
		if name == s {
			return Grouping(i), nil
		}
	}
	return 0, fmt.Errorf("draw: unknown grouping %q: want none, community or partnership", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (g Grouping) MarshalText() ([]byte, error) {
	if int(g) >= len(groupingNames) {
		return nil, fmt.Errorf("draw: invalid Grouping(%d)", g)
	}
	return []byte(g.String()), nil
}

// UnmarshalText implements [encoding.TextUnmarshaler] with [ParseGrouping].
func (g *Grouping) UnmarshalText(b []byte) error {
	v, err := ParseGrouping(string(b))
	if err == nil {
		*g = v
	}
	return err
}

// sizes returns the measure of each node scaled to [0, 1] by its maximum;
// all zeros for SizeNone, an edgeless graph or a NaN measure.
func sizes(g *metrics.Graph, m Measure) []float64 {
	s := make([]float64, g.Len())
	switch m {
	case Degree:
		for i, d := range metrics.Degree(g) {
			s[i] = float64(d)
		}
	case Strength:
		s = metrics.Strength(g)
	case Betweenness:
		s = metrics.Betweenness(g)
	case Eigenvector:
		s = metrics.Eigenvector(g)
	}
	hi := 0.0
	for _, x := range s {
		if !math.IsNaN(x) {
			hi = max(hi, x)
		}
	}
	out := make([]float64, len(s))
	for i, x := range s {
		if hi > 0 && !math.IsNaN(x) {
			out[i] = x / hi
		}
	}
	return out
}
