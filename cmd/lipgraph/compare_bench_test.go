package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/lipgraph/lipgraph/internal/benchdata"
	"github.com/lipgraph/lipgraph/network"
)

// benchWaves writes two waves of the generated network of the given size:
// the first is the network with a partner survey (each partner rates five
// others of its partnership); the second is a deterministic perturbation
// of it: every tenth partner leaves, 5% new partners join the council of a
// partnership, a tenth of the ties are dropped and as many new ones drawn,
// and the survey is answered anew.
func benchWaves(b *testing.B, partners int) (before, after string) {
	n := benchdata.Load(b, partners)
	r := rand.New(rand.NewPCG(2022, 2024))
	survey := func(d *network.Data) {
		byLIP := map[string][]string{}
		for _, p := range d.Partners {
			byLIP[p.Partnership] = append(byLIP[p.Partnership], p.ID)
		}
		d.Ratings = nil
		for _, p := range d.Partners {
			peers := byLIP[p.Partnership]
			seen := map[string]bool{p.ID: true}
			for range min(5, len(peers)-1) {
				t := peers[r.IntN(len(peers))]
				if seen[t] {
					continue
				}
				seen[t] = true
				d.Ratings = append(d.Ratings, network.Rating{Rater: p.ID, Target: t, Collaboration: r.IntN(6),
					Reliability: 1 + r.IntN(4), Mission: 1 + r.IntN(4), Openness: 1 + r.IntN(4), Power: 1 + r.IntN(4)})
			}
		}
	}
	d1 := n.Data()
	survey(&d1)
	d2 := n.Data()
	gone := map[string]bool{}
	var kept []network.Partner
	for i, p := range d2.Partners {
		if i%10 == 3 {
			gone[p.ID] = true
		} else {
			kept = append(kept, p)
		}
	}
	councils := map[string]string{}
	for _, bd := range d2.Bodies {
		if bd.Kind == network.Council {
			councils[bd.Partnership] = bd.ID
		}
	}
	var ms []network.Membership
	for _, m := range d2.Memberships {
		if !gone[m.Partner] {
			ms = append(ms, m)
		}
	}
	for i := range partners / 20 {
		p := kept[r.IntN(len(kept))]
		np := network.Partner{ID: fmt.Sprintf("new-%05d", i), Name: fmt.Sprintf("New Partner %d", i), Sector: p.Sector, Partnership: p.Partnership}
		kept = append(kept, np)
		if c, ok := councils[p.Partnership]; ok {
			ms = append(ms, network.Membership{Partner: np.ID, Body: c, Role: network.RoleMember})
		}
	}
	var ties []network.Tie
	for i, t := range d2.Ties {
		if !gone[t.Source] && !gone[t.Target] && i%10 != 7 {
			ties = append(ties, t)
		}
	}
	for range len(d2.Ties) / 10 {
		a, c := kept[r.IntN(len(kept))], kept[r.IntN(len(kept))]
		ties = append(ties, network.Tie{Source: a.ID, Target: c.ID, Kind: "referral", Weight: 1})
	}
	d2.Partners, d2.Memberships, d2.Ties = kept, ms, ties
	survey(&d2)
	dir := b.TempDir()
	for i, d := range []network.Data{d1, d2} {
		w, err := network.New(d, nil)
		if err != nil {
			b.Fatal(err)
		}
		if err := network.WriteDir(filepath.Join(dir, fmt.Sprint(i)), w); err != nil {
			b.Fatal(err)
		}
	}
	return filepath.Join(dir, "0"), filepath.Join(dir, "1")
}

// BenchmarkCompareProcess10k times the whole process `lipgraph compare
// BEFORE AFTER --format json` on two waves of 10,000 partners (see
// benchWaves; target: under 2 s). It builds the command first and skips
// without the generated network (see internal/benchdata).
func BenchmarkCompareProcess10k(b *testing.B) {
	before, after := benchWaves(b, 10000)
	benchProcess(b, "compare", before, after, "--format", "json")
}

// benchProcess builds lipgraph and times the whole process run with args,
// reporting besides the wall time the CPU time of the process, user and
// system, over all its threads: unlike the wall time it does not grow when
// other work shares the machine. It skips when the command cannot be built.
func benchProcess(b *testing.B, args ...string) {
	bin := filepath.Join(b.TempDir(), "lipgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Skipf("cannot build lipgraph: %v\n%s", err, out)
	}
	b.ResetTimer()
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, args...)
		cmd.Stdout, cmd.Stderr = io.Discard, os.Stderr
		if err := cmd.Run(); err != nil {
			b.Fatal(err)
		}
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
}
