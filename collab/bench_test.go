package collab

import (
	"testing"
)

// BenchmarkScoreSample scores the mid-size and small-centre samples (40 and
// 12 partners), recommendations included.
func BenchmarkScore(b *testing.B) {
	for _, s := range []string{"midsize", "smallcentre", "neighbourhood"} {
		n := sample(b, s)
		b.Run(s, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Score(n, "", nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkJudge scores without recommendations.
func BenchmarkJudge(b *testing.B) {
	n := sample(b, "smallcentre")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Score(n, "", &Options{MaxChanges: -1}); err != nil {
			b.Fatal(err)
		}
	}
}
