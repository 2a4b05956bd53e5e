#!/usr/bin/python3
"""check_waves.py: independent reference values for lipgraph's survey and
compare on the Riverton waves (testdata/waves/2022 and 2024).

Reads the same CSV files with the standard csv module and networkx 2.8
(Debian python3-networkx), shares no code with lipgraph, and prints one JSON
object: {"survey": {"2022": …, "2024": …}, "compare": …}. Its output is
committed as reference.json beside it, which the Go tests read, so
`go test` never needs Python.

Usage: /usr/bin/python3 testdata/waves/check_waves.py > testdata/waves/reference.json

Definitions (as in lipgraph's README):
- a rating's trust = mean of its answered items reliability, mission,
  openness; its value = mean of power, involvement, resources; survey trust
  = mean over the ratings with at least one trust item answered (value
  likewise); percent = that / 4 * 100;
- response rate = distinct raters / partners;
- per partner: ratings received, and the means of the trust, value and
  collaboration level of the ratings it received (None when none);
- survey network: undirected, weight = mean of the answered collaboration
  levels the two partners gave each other, an edge when > 0; coordination
  pairs = edges of weight >= 3, density = that / (n(n-1)/2);
- trust within/across categories: mean trust of ratings whose rater and
  target are in the same / different sector categories;
- disagreements: pairs rated both ways, both levels answered, differing by
  >= 2; a is the smaller id.
"""
import csv
import json
import os
import sys
from itertools import combinations

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORY = {
    "settlement": "settlement", "language-training": "settlement",
    "municipal": "government", "provincial": "government", "federal": "government",
    "education": "mainstream", "health": "mainstream", "library": "mainstream",
    "police": "mainstream", "housing": "mainstream", "legal": "mainstream",
    "social-services": "mainstream", "employment": "economic",
    "research": "knowledge", "umbrella": "knowledge",
    "ethnocultural": "civil-society", "faith": "civil-society",
    "community": "civil-society", "newcomer": "civil-society", "media": "media",
}


def rows(wave, name):
    path = os.path.join(HERE, wave, name)
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        return [{k.strip().lower(): (v or "").strip() for k, v in r.items()} for r in csv.DictReader(f)]


def mean(xs):
    xs = list(xs)
    return sum(xs) / len(xs) if xs else None


def answered(r, keys):
    return [int(r[k]) for k in keys if r.get(k, "") != ""]


TRUST = ("reliability", "mission", "openness")
VALUE = ("power", "involvement", "resources")


def survey(wave):
    partners = rows(wave, "partners.csv")
    ratings = rows(wave, "ratings.csv")
    ids = sorted(p["id"] for p in partners)
    cat = {p["id"]: CATEGORY[p["sector"]] for p in partners}
    raters = {r["rater"] for r in ratings}
    trusts, values, levels, within, across = [], [], [], [], []
    recv = {i: {"n": 0, "t": [], "v": [], "c": []} for i in ids}
    for r in ratings:
        t, v = answered(r, TRUST), answered(r, VALUE)
        recv[r["target"]]["n"] += 1
        if t:
            trusts.append(mean(t))
            recv[r["target"]]["t"].append(mean(t))
            (within if cat[r["rater"]] == cat[r["target"]] else across).append(mean(t))
        if v:
            values.append(mean(v))
            recv[r["target"]]["v"].append(mean(v))
        if r["collaboration"] != "":
            levels.append(int(r["collaboration"]))
            recv[r["target"]]["c"].append(int(r["collaboration"]))
    # survey network
    given = {}
    for r in ratings:
        if r["collaboration"] != "":
            given.setdefault(frozenset((r["rater"], r["target"])), []).append(int(r["collaboration"]))
    g = nx.Graph()
    g.add_nodes_from(ids)
    for pair, ls in given.items():
        if mean(ls) > 0:
            a, b = sorted(pair)
            g.add_edge(a, b, weight=mean(ls))
    strong = nx.Graph()
    strong.add_nodes_from(ids)
    strong.add_edges_from((a, b) for a, b, w in g.edges(data="weight") if w >= 3)
    level = {(r["rater"], r["target"]): r["collaboration"] for r in ratings}
    dis = []
    for a, b in combinations(ids, 2):
        x, y = level.get((a, b), ""), level.get((b, a), "")
        if x != "" and y != "" and abs(int(x) - int(y)) >= 2:
            dis.append({"a": a, "b": b, "a_says": int(x), "b_says": int(y)})
    tr, va = mean(trusts), mean(values)
    return {
        "partners": len(ids),
        "respondents": len(raters),
        "response_rate": len(raters) / len(ids),
        "non_respondents": [i for i in ids if i not in raters],
        "ratings": len(ratings),
        "trust": tr, "trust_percent": tr / 4 * 100 if tr is not None else None,
        "value": va, "value_percent": va / 4 * 100 if va is not None else None,
        "collaboration": mean(levels),
        "coordination_pairs": strong.number_of_edges(),
        "coordination_density": nx.density(strong),
        "trust_within_categories": mean(within),
        "trust_across_categories": mean(across),
        "per_partner": [{"id": i, "ratings_received": recv[i]["n"], "trust": mean(recv[i]["t"]),
                         "value": mean(recv[i]["v"]), "collaboration": mean(recv[i]["c"])} for i in ids],
        "disagreements": dis,
        "survey_graph": {"edges": g.number_of_edges(), "density": nx.density(g),
                         "components": nx.number_connected_components(g),
                         "strength": {i: g.degree(i, weight="weight") for i in ids}},
    }


def partner_graph(wave):
    """The partner graph of the data format: co-memberships + tie weights."""
    g = nx.Graph()
    g.add_nodes_from(p["id"] for p in rows(wave, "partners.csv"))
    members = {}
    for m in rows(wave, "memberships.csv"):
        members.setdefault(m["body"], set()).add(m["partner"])
    for ms in members.values():
        for a, b in combinations(sorted(ms), 2):
            w = g.get_edge_data(a, b, {"weight": 0})["weight"]
            g.add_edge(a, b, weight=w + 1)
    for t in rows(wave, "ties.csv"):
        if t["source"] != t["target"]:
            w = g.get_edge_data(t["source"], t["target"], {"weight": 0})["weight"]
            g.add_edge(t["source"], t["target"], weight=w + float(t.get("weight") or 1))
    return g


def measures(wave):
    partners = {p["id"]: p for p in rows(wave, "partners.csv")}
    cat = {i: CATEGORY[p["sector"]] for i, p in partners.items()}
    g = partner_graph(wave)
    tied = {frozenset((t["source"], t["target"])) for t in rows(wave, "ties.csv") if t["source"] != t["target"]}
    cross = {pair for pair in tied if len({cat[x] for x in pair}) == 2}
    members = {}
    for m in rows(wave, "memberships.csv"):
        members.setdefault(m["body"], set()).add(m["partner"])
    bodies = rows(wave, "bodies.csv")
    with_city = sum(1 for b in bodies if any(partners[x]["sector"] == "municipal" for x in members.get(b["id"], ())))
    internal = len(tied) - len(cross)
    return {
        "partners": g.number_of_nodes(), "edges": g.number_of_edges(), "density": nx.density(g),
        "components": nx.number_connected_components(g), "tied_pairs": len(tied),
        "cross_category_ties": len(cross), "cross_category_tie_share": len(cross) / len(tied),
        "category_ei_index": (len(cross) - internal) / (len(cross) + internal),
        "municipal_partners": sum(1 for p in partners.values() if p["sector"] == "municipal"),
        "bodies_with_municipal_member": with_city, "municipal_body_share": with_city / len(bodies),
    }, tied, cross


def groups(bp, ap, key):
    out = {}
    for i, p in bp.items():
        g = out.setdefault(key(p), {"before": 0, "after": 0, "retained": 0})
        g["before"] += 1
        g["retained"] += i in ap
    for p in ap.values():
        out.setdefault(key(p), {"before": 0, "after": 0, "retained": 0})["after"] += 1
    for g in out.values():
        g["retention"] = g["retained"] / g["before"] if g["before"] else None
    return out


def compare(before, after):
    bp = {p["id"]: p for p in rows(before, "partners.csv")}
    ap = {p["id"]: p for p in rows(after, "partners.csv")}
    exited, entered = sorted(set(bp) - set(ap)), sorted(set(ap) - set(bp))
    renames = [{"before": x, "after": e, "name": ap[e]["name"]} for x in exited for e in entered
               if bp[x]["name"].strip().lower() == ap[e]["name"].strip().lower() and bp[x]["name"].strip()]
    bb = {b["id"]: b for b in rows(before, "bodies.csv")}
    ab = {b["id"]: b for b in rows(after, "bodies.csv")}

    def size(wave):
        m = {}
        for r in rows(wave, "memberships.csv"):
            m.setdefault(r["body"], set()).add(r["partner"])
        return {k: len(v) for k, v in m.items()}
    bs, as_ = size(before), size(after)
    bm, btied, _ = measures(before)
    am, atied, across = measures(after)
    change = lambda b, a: {"before": b, "after": a, "change": None if b is None or a is None else a - b}
    sb, sa = survey(before), survey(after)
    by_sector = groups(bp, ap, lambda p: p["sector"])
    return {
        "partners": {"retained": sorted(set(bp) & set(ap)), "entered": entered, "exited": exited},
        "retention": len(set(bp) & set(ap)) / len(bp),
        "probable_renames": renames,
        "by_sector": by_sector,
        "by_category": groups(bp, ap, lambda p: CATEGORY[p["sector"]]),
        "sectors_gained": sorted(k for k, g in by_sector.items() if g["before"] == 0 and g["after"] > 0),
        "sectors_lost": sorted(k for k, g in by_sector.items() if g["before"] > 0 and g["after"] == 0),
        "bodies": {"formed": sorted(set(ab) - set(bb)), "closed": sorted(set(bb) - set(ab)),
                   "members": {i: {"before": bs.get(i, 0) if i in bb else None, "after": as_.get(i, 0) if i in ab else None}
                               for i in sorted(set(bb) | set(ab))}},
        "measures": {k: change(bm[k], am[k]) for k in bm},
        "new_cross_category_ties": sorted(sorted(p) for p in across if p not in btied),
        "ties_kept_new_lost": [len(btied & atied), len(atied - btied), len(btied - atied)],
        "survey": {k: change(sb[k], sa[k]) for k in ("respondents", "response_rate", "trust", "value", "collaboration",
                                                      "coordination_density", "trust_within_categories", "trust_across_categories")},
    }


def main():
    out = {"networkx": nx.__version__, "survey": {w: survey(w) for w in ("2022", "2024")},
           "compare": compare("2022", "2024")}
    json.dump(out, sys.stdout, indent=1, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
