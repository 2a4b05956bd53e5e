package draw

import (
	"bytes"
	"testing"
)

func partnerGoldenCases() []goldenCase {
	var cs []goldenCase
	add := func(name, sample string, opt PartnerOptions, gaps bool) {
		cs = append(cs, goldenCase{name, func(t testing.TB) []byte {
			var n = hostileNetwork(t)
			if sample != "" {
				n = loadSample(t, sample)
			}
			if gaps {
				g := markAll(n)
				opt.Highlight = &g
			}
			var b bytes.Buffer
			if err := Partners(&b, n, opt); err != nil {
				t.Fatal(err)
			}
			return b.Bytes()
		}})
	}
	for _, s := range samples {
		add("partners-"+s, s, PartnerOptions{SizeBy: SizeDegree}, false)
	}
	add("partners-betweenness-midsize", "midsize", PartnerOptions{SizeBy: SizeBetweenness, Brokers: true, KeyPlayers: 3}, false)
	add("partners-eigenvector-communities-midsize", "midsize", PartnerOptions{SizeBy: SizeEigenvector, GroupBy: GroupCommunity, Title: "Westbrook: communities"}, true)
	add("partners-partnership-neighbourhood", "neighbourhood", PartnerOptions{GroupBy: GroupPartnership, Brokers: true, KeyPlayers: 2}, true)
	add("partners-hostile", "", PartnerOptions{SizeBy: SizeStrength, GroupBy: GroupCommunity, Brokers: true, KeyPlayers: 2}, true)
	return cs
}
