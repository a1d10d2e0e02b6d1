#!/usr/bin/env python3
"""Writes a seeded random pactgraph TOML graph for benchmarks and tests.

    scripts/gen-graph.py ENTITIES RELATIONS [--seed N] [-o FILE]

Entities get ids e0..eN-1 and kinds cycled from a fixed list; relations pick their two ends
uniformly at random (no self-loops; parallel relations may occur, as in real deal graphs), a type
from a fixed list, and for a third of them an amount and a date. Same arguments, same bytes.
"""
import argparse
import random
import sys

KINDS = ["company", "investor", "cloud", "product", "platform", "service", "chipmaker"]
TYPES = ["invests_in", "hosts", "offers", "agreement", "supplies", "partners_with", "owns"]
STATUSES = ["reported", "announced", "signed", "closed"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("entities", type=int)
    ap.add_argument("relations", type=int)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-o", "--output", default="-")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    out = []
    w = out.append
    w('[graph]\ntitle = "generated graph: %d entities, %d relations, seed %d"\n' % (a.entities, a.relations, a.seed))
    for i in range(a.entities):
        w('\n[[entity]]\nid = "e%d"\nname = "Entity %d"\nkind = "%s"\n' % (i, i, KINDS[i % len(KINDS)]))
    for _ in range(a.relations):
        s = rng.randrange(a.entities)
        t = rng.randrange(a.entities - 1)
        t = t + 1 if t >= s else t
        w('\n[[relation]]\nfrom = "e%d"\nto = "e%d"\ntype = "%s"\nstatus = "%s"\n'
          % (s, t, rng.choice(TYPES), rng.choice(STATUSES)))
        if rng.random() < 1 / 3:
            w('amount_usd = %d\ndate = "%d-%02d"\n' % (rng.randrange(1, 1000) * 10**6, rng.randrange(2015, 2027), rng.randrange(1, 13)))
        w('source = "https://example.com/%d"\n' % rng.randrange(10**6))
    text = "".join(out)
    if a.output == "-":
        sys.stdout.write(text)
    else:
        with open(a.output, "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
