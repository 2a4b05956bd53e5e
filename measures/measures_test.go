package measures_test

import (
	"bytes"
	"cmp"
	stdjson "encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"runtime"
	"slices"
	"strconv"
	"testing"

	"github.com/lipgraph/lipgraph/internal/golden"
	"github.com/lipgraph/lipgraph/internal/jsonout"
	"github.com/lipgraph/lipgraph/internal/sampletest"
	"github.com/lipgraph/lipgraph/measures"
	"github.com/lipgraph/lipgraph/metrics"
	"github.com/lipgraph/lipgraph/network"
)

var samples = []string{"midsize", "smallcentre", "neighbourhood"}

func load(t testing.TB, sample string) *network.Network { return sampletest.Load(t, sample) }

// TestMatchNetworkx compares every key of the metrics contract on every
// sample with testdata/metrics_ref.json, made by testdata/metrics_ref.py
// with networkx 2.8. Tolerance 1e-9, and 1e-6 for the iterative
// eigenvector centrality.
func TestMatchNetworkx(t *testing.T) {
	b, err := os.ReadFile("testdata/metrics_ref.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref map[string]stdjson.RawMessage
	if err := stdjson.Unmarshal(b, &ref); err != nil {
		t.Fatal(err)
	}
	for _, s := range samples {
		t.Run(s, func(t *testing.T) {
			n := load(t, s)
			var out bytes.Buffer
			if err := measures.Compute(n, measures.Options{Seed: 1}).WriteJSON(&out); err != nil {
				t.Fatal(err)
			}
			var got, want map[string]any
			if err := stdjson.Unmarshal(out.Bytes(), &got); err != nil {
				t.Fatal(err)
			}
			if err := stdjson.Unmarshal(ref[s], &want); err != nil {
				t.Fatal(err)
			}
			for k, w := range want {
				if k == "per_partner" {
					continue
				}
				near(t, k, got[k], w, 1e-9)
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
					near(t, w["id"].(string)+"."+k, g[k], wv, tol)
				}
			}
			// modularity is that of the communities reported
			g := metrics.NewGraph(n.PartnerGraph(network.Combined))
			labels := make([]int, len(gp))
			for i, p := range gp {
				labels[i] = int(p.(map[string]any)["community"].(float64))
			}
			near(t, "modularity", got["modularity"], metrics.Modularity(g, labels, 1), 1e-12)
		})
	}
}

func near(t *testing.T, key string, got, want any, tol float64) {
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

// TestGoldenJSON pins the JSON contract: the golden files were written by
// the hand-written encoder this package's WriteJSON replaced, itself checked
// byte for byte against encoding/json. Keys, their order, the layout and
// null must be identical; a number may move by a relative 1e-12, as the
// rounding of a faster algorithm does (see sameLayout).
func TestGoldenJSON(t *testing.T) {
	for _, s := range samples {
		n := load(t, s)
		for _, k := range []int{0, 3} {
			var out bytes.Buffer
			if err := measures.Compute(n, measures.Options{Seed: 1, BetweennessSamples: k}).WriteJSON(&out); err != nil {
				t.Fatal(err)
			}
			name := s
			if k > 0 {
				name += "-sampled" + strconv.Itoa(k)
			}
			path := "testdata/golden/" + name + ".json"
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !sameLayout(want, out.Bytes()) {
				golden.Check(t, path, out.Bytes()) // reports the diff; -update rewrites
			}
		}
	}
}

// sameLayout reports whether got is want line for line, except that a line
// ending in a number may hold a number within a relative 1e-12 of want's.
func sameLayout(want, got []byte) bool {
	wl, gl := bytes.Split(want, []byte("\n")), bytes.Split(got, []byte("\n"))
	if len(wl) != len(gl) {
		return false
	}
	for i := range wl {
		if bytes.Equal(wl[i], gl[i]) {
			continue
		}
		w, g := numberAtEnd(wl[i]), numberAtEnd(gl[i])
		if w.prefix != g.prefix || !w.ok || !g.ok || math.Abs(w.x-g.x) > 1e-12*math.Max(math.Abs(w.x), 1e-300) {
			return false
		}
	}
	return true
}

type trailingNumber struct {
	prefix string
	x      float64
	ok     bool
}

// numberAtEnd splits `  "key": 0.25,` into its prefix `  "key": ` and 0.25.
func numberAtEnd(line []byte) trailingNumber {
	s := string(bytes.TrimSuffix(line, []byte(",")))
	i := bytes.LastIndexAny([]byte(s), " [") + 1
	x, err := strconv.ParseFloat(s[i:], 64)
	return trailingNumber{s[:i], x, err == nil}
}

// TestEmpty checks an empty and a nil network: zero counts, undefined
// values null, and JSON that encoding/json writes the same.
func TestEmpty(t *testing.T) {
	empty, err := network.New(network.Data{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []*network.Network{empty, nil} {
		tab := measures.Compute(n, measures.Options{})
		if tab.Partners != 0 || tab.Edges != 0 || len(tab.PerPartner) != 0 || !tab.AverageClustering.IsNaN() {
			t.Errorf("empty network: %+v", tab)
		}
		var v2 bytes.Buffer
		if err := tab.WriteJSON(&v2); err != nil {
			t.Fatal(err)
		}
		v1, err := stdjson.MarshalIndent(tab, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if v2.String() != string(v1)+"\n" {
			t.Errorf("WriteJSON:\n%s\nencoding/json:\n%s", v2.String(), v1)
		}
	}
}

// TestFloatJSON checks Float's encoding against encoding/json's float64
// encoding, NaN and ±Inf as null, and null reading back as NaN.
func TestFloatJSON(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.1, 1e-7, 1.5e-9, 123456789, 1e21, 1e20, -2.5e-10, 0.000001, 1e-6 * 0.999, math.SmallestNonzeroFloat64, math.MaxFloat64} {
		want, _ := stdjson.Marshal(f)
		if got, err := stdjson.Marshal(measures.Float(f)); err != nil || string(got) != string(want) {
			t.Errorf("Float(%v) = %s, %v; encoding/json gives %s", f, got, err, want)
		}
		var back measures.Float
		if err := stdjson.Unmarshal(want, &back); err != nil || float64(back) != f {
			t.Errorf("%s reads back as %v, %v", want, back, err)
		}
	}
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got, _ := stdjson.Marshal(measures.Float(f)); string(got) != "null" {
			t.Errorf("Float(%v) = %s, want null", f, got)
		}
	}
	var x measures.Float
	if err := stdjson.Unmarshal([]byte("null"), &x); err != nil || !x.IsNaN() {
		t.Errorf("null reads back as %v, %v", x, err)
	}
	if err := stdjson.Unmarshal([]byte(`"1"`), &x); err == nil {
		t.Error("a string reads as a Float")
	}
}

// TestCells checks that each flat column holds the value of the JSON key
// it names (brokerage roles under "brokerage", z-scores under its "z").
func TestCells(t *testing.T) {
	tab := measures.Compute(load(t, "midsize"), measures.Options{Seed: 1})
	cols := measures.Columns()
	for _, r := range tab.PerPartner[:5] {
		b, _ := stdjson.Marshal(r)
		var obj map[string]any
		stdjson.Unmarshal(b, &obj)
		br := obj["brokerage"].(map[string]any)
		z := br["z"].(map[string]any)
		cells := r.Cells(nil, measures.Float.String)
		if len(cells) != len(cols) {
			t.Fatalf("%d cells, %d columns", len(cells), len(cols))
		}
		for i, c := range cols {
			v, ok := obj[c.Name]
			switch name := c.Name; {
			case name == "brokerage":
				v, ok = br["total"], true
			case name == "brokerage_z":
				v, ok = z["total"], true
			case len(name) > 2 && name[len(name)-2:] == "_z":
				v, ok = z[name[:len(name)-2]]
			case !ok:
				v, ok = br[name]
			}
			if !ok {
				t.Fatalf("column %q is no JSON key", c.Name)
			}
			want := ""
			switch v := v.(type) {
			case string:
				want = v
			case float64:
				want = strconv.FormatFloat(v, 'g', -1, 64)
			}
			if cells[i] != want {
				t.Errorf("%s.%s = %q, JSON has %v", r.ID, c.Name, cells[i], v)
			}
		}
	}
}

// TestOptions checks the options: the projection and seed are reported,
// SkipPaths and sampling leave the path measures NaN, the extra analyses
// run only when asked, and progress reaches every source.
func TestOptions(t *testing.T) {
	n := load(t, "neighbourhood")
	var phases []string
	last := measures.Progress{}
	tab := measures.Compute(n, measures.Options{Projection: network.Newman, Seed: 7, KeyPlayers: 2, EIPermutations: 19,
		Progress: func(p measures.Progress) {
			if p.Total == 0 {
				phases = append(phases, p.Phase)
			} else if p.Done < last.Done || p.Done > p.Total || p.Unit != "sources" || p.AtMost {
				t.Errorf("progress went from %+v to %+v", last, p)
			}
			if p.Total > 0 {
				last = p
			}
		}})
	if tab.Projection != "newman" || tab.Seed != 7 || len(tab.KeyPlayers) != 2 || tab.EIPValue.IsNaN() || tab.FragmentationAfter.IsNaN() {
		t.Errorf("options not applied: %s seed %d key players %v p %v", tab.Projection, tab.Seed, tab.KeyPlayers, tab.EIPValue)
	}
	if last.Total == 0 || last.Total > n.NumPartners() || last.Done != last.Total {
		t.Errorf("last progress %+v, want all searches done (at most one per partner of %d)", last, n.NumPartners())
	}
	if len(phases) != 4 {
		t.Errorf("phases %q, want 4", phases)
	}
	var pairs []measures.Progress
	measures.Compute(n, measures.Options{BetweennessError: 0.05, Progress: func(p measures.Progress) {
		if p.Total > 0 {
			pairs = append(pairs, p)
		}
	}})
	if len(pairs) == 0 || pairs[0].Unit != "pairs" || pairs[0].Phase != "estimating betweenness" || !pairs[0].AtMost {
		t.Errorf("--betweenness-error progress %+v, want pairs drawn, out of at most Total", pairs)
	}
	skip := measures.Compute(n, measures.Options{SkipPaths: true})
	sampled := measures.Compute(n, measures.Options{BetweennessSamples: 3})
	for i, r := range skip.PerPartner {
		if !r.Betweenness.IsNaN() || !r.Closeness.IsNaN() || !r.Harmonic.IsNaN() {
			t.Errorf("SkipPaths: %s has path measures", r.ID)
		}
		if s := sampled.PerPartner[i]; s.Betweenness.IsNaN() || !s.Closeness.IsNaN() {
			t.Errorf("sampled: %s betweenness %v closeness %v", s.ID, s.Betweenness, s.Closeness)
		}
	}
	if !skip.BetweennessCentralization.IsNaN() || len(skip.KeyPlayers) != 0 || !skip.EIPValue.IsNaN() {
		t.Error("SkipPaths: centralization computed, or extras run unasked")
	}
	if !skip.BetweennessError.IsNaN() || !skip.BetweennessConfidence.IsNaN() || skip.BetweennessPairs != 0 {
		t.Error("betweenness error reported without BetweennessError")
	}
	// a guaranteed error: every value within the bound of the exact table's
	exact := measures.Compute(n, measures.Options{})
	est := measures.Compute(n, measures.Options{BetweennessError: 0.05, BetweennessSamples: 9, Seed: 2})
	if est.BetweennessError.IsNaN() || est.BetweennessError > 0.05 || est.BetweennessConfidence != 0.95 || est.BetweennessPairs <= 0 || est.BetweennessSamples != 0 {
		t.Errorf("estimate: error %v confidence %v pairs %d samples %d", est.BetweennessError, est.BetweennessConfidence, est.BetweennessPairs, est.BetweennessSamples)
	}
	for i, r := range est.PerPartner {
		if d := math.Abs(float64(r.Betweenness - exact.PerPartner[i].Betweenness)); d > float64(est.BetweennessError) || !r.Closeness.IsNaN() {
			t.Errorf("estimate: %s betweenness %v, exact %v, closeness %v", r.ID, r.Betweenness, exact.PerPartner[i].Betweenness, r.Closeness)
		}
	}
}

// TestPartnerColumn checks that each numeric column computed alone equals
// the column of the whole table, and that names of no numeric column fail.
func TestPartnerColumn(t *testing.T) {
	n := load(t, "smallcentre")
	opts := measures.Options{Projection: network.TiesOnly, Seed: 3}
	tab := measures.Compute(n, opts)
	for i, c := range measures.Columns() {
		col, err := measures.PartnerColumn(n, c.Name, opts)
		if c.Kind == measures.String {
			if err == nil {
				t.Errorf("PartnerColumn(%q) gives no error", c.Name)
			}
			continue
		}
		if err != nil || len(col) != len(tab.PerPartner) {
			t.Fatalf("PartnerColumn(%q): %d values, %v", c.Name, len(col), err)
		}
		for k, r := range tab.PerPartner {
			if want := r.Cells(nil, measures.Float.String)[i]; col[k].String() != want {
				t.Errorf("%s of %s: alone %v, in the table %s", c.Name, r.ID, col[k], want)
			}
		}
	}
	if _, err := measures.PartnerColumn(n, "closenesss", opts); err == nil {
		t.Error("an unknown column gives no error")
	}
}

func TestSameLayout(t *testing.T) {
	want := []byte("{\n  \"a\": 0.1,\n  \"b\": null\n}\n")
	for got, ok := range map[string]bool{
		"{\n  \"a\": 0.1,\n  \"b\": null\n}\n":                 true,
		"{\n  \"a\": 0.10000000000000002,\n  \"b\": null\n}\n": true,
		"{\n  \"a\": 0.1000001,\n  \"b\": null\n}\n":           false,
		"{\n  \"A\": 0.1,\n  \"b\": null\n}\n":                 false,
		"{\n  \"a\": 0.1,\n  \"b\": 0\n}\n":                    false,
		"{\n  \"a\": 0.1\n}\n":                                 false,
	} {
		if sameLayout(want, []byte(got)) != ok {
			t.Errorf("sameLayout(%q) = %v", got, !ok)
		}
	}
}

// TestWriteJSONPieces checks that the pieces WriteJSON encodes on all cores
// join into the bytes of one plain encoding (jsonout.Write), for pieces of
// every size, on one core and on several, with the strings JSON escapes,
// invalid UTF-8, NaN and infinities in the rows, and on a table large
// enough for WriteJSON itself to split.
func TestWriteJSONPieces(t *testing.T) {
	var tables []*measures.Table
	for _, s := range samples {
		tables = append(tables, measures.Compute(load(t, s), measures.Options{Seed: 1, BetweennessSamples: 3, KeyPlayers: 2}))
	}
	odd := *tables[0]
	odd.PerPartner = slices.Clone(odd.PerPartner)
	odd.PerPartner[0].ID = "a<b>&c \u2028 \"q\" \\ \xff"
	odd.PerPartner[1].Strength = measures.Float(math.Inf(1))
	odd.PerPartner[2].Eigenvector = measures.Float(math.Inf(-1))
	odd.PerPartner[3].Sector = ""
	tables = append(tables, &odd)
	big := *tables[0]
	big.PerPartner = nil
	for range 3000/len(tables[0].PerPartner) + 1 {
		big.PerPartner = append(big.PerPartner, tables[0].PerPartner...)
	}
	tables = append(tables, &big)
	for _, procs := range []int{1, 4} {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		for ti, tab := range tables {
			var want bytes.Buffer
			if err := jsonout.Write(&want, tab); err != nil {
				t.Fatal(err)
			}
			for _, chunk := range []int{1, 2, 3, 7, 1024, 5000} {
				var got bytes.Buffer
				if err := measures.WriteChunked(tab, &got, chunk); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(got.Bytes(), want.Bytes()) {
					t.Errorf("GOMAXPROCS %d, table %d in pieces of %d rows: not the bytes of one encoding", procs, ti, chunk)
				}
			}
			var got bytes.Buffer
			if err := tab.WriteJSON(&got); err != nil || !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("GOMAXPROCS %d, table %d: WriteJSON differs from one encoding (%v)", procs, ti, err)
			}
		}
	}
	empty := measures.Compute(nil, measures.Options{})
	for _, rows := range [][]measures.Row{nil, {}} {
		empty.PerPartner = rows
		var got, want bytes.Buffer
		measures.WriteChunked(empty, &got, 3)
		jsonout.Write(&want, empty)
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("no rows (%#v): %q, want %q", rows, got.String(), want.String())
		}
	}
}

// TestKeyPlayers checks that KeyPlayers gives the key players of Compute,
// and none (F null) for k = 0 and a nil network.
func TestKeyPlayers(t *testing.T) {
	for _, s := range samples {
		n := load(t, s)
		for _, k := range []int{1, 3} {
			opts := measures.Options{Seed: 2, Projection: network.TiesOnly, KeyPlayers: k, SkipPaths: true}
			tab := measures.Compute(n, opts)
			ids, f := measures.KeyPlayers(n, k, opts)
			if !slices.Equal(ids, tab.KeyPlayers) || f != tab.FragmentationAfter || len(ids) != k {
				t.Errorf("%s, k = %d: %v, F = %v; Compute gives %v, F = %v", s, k, ids, f, tab.KeyPlayers, tab.FragmentationAfter)
			}
		}
	}
	for _, n := range []*network.Network{nil, load(t, "midsize")} {
		if ids, f := measures.KeyPlayers(n, 0, measures.Options{}); len(ids) != 0 || ids == nil || !f.IsNaN() {
			t.Errorf("k = 0: %#v, F = %v; want none and NaN", ids, f)
		}
	}
}

// TestCoresSameBytes computes the JSON of a seeded network of 5,000
// partners, large enough for every parallel part (the partner graph's
// rows, the path measures, structural holes, the eigenvector's and
// PageRank's row blocks, the JSON pieces) to split its work, on 1, 2 and 4
// cores: the bytes must be the same.
func TestCoresSameBytes(t *testing.T) {
	const partners, bodies = 5000, 400
	r := rand.New(rand.NewPCG(5, 5))
	keys := network.DefaultTaxonomy().Keys()
	var d network.Data
	id := func(i int) string { return "p" + strconv.Itoa(i) }
	for i := range partners {
		d.Partners = append(d.Partners, network.Partner{ID: id(i), Sector: keys[r.IntN(len(keys))]})
	}
	for b := range bodies {
		d.Bodies = append(d.Bodies, network.Body{ID: "b" + strconv.Itoa(b), Kind: network.WorkingGroup})
		for range 2 + r.IntN(12) {
			d.Memberships = append(d.Memberships, network.Membership{Partner: id(r.IntN(partners)), Body: "b" + strconv.Itoa(b)})
		}
	}
	for i := range partners {
		for range r.IntN(4) {
			if j := r.IntN(partners); j != i {
				d.Ties = append(d.Ties, network.Tie{Source: id(i), Target: id(j), Kind: "referral", Weight: float64(1 + r.IntN(3))})
			}
		}
	}
	slices.SortFunc(d.Memberships, func(a, b network.Membership) int { return cmp.Compare(a.Partner+" "+a.Body, b.Partner+" "+b.Body) })
	d.Memberships = slices.CompactFunc(d.Memberships, func(a, b network.Membership) bool { return a.Partner == b.Partner && a.Body == b.Body })
	slices.SortFunc(d.Ties, func(a, b network.Tie) int { return cmp.Compare(a.Source+" "+a.Target, b.Source+" "+b.Target) })
	d.Ties = slices.CompactFunc(d.Ties, func(a, b network.Tie) bool { return a.Source == b.Source && a.Target == b.Target })
	n, err := network.New(d, nil)
	if err != nil {
		t.Fatal(err)
	}
	var first []byte
	for _, procs := range []int{1, 2, 4} {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(procs))
		var b bytes.Buffer
		if err := measures.Compute(n, measures.Options{Seed: 1, BetweennessSamples: 64}).WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = b.Bytes()
		} else if !bytes.Equal(b.Bytes(), first) {
			t.Errorf("GOMAXPROCS %d: the JSON differs from that on 1 core", procs)
		}
	}
}
