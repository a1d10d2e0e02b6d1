#!/usr/bin/env python3
"""Times each centrality measure in pactgraph, NetworkX and python-igraph on one graph file.

    /usr/bin/python3 scripts/bench-metrics.py FILE PACTGRAPH [--no-slow-networkx]

All three compute on the same graph: the directed graph of the file's distinct (from, to) pairs.
pactgraph's seconds are its own compute time per measure (`metrics --timings`, file loading
excluded, as the peers' are timed after loading); NetworkX and igraph are timed around the call.
Katz uses alpha 0.05 everywhere (NetworkX's 0.1 diverges on these graphs); igraph has no Katz.
With --no-slow-networkx, NetworkX's shortest-path measures are skipped (minutes on 10k nodes).
"""
import subprocess
import sys
import time
import tomllib
import warnings

import igraph as ig
import networkx as nx

MEASURES = ["degree", "betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "katz",
            "hub", "authority"]
SLOW_NX = {"betweenness", "closeness", "harmonic"}


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def pactgraph_seconds(exe, path, measure):
    args = [exe, "metrics", path, "-q", "--format", "csv", "--timings", "-m", measure,
            "--katz-alpha", "0.05"]
    err = subprocess.run(args, check=True, capture_output=True, text=True).stderr
    for line in err.splitlines():
        if line.startswith("time " + measure + " "):
            return float(line.split()[2])
    raise RuntimeError("no timing in: " + err)


def main():
    warnings.simplefilter("ignore", FutureWarning)  # networkx 2.8's note about scipy arrays
    path, exe = sys.argv[1], sys.argv[2]
    skip_slow = "--no-slow-networkx" in sys.argv
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    ids = {e["id"]: i for i, e in enumerate(d["entity"])}
    pairs = sorted({(ids[r["from"]], ids[r["to"]]) for r in d["relation"]})
    G = nx.DiGraph()
    G.add_nodes_from(range(len(ids)))
    G.add_edges_from(pairs)
    g = ig.Graph(n=len(ids), edges=pairs, directed=True)
    nx_calls = {
        "degree": lambda: nx.degree_centrality(G),
        "betweenness": lambda: nx.betweenness_centrality(G),
        "closeness": lambda: nx.closeness_centrality(G),
        "harmonic": lambda: nx.harmonic_centrality(G),
        "pagerank": lambda: nx.pagerank(G),
        "eigenvector": lambda: nx.eigenvector_centrality(G, max_iter=1000),
        "katz": lambda: nx.katz_centrality(G, alpha=0.05),
        "hub": lambda: nx.hits(G),
        "authority": lambda: nx.hits(G),
    }
    ig_calls = {
        "degree": lambda: g.degree(),
        "betweenness": lambda: g.betweenness(directed=True),
        "closeness": lambda: g.closeness(mode="in"),
        "harmonic": lambda: g.harmonic_centrality(mode="in"),
        "pagerank": lambda: g.pagerank(),
        "eigenvector": lambda: g.eigenvector_centrality(directed=True),
        "hub": lambda: g.hub_score(),
        "authority": lambda: g.authority_score(),
    }
    print("%d entities, %d distinct pairs (%s)" % (len(ids), len(pairs), path.split("/")[-1]))
    print("%-12s %12s %12s %12s %10s %10s" % ("measure", "pactgraph s", "networkx s", "igraph s",
                                               "nx/pg", "igraph/pg"))
    for m in MEASURES:
        pg = pactgraph_seconds(exe, path, m)
        nxs = None if (skip_slow and m in SLOW_NX) else timed(nx_calls[m])
        igs = timed(ig_calls[m]) if m in ig_calls else None
        floor = max(pg, 1e-6)  # a microsecond: below the clock's useful resolution

        def cell(x, fmt="%12.4f"):
            return fmt % x if x is not None else "%12s" % "-"

        def ratio(x):
            return "%10.1f" % (x / floor) if x is not None else "%10s" % "-"

        print("%-12s %s %s %s %s %s" % (m, cell(pg, "%12.6f"), cell(nxs), cell(igs), ratio(nxs), ratio(igs)))
        sys.stdout.flush()
    print("(ratios: peer seconds / pactgraph seconds; above 1 means pactgraph is faster; '-': not run)")


if __name__ == "__main__":
    main()
