#!/usr/bin/env python3
"""Reference values for collab.Measure's cross-sector measures, with networkx 2.8.

Run from the repository root with Debian's interpreter:
    /usr/bin/python3 collab/testdata/measures_ref.py > collab/testdata/measures_ref.json

Builds each sample's partner graph as DATA-FORMAT.md defines it (shared
bodies + ties, any since/until), labels partners by the category of their
sector (DATA-FORMAT.md's taxonomy, copied below), and computes: edges, edges
across categories, Krackhardt's E-I index, the group E-I of each category,
nx.attribute_mixing_matrix by category, and the partners with neighbours in
two or more other categories.
"""
import csv, json, os
from collections import defaultdict
import networkx as nx

SAMPLES = ["midsize", "smallcentre", "neighbourhood"]
CATEGORY = {
    "settlement": "settlement", "language-training": "settlement",
    "municipal": "government", "provincial": "government", "federal": "government",
    "education": "mainstream", "health": "mainstream", "library": "mainstream", "police": "mainstream",
    "housing": "mainstream", "legal": "mainstream", "social-services": "mainstream",
    "employment": "economic", "research": "knowledge", "umbrella": "knowledge",
    "ethnocultural": "civil-society", "faith": "civil-society", "community": "civil-society",
    "newcomer": "civil-society", "media": "media",
}
ORDER = ["settlement", "government", "mainstream", "economic", "knowledge", "civil-society", "media"]


def rows(d, name):
    p = os.path.join(d, name)
    if not os.path.exists(p):
        return []
    with open(p, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def graph(d):
    g = nx.Graph()
    for p in rows(d, "partners.csv"):
        g.add_node(p["id"], cat=CATEGORY[p["sector"]])
    by_body = defaultdict(set)
    for m in rows(d, "memberships.csv"):
        by_body[m["body"]].add(m["partner"])
    for ps in by_body.values():
        ps = sorted(ps)
        for i in range(len(ps)):
            for j in range(i + 1, len(ps)):
                g.add_edge(ps[i], ps[j])
    for t in rows(d, "ties.csv"):
        if t["source"] != t["target"]:
            g.add_edge(t["source"], t["target"])
    return g


out = {}
for s in SAMPLES:
    g = graph(os.path.join("testdata", s))
    cat = nx.get_node_attributes(g, "cat")
    cross = sum(1 for u, v in g.edges() if cat[u] != cat[v])
    internal = g.number_of_edges() - cross
    groups = {}
    for c in ORDER:
        nodes = [n for n in g if cat[n] == c]
        if not nodes:
            continue
        e = sum(1 for u, v in g.edges() if (cat[u] == c) != (cat[v] == c))
        i = sum(1 for u, v in g.edges() if cat[u] == c and cat[v] == c)
        groups[c] = {"partners": len(nodes), "external": e, "internal": i}
    mapping = {c: k for k, c in enumerate(ORDER)}
    mix = nx.attribute_mixing_matrix(g, "cat", mapping=mapping, normalized=False)
    brokers = {}
    for n in g:
        other = {cat[v] for v in g[n]} - {cat[n]}
        if len(other) >= 2:
            brokers[n] = sorted(other, key=ORDER.index)
    out[s] = {"edges": g.number_of_edges(), "cross": cross, "ei": (cross - internal) / g.number_of_edges(),
              "groups": groups, "mixing": mix.tolist(), "brokers": brokers}
print(json.dumps(out, indent=1, sort_keys=True))
