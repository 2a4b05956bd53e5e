package main

import (
	"encoding/csv"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

// TestMetricsMatchNetworkx compares every key of the metrics contract on
// every sample with testdata/metrics_ref.json, made by
// testdata/metrics_ref.py with networkx 2.8. Tolerance 1e-9, and 1e-6 for
// the iterative eigenvector centrality.
func TestMetricsMatchNetworkx(t *testing.T) {
	b, err := os.ReadFile("testdata/metrics_ref.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string]json.RawMessage
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	t.Chdir("../..")
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		t.Run(s, func(t *testing.T) {
			out, errs, code := runCLI(t, "metrics", "testdata/"+s, "--format", "json")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var got, want map[string]any
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(ref[s], &want); err != nil {
				t.Fatal(err)
			}
			for k, w := range want {
				if k == "per_partner" {
					continue
				}
				close(t, k, got[k], w, 1e-9)
			}
			gp, wp := got["per_partner"].([]any), want["per_partner"].([]any)
			if len(gp) != len(wp) {
				t.Fatalf("per_partner has %d entries, want %d", len(gp), len(wp))
			}
			for i := range wp {
				g, w := gp[i].(map[string]any), wp[i].(map[string]any)
				for k, wv := range w {
					tol := 1e-9
					if k == "eigenvector" {
						tol = 1e-6
					}
					close(t, w["id"].(string)+"."+k, g[k], wv, tol)
				}
			}
			// modularity is that of the communities reported
			n, _ := network.LoadDir("testdata/"+s, nil)
			g := metrics.NewGraph(n.PartnerGraph(network.Combined))
			labels := make([]int, len(gp))
			for i, p := range gp {
				labels[i] = int(p.(map[string]any)["community"].(float64))
			}
			close(t, "modularity", got["modularity"], metrics.Modularity(g, labels, 1), 1e-12)
		})
	}
}

func close(t *testing.T, key string, got, want any, tol float64) {
	t.Helper()
	switch w := want.(type) {
	case nil:
		if got != nil {
			t.Errorf("%s = %v, want null", key, got)
		}
	case string:
		if got != w {
			t.Errorf("%s = %v, want %q", key, got, w)
		}
	case float64:
		g, ok := got.(float64)
		if !ok || math.Abs(g-w) > tol {
			t.Errorf("%s = %v, want %v (±%g)", key, got, w, tol)
		}
	default:
		t.Fatalf("%s: unexpected reference type %T", key, want)
	}
}

func TestMetricsFormatsAndFilters(t *testing.T) {
	t.Chdir("../..")
	out, _, code := runCLI(t, "metrics", "testdata/midsize", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(recs) != 41 || recs[0][0] != "id" {
		t.Fatalf("csv: exit %d, %v, %d rows", code, err, len(recs))
	}
	out, _, code = runCLI(t, "metrics", "--category", "mainstream", "testdata/midsize", "--format", "json")
	var m networkMetrics
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
	var full networkMetrics
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
	var a, b networkMetrics
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
	for _, args := range [][]string{{"metrics", "--projection", "bogus"}, {"metrics", "--as-of", "20x"}} {
		if _, _, code := runCLI(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if _, errs, code := runCLI(t, "metrics", "--partnership", "nowhere"); code != 1 || !strings.Contains(errs, "no such partnership") {
		t.Errorf("unknown partnership: exit %d %q", code, errs)
	}
}

// TestMetricsJSONEncoding checks the hand-written encoder against
// encoding/json, byte for byte, on every sample and an empty network.
func TestMetricsJSONEncoding(t *testing.T) {
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		n, err := network.LoadDir("../../testdata/"+s, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, samples := range []int{0, 3} {
			m := computeMetrics(&env{progress: newProgress(nil, false)}, n, network.Combined, samples, 1)
			var fast, slow strings.Builder
			if err := writeMetricsJSON(&fast, m); err != nil {
				t.Fatal(err)
			}
			if err := writeJSON(&slow, m); err != nil {
				t.Fatal(err)
			}
			if fast.String() != slow.String() {
				t.Errorf("%s (samples %d): hand-written JSON differs from encoding/json", s, samples)
			}
		}
	}
	empty, _ := network.New(network.Data{}, nil)
	m := computeMetrics(&env{progress: newProgress(nil, false)}, empty, network.Combined, 0, 1)
	var fast, slow strings.Builder
	writeMetricsJSON(&fast, m)
	writeJSON(&slow, m)
	if fast.String() != slow.String() {
		t.Errorf("empty network: hand-written JSON differs:\n%s\nvs\n%s", fast.String(), slow.String())
	}
}

// TestNumMatchesEncodingJSON checks num's encoding against encoding/json's
// float64 encoding, and NaN/Inf as null.
func TestNumMatchesEncodingJSON(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.1, 1e-7, 1.5e-9, 123456789, 1e21, 1e20, -2.5e-10, 0.000001, 1e-6 * 0.999, math.SmallestNonzeroFloat64, math.MaxFloat64} {
		want, _ := json.Marshal(f)
		if got, _ := num(f).MarshalJSON(); string(got) != string(want) {
			t.Errorf("num(%v) = %s, encoding/json gives %s", f, got, want)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got, _ := num(f).MarshalJSON(); string(got) != "null" {
			t.Errorf("num(%v) = %s, want null", f, got)
		}
	}
}
