package collab

import (
	"github.com/lipgraph/lipgraph/internal/sampletest"
	"strings"
	"testing"

	"github.com/lipgraph/lipgraph/network"
)

// spec describes a small partnership: partners "id:sector", bodies
// "id:kind[:theme]", memberships "partner@body[:role]".
type spec struct {
	partners, bodies, members []string
	profile                   *network.Profile
}

func (s spec) data(t testing.TB) network.Data {
	t.Helper()
	var d network.Data
	for _, p := range s.partners {
		id, sec, _ := strings.Cut(p, ":")
		d.Partners = append(d.Partners, network.Partner{ID: id, Sector: sec, Partnership: "lip"})
	}
	for _, b := range s.bodies {
		f := strings.Split(b, ":")
		k, err := network.ParseBodyKind(f[1])
		if err != nil {
			t.Fatal(err)
		}
		body := network.Body{ID: f[0], Kind: k, Partnership: "lip"}
		if len(f) > 2 {
			body.Theme = f[2]
		}
		if k == network.ActionTeam && len(f) > 3 {
			body.Parent = f[3]
		}
		d.Bodies = append(d.Bodies, body)
	}
	for _, m := range s.members {
		p, rest, _ := strings.Cut(m, "@")
		b, role, _ := strings.Cut(rest, ":")
		r, err := network.ParseRole(role)
		if err != nil {
			t.Fatal(err)
		}
		d.Memberships = append(d.Memberships, network.Membership{Partner: p, Body: b, Role: r})
	}
	if s.profile != nil {
		pr := *s.profile
		pr.Partnership = "lip"
		d.Profiles = []network.Profile{pr}
	}
	return d
}

func (s spec) network(t testing.TB) *network.Network {
	t.Helper()
	n, err := network.New(s.data(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// judgeOne scores the network on the built-in criterion id.
func judgeOne(t testing.TB, n *network.Network, id string) Result {
	t.Helper()
	sc, err := Score(n, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	it, ok := sc.Item(id)
	if !ok {
		t.Fatalf("no criterion %q", id)
	}
	return it.Result
}

func sample(t testing.TB, name string) *network.Network { return sampletest.Load(t, name) }

// recs are the options that recommend as lipgraph score does by default.
var recs = &Options{MaxChanges: DefaultMaxChanges}
