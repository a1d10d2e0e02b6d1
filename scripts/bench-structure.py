#!/usr/bin/env python3
"""Times `communities` against NetworkX's louvain_communities, and `structure`, on one graph file.

    /usr/bin/python3 scripts/bench-structure.py FILE PACTGRAPH [--no-networkx] [--runs N]

Louvain: both on the undirected view weighted by the number of relations per pair, resolution 1,
seed 0; pactgraph's seconds are its compute time (`--timings`, loading excluded) and NetworkX's
are timed around the call after building the Graph. The modularity each reaches is printed too
(pactgraph's from its JSON, NetworkX's with nx.community.modularity). `structure` is timed alone
(NetworkX has no single call for it; its constraint alone takes minutes at this size).
With --no-networkx only pactgraph runs (the 1M-relation graph). pactgraph's time is the best of
--runs runs (default 3).
"""
import json
import subprocess
import sys
import time
import tomllib
from collections import Counter

import networkx as nx


def pactgraph_run(exe, args, path):
    r = subprocess.run([exe, *args, path, "-q", "--timings"], check=True, capture_output=True, text=True)
    for line in r.stderr.splitlines():
        if line.startswith("time query "):
            return float(line.split()[2]), r.stdout
    raise RuntimeError("no timing in: " + r.stderr)


def best(exe, args, path, runs):
    results = [pactgraph_run(exe, args, path) for _ in range(runs)]
    return min(t for t, _ in results), results[0][1]


def undirected_view(path):
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    ids = [e["id"] for e in d["entity"]]
    weights = Counter()
    for r in d.get("relation", []):
        a, b = r["from"], r["to"]
        weights[(a, b) if a <= b else (b, a)] += 1
    G = nx.Graph()
    G.add_nodes_from(ids)
    G.add_weighted_edges_from((a, b, w) for (a, b), w in weights.items())
    return G


def main():
    path, exe = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 3
    t_pg, out = best(exe, ["communities", "--format", "json", "--seed", "0"], path, runs)
    q_pg = json.loads(out)["modularity"]
    print(f"  communities (Louvain)  pactgraph {t_pg:8.3f} s  modularity {q_pg:.4f}", end="")
    if "--no-networkx" not in sys.argv:
        G = undirected_view(path)
        t = time.perf_counter()
        parts = nx.community.louvain_communities(G, weight="weight", resolution=1, seed=0)
        t_nx = time.perf_counter() - t
        q_nx = nx.community.modularity(G, parts, weight="weight", resolution=1)
        print(f"  networkx {t_nx:8.3f} s  modularity {q_nx:.4f}  ratio {t_nx / t_pg:6.1f}x", end="")
    print()
    t_st, _ = best(exe, ["structure", "--format", "csv"], path, runs)
    print(f"  structure              pactgraph {t_st:8.3f} s")


if __name__ == "__main__":
    main()
