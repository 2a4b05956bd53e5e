#!/usr/bin/python3
"""Reference values for the structure half of package metrics.

Run with Debian's networkx 2.8:  /usr/bin/python3 structure.py > structure.json
(from metrics/testdata/ref). The Go tests in refs_structure_test.go read the
JSON, so `go test` never needs Python.

Graphs (nodes relabelled 0..n-1 in sorted order of the original labels):
  karate      nx.karate_club_graph() with its 'weight' attributes (networkx
              2.8 ships Zachary's interaction counts as weights); group = club
              (Mr. Hi = 0, Officer = 1).
  karate_unw  the same edges, every weight 1.
  weighted    nx.gnm_random_graph(40, 110, seed=7), weights 1..5 from
              random.Random(7); group = random 0..2.
  disconnect  three small components plus isolates, weights 1..3.
  projection  nx.bipartite.weighted_projected_graph of the Davis southern
              women graph onto the 18 women (weight = shared events);
              group = 0 for the first 9 women by name, 1 otherwise.
Values: weighted nx.constraint / nx.effective_size (weight='weight'), Burt's
hierarchy from nx.local_constraint (formula in hierarchy() below),
attribute assortativity and mixing matrix of 'group', weighted modularity of
the group partition (resolution 1 and 0.5) and of networkx's Louvain partition,
articulation points, bridges, the E-I index of 'group' and fragmentation after
removing the two highest-degree nodes and up to two articulation points,
and the best fragmentation over all pairs of removed nodes (exhaustive).
"""
import json, math, random, sys
import networkx as nx
from networkx.algorithms import bipartite


def relabel(G):
    order = sorted(G.nodes())
    return nx.relabel_nodes(G, {u: i for i, u in enumerate(order)}), order


def hierarchy(G, v):
    """Burt (1992, p. 71): H = sum_j (c_ij/(C/N)) ln(c_ij/(C/N)) / (N ln N),
    c_ij = nx.local_constraint(G, v, j), C = sum_j c_ij, N = #contacts.
    N == 1 gives 1 (Burt's STRUCTURE convention), isolates NaN (as in the
    Go code)."""
    nb = list(G[v])
    N = len(nb)
    if N == 0:
        return float('nan')
    if N == 1:
        return 1.0
    c = [nx.local_constraint(G, v, j, weight='weight') for j in nb]
    C = sum(c)
    s = 0.0
    for x in c:
        r = x / (C / N)
        if r > 0:
            s += r * math.log(r)
    return s / (N * math.log(N))


def ei_index(G):
    e = i = 0
    for u, v in G.edges():
        if G.nodes[u]['group'] == G.nodes[v]['group']:
            i += 1
        else:
            e += 1
    return (e - i) / (e + i) if e + i else None


def fragmentation(G, removed):
    H = G.copy()
    H.remove_nodes_from(removed)
    n = H.number_of_nodes()
    if n < 2:
        return float('nan')  # undefined, as Fragmentation in robustness.go
    s = sum(len(c) * (len(c) - 1) for c in nx.connected_components(H))
    return 1 - s / (n * (n - 1))


def nan2none(x):
    return None if isinstance(x, float) and math.isnan(x) else x


def record(name, G, k):
    n = G.number_of_nodes()
    edges = sorted((min(u, v), max(u, v)) for u, v in G.edges())
    out = {"name": name, "n": n, "ngroups": k,
           "edges": [list(e) for e in edges],
           "weights": [G[u][v]['weight'] for u, v in edges],
           "group": [G.nodes[i]['group'] for i in range(n)]}
    con = nx.constraint(G, weight='weight')
    eff = nx.effective_size(G, weight='weight')
    out["constraint"] = [nan2none(con[i]) for i in range(n)]
    out["effective_size"] = [nan2none(eff[i]) for i in range(n)]
    out["hierarchy"] = [nan2none(hierarchy(G, i)) for i in range(n)]
    out["assortativity"] = nx.attribute_assortativity_coefficient(G, 'group')
    M = nx.attribute_mixing_matrix(G, 'group', mapping={g: g for g in range(k)}, normalized=False)
    out["mixing"] = M.tolist()
    parts = [{i for i in range(n) if G.nodes[i]['group'] == g} for g in range(k)]
    parts = [p for p in parts if p]
    out["modularity_group"] = nx.community.modularity(G, parts, weight='weight')
    out["modularity_group_r05"] = nx.community.modularity(G, parts, weight='weight', resolution=0.5)
    lv = nx.community.louvain_communities(G, weight='weight', seed=42)
    out["louvain_nx_modularity"] = nx.community.modularity(G, lv, weight='weight')
    out["articulation"] = sorted(nx.articulation_points(G))
    out["bridges"] = sorted([min(u, v), max(u, v)] for u, v in nx.bridges(G))
    out["ei"] = ei_index(G)
    top = sorted(range(n), key=lambda v: (-G.degree(v), v))[:2]
    removed = sorted(set(out["articulation"][:2]) | set(top))
    out["frag_removed"] = removed
    out["fragmentation"] = fragmentation(G, removed)
    # exhaustive best pair for KPP-Neg (the maximum F over all 2-sets)
    best = max(fragmentation(G, [a, b]) for a in range(n) for b in range(a + 1, n))
    out["kpp2_best"] = best
    out["fragmentation_none"] = fragmentation(G, [])
    return out


def main():
    res = []
    K = nx.karate_club_graph()
    for v in K:
        K.nodes[v]['group'] = 0 if K.nodes[v]['club'] == 'Mr. Hi' else 1
    res.append(record("karate", K, 2))
    KU = K.copy()
    for u, v in KU.edges():
        KU[u][v]['weight'] = 1
    res.append(record("karate_unw", KU, 2))

    W = nx.gnm_random_graph(40, 110, seed=7)
    rng = random.Random(7)
    for u, v in sorted(W.edges()):
        W[u][v]['weight'] = rng.randint(1, 5)
    for v in sorted(W):
        W.nodes[v]['group'] = rng.randrange(3)
    res.append(record("weighted", W, 3))

    D = nx.Graph()
    D.add_nodes_from(range(16))
    D.add_edges_from([(0, 1), (1, 2), (2, 0), (2, 3), (3, 4),        # triangle + tail
                      (5, 6), (6, 7), (7, 8), (8, 5), (5, 7),        # diamond
                      (9, 10), (10, 11), (10, 12)])                  # star; 13..15 isolated
    for k, (u, v) in enumerate(sorted(D.edges())):
        D[u][v]['weight'] = 1 + k % 3
    for v in D:
        D.nodes[v]['group'] = v % 2
    res.append(record("disconnect", D, 2))

    B = nx.davis_southern_women_graph()
    women = [v for v, d in B.nodes(data=True) if d['bipartite'] == 0]
    P = bipartite.weighted_projected_graph(B, women)
    P, order = relabel(P)
    for i in range(P.number_of_nodes()):
        P.nodes[i]['group'] = 0 if i < 9 else 1
    res.append(record("projection", P, 2))

    json.dump({"networkx": nx.__version__, "graphs": res}, sys.stdout)
    sys.stdout.write("\n")


main()
