#!/usr/bin/python3
"""check_samples.py: referential-integrity check and summary of the sample LIPs.

Independent of the Go code (stdlib only), so its counts can serve as reference
values for the Go loader's `lipgraph validate` summary.

Usage: /usr/bin/python3 testdata/check_samples.py [--json] [SAMPLE_DIR ...]
With no directories it checks midsize, smallcentre and neighbourhood beside
this script. Exits 1 if any problem is found.

Rules checked (from DATA-FORMAT.md, plus sample conventions):
- ids are lowercase-with-dashes and unique within their file; partner and body
  ids do not clash with each other nor across samples (so samples can be
  concatenated into one multi-partnership dataset);
- sector keys come from the built-in taxonomy; body kinds and roles are valid;
- every membership/tie/parent names an existing id; a parent is a working group;
  only action teams have a parent, and every action team has one;
- every partner and body has a non-empty `partnership`;
- since/until are ISO years or dates, since <= until;
- tie weight is an integer 1-5 (the format allows any number > 0; the samples
  use integers); no self-ties; no duplicate (partner, body) memberships;
- profile.csv has one row per partnership with valid values (blank = unknown).

Partner graph (DATA-FORMAT.md): undirected; weight(a,b) = number of bodies
both belong to (all memberships, whatever their since/until) + sum of the
weights of ties between them in either direction; self-ties ignored; every
partner is a node.
"""
import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict
from itertools import combinations

SECTORS = {
    "settlement": "settlement", "language-training": "settlement",
    "municipal": "government", "provincial": "government", "federal": "government",
    "education": "mainstream", "health": "mainstream", "library": "mainstream",
    "police": "mainstream", "housing": "mainstream", "legal": "mainstream",
    "social-services": "mainstream",
    "employment": "economic",
    "research": "knowledge", "umbrella": "knowledge",
    "ethnocultural": "civil society", "faith": "civil society",
    "community": "civil society", "newcomer": "civil society",
    "media": "media",
}
KINDS = {"council", "steering-committee", "working-group", "action-team", "secretariat"}
ROLES = {"chair", "co-chair", "member", "staff", "observer"}
THEMES = {"employment", "language-training", "social-inclusion", "settlement", "health", "youth"}
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}-\d{2})?$")
PROFILE_COLS = ["partnership", "lead", "strategic_plan", "terms_of_reference",
                "needs_assessment", "presented_to_council", "endorsed_by_council",
                "action_plan_year", "implementation", "newcomer_consultation"]
YESNO = {"yes", "no", ""}


def read(path):
    """Rows of a CSV as dicts with lowercased keys, with their 1-based line."""
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8-sig") as f:
        r = csv.reader(f)
        header = [h.strip().lower() for h in next(r)]
        rows = []
        for rec in r:
            if not any(c.strip() for c in rec):
                continue
            if len(rec) != len(header):
                raise ValueError(f"{path}:{r.line_num}: {len(rec)} fields, want {len(header)}")
            d = dict(zip(header, (c.strip() for c in rec)))
            d["_line"] = r.line_num
            rows.append(d)
        return rows


def check(d, problems, seen_ids):
    name = os.path.basename(os.path.normpath(d))

    def bad(file, row, msg):
        problems.append(f"{name}/{file}:{row['_line'] if row else '-'}: {msg}")

    if not os.path.isfile(os.path.join(d, "partners.csv")):
        bad("partners.csv", None, "missing (it is the one required file)")
    partners = read(os.path.join(d, "partners.csv"))
    bodies = read(os.path.join(d, "bodies.csv"))
    members = read(os.path.join(d, "memberships.csv"))
    ties = read(os.path.join(d, "ties.csv"))
    profile = read(os.path.join(d, "profile.csv"))

    pid, bid = {}, {}
    for file, rows, ids in (("partners.csv", partners, pid), ("bodies.csv", bodies, bid)):
        for r in rows:
            i = r["id"]
            if not ID_RE.match(i):
                bad(file, r, f"id {i!r} is not lowercase-with-dashes")
            if i in ids:
                bad(file, r, f"duplicate id {i!r}")
            if i in seen_ids and seen_ids[i] != name:
                bad(file, r, f"id {i!r} also used in sample {seen_ids[i]}")
            seen_ids.setdefault(i, name)
            ids[i] = r
            if not r.get("partnership"):
                bad(file, r, f"{i}: empty partnership")
    for i in set(pid) & set(bid):
        bad("bodies.csv", bid[i], f"id {i!r} is both a partner and a body")

    for r in partners:
        if r["sector"] not in SECTORS:
            bad("partners.csv", r, f"unknown sector {r['sector']!r}")
    for r in bodies:
        if r["kind"] not in KINDS:
            bad("bodies.csv", r, f"unknown kind {r['kind']!r}")
        parent = r.get("parent", "")
        if r["kind"] == "action-team":
            if not parent:
                bad("bodies.csv", r, f"action team {r['id']} has no parent")
            elif parent not in bid or bid[parent]["kind"] != "working-group":
                bad("bodies.csv", r, f"parent {parent!r} is not a working group")
        elif parent:
            bad("bodies.csv", r, f"{r['kind']} {r['id']} has a parent")
        if r["kind"] in ("working-group", "action-team") and r.get("theme") not in THEMES:
            bad("bodies.csv", r, f"theme {r.get('theme')!r} not a common theme key")

    body_members = defaultdict(set)
    seen_pairs = set()
    for r in members:
        p, b, role = r["partner"], r["body"], r.get("role") or "member"
        if p not in pid:
            bad("memberships.csv", r, f"unknown partner {p!r}")
        if b not in bid:
            bad("memberships.csv", r, f"unknown body {b!r}")
        if role not in ROLES:
            bad("memberships.csv", r, f"unknown role {role!r}")
        if (p, b) in seen_pairs:
            bad("memberships.csv", r, f"duplicate membership {p} in {b}")
        seen_pairs.add((p, b))
        for col in ("since", "until"):
            v = r.get(col, "")
            if v and not DATE_RE.match(v):
                bad("memberships.csv", r, f"{col} {v!r} is not an ISO year or date")
        if r.get("since") and r.get("until") and r["since"][:4] > r["until"][:4]:
            bad("memberships.csv", r, "since after until")
        body_members[b].add(p)

    edge = Counter()
    for r in ties:
        s, t = r["source"], r["target"]
        for v in (s, t):
            if v not in pid:
                bad("ties.csv", r, f"unknown partner {v!r}")
        w = r.get("weight") or "1"
        if not re.match(r"^[1-5]$", w):
            bad("ties.csv", r, f"weight {w!r} not an integer 1-5")
            w = "1"
        if s == t:
            bad("ties.csv", r, "self-tie")
            continue
        edge[tuple(sorted((s, t)))] += int(w)
    for b, ms in body_members.items():
        for a, c in combinations(sorted(ms), 2):
            edge[(a, c)] += 1

    parts = {p["partnership"] for p in partners} | {b["partnership"] for b in bodies}
    prof_parts = set()
    for r in profile:
        missing = [c for c in PROFILE_COLS if c not in r]
        if missing:
            bad("profile.csv", r, f"missing columns {missing}")
            continue
        prof_parts.add(r["partnership"])
        if r["lead"] not in ("settlement", "municipal", "other", ""):
            bad("profile.csv", r, f"lead {r['lead']!r}")
        for c in PROFILE_COLS[2:7] + ["newcomer_consultation"]:
            if r[c] not in YESNO:
                bad("profile.csv", r, f"{c} {r[c]!r} not yes/no/blank")
        if r["action_plan_year"] and not re.match(r"^\d{4}$", r["action_plan_year"]):
            bad("profile.csv", r, f"action_plan_year {r['action_plan_year']!r}")
        if r["implementation"] not in ("none", "in-progress", "complete", ""):
            bad("profile.csv", r, f"implementation {r['implementation']!r}")
    if prof_parts != parts:
        bad("profile.csv", None, f"profile partnerships {sorted(prof_parts)} != data {sorted(parts)}")

    # Facts the best-practice scorecard looks at (Qayyum et al. 2012 criteria 1-4).
    council = [b["id"] for b in bodies if b["kind"] == "council"]
    wgs = sorted(b["id"] for b in bodies if b["kind"] == "working-group")
    municipal = sorted(p for p, r in pid.items() if r["sector"] == "municipal")
    council_members = set().union(*(body_members[c] for c in council)) if council else set()
    wg_with_city = [w for w in wgs if body_members[w] & set(municipal)]

    return {
        "sample": name,
        "partnership": sorted(parts),
        "partners": len(partners),
        "partners_by_sector": dict(sorted(Counter(p["sector"] for p in partners).items())),
        "partners_by_category": dict(sorted(Counter(SECTORS.get(p["sector"], "?") for p in partners).items())),
        "bodies": len(bodies),
        "bodies_by_kind": dict(sorted(Counter(b["kind"] for b in bodies).items())),
        "memberships": len(members),
        "ties": len(ties),
        "graph_nodes": len(pid),
        "graph_edges": len(edge),
        "graph_total_weight": sum(edge.values()),
        "isolated_partners": sorted(set(pid) - {x for e in edge for x in e}),
        "council_members": len(council_members),
        "council_categories": sorted({SECTORS.get(pid[p]["sector"], "?") for p in council_members}),
        "council_sectors": sorted({pid[p]["sector"] for p in council_members}),
        "working_groups": len(wgs),
        "working_groups_with_municipal": len(wg_with_city),
    }


def main():
    args = [a for a in sys.argv[1:] if a != "--json"]
    as_json = "--json" in sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    dirs = args or [os.path.join(here, s) for s in ("midsize", "smallcentre", "neighbourhood")]
    problems, seen, out = [], {}, []
    for d in dirs:
        out.append(check(d, problems, seen))
    if as_json:
        print(json.dumps(out, indent=2))
    else:
        for s in out:
            print(f"== {s['sample']} (partnership {', '.join(s['partnership'])})")
            print(f"partners: {s['partners']}")
            print("  by category: " + ", ".join(f"{k} {v}" for k, v in s["partners_by_category"].items()))
            print("  by sector:   " + ", ".join(f"{k} {v}" for k, v in s["partners_by_sector"].items()))
            print(f"bodies: {s['bodies']}")
            print("  by kind: " + ", ".join(f"{k} {v}" for k, v in s["bodies_by_kind"].items()))
            print(f"memberships: {s['memberships']}")
            print(f"ties: {s['ties']}")
            print(f"partner graph: {s['graph_nodes']} nodes, {s['graph_edges']} edges, "
                  f"total weight {s['graph_total_weight']}, isolated {s['isolated_partners'] or 'none'}")
            print(f"council: {s['council_members']} members; categories: {', '.join(s['council_categories'])}")
            print(f"working groups: {s['working_groups']}, with a municipal partner: {s['working_groups_with_municipal']}")
            print()
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
