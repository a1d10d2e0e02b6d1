#!/usr/bin/env python3
"""NetworkX 2.8 reference values for tests/analysis/paths_test.cpp on tests/data/gen-60.toml.

    /usr/bin/python3 scripts/expected-paths.py

A relation of a symmetric type (the built-in agreement, partners_with and competes_with) is followed both ways
by every traversal: in the DiGraph it is G.add_edge(a, b) and G.add_edge(b, a). Prints the
neighbourhood sizes, the relations joining e0 to its first ring (`steps`), and the counts of
simple paths, directed and undirected, that the C++ tests compare against.
"""
import os
import tomllib

import networkx as nx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SYMMETRIC = {"agreement", "partners_with", "competes_with"}  # the vocabulary's symmetric types

with open(os.path.join(ROOT, "tests", "data", "gen-60.toml"), "rb") as fh:
    d = tomllib.load(fh)
rels = [(r["from"], r["to"], r["type"]) for r in d["relation"]]
D = nx.DiGraph()
D.add_nodes_from(e["id"] for e in d["entity"])
for f, t, ty in rels:
    if f == t:
        continue
    D.add_edge(f, t)
    if ty in SYMMETRIC:
        D.add_edge(t, f)
U = D.to_undirected()


def reach(G, src, depth):
    return len(nx.single_source_shortest_path_length(G, src, cutoff=depth)) - 1


def first_ring_steps(src, direction):
    n = 0
    for f, t, ty in rels:
        if f == t:
            continue
        if f == src and (direction == "out" or ty in SYMMETRIC):
            n += 1
        if t == src and (direction == "in" or ty in SYMMETRIC):
            n += 1
    return n


print("out depth 2:", reach(D, "e0", 2))
print("in depth 2:", reach(D.reverse(), "e0", 2))
print("in depth 1 steps:", first_ring_steps("e0", "in"))
print("out depth 1 steps:", first_ring_steps("e0", "out"))
print("both depth 1:", reach(U, "e0", 1), "both depth 2:", reach(U, "e0", 2))
for a, b in [("e0", "e1"), ("e3", "e17"), ("e5", "e42")]:
    print("shortest directed", a, b, nx.shortest_path_length(D, a, b))
    print("simple paths directed <=4", a, b, len(list(nx.all_simple_paths(D, a, b, cutoff=4))))
for a, b, k in [("e0", "e1", 4), ("e0", "e1", 3), ("e3", "e17", 4), ("e3", "e17", 3), ("e5", "e42", 4)]:
    print("simple paths undirected <=%d" % k, a, b, len(list(nx.all_simple_paths(U, a, b, cutoff=k))))
