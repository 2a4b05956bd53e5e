package network

import (
	"math"
	"testing"
)

// TestBuildInvalidData calls build on data that validation rejects: it
// must return a network, without panicking. Loading builds the network
// while it validates the data, so build sees such data whenever a dataset
// has problems; a dataset whose partners.csv is missing, for one, has
// memberships and ties naming partners that are not there. Where a record
// names a partner or body that is not in the data, build returns an empty
// network (its doc comment says so); otherwise it keeps every record.
func TestBuildInvalidData(t *testing.T) {
	ps := []Partner{{ID: "a", Sector: "health"}, {ID: "b", Sector: "health"}}
	bs := []Body{{ID: "c", Kind: Council}}
	for _, c := range []struct {
		name    string
		d       Data
		unknown bool // a record names a partner or body not in the data
	}{
		{"tie, no partners", Data{Ties: []Tie{{Source: "a", Target: "b", Weight: 1}}}, true},
		{"tie to an unknown partner", Data{Partners: ps, Ties: []Tie{{Source: "a", Target: "x", Weight: 1}}}, true},
		{"membership, no partners, no bodies", Data{Memberships: []Membership{{Partner: "a", Body: "c"}}}, true},
		{"membership, no bodies", Data{Partners: ps, Memberships: []Membership{{Partner: "a", Body: "c"}}}, true},
		{"membership, no partners", Data{Bodies: bs, Memberships: []Membership{{Partner: "a", Body: "c"}}}, true},
		{"membership of an unknown partner", Data{Partners: ps, Bodies: bs, Memberships: []Membership{{Partner: "x", Body: "c"}}}, true},
		{"membership in an unknown body", Data{Partners: ps, Bodies: bs, Memberships: []Membership{{Partner: "a", Body: "x"}}}, true},
		{"rating, no partners", Data{Ratings: []Rating{{Rater: "a", Target: "b"}}}, true},
		{"rating by an unknown partner", Data{Partners: ps, Ratings: []Rating{{Rater: "x", Target: "b"}}}, true},
		{"everything unknown", Data{
			Memberships: []Membership{{Partner: "a", Body: "c"}, {Partner: "b", Body: "d"}},
			Ties:        []Tie{{Source: "a", Target: "b"}},
			Ratings:     []Rating{{Rater: "b", Target: "a"}},
		}, true},
		{"duplicate partner and body IDs", Data{
			Partners:    []Partner{{ID: "a"}, {ID: "b"}, {ID: "a"}, {ID: "a"}},
			Bodies:      []Body{{ID: "c"}, {ID: "c"}},
			Memberships: []Membership{{Partner: "a", Body: "c"}, {Partner: "a", Body: "c"}, {Partner: "b", Body: "c"}},
			Ties:        []Tie{{Source: "a", Target: "a"}, {Source: "a", Target: "b"}},
			Ratings:     []Rating{{Rater: "a", Target: "a"}, {Rater: "a", Target: "a"}},
		}, false},
		{"empty IDs", Data{
			Partners:    []Partner{{ID: ""}, {ID: "a"}, {ID: ""}},
			Bodies:      []Body{{ID: ""}},
			Memberships: []Membership{{Partner: "", Body: ""}, {Partner: "a", Body: ""}},
			Ties:        []Tie{{Source: "", Target: ""}, {Source: "", Target: "a"}},
			Ratings:     []Rating{{Rater: "", Target: ""}},
		}, false},
		{"weights and values out of range", Data{
			Partners:    ps,
			Bodies:      []Body{{ID: "c", Kind: 200, Parent: "c"}},
			Memberships: []Membership{{Partner: "a", Body: "c", Role: 99, Since: Date{year: -5, month: 200}, Until: Date{year: 1}}},
			Ties:        []Tie{{Source: "a", Target: "b", Weight: math.NaN()}, {Source: "a", Target: "b", Weight: math.Inf(-1)}, {Source: "a", Target: "b", Weight: -1}},
			Profiles:    []Profile{{Year: -1}, {Year: -1}},
			Ratings:     []Rating{{Rater: "a", Target: "b", Collaboration: -9, Power: 1 << 40}},
		}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			n := build(c.d, DefaultTaxonomy())
			if n == nil {
				t.Fatal("build returned nil")
			}
			want := c.d
			if c.unknown {
				want = Data{}
			}
			if len(n.partners) != len(want.Partners) || len(n.bodies) != len(want.Bodies) ||
				len(n.memberships) != len(want.Memberships) || len(n.ties) != len(want.Ties) ||
				len(n.ratings) != len(want.Ratings) {
				t.Errorf("build kept %d partners, %d bodies, %d memberships, %d ties, %d ratings; want %d, %d, %d, %d, %d",
					len(n.partners), len(n.bodies), len(n.memberships), len(n.ties), len(n.ratings),
					len(want.Partners), len(want.Bodies), len(want.Memberships), len(want.Ties), len(want.Ratings))
			}
			inRange(t, n)
			queryAll(n, c.d)
		})
	}
}

// queryAll asks n what the rest of lipgraph asks a network about the IDs
// of d: none of it may panic.
func queryAll(n *Network, d Data) {
	for _, p := range d.Partners {
		n.Partner(p.ID)
		n.BodiesOf(p.ID)
	}
	for _, b := range d.Bodies {
		n.Body(b.ID)
		n.Members(b.ID)
		n.Chairs(b.ID)
	}
	n.TieNodes()
	n.Data()
}

// inRange checks what build promises on any data: the indexes of n point
// at its partners, bodies and memberships.
func inRange(t *testing.T, n *Network) {
	t.Helper()
	check := func(what string, ends [][2]int32, n0, n1 int) {
		for k, e := range ends {
			if e[0] < 0 || int(e[0]) >= n0 || e[1] < 0 || int(e[1]) >= n1 {
				t.Fatalf("%s %d has ends %v; want them below %d and %d", what, k, e, n0, n1)
			}
		}
	}
	np, nb := len(n.partners), len(n.bodies)
	check("membership", n.memberEnds, nb, np)
	check("tie", n.tieEnds, np, np)
	check("rating", n.ratingEnds, np, np)
	if len(n.memberEnds) != len(n.memberships) || len(n.tieEnds) != len(n.ties) || len(n.ratingEnds) != len(n.ratings) {
		t.Fatalf("%d, %d, %d ends for %d memberships, %d ties, %d ratings",
			len(n.memberEnds), len(n.tieEnds), len(n.ratingEnds), len(n.memberships), len(n.ties), len(n.ratings))
	}
	if len(n.byBody) != nb || len(n.byPartner) != np {
		t.Fatalf("membership lists of %d bodies and %d partners; want %d and %d", len(n.byBody), len(n.byPartner), nb, np)
	}
	for _, groups := range [][][]int32{n.byBody, n.byPartner} {
		for _, g := range groups {
			for _, k := range g {
				if k < 0 || int(k) >= len(n.memberships) {
					t.Fatalf("membership index %d; want it below %d", k, len(n.memberships))
				}
			}
		}
	}
	for id, i := range n.partnerIdx {
		if i < 0 || int(i) >= np || n.partners[i].ID != id {
			t.Fatalf("partner %q has index %d of %d", id, i, np)
		}
	}
	for id, i := range n.bodyIdx {
		if i < 0 || int(i) >= nb || n.bodies[i].ID != id {
			t.Fatalf("body %q has index %d of %d", id, i, nb)
		}
	}
}

// FuzzBuild calls build on data made from the fuzz input, valid or not:
// few IDs, so that duplicate, empty and unknown ones are common, and
// values out of every range. build must not panic, and its indexes must
// stay in range (inRange). Loading builds the network of whatever it
// parsed, problems or not, so FuzzLoadCSV and FuzzLoadJSON call build on
// invalid data too, but only on what the parsers let through.
func FuzzBuild(f *testing.F) {
	// Records as dataFrom reads them: a partner is 0, id, sector,
	// partnership; a body 1, id, kind, parent, partnership; a membership
	// 2, partner, body, role, then 4 bytes for each date; a tie 3, source,
	// target, kind, weight. IDs: 0 "", 1 "a", 2 "b", 3 "c", 4 "d".
	f.Add([]byte{})
	f.Add([]byte{2, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0}) // a membership, no partners or bodies
	f.Add([]byte{0, 1, 0, 0, 3, 1, 2, 0, 0})          // a partner and a tie to an unknown one
	f.Add([]byte{0, 1, 0, 0, 0, 1, 0, 0, 1, 3, 0, 0, 0, 1, 3, 0, 0, 0,
		2, 1, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1, 1, 0, 0}) // duplicate IDs
	f.Add([]byte{0, 0, 0, 0, 0, 1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0, 6, 200}) // 3,200 ties between known partners
	f.Fuzz(func(t *testing.T, b []byte) {
		d := dataFrom(b)
		n := build(d, DefaultTaxonomy())
		if n == nil {
			t.Fatal("build returned nil")
		}
		inRange(t, n)
		queryAll(n, d)
	})
}

// dataFrom makes Data of any validity from bytes: each record takes a byte
// for its table, then one for each field.
func dataFrom(b []byte) Data {
	ids := []string{"", "a", "b", "c", "d"}
	weights := []float64{1, 0.5, 0, -1, math.NaN(), math.Inf(1), math.MaxFloat64}
	next := func() int {
		if len(b) == 0 {
			return 0
		}
		x := int(b[0])
		b = b[1:]
		return x
	}
	id := func() string { return ids[next()%len(ids)] }
	date := func() Date { return Date{year: int16(next()<<8 | next()), month: uint8(next()), day: uint8(next())} }
	var d Data
	for len(b) > 0 {
		switch next() % 7 {
		case 0:
			d.Partners = append(d.Partners, Partner{ID: id(), Sector: id(), Partnership: id()})
		case 1:
			d.Bodies = append(d.Bodies, Body{ID: id(), Kind: BodyKind(next()), Parent: id(), Partnership: id()})
		case 2:
			d.Memberships = append(d.Memberships, Membership{Partner: id(), Body: id(), Role: Role(next()), Since: date(), Until: date()})
		case 3:
			d.Ties = append(d.Ties, Tie{Source: id(), Target: id(), Kind: id(), Weight: weights[next()%len(weights)]})
		case 4:
			d.Ratings = append(d.Ratings, Rating{Rater: id(), Target: id(), Collaboration: int(int8(next())), Power: next() - 128})
		case 5:
			d.Profiles = append(d.Profiles, Profile{Partnership: id(), Year: next() - 128, Lead: id()})
		case 6:
			// Many ties, enough for the radix sort: their ends run
			// through every pair of IDs.
			for i := range next() * 16 {
				d.Ties = append(d.Ties, Tie{Source: ids[i%len(ids)], Target: ids[i/len(ids)%len(ids)], Weight: 1})
			}
		}
	}
	return d
}
