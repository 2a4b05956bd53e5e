package metrics

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/graph"
)

// Graph is a compact, read-only view of an undirected weighted graph in
// compressed sparse row (CSR) form: node i (0 <= i < Len) has the neighbours
// Neighbours(i), sorted ascending, with the matching edge weights Weights(i).
// Every measure in this package works on a *Graph, so that its inner loops run
// over int32 arrays rather than through gonum's interfaces.
//
// Node indices follow the ascending order of the source graph's node IDs, so
// ID and Index translate between a measure's result slices and the gonum graph.
// Self-loops are dropped; the graph is simple (one entry per neighbour).
//
// A Graph is immutable and safe for concurrent use.
type Graph struct {
	ids []int64   // index -> gonum node ID, ascending
	off []int32   // len n+1: the neighbours of i are nbr[off[i]:off[i+1]]
	nbr []int32   // neighbour indices, ascending within a row
	w   []float64 // edge weights, aligned with nbr
}

// CSRer is implemented by graphs that can hand over their adjacency in CSR
// form directly (lipgraph's network.Graph does). NewGraph uses it to avoid
// walking the graph through gonum's iterators.
//
// CSR must return node IDs in ascending order, offsets of length len(ids)+1,
// and for each node its neighbour indices in ascending order with no
// duplicates and no self-loops, symmetric (j in row i iff i in row j, with the
// same weight). NewGraph does not copy the slices; they must not change.
type CSRer interface {
	CSR() (ids []int64, off, nbr []int32, w []float64)
}

// NewGraph returns the CSR view of g. If g implements CSRer its arrays are
// used as they are; otherwise g is walked once: nodes in ascending ID order,
// edge weights from graph.Weighted's Weight when g is weighted and 1
// otherwise. Self-loops are ignored. An empty graph gives an empty Graph.
func NewGraph(g graph.Undirected) *Graph {
	if c, ok := g.(CSRer); ok {
		ids, off, nbr, w := c.CSR()
		return &Graph{ids: ids, off: off, nbr: nbr, w: w}
	}
	nodes := graph.NodesOf(g.Nodes())
	ids := make([]int64, len(nodes))
	for i, n := range nodes {
		ids[i] = n.ID()
	}
	slices.Sort(ids)
	index := make(map[int64]int32, len(ids))
	for i, id := range ids {
		index[id] = int32(i)
	}
	wg, weighted := g.(graph.Weighted)
	gr := &Graph{ids: ids, off: make([]int32, len(ids)+1)}
	type nw struct {
		j int32
		w float64
	}
	var row []nw
	for i, id := range ids {
		row = row[:0]
		it := g.From(id)
		for it.Next() {
			vid := it.Node().ID()
			if vid == id {
				continue
			}
			w := 1.0
			if weighted {
				w, _ = wg.Weight(id, vid)
			}
			row = append(row, nw{index[vid], w})
		}
		slices.SortFunc(row, func(a, b nw) int { return int(a.j) - int(b.j) })
		for _, e := range row {
			gr.nbr = append(gr.nbr, e.j)
			gr.w = append(gr.w, e.w)
		}
		gr.off[i+1] = int32(len(gr.nbr))
	}
	return gr
}

// FromEdges returns the Graph with n nodes (IDs 0..n-1) and the given
// undirected edges; weights may be nil for all-1 weights. Repeated edges add
// their weights. It is a convenience for tests and callers without a gonum
// graph. Self-loops are left out (a Graph has none, as the measures assume
// a simple graph). It checks its arguments: it returns an error, and no
// Graph, when n is negative or above 2^31-1, when weights is not nil and not
// as long as edges, when an edge names a node outside [0, n), or when a
// weight is negative, NaN or infinite.
func FromEdges(n int, edges [][2]int, weights []float64) (*Graph, error) {
	if n < 0 || n > math.MaxInt32 {
		return nil, fmt.Errorf("metrics: FromEdges: %d nodes: want 0 to %d", n, math.MaxInt32)
	}
	if weights != nil && len(weights) != len(edges) {
		return nil, fmt.Errorf("metrics: FromEdges: %d weights for %d edges", len(weights), len(edges))
	}
	deg := make([]int32, n+1)
	type e struct {
		a, b int32
		w    float64
	}
	es := make([]e, 0, 2*len(edges))
	for k, ed := range edges {
		a, b := ed[0], ed[1]
		if a < 0 || b < 0 || a >= n || b >= n {
			return nil, fmt.Errorf("metrics: FromEdges: edge %d (%d, %d) names a node outside [0, %d)", k, a, b, n)
		}
		w := 1.0
		if weights != nil {
			w = weights[k]
		}
		if w < 0 || math.IsNaN(w) || math.IsInf(w, 0) {
			return nil, fmt.Errorf("metrics: FromEdges: edge %d (%d, %d) has weight %v: want a finite number ≥ 0", k, a, b, w)
		}
		if a == b {
			continue // a Graph has no self-loops
		}
		es = append(es, e{int32(a), int32(b), w}, e{int32(b), int32(a), w})
	}
	slices.SortFunc(es, func(x, y e) int {
		if x.a != y.a {
			return int(x.a) - int(y.a)
		}
		return int(x.b) - int(y.b)
	})
	g := &Graph{ids: make([]int64, n), off: make([]int32, n+1)}
	for i := range g.ids {
		g.ids[i] = int64(i)
	}
	for k := 0; k < len(es); k++ {
		x := es[k]
		if k > 0 && es[k-1].a == x.a && es[k-1].b == x.b {
			g.w[len(g.w)-1] += x.w
			continue
		}
		g.nbr = append(g.nbr, x.b)
		g.w = append(g.w, x.w)
		deg[x.a+1]++
	}
	for i := 1; i <= n; i++ {
		deg[i] += deg[i-1]
	}
	copy(g.off, deg)
	return g, nil
}

// Len returns the number of nodes.
func (g *Graph) Len() int { return len(g.ids) }

// NumEdges returns the number of undirected edges, as network.Graph.NumEdges.
func (g *Graph) NumEdges() int { return len(g.nbr) / 2 }

// ID returns the gonum node ID of node index i.
func (g *Graph) ID(i int) int64 { return g.ids[i] }

// Index returns the node index of the gonum node ID id, and whether it exists.
func (g *Graph) Index(id int64) (int, bool) {
	i, ok := slices.BinarySearch(g.ids, id)
	return i, ok
}

// Neighbours returns the neighbour indices of node i in ascending order. The
// slice belongs to g and must not be modified.
func (g *Graph) Neighbours(i int) []int32 { return g.nbr[g.off[i]:g.off[i+1]] }

// Weights returns the weights of the edges to Neighbours(i), in the same
// order. The slice belongs to g and must not be modified.
func (g *Graph) Weights(i int) []float64 { return g.w[g.off[i]:g.off[i+1]] }

// Degree returns the number of neighbours of node i.
func (g *Graph) Degree(i int) int { return int(g.off[i+1] - g.off[i]) }
