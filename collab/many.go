package collab

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/go-json-experiment/json/jsontext"

	"github.com/lipgraph/lipgraph/internal/jsonout"
	"github.com/lipgraph/lipgraph/network"
)

// ScoreAll scores every partnership of a dataset (the partnership column)
// and returns the scorecards ranked: overall score descending, ties by
// partnership name. The dataset is split in one pass over its records;
// partnerships are scored in parallel on GOMAXPROCS goroutines, and the
// result does not depend on their number.
func ScoreAll(n *network.Network, opts *Options) ([]*Scorecard, error) {
	if n == nil {
		return nil, fmt.Errorf("%w: nil network", ErrNoPartnership)
	}
	crit, limit, err := opts.resolve()
	if err != nil {
		return nil, err
	}
	ms := models(n)
	for _, m := range ms {
		m.asOf = opts.asOf()
	}
	out := make([]*Scorecard, len(ms))
	workers := min(runtime.GOMAXPROCS(0), len(ms))
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = scoreModel(ms[i], crit, limit)
				out[i].Dataset = opts.dataset()
			}
		}()
	}
	for i := range ms {
		next <- i
	}
	close(next)
	wg.Wait()
	Rank(out)
	return out, nil
}

// Rank sorts scorecards by overall score, highest first, ties by
// partnership name.
func Rank(cards []*Scorecard) {
	slices.SortStableFunc(cards, func(a, b *Scorecard) int {
		return cmp.Or(cmp.Compare(b.Overall, a.Overall), strings.Compare(a.Partnership, b.Partnership))
	})
}

// Benchmark compares a dataset's partnerships with one national benchmark
// (a criterion of the national set): how many have the item, against the
// share of LIPs nationally (IRCC national LIP survey, 2016). Items held by
// half of LIPs or fewer are context: Pass counts the partnerships that have
// them all the same.
type Benchmark struct {
	ID, Title string
	// National is the national figure, as the criterion states it.
	National string
	// Pass counts the partnerships that meet the criterion (or, for a
	// context item, have it), Partial those that partly meet it, Judged
	// those with a known status.
	Pass, Partial, Judged int
	// Context is true for an item reported for context (held by half of
	// LIPs or fewer nationally): it is not scored.
	Context bool
	// Share is Pass / Judged (0 when none is judged).
	Share float64
}

// Benchmarks returns one Benchmark per criterion of the "national" set
// found in the scorecards, in criterion order.
func Benchmarks(cards []*Scorecard) []Benchmark {
	var out []Benchmark
	index := map[string]int{}
	for _, sc := range cards {
		for _, it := range sc.Items {
			if it.Criterion.Set != "national" {
				continue
			}
			k, ok := index[it.Criterion.ID]
			if !ok {
				k = len(out)
				index[it.Criterion.ID] = k
				out = append(out, Benchmark{ID: it.Criterion.ID, Title: it.Criterion.Title, Context: it.Criterion.Context, National: strings.TrimSuffix(it.Criterion.Benchmark, " (IRCC national LIP survey, 2016)")})
			}
			b := &out[k]
			switch {
			case it.Status == Pass, it.Status == AsContext && len(it.Missing) == 0:
				b.Pass++
			case it.Status == Partial:
				b.Partial++
			}
			if it.Status != Unknown {
				b.Judged++
			}
		}
	}
	for i := range out {
		if out[i].Judged > 0 {
			out[i].Share = round1(100*float64(out[i].Pass)/float64(out[i].Judged)) / 100
		}
	}
	return out
}

// WriteAllJSON writes ranked scorecards as one JSON object: "partnerships"
// (each scorecard in the contract of the README's "Scoring a partnership", in rank order), "ranking"
// (rank, partnership, overall) and "benchmarks" (the national set compared
// with the dataset).
func WriteAllJSON(w io.Writer, cards []*Scorecard) error {
	type rankJSON struct {
		Rank        int     `json:"rank"`
		Partnership string  `json:"partnership"`
		Overall     float64 `json:"overall"`
		OverallMax  float64 `json:"overall_max"`
	}
	type benchJSON struct {
		ID       string  `json:"id"`
		Title    string  `json:"title"`
		National string  `json:"national"`
		Pass     int     `json:"pass"`
		Partial  int     `json:"partial"`
		Judged   int     `json:"judged"`
		Context  bool    `json:"context"`
		Share    float64 `json:"share"`
	}
	ranking := []rankJSON{}
	for i, sc := range cards {
		ranking = append(ranking, rankJSON{i + 1, sc.Partnership, sc.Overall, sc.OverallMax})
	}
	benches := []benchJSON{}
	for _, b := range Benchmarks(cards) {
		benches = append(benches, benchJSON(b))
	}
	// Streamed card by card, so that memory stays bounded by one card and
	// output starts at once.
	enc := jsonout.NewEncoder(w)
	err := errors.Join(enc.WriteToken(jsontext.BeginObject), enc.WriteToken(jsontext.String("partnerships")),
		enc.WriteToken(jsontext.BeginArray))
	for _, sc := range cards {
		if err != nil {
			return err
		}
		err = jsonout.Encode(enc, sc.toJSON())
	}
	return errors.Join(err, enc.WriteToken(jsontext.EndArray),
		enc.WriteToken(jsontext.String("ranking")), jsonout.Encode(enc, ranking),
		enc.WriteToken(jsontext.String("benchmarks")), jsonout.Encode(enc, benches),
		enc.WriteToken(jsontext.EndObject))
}

// WriteRanking writes ranked scorecards as text (or Markdown when markdown
// is true): a ranking table, then the national benchmarks compared with the
// dataset.
func WriteRanking(w io.Writer, cards []*Scorecard, markdown bool) error {
	var b strings.Builder
	if markdown {
		b.WriteString("## Ranking\n\nRanked on the overall score, criteria with unknown status counting 0; \"at most\" is the score if every unknown criterion passed.\n\n| rank | partnership | overall | at most | pass | partial | fail | unknown |\n| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	} else {
		fmt.Fprintf(&b, "Ranking of %d partnerships (on the overall score, criteria with unknown status counting 0; \"at most\" if every unknown criterion passed)\n\n  rank  %-24s overall  at most  pass partial fail unknown\n", len(cards), "partnership")
	}
	for i, sc := range cards {
		var n [5]int
		for _, it := range sc.Items {
			n[it.Status]++
		}
		if markdown {
			fmt.Fprintf(&b, "| %d | %s | %.1f | %.1f | %d | %d | %d | %d |\n", i+1, mdEscape(sc.name()), sc.Overall, sc.OverallMax, n[Pass], n[Partial], n[Fail], n[Unknown])
		} else {
			fmt.Fprintf(&b, "  %4d  %-24s %7.1f  %7.1f  %4d %7d %4d %7d\n", i+1, sc.name(), sc.Overall, sc.OverallMax, n[Pass], n[Partial], n[Fail], n[Unknown])
		}
	}
	if markdown {
		b.WriteString("\n## National benchmarks (IRCC national LIP survey, 2016)\n\n| benchmark | this dataset | nationally |\n| --- | --- | --- |\n")
	} else {
		b.WriteString("\nNational benchmarks (IRCC national LIP survey, 2016): share of these partnerships that have each item\n\n")
	}
	for _, bm := range Benchmarks(cards) {
		national := bm.National
		if bm.Context {
			national += " (context: not scored)"
		}
		if markdown {
			fmt.Fprintf(&b, "| %s | %d of %d (%.0f%%) | %s |\n", mdEscape(bm.Title), bm.Pass, bm.Judged, 100*bm.Share, mdEscape(national))
		} else {
			fmt.Fprintf(&b, "  %s: %d of %d (%.0f%%); nationally %s\n", bm.Title, bm.Pass, bm.Judged, 100*bm.Share, national)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
