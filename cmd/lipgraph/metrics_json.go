package main

import (
	"bufio"
	"encoding/json"
	"io"
	"strconv"
)

// writeMetricsJSON writes m as writeJSON(w, m) would, byte for byte, but
// encodes the per-partner list by hand: at 100,000 partners encoding/json's
// reflection and re-indenting took 3.2 s of a 10 s run, this takes 0.15 s,
// spread over the cores.
// TestMetricsJSONEncoding checks the two agree.
func writeMetricsJSON(w io.Writer, m *networkMetrics) error {
	head := *m
	head.PerPartner = nil
	b, err := json.MarshalIndent(head, "", "  ")
	if err != nil {
		return err
	}
	// Cut the "per_partner": null line out of the head and write the list
	// in its place, keeping the field order of the struct.
	const null = "\n  \"per_partner\": null,"
	i := indexOf(b, null)
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.Write(b[:i])
	bw.WriteString("\n  \"per_partner\": [")
	// Format the entries in fixed chunks side by side, write them in order.
	const chunks = 16
	var parts [chunks][]byte
	fns := make([]func(), chunks)
	for c := range chunks {
		fns[c] = func() {
			lo, hi := c*len(m.PerPartner)/chunks, (c+1)*len(m.PerPartner)/chunks
			var b []byte
			for k := lo; k < hi; k++ {
				if k > 0 {
					b = append(b, ',')
				}
				b = appendPartner(b, &m.PerPartner[k])
			}
			parts[c] = b
		}
	}
	parallel(fns...)
	for _, b := range parts {
		bw.Write(b)
	}
	if len(m.PerPartner) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],")
	bw.Write(b[i+len(null):])
	bw.WriteByte('\n')
	return bw.Flush()
}

func indexOf(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	return len(b)
}

// appendPartner appends one per_partner object, indented as at depth 2.
func appendPartner(b []byte, p *partnerMetrics) []byte {
	const in = "\n      "
	field := func(b []byte, name string, first bool) []byte {
		if !first {
			b = append(b, ',')
		}
		b = append(b, in...)
		b = append(b, '"')
		b = append(b, name...)
		return append(b, `": `...)
	}
	str := func(b []byte, s string) []byte {
		enc, _ := json.Marshal(s)
		return append(b, enc...)
	}
	f := func(b []byte, name string, x num) []byte {
		return x.appendJSON(field(b, name, false))
	}
	b = append(b, "\n    {"...)
	b = str(field(b, "id", true), p.ID)
	b = str(field(b, "sector", false), p.Sector)
	b = strconv.AppendInt(field(b, "degree", false), int64(p.Degree), 10)
	b = f(b, "strength", p.Strength)
	b = f(b, "betweenness", p.Betweenness)
	b = f(b, "closeness", p.Closeness)
	b = f(b, "eigenvector", p.Eigenvector)
	b = f(b, "clustering", p.Clustering)
	b = strconv.AppendInt(field(b, "core", false), int64(p.Core), 10)
	b = f(b, "constraint", p.Constraint)
	b = f(b, "effective_size", p.EffectiveSize)
	b = strconv.AppendInt(field(b, "community", false), int64(p.Community), 10)
	b = str(field(b, "category", false), p.Category)
	b = f(b, "harmonic", p.Harmonic)
	b = f(b, "pagerank", p.PageRank)
	b = f(b, "efficiency", p.Efficiency)
	b = f(b, "hierarchy", p.Hierarchy)
	br := &p.Brokerage
	b = field(b, "brokerage", false)
	b = append(b, '{')
	const in2 = "\n        "
	ints := []struct {
		k string
		v int
	}{{"coordinator", br.Coordinator}, {"consultant", br.Consultant}, {"representative", br.Representative},
		{"gatekeeper", br.Gatekeeper}, {"liaison", br.Liaison}, {"total", br.Total}}
	for _, kv := range ints {
		b = append(b, in2...)
		b = append(b, '"')
		b = append(b, kv.k...)
		b = append(b, `": `...)
		b = strconv.AppendInt(b, int64(kv.v), 10)
		b = append(b, ',')
	}
	b = append(b, in2...)
	b = append(b, `"z": {`...)
	zs := []struct {
		k string
		v num
	}{{"coordinator", br.Z.Coordinator}, {"consultant", br.Z.Consultant}, {"representative", br.Z.Representative},
		{"gatekeeper", br.Z.Gatekeeper}, {"liaison", br.Z.Liaison}, {"total", br.Z.Total}}
	for i, kv := range zs {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n          \""...)
		b = append(b, kv.k...)
		b = append(b, `": `...)
		b = kv.v.appendJSON(b)
	}
	b = append(b, "\n        }\n      }\n    }"...)
	return b
}
