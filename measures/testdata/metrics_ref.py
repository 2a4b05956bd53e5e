#!/usr/bin/env python3
"""Reference values for the measures table (`lipgraph metrics --format json`), made with networkx 2.8.

Run from the repository root with Debian's interpreter:
    /usr/bin/python3 measures/testdata/metrics_ref.py > measures/testdata/metrics_ref.json

Builds each sample's partner graph exactly as DATA-FORMAT.md (and
bench/peer_suite.py) defines it and computes every key of the
metrics contract with the networkx function DATA-FORMAT.md names. Modularity
depends on the communities lipgraph reports, so it is checked in Go with
metrics.Modularity (itself checked against nx.community.modularity).
"""
import csv, json, os, sys
from collections import defaultdict
import networkx as nx

SAMPLES = ["midsize", "smallcentre", "neighbourhood"]


def rows(d, name):
    p = os.path.join(d, name)
    if not os.path.exists(p):
        return []
    with open(p, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def partner_graph(d):
    partners = rows(d, "partners.csv")
    by_body = defaultdict(set)
    for m in rows(d, "memberships.csv"):
        by_body[m["body"]].add(m["partner"])
    w = defaultdict(float)
    for ps in by_body.values():
        ps = sorted(ps)
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                w[(ps[i], ps[j])] += 1
    for t in rows(d, "ties.csv"):
        a, b = sorted((t["source"], t["target"]))
        if a != b:
            w[(a, b)] += float(t.get("weight") or 1)
    G = nx.Graph()
    for p in partners:
        G.add_node(p["id"], sector=p["sector"])
    for (a, b), x in w.items():
        G.add_edge(a, b, weight=x)
    return G


def clean(x):
    return None if x != x else x  # NaN -> null


def freeman_degree(G):
    n = G.number_of_nodes()
    if n < 3:
        return None
    deg = [d for _, d in G.degree()]
    m = max(deg)
    return sum(m - d for d in deg) / ((n - 1) * (n - 2))


def ei(G):
    ext = sum(1 for a, b in G.edges() if G.nodes[a]["sector"] != G.nodes[b]["sector"])
    tot = G.number_of_edges()
    return None if tot == 0 else (ext - (tot - ext)) / tot


def main():
    out = {"networkx": nx.__version__}
    for s in SAMPLES:
        G = partner_graph(os.path.join("testdata", s))
        bet = nx.betweenness_centrality(G, normalized=True)
        clo = nx.closeness_centrality(G)
        eig = nx.eigenvector_centrality_numpy(G, weight="weight")
        clu = nx.clustering(G)
        core = nx.core_number(G)
        con = nx.constraint(G, weight="weight")
        eff = nx.effective_size(G, weight="weight")
        per = []
        for p in sorted(G.nodes):
            per.append({
                "id": p, "sector": G.nodes[p]["sector"], "degree": G.degree(p),
                "strength": G.degree(p, weight="weight"), "betweenness": bet[p],
                "closeness": clo[p], "eigenvector": abs(eig[p]), "clustering": clu[p],
                "core": core[p], "constraint": clean(con[p]), "effective_size": clean(eff[p]),
            })
        out[s] = {
            "partners": G.number_of_nodes(), "edges": G.number_of_edges(),
            "density": nx.density(G),
            "components": nx.number_connected_components(G),
            "average_clustering": nx.average_clustering(G),
            "transitivity": nx.transitivity(G),
            "max_core": max(core.values()),
            "sector_assortativity": nx.attribute_assortativity_coefficient(G, "sector"),
            "ei_index": ei(G),
            "degree_centralization": freeman_degree(G),
            "per_partner": per,
        }
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    print()


if __name__ == "__main__":
    main()
