package waves_test

import (
	"encoding/json"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/lipgraph/lipgraph/internal/sampletest"
	"github.com/lipgraph/lipgraph/network"
	"github.com/lipgraph/lipgraph/waves"
)

// reference is testdata/waves/reference.json, written by
// testdata/waves/check_waves.py (stdlib csv and networkx 2.8, no code shared
// with lipgraph).
type reference struct {
	Survey  map[string]refSurvey `json:"survey"`
	Compare json.RawMessage      `json:"compare"`
}

type refSurvey struct {
	Partners            int      `json:"partners"`
	Respondents         int      `json:"respondents"`
	Ratings             int      `json:"ratings"`
	CoordinationPairs   int      `json:"coordination_pairs"`
	ResponseRate        float64  `json:"response_rate"`
	CoordinationDensity float64  `json:"coordination_density"`
	Trust               *float64 `json:"trust"`
	TrustPercent        *float64 `json:"trust_percent"`
	Value               *float64 `json:"value"`
	ValuePercent        *float64 `json:"value_percent"`
	Collaboration       *float64 `json:"collaboration"`
	TrustWithin         *float64 `json:"trust_within_categories"`
	TrustAcross         *float64 `json:"trust_across_categories"`
	NonRespondents      []string `json:"non_respondents"`
	PerPartner          []struct {
		ID              string   `json:"id"`
		RatingsReceived int      `json:"ratings_received"`
		Trust           *float64 `json:"trust"`
		Value           *float64 `json:"value"`
		Collaboration   *float64 `json:"collaboration"`
	} `json:"per_partner"`
	Disagreements []waves.Disagreement `json:"disagreements"`
	SurveyGraph   struct {
		Edges    int                `json:"edges"`
		Strength map[string]float64 `json:"strength"`
	} `json:"survey_graph"`
}

func loadReference(t *testing.T) *reference {
	t.Helper()
	b, err := os.ReadFile("../testdata/waves/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref reference
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	return &ref
}

func close(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func closePtr(t *testing.T, what string, got, want *float64) {
	t.Helper()
	switch {
	case got == nil && want == nil:
	case got == nil || want == nil:
		t.Errorf("%s = %v, want %v", what, fmtPtr(got), fmtPtr(want))
	case !close(*got, *want):
		t.Errorf("%s = %v, want %v", what, *got, *want)
	}
}

func fmtPtr(p *float64) any {
	if p == nil {
		return "null"
	}
	return *p
}

// TestSurveyReference checks every number of SummariseSurvey on both waves
// against check_waves.py.
func TestSurveyReference(t *testing.T) {
	ref := loadReference(t)
	for _, year := range []string{"2022", "2024"} {
		t.Run(year, func(t *testing.T) {
			want := ref.Survey[year]
			s := waves.SummariseSurvey(sampletest.Wave(t, year))
			if s.Partners != want.Partners || s.Respondents != want.Respondents || s.Ratings != want.Ratings || s.CoordinationPairs != want.CoordinationPairs {
				t.Errorf("partners, respondents, ratings, coordination pairs = %d, %d, %d, %d; want %d, %d, %d, %d",
					s.Partners, s.Respondents, s.Ratings, s.CoordinationPairs, want.Partners, want.Respondents, want.Ratings, want.CoordinationPairs)
			}
			if !close(s.ResponseRate, want.ResponseRate) || !close(s.CoordinationDensity, want.CoordinationDensity) {
				t.Errorf("response rate, coordination density = %v, %v; want %v, %v", s.ResponseRate, s.CoordinationDensity, want.ResponseRate, want.CoordinationDensity)
			}
			closePtr(t, "trust", s.Trust, want.Trust)
			closePtr(t, "trust_percent", s.TrustPercent, want.TrustPercent)
			closePtr(t, "value", s.Value, want.Value)
			closePtr(t, "value_percent", s.ValuePercent, want.ValuePercent)
			closePtr(t, "collaboration", s.Collaboration, want.Collaboration)
			closePtr(t, "trust within", s.TrustWithin, want.TrustWithin)
			closePtr(t, "trust across", s.TrustAcross, want.TrustAcross)
			var non []string
			for _, p := range s.NonRespondents {
				non = append(non, p.ID)
			}
			if !slices.Equal(non, want.NonRespondents) {
				t.Errorf("non-respondents = %v, want %v", non, want.NonRespondents)
			}
			if len(s.PerPartner) != len(want.PerPartner) {
				t.Fatalf("%d per-partner rows, want %d", len(s.PerPartner), len(want.PerPartner))
			}
			for i, w := range want.PerPartner {
				g := s.PerPartner[i]
				if g.ID != w.ID || g.RatingsReceived != w.RatingsReceived {
					t.Errorf("per_partner[%d] = %s with %d ratings, want %s with %d", i, g.ID, g.RatingsReceived, w.ID, w.RatingsReceived)
				}
				closePtr(t, g.ID+" trust", g.Trust, w.Trust)
				closePtr(t, g.ID+" value", g.Value, w.Value)
				closePtr(t, g.ID+" collaboration", g.Collaboration, w.Collaboration)
			}
			if !slices.Equal(s.Disagreements, want.Disagreements) {
				t.Errorf("disagreements = %v, want %v", s.Disagreements, want.Disagreements)
			}
		})
	}
}

// TestSurveyProjection checks network.Survey's partner graph against the
// survey network of check_waves.py: edges, and each partner's strength.
func TestSurveyProjection(t *testing.T) {
	ref := loadReference(t)
	for _, year := range []string{"2022", "2024"} {
		want := ref.Survey[year].SurveyGraph
		g := sampletest.Wave(t, year).PartnerGraph(network.Survey)
		if g.NumEdges() != want.Edges {
			t.Errorf("%s: %d edges, want %d", year, g.NumEdges(), want.Edges)
		}
		ids, off, _, w := g.CSR()
		for i, id := range ids {
			s := 0.0
			for _, x := range w[off[i]:off[i+1]] {
				s += x
			}
			if label := g.Label(id); !close(s, want.Strength[label]) {
				t.Errorf("%s: strength of %s = %v, want %v", year, label, s, want.Strength[label])
			}
		}
	}
}

// TestSurveyEmpty: a network without ratings has no respondents and null
// means, not NaN.
func TestSurveyEmpty(t *testing.T) {
	n, err := network.New(network.Data{Partners: []network.Partner{{ID: "a", Sector: "health"}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	s := waves.SummariseSurvey(n)
	if s.Respondents != 0 || s.ResponseRate != 0 || s.Trust != nil || s.Collaboration != nil || len(s.NonRespondents) != 1 {
		t.Errorf("survey of no ratings = %+v", s)
	}
	if _, err := json.Marshal(s); err != nil {
		t.Error(err)
	}
}
