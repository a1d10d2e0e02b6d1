#!/usr/bin/env python3
"""Computes, once, the NetworkX 2.8 structure values the C++ tests compare against.

    /usr/bin/python3 scripts/expected-structure.py

Writes tests/data/structure/generated-300.toml (scripts/gen-graph.py 300 600 --seed 5) and
tests/analysis/structure_expected.hpp (the numbers, so the tests need no Python). Graphs: the
shipped graphs (graphs/*.toml), the metrics fixtures (tests/data/metrics/*.toml, written by
scripts/expected-metrics.py) and the generated one. Each is read with tomllib as pactgraph reads
it: entities in file order, a relation's ends by id or alias.

The graphs NetworkX sees, as documented in src/analysis/structure.hpp:
  D   the DiGraph of distinct (from, to) pairs (self-loops kept: density, reciprocity);
  D0  D without self-loops (core_number, clustering, constraint, effective_size);
  W0  D0 weighted by the summed amount_usd of a pair (undisclosed: 0);
  U   the Graph of distinct unordered pairs without self-loops (articulation points);
  M   the MultiGraph of relations without self-loops (bridges);
  C   the Graph of unordered pairs weighted by the number of relations (Louvain, modularity).
Constraint and effective size: NetworkX 2.8 returns NaN for an entity without successors;
pactgraph documents the value of the same formula there, computed here with NetworkX's own
local_constraint and normalized_mutual_weight (and checked equal to nx.constraint and
nx.effective_size wherever those give a number). Cut-offs of weak points are computed by
removing the point and taking the connected components of what is left.
"""
import math
import os
import subprocess
import sys
import tomllib

import networkx as nx
from networkx.algorithms.structuralholes import normalized_mutual_weight as nmw

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "analysis", "structure_expected.hpp")
GENERATED = "tests/data/structure/generated-300.toml"
KARATE = "tests/data/metrics/karate.toml"


def load(path):
    with open(os.path.join(ROOT, path), "rb") as fh:
        d = tomllib.load(fh)
    ents = [e["id"] for e in d.get("entity", [])]
    find = {e: e for e in ents}
    for e in d.get("entity", []):
        for a in e.get("aliases", []):
            find.setdefault(a.lower(), e["id"])
    # Symmetric types (built in, or declared so by the file) count as a pair each way in the
    # DiGraph, as pactgraph's projection counts them (docs/metrics.md).
    symmetric = {"agreement", "partners_with", "competes_with"}
    for t in d.get("vocabulary", {}).get("types", []):
        if isinstance(t, dict) and t.get("symmetric"):
            symmetric.add(t["name"])
    rels = []
    for r in d.get("relation", []):
        rels.append((find[r["from"].lower()], find[r["to"].lower()], r.get("amount_usd"),
                     r["type"] in symmetric))
    return ents, rels


def digraph(ents, rels, weighted=False, loops=True):
    G = nx.DiGraph()
    G.add_nodes_from(ents)
    for f, t, a, sym in rels:
        for x, y in ([(f, t), (t, f)] if sym and f != t else [(f, t)]):
            if x == y and not loops:
                continue
            if G.has_edge(x, y):
                G[x][y]["weight"] += a or 0
            else:
                G.add_edge(x, y, weight=a or 0)
    if not weighted:
        for _, _, d in G.edges(data=True):
            del d["weight"]
    return G


def counted(ents, rels):
    G = nx.Graph()
    G.add_nodes_from(ents)
    for f, t, _, _ in rels:
        if G.has_edge(f, t):
            G[f][t]["weight"] += 1
        else:
            G.add_edge(f, t, weight=1)
    return G


def numbered(ents, components):
    of = {}
    for c in components:
        for v in c:
            of[v] = c
    number, out = {}, []
    for v in ents:
        key = id(of[v])
        number.setdefault(key, len(number))
        out.append(number[key])
    return out


def brokerage(G, ents, weight):
    """Constraint and effective size by NetworkX's formulas, for every entity with a neighbour."""
    nxc = nx.constraint(G, weight=weight)
    nxe = nx.effective_size(G, weight=weight)
    cons, esize = [], []
    for v in ents:
        nbrs = set(nx.all_neighbors(G, v))
        if not nbrs:
            cons.append(None)
            esize.append(None)
            continue
        c = sum(nx.local_constraint(G, v, n, weight=weight) for n in nbrs)
        e = sum(1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight)
                        for w in nbrs) for u in nbrs)
        if not math.isnan(nxc[v]):
            assert abs(c - nxc[v]) < 1e-12 and abs(e - nxe[v]) < 1e-12, v
        cons.append(c)
        esize.append(e)
    return cons, esize


def cut_off(H, ents):
    """The entities outside the largest component of H (tie: the one with the smallest entity)."""
    pos = {v: i for i, v in enumerate(ents)}
    parts = sorted(nx.connected_components(H), key=lambda c: (-len(c), min(pos[v] for v in c)))
    return sorted((v for p in parts[1:] for v in p), key=pos.get)


def weak_points(ents, rels):
    pos = {v: i for i, v in enumerate(ents)}
    U = nx.Graph()
    U.add_nodes_from(ents)
    M = nx.MultiGraph()
    M.add_nodes_from(ents)
    for f, t, _, _ in rels:
        if f != t:
            U.add_edge(f, t)
            M.add_edge(f, t)
    points = []
    for v in sorted(nx.articulation_points(U), key=pos.get):
        H = U.subgraph(nx.node_connected_component(U, v) - {v})
        points.append((v, cut_off(H, ents)))
    bridges = []
    for u, w in nx.bridges(M):
        H = nx.Graph(U.subgraph(nx.node_connected_component(U, u)))
        H.remove_edge(u, w)
        index = next(i for i, (f, t, _, _) in enumerate(rels) if {f, t} == {u, w})
        bridges.append((index, rels[index][0], rels[index][1], cut_off(H, ents)))
    bridges.sort()
    return points, bridges


def structure_case(name, path, weighted):
    ents, rels = load(path)
    D = digraph(ents, rels)
    D0 = digraph(ents, rels, loops=False)
    rec = nx.reciprocity(D, ents) if D.number_of_edges() else {v: None for v in ents}
    cons, esize = brokerage(D0, ents, None)
    wcons, wesize = brokerage(digraph(ents, rels, True, False), ents, "weight") if weighted else ([], [])
    points, bridges = weak_points(ents, rels)
    return {
        "name": name, "file": path, "ids": ents,
        "weak": numbered(ents, nx.weakly_connected_components(D)),
        "strong": numbered(ents, nx.strongly_connected_components(D)),
        "density": nx.density(D),
        "reciprocity": nx.overall_reciprocity(D) if D.number_of_edges() else None,
        "entity_reciprocity": [rec[v] for v in ents],
        "core": [nx.core_number(D0)[v] for v in ents],
        "clustering": [nx.clustering(D0)[v] for v in ents],
        "constraint": cons, "effective_size": esize,
        "weighted_constraint": wcons, "weighted_effective_size": wesize,
        "points": points, "bridges": bridges,
    }


def louvain_cases():
    out = []
    for path, resolutions, seeds in [(KARATE, [1.0, 0.5, 2.0], range(10)),
                                     ("tests/data/metrics/florentine.toml", [1.0], range(5)),
                                     ("tests/data/metrics/random-parallel.toml", [1.0], range(5)),
                                     ("graphs/ai-compute-web.toml", [1.0], range(5)),
                                     (GENERATED, [1.0], range(5))]:
        ents, rels = load(path)
        C = counted(ents, rels)
        for res in resolutions:
            for seed in seeds:
                comms = nx.community.louvain_communities(C, weight="weight", resolution=res, seed=seed)
                q = nx.community.modularity(C, comms, weight="weight", resolution=res)
                pos = {v: i for i, v in enumerate(ents)}
                part = sorted((sorted(c, key=pos.get) for c in comms), key=lambda c: pos[c[0]])
                out.append((path, res, seed, q, part))
    return out


def cstr(s):
    return '"%s"' % s


def nums(xs):
    return "{" + ", ".join("kNone" if x is None else repr(float(x)) for x in xs) + "}"


def ints(xs):
    return "{" + ", ".join(str(x) for x in xs) + "}"


def strs(xs):
    return "{" + ", ".join(cstr(x) for x in xs) + "}"


def emit_structure(c):
    pts = ", ".join("{%s, %s}" % (cstr(v), strs(cut)) for v, cut in c["points"])
    brs = ", ".join("{%d, %s, %s, %s}" % (i, cstr(f), cstr(t), strs(cut)) for i, f, t, cut in c["bridges"])
    return """    {%s, %s,
     %s,
     %s,
     %s,
     %s, %s,
     %s,
     %s,
     %s,
     %s,
     %s,
     %s,
     %s,
     {%s},
     {%s}},""" % (cstr(c["name"]), cstr(c["file"]), strs(c["ids"]), ints(c["weak"]), ints(c["strong"]),
                  repr(float(c["density"])), "kNone" if c["reciprocity"] is None else repr(c["reciprocity"]),
                  nums(c["entity_reciprocity"]), ints(c["core"]), nums(c["clustering"]),
                  nums(c["constraint"]), nums(c["effective_size"]), nums(c["weighted_constraint"]),
                  nums(c["weighted_effective_size"]), pts, brs)


def main():
    os.makedirs(os.path.join(ROOT, "tests", "data", "structure"), exist_ok=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "gen-graph.py"), "300", "600",
                    "--seed", "5", "-o", os.path.join(ROOT, GENERATED)], check=True)
    graphs = [("openai-frontier", "graphs/openai-frontier.toml", True),
              ("ai-compute-web", "graphs/ai-compute-web.toml", True),
              ("generated-300", GENERATED, True)]
    metrics = os.path.join(ROOT, "tests", "data", "metrics")
    for f in sorted(os.listdir(metrics)):
        graphs.append((f[:-5], "tests/data/metrics/" + f, f.startswith(("isolated", "random-parallel"))))
    body = "\n".join(emit_structure(structure_case(*g)) for g in graphs)
    louvain = "\n".join("    {%s, %s, %d, %s, {%s}}," % (
        cstr(path), repr(res), seed, repr(q), ", ".join(strs(c) for c in part))
        for path, res, seed, q, part in louvain_cases())
    with open(OUT, "w") as fh:
        fh.write("""// Generated by scripts/expected-structure.py with NetworkX %s: do not edit; re-run the script.
// Expected structure values per graph, in the file's entity order (kNone: no value).
#pragma once

#include <limits>
#include <vector>

namespace pactgraph::test {

inline constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

struct ExpectedPoint {
    const char* id;
    std::vector<const char*> cut_off;
};

struct ExpectedBridge {
    unsigned relation;  // file-order index of the relation
    const char* from;
    const char* to;
    std::vector<const char*> cut_off;
};

struct ExpectedStructure {
    const char* name;
    const char* file;  // relative to the source tree
    std::vector<const char*> ids;
    std::vector<unsigned> weak;    // component numbers, by first entity in file order
    std::vector<unsigned> strong;
    double density;
    double reciprocity;
    std::vector<double> entity_reciprocity;
    std::vector<unsigned> core_number;
    std::vector<double> clustering;
    std::vector<double> constraint;
    std::vector<double> effective_size;
    std::vector<double> weighted_constraint;  // empty: not computed for this graph
    std::vector<double> weighted_effective_size;
    std::vector<ExpectedPoint> articulation_points;
    std::vector<ExpectedBridge> bridges;
};

inline const std::vector<ExpectedStructure> kExpectedStructure = {
%s
};

// nx.community.louvain_communities(C, weight="weight", resolution, seed) and its
// nx.community.modularity, C the Graph of pairs weighted by relation count.
struct ExpectedLouvain {
    const char* file;
    double resolution;
    unsigned seed;
    double modularity;
    std::vector<std::vector<const char*>> communities;
};

inline const std::vector<ExpectedLouvain> kExpectedLouvain = {
%s
};

}  // namespace pactgraph::test
""" % (nx.__version__, body, louvain))
    print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
