#!/usr/bin/env python3
"""Times `pactgraph render -T svg -K ENGINE` (Graphviz linked in-process) against the `dot`
command rendering the same DOT with the same engine, in the same run. Best of N wall-clock runs.

usage: bench-render.py PACTGRAPH LABEL GRAPH ENGINE[,ENGINE...] [--runs N] [--timeout S]
"""
import argparse
import os
import subprocess
import tempfile
import time


def best_time(cmd, runs, timeout):
    best = None
    for _ in range(runs):
        start = time.perf_counter()
        try:
            subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True,
                           timeout=timeout)
        except subprocess.TimeoutExpired:
            return None
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pactgraph")
    ap.add_argument("label")
    ap.add_argument("graph")
    ap.add_argument("engines")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    print(f"{a.label}")
    print(f"  {'engine':7} {'pactgraph s':>12} {'dot cmd s':>10} {'ratio':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for engine in a.engines.split(","):
            dot_file = os.path.join(tmp, f"{engine}.dot")
            with open(dot_file, "wb") as f:
                subprocess.run([a.pactgraph, "render", "-q", a.graph, "-T", "dot", "-K", engine,
                                "--rankdir", "TB"], stdout=f, check=True)
            ours = best_time([a.pactgraph, "render", "-q", a.graph, "-T", "svg", "-K", engine,
                              "--rankdir", "TB"], a.runs, a.timeout)
            peer = best_time(["dot", "-K" + engine, "-Tsvg", dot_file], a.runs, a.timeout)
            fmt = lambda t: f"{t:.3f}" if t is not None else f">{a.timeout:.0f}"
            ratio = f"{ours / peer:.2f}" if ours and peer else "-"
            print(f"  {engine:7} {fmt(ours):>12} {fmt(peer):>10} {ratio:>7}")


if __name__ == "__main__":
    main()
