#!/usr/bin/env python3
"""Block structure of a dataset's partner graphs, to judge what decomposing
exact betweenness into biconnected components (Puzis et al. 2012) could
save: the search from a source would run over its own blocks only, so the
gain is bounded by how far the largest block falls short of the largest
component. It also counts the simplicial nodes (whose neighbours are all
adjacent to each other), the side vertices of Sariyüce et al. (2013):
never inside a shortest path, so the graph could shrink as they are
searched.

    /usr/bin/python3 bench/blocks.py /tmp/lipgraph-bench/net10000

Uses networkx (Debian's python3-networkx). The projections are those of
lipgraph: co-membership (partners who share a body), ties (the reported
ties, undirected) and combined (both). Partners with no edge count as
components of one node.
"""
import csv
import itertools
import os
import sys
from collections import defaultdict

import networkx as nx


def read(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def main(folder):
    partners = [r["id"] for r in read(os.path.join(folder, "partners.csv"))]
    bodies = defaultdict(set)
    for r in read(os.path.join(folder, "memberships.csv")):
        bodies[r["body"]].add(r["partner"])
    co = nx.Graph()
    co.add_nodes_from(partners)
    for members in bodies.values():
        co.add_edges_from(itertools.combinations(sorted(members), 2))
    ties = nx.Graph()
    ties.add_nodes_from(partners)
    tpath = os.path.join(folder, "ties.csv")
    if os.path.exists(tpath):
        ties.add_edges_from((r["source"], r["target"]) for r in read(tpath) if r["source"] != r["target"])
    combined = nx.compose(co, ties)
    for name, g in (("co-membership", co), ("ties", ties), ("combined", combined)):
        comps = sorted((len(c) for c in nx.connected_components(g)), reverse=True)
        blocks = sorted((len(b) for b in nx.biconnected_components(g)), reverse=True)
        pendants = sum(1 for _, d in g.degree() if d == 1)
        simplicial = sum(1 for v in g if all(g.has_edge(a, b) for a, b in itertools.combinations(g[v], 2)))
        print(f"{name}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges; "
              f"{len(comps)} components, largest {comps[0] if comps else 0}; "
              f"{len(blocks)} blocks, largest {blocks[0] if blocks else 0}; "
              f"{len(list(nx.articulation_points(g)))} cut vertices, {pendants} of degree 1; "
              f"{simplicial} simplicial")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/lipgraph-bench/net10000")
