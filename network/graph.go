package network

import (
	"slices"

	"gonum.org/v1/gonum/graph"
	"gonum.org/v1/gonum/graph/simple"
)

// Graph is an undirected weighted graph over a network's partners (and, for
// the affiliation graph, its bodies), stored in compressed sparse row form.
// It implements gonum's graph.WeightedUndirected, so every gonum algorithm
// runs on it, and metrics.CSRer, so lipgraph's measures read its arrays
// directly.
//
// Node IDs are 0..Len()-1: partners first, in ascending partner ID order,
// then (affiliation graph only) bodies in ascending body ID order. Label and
// PartnerNode/BodyNode translate between node IDs and record IDs. A Graph is
// immutable and safe for concurrent use.
type Graph struct {
	labels   []string  // node ID -> partner or body ID
	partners int       // nodes [0, partners) are partners, the rest bodies
	off      []int32   // len n+1
	nbr      []int32   // ascending within a row
	w        []float64 // aligned with nbr
}

var (
	_ graph.WeightedUndirected = (*Graph)(nil)
	_ graph.Weighted           = (*Graph)(nil)
)

// Len returns the number of nodes.
func (g *Graph) Len() int { return len(g.labels) }

// NumEdges returns the number of undirected edges.
func (g *Graph) NumEdges() int { return len(g.nbr) / 2 }

// Label returns the partner or body ID of node id, or "" if there is no such
// node.
func (g *Graph) Label(id int64) string {
	if !g.has(id) {
		return ""
	}
	return g.labels[id]
}

// IsBody reports whether node id stands for a body (affiliation graph).
func (g *Graph) IsBody(id int64) bool { return g.has(id) && id >= int64(g.partners) }

// PartnerNode returns the node ID of a partner.
func (g *Graph) PartnerNode(partnerID string) (int64, bool) {
	i, ok := slices.BinarySearch(g.labels[:g.partners], partnerID)
	return int64(i), ok
}

// BodyNode returns the node ID of a body (affiliation graph).
func (g *Graph) BodyNode(bodyID string) (int64, bool) {
	i, ok := slices.BinarySearch(g.labels[g.partners:], bodyID)
	return int64(g.partners + i), ok
}

// CSR returns the graph's arrays for metrics.NewGraph: node IDs 0..n-1,
// row offsets, neighbour node IDs ascending per row, and edge weights. The
// slices belong to g and must not be modified.
func (g *Graph) CSR() (ids []int64, off, nbr []int32, w []float64) {
	ids = make([]int64, len(g.labels))
	for i := range ids {
		ids[i] = int64(i)
	}
	return ids, g.off, g.nbr, g.w
}

func (g *Graph) has(id int64) bool { return id >= 0 && id < int64(len(g.labels)) }

// find returns the position of v in u's row.
func (g *Graph) find(u, v int64) (int, bool) {
	if !g.has(u) || !g.has(v) {
		return 0, false
	}
	row := g.nbr[g.off[u]:g.off[u+1]]
	i, ok := slices.BinarySearch(row, int32(v))
	return int(g.off[u]) + i, ok
}

// Node returns the node with the given ID, or nil.
func (g *Graph) Node(id int64) graph.Node {
	if !g.has(id) {
		return nil
	}
	return simple.Node(id)
}

// Nodes returns all nodes in ascending ID order.
func (g *Graph) Nodes() graph.Nodes { return &nodeIter{lo: 0, hi: int64(len(g.labels)), cur: -1} }

// From returns the neighbours of node id in ascending ID order.
func (g *Graph) From(id int64) graph.Nodes {
	if !g.has(id) {
		return graph.Empty
	}
	return &rowIter{row: g.nbr[g.off[id]:g.off[id+1]], cur: -1}
}

// HasEdgeBetween reports whether x and y are adjacent.
func (g *Graph) HasEdgeBetween(xid, yid int64) bool {
	_, ok := g.find(xid, yid)
	return ok
}

// Edge returns the edge between u and v, or nil.
func (g *Graph) Edge(uid, vid int64) graph.Edge { return g.WeightedEdge(uid, vid) }

// EdgeBetween returns the edge between x and y, or nil.
func (g *Graph) EdgeBetween(xid, yid int64) graph.Edge { return g.WeightedEdge(xid, yid) }

// WeightedEdge returns the weighted edge between u and v, or nil.
func (g *Graph) WeightedEdge(uid, vid int64) graph.WeightedEdge {
	i, ok := g.find(uid, vid)
	if !ok {
		return nil
	}
	return simple.WeightedEdge{F: simple.Node(uid), T: simple.Node(vid), W: g.w[i]}
}

// WeightedEdgeBetween returns the weighted edge between x and y, or nil.
func (g *Graph) WeightedEdgeBetween(xid, yid int64) graph.WeightedEdge {
	return g.WeightedEdge(xid, yid)
}

// Weight returns the weight of the edge between x and y. Following gonum's
// simple graphs, a node's weight to itself is 0 and ok; a missing edge gives
// 0 and false.
func (g *Graph) Weight(xid, yid int64) (w float64, ok bool) {
	if xid == yid && g.has(xid) {
		return 0, true
	}
	i, ok := g.find(xid, yid)
	if !ok {
		return 0, false
	}
	return g.w[i], true
}

// nodeIter iterates the node IDs [lo, hi).
type nodeIter struct{ lo, hi, cur int64 }

func (it *nodeIter) Next() bool {
	if it.lo+it.cur+1 >= it.hi {
		it.cur = it.hi - it.lo
		return false
	}
	it.cur++
	return true
}
func (it *nodeIter) Len() int {
	if r := it.hi - it.lo - it.cur - 1; r > 0 {
		return int(r)
	}
	return 0
}
func (it *nodeIter) Node() graph.Node {
	if it.cur < 0 || it.lo+it.cur >= it.hi {
		return nil
	}
	return simple.Node(it.lo + it.cur)
}
func (it *nodeIter) Reset() { it.cur = -1 }

// rowIter iterates one CSR row.
type rowIter struct {
	row []int32
	cur int
}

func (it *rowIter) Next() bool {
	if it.cur+1 >= len(it.row) {
		it.cur = len(it.row)
		return false
	}
	it.cur++
	return true
}
func (it *rowIter) Len() int {
	if r := len(it.row) - it.cur - 1; r > 0 {
		return r
	}
	return 0
}
func (it *rowIter) Node() graph.Node {
	if it.cur < 0 || it.cur >= len(it.row) {
		return nil
	}
	return simple.Node(it.row[it.cur])
}
func (it *rowIter) Reset() { it.cur = -1 }
