#!/usr/bin/env python3
"""Reference partner graphs for network's projection tests, made with networkx 2.8.

Run from the repository root with Debian's interpreter:
    /usr/bin/python3 network/testdata/ref/partner_graph.py > network/testdata/ref/partner_graph.json

For each sample folder it builds the two-mode partner-body graph and projects it
with networkx's own functions (independent of lipgraph's code):
  co-membership: nx.bipartite.weighted_projected_graph (shared bodies)
  newman:        nx.bipartite.collaboration_weighted_projected_graph (Newman 2001)
  ties:          direct ties, weights summed over both directions, self-ties dropped
  combined:      co-membership + ties (DATA-FORMAT.md's partner graph)
and writes every edge with its weight.
"""
import csv, json, os, sys
import networkx as nx
from networkx.algorithms import bipartite

SAMPLES = ["midsize", "smallcentre", "neighbourhood"]


def rows(d, name):
    p = os.path.join(d, name)
    if not os.path.exists(p):
        return []
    with open(p, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def edges(G):
    out = []
    for a, b, w in G.edges(data="weight"):
        a, b = sorted((a, b))
        out.append([a, b, float(w)])
    return sorted(out)


def main():
    res = {"networkx": nx.__version__}
    for s in SAMPLES:
        d = os.path.join("testdata", s)
        partners = [r["id"] for r in rows(d, "partners.csv")]
        B = nx.Graph()
        B.add_nodes_from(("p", p) for p in partners)
        for m in rows(d, "memberships.csv"):
            B.add_edge(("p", m["partner"]), ("b", m["body"]))
        top = [("p", p) for p in partners]
        co = bipartite.weighted_projected_graph(B, top)
        nw = bipartite.collaboration_weighted_projected_graph(B, top)
        ties = nx.Graph()
        ties.add_nodes_from(top)
        for t in rows(d, "ties.csv"):
            a, b = ("p", t["source"]), ("p", t["target"])
            if a == b:
                continue
            w = float(t.get("weight") or 1)
            if ties.has_edge(a, b):
                ties[a][b]["weight"] += w
            else:
                ties.add_edge(a, b, weight=w)
        comb = nx.Graph(co)
        for a, b, w in ties.edges(data="weight"):
            if comb.has_edge(a, b):
                comb[a][b]["weight"] += w
            else:
                comb.add_edge(a, b, weight=w)
        strip = lambda G: nx.relabel_nodes(G, {n: n[1] for n in G.nodes})
        res[s] = {
            "nodes": sorted(partners),
            "co-membership": edges(strip(co)),
            "newman": edges(strip(nw)),
            "ties": edges(strip(ties)),
            "combined": edges(strip(comb)),
        }
    json.dump(res, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
