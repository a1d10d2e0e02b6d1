#!/usr/bin/env python3
"""Times `neighbors` and shortest `paths` in pactgraph and NetworkX on one generated graph.

    /usr/bin/python3 scripts/bench-queries.py FILE PACTGRAPH

Both answer the same questions on the same graph: the entities around a few ids (depth 1: the
relations in and out; depth 2: the entities two hops away either way) and the shortest path
between a few pairs (directed and undirected, by hops; NetworkX's bidirectional BFS).
pactgraph's query seconds come from `--timings` (loading excluded, as NetworkX's are timed after
its graph is built); its whole run (load + query) is timed too, next to NetworkX's tomllib load.
"""
import subprocess
import sys
import time
import tomllib

import networkx as nx

QUESTIONS = [("e17", "e99999"), ("e4242", "e31337"), ("e1", "e77777")]


def pactgraph(exe, args):
    t = time.perf_counter()
    err = subprocess.run([exe] + args + ["-q", "--timings"], check=True, capture_output=True, text=True).stderr
    wall = time.perf_counter() - t
    for line in err.splitlines():
        if line.startswith("time query "):
            return float(line.split()[2]), wall
    raise RuntimeError("no timing in: " + err)


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


def main():
    path, exe = sys.argv[1], sys.argv[2]
    t = time.perf_counter()
    with open(path, "rb") as fh:
        d = tomllib.load(fh)
    G = nx.MultiDiGraph()
    G.add_nodes_from(e["id"] for e in d["entity"])
    G.add_edges_from((r["from"], r["to"]) for r in d["relation"])
    nx_load = time.perf_counter() - t
    D = nx.DiGraph(G)
    U = nx.Graph(G)
    print("%d entities, %d relations (%s); NetworkX load %.2f s" % (len(d["entity"]), len(d["relation"]),
                                                                   path.split("/")[-1], nx_load))
    print("%-34s %12s %12s %12s %10s" % ("query", "pactgraph s", "(whole run)", "networkx s", "nx/pg"))
    rows = []
    for a, b in QUESTIONS:
        rows.append(("neighbors %s --depth 1" % a, ["neighbors", path, a],
                     lambda a=a: (list(G.in_edges(a, keys=True)), list(G.out_edges(a, keys=True)))))
        rows.append(("neighbors %s --depth 2" % a, ["neighbors", path, a, "--depth", "2"],
                     lambda a=a: nx.single_source_shortest_path_length(U, a, cutoff=2)))
        rows.append(("paths %s %s" % (a, b), ["paths", path, a, b],
                     lambda a=a, b=b: nx.has_path(D, a, b) and nx.shortest_path(D, a, b)))
        rows.append(("paths %s %s --undirected" % (a, b), ["paths", path, a, b, "--undirected"],
                     lambda a=a, b=b: nx.has_path(U, a, b) and nx.shortest_path(U, a, b)))
    worst = 0.0
    for name, args, f in rows:
        pg, wall = pactgraph(exe, args)
        n = timed(f)
        worst = max(worst, pg)
        print("%-34s %12.4f %12.2f %12.4f %10.1f" % (name, pg, wall, n, n / pg if pg > 0 else float("inf")))
    print("slowest pactgraph query: %.3f s (loading the file excluded)" % worst)


if __name__ == "__main__":
    main()
