#!/usr/bin/python3
"""make_probes.py: writes the six probe partnerships of testdata/probes/.

Each probe is a small fictional partnership built to test one reading of the
sources (see testdata/README.md, "Probe partnerships"). Run from anywhere:
    /usr/bin/python3 testdata/probes/make_probes.py
It rewrites the CSV folders beside this script.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
PROFILE_COLS = ["partnership", "lead", "strategic_plan", "terms_of_reference", "needs_assessment",
                "presented_to_council", "endorsed_by_council", "action_plan_year", "implementation",
                "newcomer_consultation"]


def write(name, lip, partners, bodies, members, ties, profile):
    d = os.path.join(HERE, name)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "partners.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "name", "sector", "partnership", "size", "funding"])
        for pid, pname, sector, size, funding in partners:
            w.writerow([f"{lip}-{pid}", pname, sector, lip, size, funding])
    with open(os.path.join(d, "bodies.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "kind", "name", "theme", "parent", "partnership"])
        for bid, kind, bname, theme in bodies:
            w.writerow([f"{lip}-{bid}", kind, bname, theme, "", lip])
    with open(os.path.join(d, "memberships.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["partner", "body", "role", "since", "until"])
        for body, rows in members:
            for pid, role in rows:
                w.writerow([f"{lip}-{pid}", f"{lip}-{body}", role, "", ""])
    with open(os.path.join(d, "ties.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "kind", "weight"])
        for a, b, kind in ties:
            w.writerow([f"{lip}-{a}", f"{lip}-{b}", kind, 1])
    if profile is not None:
        with open(os.path.join(d, "profile.csv"), "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(PROFILE_COLS)
            w.writerow([lip] + [profile.get(c, "") for c in PROFILE_COLS[1:]])


ALL_YES = {"strategic_plan": "yes", "terms_of_reference": "yes", "needs_assessment": "yes",
           "presented_to_council": "yes", "endorsed_by_council": "yes", "action_plan_year": "2025",
           "implementation": "in-progress", "newcomer_consultation": "yes"}

# 1. Municipally housed: the City runs the secretariat and its staff sit on
# the council and on two of three working groups.
write("municipal", "maplewood",
      [("city", "City of Maplewood — Newcomer Office", "municipal", "large", "municipal"),
       ("settle", "Maplewood Settlement Services", "settlement", "medium", "federal"),
       ("lang", "Maplewood Language Centre", "language-training", "small", "federal"),
       ("school", "Maplewood District School Board", "education", "large", "provincial"),
       ("health", "Maplewood Community Health Centre", "health", "medium", "provincial"),
       ("library", "Maplewood Public Library", "library", "medium", "municipal"),
       ("trade", "Maplewood Board of Trade", "employment", "small", "private"),
       ("univ", "Maplewood University Migration Lab", "research", "small", "mixed"),
       ("ethno", "Maplewood Tamil Association", "ethnocultural", "small", "mixed"),
       ("faith", "Maplewood Interfaith Council", "faith", "small", "private"),
       ("residents", "Maplewood Newcomer Residents' Circle", "newcomer", "small", "mixed"),
       ("prov", "Provincial Immigration Office, Maplewood", "provincial", "large", "provincial")],
      [("council", "council", "Maplewood Immigration Partnership Council", ""),
       ("wg-employment", "working-group", "Jobs and Skills Table", "employment"),
       ("wg-health", "working-group", "Health and Wellbeing Table", "health"),
       ("wg-youth", "working-group", "Newcomer Youth Table", "youth"),
       ("secretariat", "secretariat", "Maplewood LIP Secretariat", "")],
      [("council", [("settle", "chair"), ("ethno", "co-chair"), ("school", "member"), ("health", "member"),
                    ("library", "member"), ("trade", "member"), ("univ", "member"), ("residents", "member"),
                    ("faith", "member"), ("prov", "member"), ("city", "staff")]),
       ("secretariat", [("city", "staff")]),
       ("wg-employment", [("trade", "chair"), ("settle", "member"), ("lang", "member"), ("city", "staff")]),
       ("wg-health", [("health", "chair"), ("settle", "member"), ("residents", "member"), ("city", "staff")]),
       ("wg-youth", [("school", "chair"), ("faith", "member"), ("library", "member")])],
      [("settle", "health", "referral"), ("settle", "lang", "referral"), ("trade", "settle", "information"),
       ("city", "settle", "funding"), ("school", "library", "joint-program")],
      dict(ALL_YES, lead="municipal"))

# 2. A small centre with a council and no working groups.
write("smalltown", "birchfalls",
      [("town", "Town of Birch Falls", "municipal", "small", "municipal"),
       ("settle", "Birch Falls Newcomer Centre", "settlement", "small", "federal"),
       ("lang", "North Shore Language Services", "language-training", "small", "federal"),
       ("school", "Birch Falls Public School", "education", "medium", "provincial"),
       ("health", "Birch Falls Family Health Team", "health", "small", "provincial"),
       ("mill", "Birch Falls Paper Mill", "employment", "large", "private"),
       ("ethno", "Birch Falls Filipino Association", "ethnocultural", "small", "mixed"),
       ("college", "North Shore College", "research", "medium", "provincial")],
      [("council", "council", "Birch Falls Welcoming Council", ""),
       ("secretariat", "secretariat", "Birch Falls LIP Office", "")],
      [("council", [("settle", "chair"), ("college", "co-chair"), ("town", "member"), ("school", "member"),
                    ("health", "member"), ("mill", "member"), ("ethno", "member"), ("lang", "member")]),
       ("secretariat", [("settle", "staff")])],
      [("settle", "lang", "referral"), ("mill", "settle", "information"), ("town", "settle", "funding")],
      dict(ALL_YES, lead="settlement"))

# 3. The city chairs the council and every working group.
write("citychairs", "riverbend",
      [("city", "City of Riverbend", "municipal", "large", "municipal"),
       ("settle", "Riverbend Immigrant Services", "settlement", "medium", "federal"),
       ("lang", "Riverbend English Academy", "language-training", "small", "federal"),
       ("school", "Riverbend Catholic School Board", "education", "large", "provincial"),
       ("health", "Riverbend General Hospital", "health", "large", "provincial"),
       ("police", "Riverbend Police Service", "police", "large", "municipal"),
       ("chamber", "Riverbend Chamber of Commerce", "employment", "small", "private"),
       ("united", "United Way Riverbend", "umbrella", "medium", "mixed"),
       ("ethno", "Riverbend Syrian Canadian Society", "ethnocultural", "small", "mixed"),
       ("residents", "Riverbend Newcomer Voices", "newcomer", "small", "mixed")],
      [("council", "council", "Riverbend Local Immigration Partnership Council", ""),
       ("wg-settlement", "working-group", "Settlement Services Table", "settlement"),
       ("wg-employment", "working-group", "Employment Table", "employment"),
       ("wg-health", "working-group", "Health Table", "health"),
       ("secretariat", "secretariat", "Riverbend LIP Secretariat", "")],
      [("council", [("city", "chair"), ("settle", "member"), ("school", "member"), ("health", "member"),
                    ("police", "member"), ("chamber", "member"), ("united", "member"), ("ethno", "member"),
                    ("residents", "member")]),
       ("wg-settlement", [("city", "chair"), ("settle", "member"), ("lang", "member"), ("residents", "member")]),
       ("wg-employment", [("city", "chair"), ("chamber", "member"), ("settle", "member")]),
       ("wg-health", [("city", "chair"), ("health", "member"), ("ethno", "member")]),
       ("secretariat", [("city", "staff")])],
      [("settle", "health", "referral"), ("chamber", "settle", "information"), ("united", "settle", "funding")],
      dict(ALL_YES, lead="municipal"))

# 4. An honest all-"no" profile.
write("allno", "cedarhollow",
      [("settle", "Cedar Hollow Settlement Agency", "settlement", "small", "federal"),
       ("township", "Township of Cedar Hollow", "municipal", "small", "municipal"),
       ("school", "Cedar Hollow District School", "education", "medium", "provincial"),
       ("health", "Cedar Hollow Nursing Station", "health", "small", "provincial"),
       ("farm", "Cedar Hollow Growers' Co-operative", "employment", "medium", "private"),
       ("faith", "St. Brigid's Parish Outreach", "faith", "small", "private"),
       ("residents", "Cedar Hollow Newcomer Families", "newcomer", "small", "mixed")],
      [("council", "council", "Cedar Hollow Immigration Council", ""),
       ("wg-settlement", "working-group", "Settlement Supports Group", "settlement"),
       ("wg-language", "working-group", "Language Learning Group", "language-training"),
       ("secretariat", "secretariat", "Cedar Hollow LIP Coordinator", "")],
      [("council", [("settle", "chair"), ("township", "member"), ("school", "member"), ("health", "member"),
                    ("farm", "member"), ("faith", "member"), ("residents", "member")]),
       ("wg-settlement", [("settle", "chair"), ("township", "member"), ("residents", "member")]),
       ("wg-language", [("settle", "chair"), ("school", "member"), ("faith", "member")]),
       ("secretariat", [("settle", "staff")])],
      [("settle", "school", "referral"), ("farm", "settle", "information")],
      {"lead": "settlement", "strategic_plan": "no", "terms_of_reference": "no", "needs_assessment": "no",
       "presented_to_council": "no", "endorsed_by_council": "no", "implementation": "none",
       "newcomer_consultation": "no"})

# 5. An early-stage LIP: council and research done, no strategy yet.
write("earlystage", "lakeview",
      [("settle", "Lakeview Welcome Centre", "settlement", "medium", "federal"),
       ("municipality", "Municipality of Lakeview", "municipal", "medium", "municipal"),
       ("school", "Lakeview Secondary School", "education", "medium", "provincial"),
       ("library", "Lakeview Public Library", "library", "small", "municipal"),
       ("health", "Lakeview Health Centre", "health", "medium", "provincial"),
       ("employer", "Lakeview Fisheries Ltd.", "employment", "large", "private"),
       ("ethno", "Lakeview Ukrainian Community", "ethnocultural", "small", "mixed"),
       ("residents", "Lakeview Newcomer Forum", "newcomer", "small", "mixed"),
       ("foundation", "Lakeview Community Foundation", "umbrella", "small", "private")],
      [("council", "council", "Lakeview Partnership Council", ""),
       ("wg-research", "working-group", "Community Research Group", "settlement")],
      [("council", [("foundation", "chair"), ("settle", "co-chair"), ("municipality", "member"), ("school", "member"),
                    ("library", "member"), ("health", "member"), ("employer", "member"), ("ethno", "member"),
                    ("residents", "member")]),
       ("wg-research", [("settle", "chair"), ("municipality", "member"), ("library", "member"), ("residents", "member")])],
      [("settle", "library", "information"), ("foundation", "settle", "funding")],
      {"lead": "other", "strategic_plan": "no", "terms_of_reference": "yes", "needs_assessment": "yes",
       "presented_to_council": "no", "implementation": "none", "newcomer_consultation": "yes"})

# 6. A neighbourhood table in a large city: community-led, the city
# councillor's office an observer, no employer.
write("neighbourhoodtable", "thornwood",
      [("house", "Thornwood Neighbourhood House", "community", "medium", "mixed"),
       ("settle", "Thornwood Settlement Partners", "settlement", "medium", "federal"),
       ("councillor", "City Councillor's Office, Ward 9", "municipal", "small", "municipal"),
       ("school", "Thornwood Junior Public School", "education", "medium", "provincial"),
       ("clinic", "Thornwood Community Health Clinic", "health", "small", "provincial"),
       ("library", "Thornwood Library Branch", "library", "small", "municipal"),
       ("mosque", "Thornwood Islamic Centre", "faith", "small", "private"),
       ("tamil", "Thornwood Tamil Seniors", "ethnocultural", "small", "mixed"),
       ("tenants", "Thornwood Towers Tenants' Association", "newcomer", "small", "mixed"),
       ("newsletter", "Thornwood Voice Community Newsletter", "media", "small", "private")],
      [("council", "council", "Thornwood Neighbourhood Table", ""),
       ("wg-inclusion", "working-group", "Belonging and Inclusion Circle", "social-inclusion"),
       ("wg-youth", "working-group", "Thornwood Youth Network", "youth")],
      [("council", [("house", "chair"), ("tenants", "co-chair"), ("settle", "member"), ("councillor", "observer"),
                    ("school", "member"), ("clinic", "member"), ("library", "member"), ("mosque", "member"),
                    ("tamil", "member"), ("newsletter", "member")]),
       ("wg-inclusion", [("tamil", "chair"), ("mosque", "member"), ("tenants", "member"), ("library", "member")]),
       ("wg-youth", [("school", "chair"), ("house", "member"), ("tenants", "member")])],
      [("house", "settle", "referral"), ("settle", "clinic", "referral"), ("newsletter", "house", "information")],
      {"lead": "other", "strategic_plan": "yes", "terms_of_reference": "yes", "needs_assessment": "yes",
       "action_plan_year": "2025", "implementation": "in-progress", "newcomer_consultation": "yes"})
