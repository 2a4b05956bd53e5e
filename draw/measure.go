package draw

import (
	"fmt"
	"strconv"

	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/network"
)

// Measure is the per-partner measure that sizes the nodes of the partner
// diagram. The zero value, SizeNone, draws every node the same size.
type Measure uint8

// The columns of the measures table (package measures) a partner diagram
// can be sized by.
const (
	SizeNone        Measure = iota
	SizeDegree              // the degree column: number of partners tied to
	SizeStrength            // the strength column: sum of tie weights
	SizeBetweenness         // the betweenness column: normalised, unweighted
	SizeEigenvector         // the eigenvector column: on the weights
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

// sizes returns the column of the measures table that m names
// (measures.PartnerColumn) scaled to [0, 1] by its maximum; all zeros for
// SizeNone, an edgeless graph or a NaN measure.
func sizes(n *network.Network, proj network.Projection, m Measure) []float64 {
	out := make([]float64, n.NumPartners())
	if m == SizeNone {
		return out
	}
	col, err := measures.PartnerColumn(n, m.String(), measures.Options{Projection: proj, Seed: 1})
	if err != nil {
		return out
	}
	hi := 0.0
	for _, x := range col {
		if !x.IsNaN() {
			hi = max(hi, float64(x))
		}
	}
	for i, x := range col {
		if hi > 0 && !x.IsNaN() {
			out[i] = float64(x) / hi
		}
	}
	return out
}
