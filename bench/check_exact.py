#!/usr/bin/env python3
"""Checks lipgraph's exact path measures at scale against python-igraph.

Usage: check_exact.py DIR METRICS_JSON
DIR is a network folder (bench/gen_network.py makes them); METRICS_JSON is
what `lipgraph metrics DIR --format json` wrote for it. The partner graph is
built as bench/peer_suite.py builds it (the combined projection); igraph
then computes betweenness (normalised as networkx does, over unordered
pairs), harmonic centrality and closeness (Wasserman & Faust's form for
disconnected graphs, as networkx's default) on hop counts, and every
partner's values are compared. Prints the largest differences and exits 1
if any relative difference is above 1e-9.
Needs Debian's python3-igraph.
"""
import json, sys

import igraph as ig

from peer_suite import load, project


def main():
    d, metrics = sys.argv[1], sys.argv[2]
    partners, _, memberships, ties = load(d)
    w = project(partners, memberships, ties)
    ids = [p["id"] for p in partners]
    idx = {p: i for i, p in enumerate(ids)}
    n = len(ids)
    G = ig.Graph(n=n, edges=[(idx[a], idx[b]) for a, b in w], directed=False)
    scale = 1 / ((n - 1) * (n - 2) / 2)
    want = {
        "betweenness": [b * scale for b in G.betweenness(directed=False)],
        "harmonic": G.harmonic_centrality(normalized=False),
    }
    # closeness as networkx (wf_improved): ((r-1)/(n-1)) (r-1)/Σd over the
    # r nodes reachable, itself included; igraph's closeness is (r-1)/Σd
    sizes = {}
    for comp in G.connected_components():
        for v in comp:
            sizes[v] = len(comp)
    want["closeness"] = [c * (sizes[v] - 1) / (n - 1) if c == c else 0.0 for v, c in enumerate(G.closeness())]
    got = {p["id"]: p for p in json.load(open(metrics))["per_partner"]}
    if len(got) != n:
        sys.exit(f"{metrics}: {len(got)} partners, the network has {n}")
    bad = False
    for key, values in want.items():
        worst, worst_rel, at = 0.0, 0.0, None
        for v, x in enumerate(values):
            y = got[ids[v]][key]
            diff = abs(x - y)
            rel = diff / max(abs(x), 1e-300) if diff > 0 else 0.0
            if diff > worst:
                worst = diff
            if rel > worst_rel:
                worst_rel, at = rel, ids[v]
        print(f"{key}: {n} partners, largest absolute difference {worst:.3g}, largest relative {worst_rel:.3g}" + (f" ({at})" if at else ""))
        bad = bad or worst_rel > 1e-9
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
