#!/usr/bin/env python3
"""Deterministic synthetic partnership networks for side-by-side benchmarks.

Writes partners.csv, bodies.csv, memberships.csv and ties.csv (the layout in
DATA-FORMAT.md at the repository root) for N partners spread over LIPs of about 50 partners.
Usage: gen_network.py N OUTDIR [SEED]
"""
import csv, os, random, sys

SECTORS = [  # (key, relative frequency)
    ("settlement", 12), ("municipal", 6), ("provincial", 2), ("federal", 1),
    ("employment", 10), ("education", 8), ("health", 9), ("language-training", 5),
    ("library", 3), ("police", 2), ("housing", 4), ("legal", 2),
    ("social-services", 8), ("research", 4), ("umbrella", 3), ("media", 1),
    ("ethnocultural", 7), ("faith", 3), ("newcomer", 4), ("community", 6),
]
THEMES = ["employment", "language", "social-inclusion", "settlement", "health",
          "youth", "education", "housing", "anti-racism"]


def main():
    n = int(sys.argv[1]); out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    os.makedirs(out, exist_ok=True)
    keys = [k for k, _ in SECTORS]; wts = [w for _, w in SECTORS]
    lips = max(1, n // 50)
    partners, bodies, members, ties = [], [], [], []
    by_lip = [[] for _ in range(lips)]
    for i in range(n):
        lip = i % lips
        pid = f"p{i}"
        partners.append((pid, f"Partner {i}", rng.choices(keys, wts)[0], f"lip{lip}"))
        by_lip[lip].append(pid)
    for lip, ps in enumerate(by_lip):
        council = f"lip{lip}-council"
        bodies.append((council, f"LIP {lip} Council", "council", "", f"lip{lip}"))
        for p in rng.sample(ps, max(1, len(ps) // 2)):
            members.append((p, council, "member"))
        themes = rng.sample(THEMES, rng.randint(3, 6))
        for t in themes:
            wg = f"lip{lip}-wg-{t}"
            bodies.append((wg, f"LIP {lip} {t} working group", "working-group", t, f"lip{lip}"))
            for p in rng.sample(ps, max(1, min(len(ps), rng.randint(5, 12)))):
                members.append((p, wg, "member"))
        for p in ps:  # direct collaboration ties, mostly local
            for _ in range(rng.randint(1, 4)):
                if rng.random() < 0.9:
                    q = rng.choice(ps)
                else:
                    q = f"p{rng.randrange(n)}"
                if q != p:
                    ties.append((p, q, rng.choice(["information", "referral", "joint-program"]), rng.randint(1, 5)))
    w = lambda name, header, rows: _write(os.path.join(out, name), header, rows)
    w("partners.csv", ["id", "name", "sector", "partnership"], partners)
    w("bodies.csv", ["id", "name", "kind", "theme", "partnership"], bodies)
    w("memberships.csv", ["partner", "body", "role"], members)
    w("ties.csv", ["source", "target", "kind", "weight"], ties)
    print(f"{n} partners, {len(bodies)} bodies, {len(members)} memberships, {len(ties)} ties")


def _write(path, header, rows):
    with open(path, "w", newline="") as f:
        cw = csv.writer(f); cw.writerow(header); cw.writerows(rows)


if __name__ == "__main__":
    main()
