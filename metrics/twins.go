package metrics

import (
	"slices"
)

// twinClasses is the partition of a graph's nodes into classes of twins
// (Sariyüce, Saule, Kaya & Çatalyürek 2013, "Shattering and compressing
// networks for betweenness centrality", SDM): a class of closed twins has
// one closed neighbourhood N[v] = N(v) ∪ {v} (its members are pairwise
// adjacent: partners that belong to the same bodies and have no ties of
// their own, in a co-membership projection), a class of open twins one open
// neighbourhood N(v) (pairwise non-adjacent: among them the isolated nodes,
// and the pendant nodes of one anchor). Every other node is a class of its
// own.
//
// Two nodes of different classes A and B are adjacent exactly when every
// member of A is adjacent to every member of B, so the classes form a
// quotient graph h. A shortest path never passes through two members of one
// class (the member before the first one could skip to the second), so the
// distance between members of A and B is the distance d_h(A, B), and the
// shortest paths between them are the shortest paths of h with each inner
// class C replaced by any of its m(C) members.
type twinClasses struct {
	h     *Graph    // the quotient graph, one node per class in the order of the classes' smallest members
	class []int32   // node -> class
	mult  []float64 // class -> number of members m(C)
	// gap is the distance between two members of a class: 1 for closed
	// twins, 2 for open twins with neighbours, 0 when they do not reach
	// each other (isolated nodes) or the class has one member.
	gap []int8
}

// mix64 is the SplitMix64 finaliser, a cheap hash of one node index.
func mix64(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9
	x = (x ^ (x >> 27)) * 0x94d049bb133111eb
	return x ^ (x >> 31)
}

// findTwins returns g's twin classes, or nil when every class has a single
// member. When key is not nil, only nodes with equal keys are twins (nodes
// carrying different folded trees). It runs in O(m log n): neighbourhoods
// are hashed with a commutative sum of mixed indices, sorted by hash, and
// nodes with equal hashes compared exactly.
func findTwins(g *Graph, key []int32) *twinClasses {
	n := g.Len()
	if n < 2 {
		return nil
	}
	open := make([]uint64, n)
	for v := range n {
		var h uint64
		for _, u := range g.Neighbours(v) {
			h += mix64(uint64(u))
		}
		if key != nil {
			h += mix64(uint64(key[v]) + 0x5bd1e995)
		}
		open[v] = h
	}
	sameKey := func(a, b int32) bool { return key == nil || key[a] == key[b] }
	class := make([]int32, n)
	for i := range class {
		class[i] = -1
	}
	byHash := make([]int32, n)
	// group nodes with equal hash keys, and within a group nodes that are
	// equal by same; every group of two or more gets a class number (a
	// negative placeholder, -2 - group) in class.
	groups := 0
	group := func(key func(v int32) uint64, same func(a, b int32) bool) {
		byHash = byHash[:0]
		for v := range int32(n) {
			if class[v] == -1 {
				byHash = append(byHash, v)
			}
		}
		slices.SortFunc(byHash, func(a, b int32) int {
			ka, kb := key(a), key(b)
			if ka != kb {
				if ka < kb {
					return -1
				}
				return 1
			}
			return int(a - b)
		})
		for lo := 0; lo < len(byHash); {
			hi := lo + 1
			for hi < len(byHash) && key(byHash[hi]) == key(byHash[lo]) {
				hi++
			}
			run := byHash[lo:hi]
			for i, a := range run {
				if class[a] != -1 {
					continue
				}
				found := false
				for _, b := range run[i+1:] {
					if class[b] == -1 && same(a, b) {
						if !found {
							class[a] = int32(-2 - groups)
							found = true
						}
						class[b] = class[a]
					}
				}
				if found {
					groups++
				}
			}
			lo = hi
		}
	}
	// closed twins first: N[a] = N[b] means a ~ b and the rows agree once
	// each leaves out the other
	group(func(v int32) uint64 { return open[v] + mix64(uint64(v)) }, func(a, b int32) bool {
		ra, rb := g.Neighbours(int(a)), g.Neighbours(int(b))
		if len(ra) != len(rb) || !sameKey(a, b) {
			return false
		}
		if _, ok := slices.BinarySearch(ra, b); !ok {
			return false
		}
		i, j := 0, 0
		for i < len(ra) && j < len(rb) {
			if ra[i] == b {
				i++
				continue
			}
			if rb[j] == a {
				j++
				continue
			}
			if ra[i] != rb[j] {
				return false
			}
			i++
			j++
		}
		return true
	})
	closedGroups := groups
	group(func(v int32) uint64 { return open[v] }, func(a, b int32) bool {
		return sameKey(a, b) && slices.Equal(g.Neighbours(int(a)), g.Neighbours(int(b)))
	})
	if groups == 0 {
		return nil
	}
	// number the classes by smallest member
	tw := &twinClasses{class: class}
	ids := make([]int32, groups) // placeholder group -> class
	for i := range ids {
		ids[i] = -1
	}
	var reps []int32
	for v := range int32(n) {
		c := class[v]
		if c >= 0 {
			continue
		}
		if c == -1 {
			class[v] = int32(len(reps))
			reps = append(reps, v)
			tw.gap = append(tw.gap, 0)
			continue
		}
		gi := -2 - c
		if ids[gi] < 0 {
			ids[gi] = int32(len(reps))
			reps = append(reps, v)
			gap := int8(1)
			if gi >= int32(closedGroups) {
				gap = 2
				if g.Degree(int(v)) == 0 {
					gap = 0
				}
			}
			tw.gap = append(tw.gap, gap)
		}
		class[v] = ids[gi]
	}
	k := len(reps)
	tw.mult = make([]float64, k)
	for _, c := range class {
		tw.mult[c]++
	}
	h := &Graph{ids: make([]int64, k), off: make([]int32, k+1)}
	var row []int32
	for c, v := range reps {
		h.ids[c] = int64(c)
		row = row[:0]
		for _, u := range g.Neighbours(int(v)) {
			if cu := class[u]; cu != int32(c) {
				row = append(row, cu)
			}
		}
		slices.Sort(row)
		row = slices.Compact(row)
		h.nbr = append(h.nbr, row...)
		h.off[c+1] = int32(len(h.nbr))
	}
	h.w = make([]float64, len(h.nbr))
	for i := range h.w {
		h.w[i] = 1
	}
	tw.h = h
	return tw
}
