#!/usr/bin/env python3
"""Writes a seeded random edges CSV (and its nodes CSV) for the CSV reader's benchmark.

    scripts/gen-csv.py ENTITIES RELATIONS OUT_PREFIX [--seed N]

Writes OUT_PREFIX-nodes.csv (id,name,kind) and OUT_PREFIX-edges.csv (source,target,type,
amount_usd,date,status,note); a tenth of the notes are quoted and hold a comma and a doubled
quote, as spreadsheets write them. Same arguments, same bytes.
"""
import argparse
import random

KINDS = ["company", "investor", "cloud", "product", "platform", "service", "chipmaker"]
TYPES = ["invests_in", "hosts", "offers", "agreement", "supplies", "partners_with", "owns"]
STATUSES = ["reported", "announced", "signed", "closed"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("entities", type=int)
    ap.add_argument("relations", type=int)
    ap.add_argument("prefix")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    with open(a.prefix + "-nodes.csv", "w", encoding="utf-8", newline="") as f:
        f.write("id,name,kind\n")
        for i in range(a.entities):
            f.write("e%d,Entity %d,%s\n" % (i, i, KINDS[i % len(KINDS)]))
    with open(a.prefix + "-edges.csv", "w", encoding="utf-8", newline="") as f:
        f.write("source,target,type,amount_usd,date,status,note\n")
        for _ in range(a.relations):
            s = rng.randrange(a.entities)
            t = rng.randrange(a.entities - 1)
            t = t + 1 if t >= s else t
            amount = date = note = ""
            if rng.random() < 1 / 3:
                amount = str(rng.randrange(1, 1000) * 10**6)
                date = "%d-%02d" % (rng.randrange(2015, 2027), rng.randrange(1, 13))
            if rng.random() < 0.1:
                note = '"round %d, led by ""Fund %d"""' % (rng.randrange(10), rng.randrange(100))
            f.write("e%d,e%d,%s,%s,%s,%s,%s\n" % (s, t, rng.choice(TYPES), amount, date, rng.choice(STATUSES), note))


if __name__ == "__main__":
    main()
