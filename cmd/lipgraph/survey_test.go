package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/internal/golden"
)

// TestSurveyGolden runs survey on both waves of the Riverton sample in every
// format from the repository root. Every number in these files is checked
// against testdata/waves/check_waves.py by the waves package's tests; this
// test pins the formatting.
func TestSurveyGolden(t *testing.T) {
	t.Chdir("../..")
	for _, year := range []string{"2022", "2024"} {
		for _, f := range []string{"text", "json", "markdown", "csv"} {
			out, errs, code := runCLI(t, "survey", "testdata/waves/"+year, "--format", f)
			if code != 0 || errs != "" {
				t.Fatalf("%s %s: exit %d, stderr %q", year, f, code, errs)
			}
			golden.Check(t, filepath.Join(testDir, "testdata", "golden", "survey", year+"."+f), []byte(out))
		}
	}
}

// TestSurveyJSONContract checks the keys of the survey JSON contract in the
// README.
func TestSurveyJSONContract(t *testing.T) {
	out, _, code := runCLI(t, "survey", "../../testdata/waves/2022", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"partners", "respondents", "response_rate", "non_respondents", "ratings", "trust", "trust_percent",
		"value", "value_percent", "collaboration", "coordination_pairs", "coordination_density", "trust_within_categories",
		"trust_across_categories", "per_partner", "disagreements"} {
		if _, ok := m[k]; !ok {
			t.Errorf("survey JSON lacks %q", k)
		}
	}
	pp := m["per_partner"].([]any)
	row := pp[5].(map[string]any) // riverton-housing: rated by nobody
	if row["id"] != "riverton-housing" || row["trust"] != nil || row["ratings_received"] != 0.0 {
		t.Errorf("unrated partner = %v, want riverton-housing with null trust and 0 ratings", row)
	}
}

// TestSurveyBroken: bad survey inputs exit 1 and print each problem with
// file, line, column and value, exactly as testdata/broken/*/want.txt.
func TestSurveyBroken(t *testing.T) {
	t.Chdir("../..")
	for _, c := range []string{"bad-rating", "unknown-rater", "self-rating", "duplicate-rating"} {
		dir := "testdata/broken/" + c
		out, errs, code := runCLI(t, "survey", dir)
		want, err := os.ReadFile(filepath.Join(dir, "want.txt"))
		if err != nil {
			t.Fatal(err)
		}
		if code != 1 || out != "" || errs != string(want) {
			t.Errorf("survey %s: exit %d, stdout %q, stderr:\n%s\nwant exit 1 and stderr:\n%s", dir, code, out, errs, want)
		}
		if !strings.Contains(errs, "ratings.csv:") {
			t.Errorf("survey %s: problems do not name ratings.csv:\n%s", dir, errs)
		}
	}
}

// TestValidateRatings: validate counts the survey's ratings (40 rows in
// testdata/waves/2022/ratings.csv) and leaves the line out without a survey.
func TestValidateRatings(t *testing.T) {
	out, _, code := runCLI(t, "validate", "../../testdata/waves/2022")
	if code != 0 || !strings.Contains(out, "ratings         40 (partner survey") {
		t.Errorf("exit %d, output:\n%s", code, out)
	}
	out, _, _ = runCLI(t, "validate", "../../testdata/smallcentre", "--format", "json")
	if strings.Contains(out, `"ratings"`) {
		t.Errorf("ratings key without a survey:\n%s", out)
	}
}

// TestMetricsSurveyProjection: metrics --projection survey measures the
// survey network; its edges, density and components are those of
// testdata/waves/check_waves.py (reference.json, survey_graph).
func TestMetricsSurveyProjection(t *testing.T) {
	b, err := os.ReadFile("../../testdata/waves/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Survey map[string]struct {
			Graph struct {
				Edges, Components int
				Density           float64
			} `json:"survey_graph"`
		} `json:"survey"`
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	for _, year := range []string{"2022", "2024"} {
		out, errs, code := runCLI(t, "metrics", "../../testdata/waves/"+year, "--projection", "survey", "--format", "json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", year, code, errs)
		}
		var m struct {
			Edges, Components int
			Density           float64
		}
		if err := json.Unmarshal([]byte(out), &m); err != nil {
			t.Fatal(err)
		}
		want := ref.Survey[year].Graph
		if m.Edges != want.Edges || m.Components != want.Components || math.Abs(m.Density-want.Density) > 1e-12 {
			t.Errorf("%s: edges, components, density = %d, %d, %v; want %d, %d, %v", year, m.Edges, m.Components, m.Density, want.Edges, want.Components, want.Density)
		}
	}
}
