package metrics

import (
	"slices"
	"testing"
)

func TestCoreAgainstNetworkx(t *testing.T) {
	for _, name := range refGraphs {
		t.Run(name, func(t *testing.T) {
			g, want := loadRef(t, name)
			core := CoreNumbers(g)
			if !slices.Equal(core, want.CoreNumber) {
				t.Errorf("CoreNumbers = %v, want %v", core, want.CoreNumber)
			}
			if got := KCore(g); !slices.Equal(got, want.KCore) {
				t.Errorf("KCore = %v, want %v", got, want.KCore)
			}
			if m := MaxCore(g); m != slices.Max(want.CoreNumber) {
				t.Errorf("MaxCore = %d, want %d", m, slices.Max(want.CoreNumber))
			}
		})
	}
}

// TestCoreHand: a 4-clique {0,1,2,3}, node 4 tied to 0 and 1, node 5 tied
// to 4 only, node 6 isolated. Peeling: 6 (0), 5 (1), then 4 has degree 2,
// and the clique is the 3-core.
func TestCoreHand(t *testing.T) {
	g := mustGraph(7, [][2]int{{0, 1}, {0, 2}, {0, 3}, {1, 2}, {1, 3}, {2, 3}, {4, 0}, {4, 1}, {5, 4}}, nil)
	if got := CoreNumbers(g); !slices.Equal(got, []int{3, 3, 3, 3, 2, 1, 0}) {
		t.Errorf("CoreNumbers = %v", got)
	}
	if got := KCore(g); !slices.Equal(got, []int{0, 1, 2, 3}) {
		t.Errorf("KCore = %v", got)
	}
	if m := MaxCore(g); m != 3 {
		t.Errorf("MaxCore = %d, want 3", m)
	}
}

func TestCoreEmpty(t *testing.T) {
	g := mustGraph(0, nil, nil)
	if len(CoreNumbers(g)) != 0 || len(KCore(g)) != 0 || MaxCore(g) != 0 {
		t.Error("core measures of empty graph not empty/0")
	}
	// edgeless: every node is in the 0-core
	g = mustGraph(3, nil, nil)
	if got := KCore(g); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("KCore(edgeless) = %v", got)
	}
}
