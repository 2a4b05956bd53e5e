#!/usr/bin/env python3
"""Reference values for lipgraph's metrics package, from networkx 2.8.

Run with Debian's interpreter from the metrics directory:

    /usr/bin/python3 testdata/ref/centrality.py

It writes testdata/ref/<name>.json for each graph below. Each file holds
  nodes:  the networkx node labels, in index order (index i is node ID i in Go)
  edges:  [i, j] index pairs, i < j, sorted
  weights: the 'weight' attribute of each edge (1 when absent)
  values: networkx's result for every measure, per-node lists in index order;
          null where networkx raises (e.g. eigenvector on tiny or edgeless graphs)
          or the value is undefined.

Weighted measures (strength, eigenvector, pagerank) use the 'weight' edge
attribute; in networkx 2.8 karate_club_graph() carries Zachary's interaction
counts as 'weight', so those are the weights used. All other measures are
unweighted, as in networkx when weight=None.

The Freeman centralizations have no networkx function; they are computed
here from the networkx centralities with the formulas in centralization.go
(Freeman 1979; Wasserman & Faust 1994, eqs. 5.5, 5.7 and 5.13).
"""
import json, math, os, random
import networkx as nx
from networkx.algorithms import bipartite

OUT = os.path.dirname(os.path.abspath(__file__))


def graphs():
    yield "karate", nx.karate_club_graph()
    # A small hand-made weighted graph: two triangles joined by a weak bridge,
    # with a pendant node and uneven weights.
    w = nx.Graph()
    w.add_weighted_edges_from([
        (0, 1, 2.0), (1, 2, 0.5), (0, 2, 1.5), (2, 3, 0.25), (3, 4, 3.0),
        (4, 5, 1.0), (3, 5, 2.5), (5, 6, 4.0), (1, 7, 0.75), (4, 7, 1.25),
    ])
    yield "weighted", w
    # Disconnected, with isolates: a triangle with a tail, a 4-path, an edge
    # and three isolated nodes (2, 8, 13), interleaved in index order.
    d = nx.Graph()
    d.add_nodes_from(range(14))
    d.add_weighted_edges_from([
        (0, 1, 1.0), (1, 3, 2.0), (0, 3, 1.0), (3, 4, 0.5),
        (5, 6, 1.0), (6, 7, 3.0), (7, 9, 1.0),
        (10, 11, 2.0), (12, 4, 1.0),
    ])
    yield "disconnected", d
    # Two-mode projection: Davis' Southern Women onto the women, with the
    # number of shared events as the weight.
    dsw = nx.davis_southern_women_graph()
    women = [n for n, b in dsw.nodes(data="bipartite") if b == 0]
    yield "davis", bipartite.weighted_projected_graph(dsw, women)
    yield "lesmis", nx.les_miserables_graph()
    r = nx.gnm_random_graph(60, 140, seed=7)
    rng = random.Random(7)
    for a, b in r.edges():
        r[a][b]["weight"] = rng.choice([1.0, 2.0, 3.0, 0.5])
    yield "random", r
    yield "star", nx.star_graph(6)
    yield "path", nx.path_graph(5)
    yield "complete", nx.complete_graph(5)
    yield "pair", nx.path_graph(2)
    one = nx.Graph()
    one.add_node(0)
    yield "single", one


def clean(x):
    if isinstance(x, float) and (math.isnan(x) or math.isinf(x)):
        return None
    return x


def per_node(d, nodes):
    return [clean(float(d[v])) for v in nodes]


def safe(f):
    try:
        return f()
    except Exception:
        return None


def freeman(values, denom):
    if len(values) < 3:
        return None
    m = max(values)
    return sum(m - v for v in values) / denom


def main():
    for name, G in graphs():
        nodes = sorted(G.nodes(), key=lambda v: (str(type(v)), v))
        idx = {v: i for i, v in enumerate(nodes)}
        edges = sorted(tuple(sorted((idx[a], idx[b]))) for a, b in G.edges())
        weights = [float(G[nodes[a]][nodes[b]].get("weight", 1)) for a, b in edges]
        n = len(nodes)
        H = nx.Graph()  # unweighted copy for the unweighted measures
        H.add_nodes_from(nodes)
        H.add_edges_from(G.edges())
        v = {}
        v["density"] = nx.density(H)
        v["degree"] = [H.degree(u) for u in nodes]
        v["strength"] = [float(G.degree(u, weight="weight")) for u in nodes]
        comps = sorted((sorted(idx[u] for u in c) for c in nx.connected_components(H)),
                       key=lambda c: c[0])
        label = [0] * n
        for k, c in enumerate(comps):
            for i in c:
                label[i] = k
        v["component"] = label
        v["component_sizes"] = [len(c) for c in comps]
        v["clustering"] = per_node(nx.clustering(H), nodes)
        v["average_clustering"] = safe(lambda: nx.average_clustering(H))
        v["transitivity"] = nx.transitivity(H)
        core = nx.core_number(H)
        v["core_number"] = [core[u] for u in nodes]
        v["k_core"] = sorted(idx[u] for u in nx.k_core(H).nodes())
        btw = nx.betweenness_centrality(H, normalized=True)
        v["betweenness"] = per_node(btw, nodes)
        clo = nx.closeness_centrality(H, wf_improved=True)
        v["closeness"] = per_node(clo, nodes)
        v["harmonic"] = per_node(nx.harmonic_centrality(H), nodes)
        ev = safe(lambda: nx.eigenvector_centrality_numpy(G, weight="weight"))
        v["eigenvector"] = per_node(ev, nodes) if ev and G.number_of_edges() else None
        for alpha in (0.85, 0.5):
            key = f"pagerank_{alpha}"
            v[key] = per_node(nx.pagerank(G, alpha=alpha, weight="weight"), nodes)
            # the same, iterated to convergence (networkx's default stops at
            # an L1 change below n*1e-6)
            v[key + "_tight"] = per_node(
                nx.pagerank(G, alpha=alpha, weight="weight", tol=1e-15, max_iter=10000), nodes)
        deg = v["degree"]
        bt = [btw[u] for u in nodes]
        cl = [clo[u] for u in nodes]
        v["degree_centralization"] = freeman(deg, (n - 1) * (n - 2)) if n >= 3 else None
        v["betweenness_centralization"] = freeman(bt, n - 1) if n >= 3 else None
        v["closeness_centralization"] = (
            freeman(cl, (n - 1) * (n - 2) / (2 * n - 3)) if n >= 3 else None)
        out = {"name": name, "networkx": nx.__version__, "nodes": [str(u) for u in nodes],
               "edges": [list(e) for e in edges], "weights": weights, "values": v}
        with open(os.path.join(OUT, name + ".json"), "w") as f:
            json.dump(out, f, indent=1, allow_nan=False)
            f.write("\n")


if __name__ == "__main__":
    main()
