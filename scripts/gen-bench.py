#!/usr/bin/env python3
"""Writes the seeded deal graph that scripts/bench measures, as an edges CSV and optionally TOML.

    scripts/gen-bench.py ENTITIES RELATIONS OUT_PREFIX [--seed N] [--toml]

Writes OUT_PREFIX.csv (columns source,target,relation,amount_usd,date: an edges file, which
pactgraph, pandas and NetworkX all read alone), OUT_PREFIX.pair (a FROM TO pair of ids, TO
reachable from FROM along relations, for the shortest-path rows) and, with --toml,
OUT_PREFIX.toml (the same entities and relations in pactgraph's format). Each file appears
only when complete, the pair file last.

The graph: entities e0..eN-1; each relation's source is drawn with a skew towards low ids
(index = N * u^2: a few entities make hundreds or thousands of deals, as large investors and
clouds do), its target uniformly (so every entity is likely to be named); no self-loops,
parallel relations allowed; directed types only (a symmetric type such as partners_with counts
both ways in pactgraph but one way in a peer's DiGraph, and the tools must compute on the same
graph). 85% of relations carry a log-normal amount (median $20M, sigma 1.5,
whole dollars) and 90% a date (2000-01-01 .. 2025-12-28). Python's own random module only, so
the same arguments give the same bytes on any machine.
"""
import argparse
import math
import os
import random

TYPES = ["invests_in", "hosts", "offers", "supplies", "owns", "acquires", "licenses"]
KINDS = ["company", "investor", "cloud", "product", "platform", "service", "chipmaker"]
AMOUNT_SHARE, DATE_SHARE = 0.85, 0.90
MEDIAN_AMOUNT, SIGMA = 20e6, 1.5
CHUNK = 100_000


def relations(rng, entities, count):
    """Yields (source, target, type, amount or None, date or None) with the seeded stream."""
    mu = math.log(MEDIAN_AMOUNT)
    for _ in range(count):
        s = int(entities * rng.random() ** 2)
        t = rng.randrange(entities - 1)
        t = t + 1 if t >= s else t
        kind = TYPES[rng.randrange(len(TYPES))]
        amount = round(rng.lognormvariate(mu, SIGMA)) if rng.random() < AMOUNT_SHARE else None
        date = None
        if rng.random() < DATE_SHARE:
            date = "%d-%02d-%02d" % (2000 + rng.randrange(26), 1 + rng.randrange(12), 1 + rng.randrange(28))
        yield s, t, kind, amount, date


def pick_pair(rng, first_out, entities):
    """A FROM TO pair with TO reachable from FROM: a seeded walk of up to 30 steps along each
    entity's first outgoing relation, from an entity that has one (so TO lies a typical
    shortest-path distance away instead of next door)."""
    for _ in range(1000):
        a = entities // 2 + rng.randrange(entities - entities // 2)  # not a hub
        if first_out[a] < 0:
            continue
        seen, v = {a}, a
        for _ in range(30):
            w = first_out[v]
            if w < 0 or w in seen:
                break
            seen.add(w)
            v = w
        if v != a:
            return a, v
    raise SystemExit("gen-bench: found no connected pair (graph too sparse?)")


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("source,target,relation,amount_usd,date\n")
        buf = []
        for s, t, kind, amount, date in rows:
            buf.append("e%d,e%d,%s,%s,%s\n" % (s, t, kind, "" if amount is None else amount, date or ""))
            if len(buf) >= CHUNK:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))


def write_toml(path, entities, rows, seed):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write('[graph]\ntitle = "bench graph: %d entities, %d relations, seed %d"\n'
                % (entities, len(rows), seed))
        f.write("".join('\n[[entity]]\nid = "e%d"\nname = "Entity %d"\nkind = "%s"\n'
                        % (i, i, KINDS[i % len(KINDS)]) for i in range(entities)))
        buf = []
        for s, t, kind, amount, date in rows:
            buf.append('\n[[relation]]\nfrom = "e%d"\nto = "e%d"\ntype = "%s"\n' % (s, t, kind))
            if amount is not None:
                buf.append("amount_usd = %d\n" % amount)
            if date is not None:
                buf.append('date = "%s"\n' % date)
            if len(buf) >= CHUNK:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("entities", type=int)
    ap.add_argument("relations", type=int)
    ap.add_argument("prefix")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--toml", action="store_true", help="also write OUT_PREFIX.toml")
    a = ap.parse_args()
    if a.entities < 2 or a.relations < 1:
        ap.error("need at least 2 entities and 1 relation")
    rng = random.Random(a.seed)
    first_out = [-1] * a.entities
    rows = [] if a.toml else None

    def stream():
        for r in relations(rng, a.entities, a.relations):
            if first_out[r[0]] < 0:
                first_out[r[0]] = r[1]
            if rows is not None:
                rows.append(r)
            yield r

    # Each file is written beside its name and renamed, the pair last: an interrupted run
    # leaves no half-written file for scripts/bench's cache to trust.
    write_csv(a.prefix + ".csv.part", stream())
    os.replace(a.prefix + ".csv.part", a.prefix + ".csv")
    if rows is not None:
        write_toml(a.prefix + ".toml.part", a.entities, rows, a.seed)
        os.replace(a.prefix + ".toml.part", a.prefix + ".toml")
    src, dst = pick_pair(random.Random(a.seed + 1), first_out, a.entities)
    with open(a.prefix + ".pair.part", "w", encoding="utf-8") as f:
        f.write("e%d e%d\n" % (src, dst))
    os.replace(a.prefix + ".pair.part", a.prefix + ".pair")


if __name__ == "__main__":
    main()
