#!/usr/bin/env python3
"""One peer job of scripts/bench's scale section, run as a whole process so that its wall seconds
and peak memory can be measured from outside, as pactgraph's are.

    /usr/bin/python3 scripts/bench-peers.py JOB FILE.csv [ARG...]

Jobs (each loads FILE.csv, an edges file with columns source,target,relation,amount_usd,date,
the way a user of the library would: pandas' read_csv, then the library's own constructor,
keeping every relation and its fields, as pactgraph's model does):

  igraph-load                      Graph.DataFrame (a directed multigraph with edge attributes)
  igraph-pagerank                  ... then simplify to distinct (from, to) pairs, pagerank()
  igraph-hits                      ... simplify, hub_score() and authority_score() (ARPACK)
  igraph-betweenness CUTOFF        ... simplify, betweenness(cutoff=CUTOFF) (paths of at most
                                   CUTOFF hops: python-igraph 0.10 has no sampled sources)
  igraph-betweenness-exact OUT     ... simplify, exact betweenness, normalized as NetworkX does
                                   (divided by (n-1)(n-2)), written to OUT as id,score lines
  networkx-load                    from_pandas_edgelist into a MultiDiGraph with edge attributes
  networkx-pagerank                ... then DiGraph (distinct pairs), pagerank()
  networkx-paths FROM TO           ... shortest_path (bidirectional breadth-first search)
  networkx-betweenness K SEED      ... DiGraph, betweenness_centrality(k=K, seed=SEED)

Prints `load_s`, `compute_s` (seconds inside the process, for the compute-only rows), and the
answer's digest: `top ID SCORE` lines (the 10 best) or `hops N`.
"""
import sys
import time
import warnings

import pandas as pd

warnings.simplefilter("ignore", FutureWarning)  # networkx 2.8's note about scipy arrays


def igraph_graph(path):
    import igraph as ig
    return ig.Graph.DataFrame(pd.read_csv(path), directed=True, use_vids=False)


def networkx_graph(path):
    import networkx as nx
    df = pd.read_csv(path)
    return nx.from_pandas_edgelist(df, "source", "target", edge_attr=["relation", "amount_usd", "date"],
                                   create_using=nx.MultiDiGraph)


def print_top(names, scores):
    best = sorted(range(len(scores)), key=lambda i: (-scores[i], names[i]))[:10]
    for i in best:
        print("top %s %.12g" % (names[i], scores[i]))


# Each run_* returns None for a load-only job, else (compute, report): compute() is the timed
# call and returns what report(result) prints afterwards, outside the compute seconds.

def run_igraph(job, g, args):
    if job == "load":
        return None
    g.simplify(multiple=True, loops=True, combine_edges=None)
    names = g.vs["name"]

    def top(scores):
        print_top(names, scores)
    if job == "pagerank":
        return g.pagerank, top
    if job == "hits":
        return lambda: (g.hub_score(), g.authority_score()), lambda scores: top(scores[1])
    if job == "betweenness":
        return lambda: g.betweenness(directed=True, cutoff=int(args[0])), top
    if job == "betweenness-exact":
        n = g.vcount()
        scale = 1.0 / ((n - 1) * (n - 2)) if n > 2 else 1.0

        def report(raw):
            scores = [b * scale for b in raw]
            with open(args[0], "w", encoding="utf-8") as f:
                f.writelines("%s,%.12g\n" % (names[i], x) for i, x in enumerate(scores))
            top(scores)
        return lambda: g.betweenness(directed=True), report
    raise SystemExit("bench-peers: unknown igraph job " + job)


def run_networkx(job, g, args):
    import networkx as nx
    if job == "load":
        return None
    if job == "paths":
        def path():
            try:
                return len(nx.shortest_path(g, args[0], args[1])) - 1
            except nx.NetworkXNoPath:
                return "none"
        return path, lambda hops: print("hops %s" % hops)
    d = nx.DiGraph(g)
    names = list(d.nodes)

    def top(scores):
        print_top(names, [scores[v] for v in names])
    if job == "pagerank":
        return lambda: nx.pagerank(d), top
    if job == "betweenness":
        k = min(int(args[0]), d.number_of_nodes())
        return lambda: nx.betweenness_centrality(d, k=k, seed=int(args[1])), top
    raise SystemExit("bench-peers: unknown networkx job " + job)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    job, path, args = sys.argv[1], sys.argv[2], sys.argv[3:]
    library, _, task = job.partition("-")
    builders = {"igraph": (igraph_graph, run_igraph), "networkx": (networkx_graph, run_networkx)}
    if library not in builders:
        raise SystemExit("bench-peers: unknown job " + job)
    build, run = builders[library]
    t = time.perf_counter()
    g = build(path)
    job_parts = run(task, g, args)  # the projection to distinct pairs counts as loading
    print("load_s %.6f" % (time.perf_counter() - t))
    if job_parts is not None:
        compute, report = job_parts
        t = time.perf_counter()
        result = compute()
        print("compute_s %.6f" % (time.perf_counter() - t))
        report(result)


if __name__ == "__main__":
    main()
