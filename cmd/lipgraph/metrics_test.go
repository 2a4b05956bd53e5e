package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/measures"
)

func TestMetricsFormatsAndFilters(t *testing.T) {
	t.Chdir("../..")
	out, _, code := runCLI(t, "metrics", "testdata/midsize", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) != 41 || recs[0][0] != "id" {
		t.Fatalf("csv: exit %d, %v, %d rows", code, err, len(recs))
	}
	out, _, code = runCLI(t, "metrics", "--category", "mainstream", "testdata/midsize", "--format", "json")
	var m measures.Table
	if code != 0 || json.Unmarshal([]byte(out), &m) != nil {
		t.Fatalf("filter: exit %d", code)
	}
	for _, p := range m.PerPartner {
		if p.Category != "mainstream" {
			t.Errorf("--category mainstream kept %s (%s)", p.ID, p.Category)
		}
	}
	// brokerage roles partition each partner's open two-paths
	out, _, _ = runCLI(t, "metrics", "testdata/midsize", "--format", "json")
	var full measures.Table
	if err := json.Unmarshal([]byte(out), &full); err != nil {
		t.Fatal(err)
	}
	brokers := 0
	for _, p := range full.PerPartner {
		b := p.Brokerage
		if b.Coordinator+b.Consultant+b.Representative+b.Gatekeeper+b.Liaison != b.Total {
			t.Errorf("%s: brokerage roles %+v do not add up to the total", p.ID, b)
		}
		brokers += b.Total
	}
	if brokers == 0 {
		t.Error("no brokerage at all in the mid-size sample")
	}
	// mixing counts every edge twice; the extras run on request
	total := 0.0
	for _, row := range full.CategoryMixing.Counts {
		for _, x := range row {
			total += x
		}
	}
	if int(total) != 2*full.Edges {
		t.Errorf("category mixing sums to %v, want 2 × %d edges", total, full.Edges)
	}
	if !strings.Contains(out, `"key_players": []`) || !strings.Contains(out, `"ei_p_value": null`) {
		t.Error("key players / E-I test ran unasked")
	}
	out, _, _ = runCLI(t, "metrics", "testdata/neighbourhood", "--format", "json", "--key-players", "2", "--ei-permutations", "99")
	var extra struct {
		KeyPlayers []string `json:"key_players"`
		EIP        *float64 `json:"ei_p_value"`
		F          *float64 `json:"fragmentation_after"`
	}
	if err := json.Unmarshal([]byte(out), &extra); err != nil || len(extra.KeyPlayers) != 2 || extra.EIP == nil || extra.F == nil || *extra.EIP <= 0 || *extra.EIP > 1 {
		t.Errorf("--key-players 2 --ei-permutations 99: %+v %v", extra, err)
	}
	// sampled betweenness with as many pivots as partners is exact
	exact, _, _ := runCLI(t, "metrics", "testdata/smallcentre", "--format", "json")
	sampled, _, _ := runCLI(t, "metrics", "testdata/smallcentre", "--format", "json", "--betweenness-samples", "12")
	var a, b measures.Table
	json.Unmarshal([]byte(exact), &a)
	json.Unmarshal([]byte(sampled), &b)
	for i := range a.PerPartner {
		if a.PerPartner[i].Betweenness != b.PerPartner[i].Betweenness {
			t.Errorf("%s: sampled with k=n %v != exact %v", a.PerPartner[i].ID, b.PerPartner[i].Betweenness, a.PerPartner[i].Betweenness)
		}
	}
	few, _, _ := runCLI(t, "metrics", "testdata/midsize", "--format", "json", "--betweenness-samples", "5")
	if !strings.Contains(few, `"closeness": null`) {
		t.Error("sampled run must report closeness as null")
	}
	// the text says how betweenness was estimated, and that nothing bounds
	// the error, pointing to what does
	if text, _, _ := runCLI(t, "metrics", "testdata/midsize", "--betweenness-samples", "5"); !strings.Contains(text,
		"betweenness        estimated from 5 pivots (seed 1), with no bound on the error (--betweenness-error EPS gives one); closeness not computed\n") {
		t.Errorf("sampled run, text: no line on how betweenness was estimated in\n%s", text)
	}
	// a guaranteed error: reported, and every value within it of the exact
	// ones of the same sample
	exactMid, _, _ := runCLI(t, "metrics", "testdata/midsize", "--format", "json")
	bounded, _, _ := runCLI(t, "metrics", "testdata/midsize", "--format", "json", "--betweenness-error", "0.05", "--confidence", "0.9")
	var em, bm measures.Table
	if json.Unmarshal([]byte(exactMid), &em) != nil || json.Unmarshal([]byte(bounded), &bm) != nil {
		t.Fatal("metrics JSON does not decode")
	}
	if bm.BetweennessError.IsNaN() || bm.BetweennessError > 0.05 || bm.BetweennessConfidence != 0.9 || bm.BetweennessPairs == 0 {
		t.Errorf("--betweenness-error 0.05: error %v confidence %v pairs %d", bm.BetweennessError, bm.BetweennessConfidence, bm.BetweennessPairs)
	}
	for i, p := range bm.PerPartner {
		if d := p.Betweenness - em.PerPartner[i].Betweenness; d > bm.BetweennessError || -d > bm.BetweennessError {
			t.Errorf("%s: estimate %v, exact %v", p.ID, p.Betweenness, em.PerPartner[i].Betweenness)
		}
	}
	if bm.BetweennessErrorTarget != 0.05 || bm.BetweennessPilotPairs <= 0 || bm.BetweennessPairs > bm.BetweennessPairsCap || bm.BetweennessPairsFixed <= 0 {
		t.Errorf("--betweenness-error 0.05: asked %v, pilot %d, pairs %d, cap %d, fixed %d", bm.BetweennessErrorTarget,
			bm.BetweennessPilotPairs, bm.BetweennessPairs, bm.BetweennessPairsCap, bm.BetweennessPairsFixed)
	}
	for _, args := range [][]string{{"metrics", "--projection", "bogus"}, {"metrics", "--as-of", "20x"},
		{"metrics", "--confidence", "1"}, {"metrics", "--betweenness-error", "-0.1"}} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	// an error out of range is refused with the value and what is wanted
	for _, eps := range []string{"-0.1", "1", "1.5", "NaN", "+Inf"} {
		_, errs, code := runCLI(t, "metrics", "testdata/midsize", "--betweenness-error", eps)
		if code != 2 || !strings.Contains(errs, "--betweenness-error") || !strings.Contains(errs, "above 0 and below 1") {
			t.Errorf("--betweenness-error %s: exit %d, %q", eps, code, errs)
		}
	}
	// two ways of estimating betweenness, or a confidence without an
	// error to apply to, are refused, naming the flags
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--betweenness-samples", "10", "--betweenness-error", "0.1"}, "--betweenness-samples 10 and --betweenness-error 0.1: choose one"},
		{[]string{"--confidence", "0.9"}, "--confidence 0.9 applies to --betweenness-error only"},
		{[]string{"--confidence", "0.9", "--betweenness-samples", "10"}, "--confidence 0.9 applies to --betweenness-error only"},
	} {
		_, errs, code := runCLI(t, append([]string{"metrics", "testdata/midsize"}, c.args...)...)
		if code != 2 || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, %q; want exit 2 and %q", c.args, code, errs, c.want)
		}
	}
	// the default confidence given explicitly is fine with an error
	if _, errs, code := runCLI(t, "metrics", "testdata/midsize", "--betweenness-error", "0.2", "--confidence", "0.95"); code != 0 {
		t.Errorf("--betweenness-error 0.2 --confidence 0.95: exit %d, %q", code, errs)
	}
	if _, errs, code := runCLI(t, "metrics", "--partnership", "nowhere"); code != 2 || !strings.Contains(errs, "no such partnership") {
		t.Errorf("unknown partnership: exit %d %q", code, errs)
	}
}

// TestMetricsToFile checks that -o writes what standard output gets.
func TestMetricsToFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "m.csv")
	stdout, errs, code := runCLI(t, "metrics", "--format", "csv", "-o", out)
	if code != 0 || stdout != "" || withoutWarnings(errs) != "" {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errs)
	}
	want, _, _ := runCLI(t, "metrics", "--format", "csv")
	if got, err := os.ReadFile(out); err != nil || string(got) != want {
		t.Errorf("the file differs from standard output (%v)", err)
	}
}
