package metrics

import (
	"math"
	"slices"
	"testing"
)

func TestBasicAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			checkFloat(t, "Density", Density(g), want.Density, 1e-12)
			if got := Degree(g); !slices.Equal(got, want.Degree) {
				t.Errorf("Degree = %v, want %v", got, want.Degree)
			}
			checkFloats(t, "Strength", Strength(g), want.Strength, 1e-12)
			label, sizes := Components(g)
			if !slices.Equal(label, want.Component) || !slices.Equal(sizes, want.ComponentSizes) {
				t.Errorf("Components = %v %v, want %v %v", label, sizes, want.Component, want.ComponentSizes)
			}
		})
	}
}

func TestBasicEmpty(t *testing.T) {
	g := FromEdges(0, nil, nil)
	if d := Density(g); d != 0 {
		t.Errorf("Density(empty) = %v, want 0", d)
	}
	if len(Degree(g)) != 0 || len(Strength(g)) != 0 {
		t.Error("Degree/Strength of empty graph not empty")
	}
	label, sizes := Components(g)
	if len(label) != 0 || sizes == nil || len(sizes) != 0 {
		t.Errorf("Components(empty) = %v %v, want [] []", label, sizes)
	}
}

// TestComponentsHand checks a hand-drawn graph: 0-3, 3-5 and 1-4, with 2
// isolated. Components by smallest index: {0,3,5}=0, {1,4}=1, {2}=2.
func TestComponentsHand(t *testing.T) {
	g := FromEdges(6, [][2]int{{0, 3}, {5, 3}, {4, 1}}, []float64{2, 0.5, 1})
	label, sizes := Components(g)
	if !slices.Equal(label, []int{0, 1, 2, 0, 1, 0}) || !slices.Equal(sizes, []int{3, 2, 1}) {
		t.Errorf("Components = %v %v", label, sizes)
	}
	// strength of 3 is 2 + 0.5; density 3 edges / 15 pairs
	if s := Strength(g)[3]; s != 2.5 {
		t.Errorf("Strength[3] = %v, want 2.5", s)
	}
	if d := Density(g); math.Abs(d-0.2) > 1e-15 {
		t.Errorf("Density = %v, want 0.2", d)
	}
}
