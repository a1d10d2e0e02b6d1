#!/usr/bin/env python3
"""Large graphs: pactgraph against python-igraph and NetworkX, each job a whole process, on
seeded generated deal graphs of growing size (section 10-scale of scripts/bench).

    /usr/bin/python3 scripts/bench-scale.py PACTGRAPH [--sizes 10k,100k,1m] [--cap SECONDS]
        [--runs N] [--dir BENCH_DIR] [--write-docs] [--replot]

SIZE names the relations (10k, 100k, 1m, 10m; entities = relations / 10); defaults come from
BENCH_SIZES, BENCH_CAP (300), BENCH_RUNS (5) and BENCH_DIR (build/bench). Every job runs as its
own process: wall seconds from outside, peak memory from the kernel's accounting of the child
(getrusage's maxrss, as /usr/bin/time's %M). A job whose first run takes under 2 s is run
BENCH_RUNS times and its median kept. A peer's job whose time, extrapolated from the smaller
sizes measured (log-log slope, at least linear in relations; quadratic for exact betweenness),
would pass the cap, or whose memory would pass 80% of the machine's, is skipped and says so;
any job still running at twice the cap is stopped, and skipped at the larger sizes.

Prints a table of task x size: pactgraph's seconds and MB, the peer's, their ratios (peer /
pactgraph: above 1 means pactgraph is faster or lighter) and the issue's target where one
applies; then the checks that the tools computed the same answers. --write-docs also writes
that table (with the machine it ran on) into docs/performance.md between its bench markers and
draws docs/img/performance.svg; --replot redoes only that from the last run's saved results.
"""
import argparse
import datetime
import json
import math
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PY = "/usr/bin/python3"
PEERS = os.path.join(ROOT, "scripts", "bench-peers.py")
BOUND_SRC = os.path.join(ROOT, "scripts", "bench.d", "bound.cpp")
DOC = os.path.join(ROOT, "docs", "performance.md")
PLOT = os.path.join(ROOT, "docs", "img", "performance.svg")
SEED = 42
DEFAULT_SIZES = "10k,100k,1m"
TOML_UP_TO = 1_000_000      # relations: the TOML copy is written up to this size
EPS, DELTA = 0.01, 0.1      # pactgraph's --approx and its default --delta
IGRAPH_CUTOFF = 3           # python-igraph's betweenness estimate: paths of at most 3 hops
NX_SOURCES = 256            # NetworkX's betweenness estimate (and pactgraph's --sources): 256 sampled sources
GRAPH_TOOL_256_S = 98.0     # the graph-tool betweenness from 256 sources, 10M relations
TIGHT_TOL = 1e-12           # PageRank's tolerance for the seconds-per-iteration row
REPEAT_BELOW = 2.0          # seconds: faster jobs are repeated and their median kept
# IGRAPH_ENV_NOTE: Debian's igraph runs PageRank (PRPACK) with OpenMP; on this 2-core machine that
# was slower at every size tried (0.6 s instead of 0.002 s for 1,000 entities, 0.50 s instead of
# 0.28 s for 100,000), so igraph's jobs get OMP_NUM_THREADS=1: its faster setting.


# ---------------------------------------------------------------- sizes and files

def parse_size(label):
    m = re.fullmatch(r"(\d+)([km]?)", label.strip().lower())
    if not m:
        raise SystemExit("bench-scale: size '%s': expected a relation count such as 10k, 1m or 10m" % label)
    relations = int(m.group(1)) * {"": 1, "k": 1000, "m": 1_000_000}[m.group(2)]
    if relations < 100:
        raise SystemExit("bench-scale: size '%s': at least 100 relations" % label)
    return relations


def count_label(n):
    for unit, div in (("M", 1_000_000), ("k", 1000)):
        if n >= div and n % div == 0:
            return "%d%s" % (n // div, unit)
    return str(n)


class Size:
    def __init__(self, relations, bench_dir):
        self.relations = relations
        self.entities = relations // 10
        self.label = count_label(relations).lower()
        self.prefix = os.path.join(bench_dir, "scale-%s" % self.label)
        self.csv = self.prefix + ".csv"
        self.toml = self.prefix + ".toml" if relations <= TOML_UP_TO else None
        self.snap = self.prefix + ".pgsnap"

    def title(self):
        return "%s / %s" % (count_label(self.entities), count_label(self.relations))

    def pair(self):
        with open(self.prefix + ".pair", encoding="utf-8") as f:
            return f.read().split()

    def generate(self):
        """Writes the graph once; later runs reuse it (the generator's output is a function of
        its arguments, and its pair file, written last, marks a complete set)."""
        have = os.path.exists(self.prefix + ".pair") and os.path.exists(self.csv)
        if have and (self.toml is None or os.path.exists(self.toml)):
            return
        print("generating %s entities / %s relations (seed %d) ..." % (self.entities, self.relations, SEED),
              flush=True)
        cmd = [PY, os.path.join(ROOT, "scripts", "gen-bench.py"), str(self.entities), str(self.relations),
               self.prefix, "--seed", str(SEED)] + (["--toml"] if self.toml else [])
        subprocess.run(cmd, check=True)


# ---------------------------------------------------------------- running one process

def run_once(argv, stdout_path, timeout, env=None):
    """Runs argv with stdout to a file; returns (seconds, peak MB, exit code, stderr, timed out)."""
    err_path = stdout_path + ".err"
    with open(stdout_path, "wb") as out, open(err_path, "wb") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=out, stderr=err, stdin=subprocess.DEVNULL,
                                start_new_session=True, env=env)
        expired = threading.Event()

        def stop():
            expired.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        timer = threading.Timer(timeout, stop)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
    with open(err_path, encoding="utf-8", errors="replace") as f:
        stderr = f.read()
    return seconds, usage.ru_maxrss / 1024.0, proc.returncode, stderr, expired.is_set()


class Runner:
    """Measures jobs, keeps their records per size, and skips what would pass the cap."""

    def __init__(self, cap, runs, bench_dir, earlier):
        self.cap, self.runs, self.dir = cap, runs, bench_dir
        self.results = {}          # size label -> job key -> record
        self.earlier = earlier     # the saved results of earlier runs, for estimates only
        self.mem_mb = meminfo_mb("MemTotal")

    def history(self, key, size):
        """[(relations, record)] of this job at the smaller sizes measured or stopped, largest
        last: this run's, else the saved run's."""
        for source in (self.results, self.earlier):
            pts = sorted(((parse_size(l), jobs[key]) for l, jobs in source.items()
                          if key in jobs and parse_size(l) < size.relations
                          and jobs[key].get("s", jobs[key].get("stopped_s")) is not None), key=lambda p: p[0])
            if pts:
                return pts
        return []

    def too_costly(self, key, size, exponent):
        """Why to skip this job at this size, or None: its seconds extrapolated from the two
        largest smaller sizes (log-log slope, at least `exponent`), its memory linearly."""
        pts = self.history(key, size)
        if not pts:
            return None
        rel, rec = pts[-1]
        if rec.get("s") is None:  # stopped at a smaller size: larger ones would be stopped too
            return "skipped (stopped at %s relations)" % count_label(rel)
        slope = exponent
        if len(pts) >= 2 and pts[-2][1].get("s"):
            slope = max(exponent, math.log(rec["s"] / pts[-2][1]["s"]) / math.log(rel / pts[-2][0]))
        scale = size.relations / rel
        est_s, est_mb = rec["s"] * scale ** slope, rec["mb"] * scale
        if est_s > self.cap:
            return "skipped (est. %s s > cap %d s)" % (fmt_s(est_s), self.cap)
        if est_mb > 0.8 * self.mem_mb:
            return "skipped (est. %.0f GB > 80%% of RAM)" % (est_mb / 1024)
        return None

    def measure(self, key, size, argv, exponent=1, env=None):
        """Runs argv (repeated when fast), records and returns its record. Only the peers' jobs
        are skipped by estimate: pactgraph's change algorithm with size (--approx computes
        exactly while that is cheaper), so its smaller sizes do not predict its larger ones."""
        rec = {"argv": argv}
        self.results.setdefault(size.label, {})[key] = rec
        peer = key.startswith(("igraph-", "networkx-"))
        skip = self.too_costly(key, size, exponent) if peer else None
        if skip:
            rec["note"] = skip
            print("  %-28s %s" % (key, skip), flush=True)
            return rec
        out = os.path.join(self.dir, "scale-%s.%s.out" % (size.label, key))
        runs = []
        while True:
            s, mb, rc, err, expired = run_once(argv, out, 2 * self.cap, env)
            if expired:
                rec.update(note="stopped at %d s (twice the cap)" % (2 * self.cap), stopped_s=2 * self.cap)
                break
            if rc != 0:
                first = next((l for l in err.splitlines() if "error" in l), err.strip()[:200])
                rec.update(rc=rc, note="failed (exit %d)" % rc, error=first)
                break
            runs.append((s, mb))
            if s >= REPEAT_BELOW or len(runs) >= self.runs:
                break
        if runs:
            rec.update(s=statistics.median(r[0] for r in runs), mb=statistics.median(r[1] for r in runs),
                       runs=len(runs), out=out, stderr=err if len(err) < 20000 else err[:10000] + err[-10000:])
        print("  %-28s %s" % (key, describe(rec)), flush=True)
        return rec


def describe(rec):
    if rec.get("s") is None:
        return rec.get("note", "-")
    return "%s s, %.0f MB (%d run%s)" % (fmt_s(rec["s"]), rec["mb"], rec["runs"], "" if rec["runs"] == 1 else "s")


def meminfo_mb(field):
    with open("/proc/meminfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024.0
    return float("inf")


# ---------------------------------------------------------------- reading the answers

def read_pactgraph_metric(rec, measure):
    """Compute seconds (--timings) and the ranking (CSV output) of a pactgraph metrics run."""
    if rec.get("s") is None:
        return
    m = re.search(r"^time %s ([0-9.eE+-]+)" % measure, rec["stderr"], re.M)
    if m:
        rec["compute_s"] = float(m.group(1))
    # "time pagerank 0.014080 iterations 15" (older builds: "... 15 iterations").
    m = re.search(r"^time %s \S+ (?:iterations (\d+)|(\d+) iterations)" % measure, rec["stderr"], re.M)
    if m:
        rec["iterations"] = int(m.group(1) or m.group(2))
    rec["notes"] = [l.strip("# ").split("; ")[-1] for l in rec["stderr"].splitlines() if l.startswith("#")]
    scores = {}
    with open(rec["out"], encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split(",")
        col = header.index(measure) if measure in header else -1
        for line in f:
            cells = line.rstrip("\n").split(",")
            if col >= 0 and len(cells) == len(header):
                scores[cells[1]] = float(cells[col])
    rec["scores_file"] = rec["out"]
    rec["top"] = sorted(scores, key=lambda k: (-scores[k], k))[:10]


def read_hits(rec):
    """HITS computes hubs and authorities together: its compute seconds are both lines'."""
    read_pactgraph_metric(rec, "authority")
    hub = re.search(r"^time hub ([0-9.eE+-]+)", rec.get("stderr", ""), re.M)
    if hub and rec.get("compute_s") is not None:
        rec["compute_s"] += float(hub.group(1))


def read_pactgraph_path(rec):
    if rec.get("s") is None:
        return
    with open(rec["out"], encoding="utf-8") as f:
        rows = [l.split("\t") for l in f.read().splitlines()[1:]]
    rec["hops"] = str(sum(1 for r in rows if r and r[0] == "1")) if rows else "none"


def read_peer(rec):
    if rec.get("s") is None:
        return
    top = []
    with open(rec["out"], encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().partition(" ")
            if key in ("load_s", "compute_s"):
                rec[key] = float(value)
            elif key == "top":
                top.append(value.split()[0])
            elif key == "hops":
                rec["hops"] = value
    rec["top"] = top


def read_bound(rec):
    if rec.get("s") is None:
        return
    with open(rec["out"], encoding="utf-8") as f:
        for line in f:
            key, _, value = line.strip().partition(" ")
            rec[key] = value if key == "top" else float(value)
    rec["load"] = rec["scan"] + rec["parse"]
    rec["whole"] = rec["load"] + rec["csr"] + rec["pagerank"]


def today():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d")


def save_exact_meta(exact_csv, meta):
    write_atomically(exact_csv + ".json", json.dumps(meta, sort_keys=True))


def kept_exact(exact_csv, graph_csv):
    """igraph's exact betweenness of this very graph from an earlier run (a bench's, or one by
    hand that wrote the .json beside it): {"date", "seconds", "how"}, or None. Exact scores do not
    change with pactgraph's build, and at 1M relations they take igraph an hour or more."""
    meta = exact_csv + ".json"
    if not (os.path.exists(exact_csv) and os.path.exists(meta)):
        return None
    if os.path.getmtime(exact_csv) < os.path.getmtime(graph_csv):
        return None
    with open(meta, encoding="utf-8") as f:
        return json.load(f)


def max_abs_diff(pg_csv, exact_csv, measure):
    exact = {}
    with open(exact_csv, encoding="utf-8") as f:
        for line in f:
            k, v = line.rstrip("\n").split(",")
            exact[k] = float(v)
    worst = 0.0
    with open(pg_csv, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split(",")
        col = header.index(measure)
        for line in f:
            cells = line.rstrip("\n").split(",")
            worst = max(worst, abs(float(cells[col]) - exact.get(cells[1], 0.0)))
    return worst


# ---------------------------------------------------------------- the jobs at one size

def build_bound(bench_dir):
    exe = os.path.join(bench_dir, "bound")
    if not os.path.exists(exe) or os.path.getmtime(exe) < os.path.getmtime(BOUND_SRC):
        subprocess.run(["g++", "-O2", "-std=c++20", "-pthread", BOUND_SRC, "-o", exe], check=True)
    return exe


def run_size(r, pg, size, bound):
    size.generate()
    a, b = size.pair()
    csv = size.csv
    peer = lambda job, *args: [PY, PEERS, job, csv] + [str(x) for x in args]
    igraph = dict(os.environ, OMP_NUM_THREADS="1")  # see IGRAPH_ENV_NOTE
    print("%s (entities / relations); path %s -> %s" % (size.title(), a, b), flush=True)

    read_bound(r.measure("bound", size, [bound, csv, str(os.cpu_count() or 1)]))
    r.measure("pg-check-csv", size, [pg, "check", "-q", csv])
    if size.toml:
        r.measure("pg-check-toml", size, [pg, "check", "-q", size.toml])
    r.measure("igraph-load", size, peer("igraph-load"), env=igraph)
    r.measure("networkx-load", size, peer("networkx-load"))

    pr = [pg, "metrics", "-q", "-m", "pagerank", "--format", "csv", "--timings"]
    read_pactgraph_metric(r.measure("pg-pagerank-csv", size, pr[:2] + [csv] + pr[2:]), "pagerank")
    if size.toml:
        read_pactgraph_metric(r.measure("pg-pagerank-toml", size, pr[:2] + [size.toml] + pr[2:]), "pagerank")
    tight = ["--tol", str(TIGHT_TOL), "--max-iter", "1000"]
    read_pactgraph_metric(r.measure("pg-pagerank-tight", size, pr[:2] + [csv] + pr[2:] + tight), "pagerank")
    read_peer(r.measure("igraph-pagerank", size, peer("igraph-pagerank"), env=igraph))
    hits = [pg, "metrics", "-q", "-m", "hub,authority", "--format", "csv", "--timings"]
    read_hits(r.measure("pg-hits-csv", size, hits[:2] + [csv] + hits[2:]))
    read_peer(r.measure("igraph-hits", size, peer("igraph-hits"), env=igraph))
    read_peer(r.measure("networkx-pagerank", size, peer("networkx-pagerank")))

    read_pactgraph_path(r.measure("pg-paths-csv", size, [pg, "paths", "-q", csv, a, b, "--format", "tsv"]))
    read_peer(r.measure("networkx-paths", size, peer("networkx-paths", a, b)))

    bc = [pg, "metrics", "-q", "-m", "betweenness", "--approx", str(EPS), "--format", "csv", "--timings"]
    read_pactgraph_metric(r.measure("pg-betweenness-approx", size, bc[:2] + [csv] + bc[2:]), "betweenness")
    read_peer(r.measure("igraph-betweenness-cutoff", size, peer("igraph-betweenness", IGRAPH_CUTOFF), env=igraph))
    src = [pg, "metrics", "-q", "-m", "betweenness", "--sources", str(NX_SOURCES), "--format", "csv", "--timings"]
    read_pactgraph_metric(r.measure("pg-betweenness-sources", size, src[:2] + [csv] + src[2:]), "betweenness")
    read_peer(r.measure("networkx-betweenness-sampled", size, peer("networkx-betweenness", NX_SOURCES, 1)))
    exact_out = size.prefix + ".betweenness-exact.csv"
    exact = r.measure("igraph-betweenness-exact", size, peer("igraph-betweenness-exact", exact_out), exponent=2,
                      env=igraph)
    read_peer(exact)
    if exact.get("s") is not None:
        save_exact_meta(exact_out, {"date": today(), "seconds": exact["s"], "how": "this bench"})
    elif kept_exact(exact_out, csv):
        exact["kept"] = kept_exact(exact_out, csv)
    if exact.get("s") is not None or exact.get("kept"):
        for key in ("pg-betweenness-approx", "pg-betweenness-sources"):
            est = r.results[size.label][key]
            if est.get("s") is not None:
                est["max_error"] = max_abs_diff(est["out"], exact_out, "betweenness")

    if os.path.exists(size.snap):
        os.remove(size.snap)  # a stale snapshot from an older build must not pass for support
    conv = r.measure("pg-convert-snapshot", size, [pg, "convert", "-q", csv, "-o", size.snap])
    if conv.get("s") is None or not os.path.exists(size.snap):
        for key in ("pg-convert-snapshot", "pg-paths-snapshot", "pg-pagerank-snapshot"):
            r.results[size.label][key] = {"note": "n/a (no .pgsnap)"}
        return
    read_pactgraph_path(r.measure("pg-paths-snapshot", size, [pg, "paths", "-q", size.snap, a, b, "--format", "tsv"]))
    read_pactgraph_metric(r.measure("pg-pagerank-snapshot", size, pr[:2] + [size.snap] + pr[2:]), "pagerank")


# ---------------------------------------------------------------- the table

# (task, pactgraph job, peer name, peer job, what is compared); "compute" compares the seconds
# inside the process (pactgraph's --timings, the peer's own clock), "per-iteration" divides
# pactgraph's compute seconds at --tol 1e-12 by the bound's iteration count at that tolerance
# (the same rule, so the same count; NetworkX's 1e-6 stops after 2 or 3 iterations on large
# graphs, too few for seconds per iteration to mean anything).
ROWS = [
    ("load CSV (check)", "pg-check-csv", "igraph", "igraph-load", "whole"),
    ("load CSV (check)", "pg-check-csv", "networkx", "networkx-load", "whole"),
    ("load CSV (check)", "pg-check-csv", "bound", "bound", "bound-load"),
    ("load TOML (check)", "pg-check-toml", "igraph", "igraph-load", "whole"),
    ("PageRank, whole process", "pg-pagerank-csv", "igraph", "igraph-pagerank", "whole"),
    ("PageRank, whole process", "pg-pagerank-csv", "networkx", "networkx-pagerank", "whole"),
    ("PageRank from TOML", "pg-pagerank-toml", "igraph", "igraph-pagerank", "whole"),
    ("PageRank from snapshot", "pg-pagerank-snapshot", "igraph", "igraph-pagerank", "whole"),
    ("PageRank compute only", "pg-pagerank-csv", "igraph", "igraph-pagerank", "compute"),
    ("PageRank compute only", "pg-pagerank-csv", "networkx", "networkx-pagerank", "compute"),
    ("PageRank per iteration (tol 1e-12)", "pg-pagerank-tight", "bound", "bound", "per-iteration"),
    ("HITS compute only", "pg-hits-csv", "igraph", "igraph-hits", "compute"),
    ("paths A B, whole process", "pg-paths-csv", "networkx", "networkx-paths", "whole"),
    ("paths A B from snapshot", "pg-paths-snapshot", "networkx", "networkx-paths", "whole"),
    ("convert to snapshot", "pg-convert-snapshot", None, None, "whole"),
    ("betweenness ≈ (--approx 0.01)", "pg-betweenness-approx", "igraph", "igraph-betweenness-cutoff", "whole"),
    ("betweenness ≈ (--approx 0.01)", "pg-betweenness-approx", "networkx", "networkx-betweenness-sampled", "whole"),
    ("betweenness, 256 sources", "pg-betweenness-sources", "networkx", "networkx-betweenness-sampled", "whole"),
    ("betweenness, 256 sources, compute", "pg-betweenness-sources", "networkx", "networkx-betweenness-sampled", "compute"),
]


def target(task, peer, label):
    """The issue's target for this row at this size: (text, test(row) -> bool), or None."""
    at_1m, at_10m = label == "1m", label == "10m"
    if task == "PageRank, whole process" and peer == "igraph" and at_1m:
        return "≥ 10×, mem ≥ 2×", lambda r: r["ratio"] >= 10 and r["mem_ratio"] >= 2
    if task == "PageRank, whole process" and peer == "igraph" and at_10m:
        return "< 5 s, < 1.5 GB", lambda r: r["pg_s"] < 5 and r["pg_mb"] < 1536
    if task == "paths A B, whole process" and at_1m:
        return "≥ 10×", lambda r: r["ratio"] >= 10
    if task == "paths A B from snapshot" and at_1m:
        return "< 50 ms", lambda r: r["pg_s"] < 0.05
    if task == "load CSV (check)" and peer == "igraph" and at_10m:
        return "≥ 20×", lambda r: r["ratio"] >= 20
    if task == "load CSV (check)" and peer == "bound" and at_10m:
        return "≤ 1.5× bound", lambda r: r["ratio"] >= 1 / 1.5
    if task in ("PageRank compute only", "HITS compute only") and peer == "igraph" and at_10m:
        return "≥ 3×", lambda r: r["ratio"] >= 3
    if task.startswith("PageRank per iteration") and at_10m:
        return "≤ 2× bound", lambda r: r["ratio"] >= 0.5
    if task.startswith("betweenness ≈") and peer == "igraph" and (at_1m or at_10m):
        return "< 60 s", lambda r: r["pg_s"] < 60
    if task == "betweenness, 256 sources, compute" and at_10m:
        # graph-tool is not a Debian package: the 98 s for its 256 sources (2 threads).
        return "< 24.5 s (¼ graph-tool)", lambda r: r["pg_s"] < GRAPH_TOOL_256_S / 4
    return None


def row_values(kind, pg, other):
    """(pactgraph seconds, MB, peer seconds, MB) for one comparison, None where not known."""
    if kind == "whole":
        return pg.get("s"), pg.get("mb"), other.get("s"), other.get("mb")
    if kind == "compute":
        return pg.get("compute_s"), None, other.get("compute_s"), None
    if kind == "bound-load":
        return pg.get("s"), pg.get("mb"), other.get("load"), None
    if kind == "per-iteration":
        its = pg.get("iterations") or other.get("tight_pagerank_iterations")
        per = pg["compute_s"] / its if pg.get("compute_s") is not None and its else None
        return per, None, other.get("tight_per_iteration"), None
    raise ValueError(kind)


def table_rows(results, sizes):
    """The table's rows: by task, then size, then peer."""
    tasks = list(dict.fromkeys(r[0] for r in ROWS))
    ordered = [(row, label) for task in tasks for label in sizes for row in ROWS if row[0] == task]
    rows = []
    for (task, pg_key, peer, peer_key, kind), label in ordered:
        jobs = results.get(label, {})
        if pg_key in jobs:
            rows.append(table_row(task, label, peer, kind, jobs[pg_key], jobs.get(peer_key, {}) if peer_key else {}))
    return rows


def table_row(task, label, peer, kind, pg, other):
    pg_s, pg_mb, peer_s, peer_mb = row_values(kind, pg, other)
    row = {"task": task, "size": label, "peer": peer or "", "pg_s": pg_s, "pg_mb": pg_mb,
           "peer_s": peer_s, "peer_mb": peer_mb, "pg_note": pg.get("note"), "peer_note": other.get("note"),
           "ratio": peer_s / pg_s if pg_s and peer_s else None,
           "mem_ratio": peer_mb / pg_mb if pg_mb and peer_mb else None, "target": "", "met": ""}
    goal = target(task, peer, label)
    if goal:
        row["target"] = goal[0]
        try:
            row["met"] = "yes" if goal[1](row) else "no"
        except TypeError:   # a number the test needs was not measured
            row["met"] = "?"
    return row


def fmt_s(x):
    if x is None:
        return "-"
    if x >= 100:
        return "%.0f" % x
    if x >= 10:
        return "%.1f" % x
    if x >= 1:
        return "%.2f" % x
    if x >= 0.001:
        return "%.3f" % x
    return "%.2g" % x


def fmt_ratio(x):
    return "-" if x is None else ("%.1f×" % x if x >= 0.95 else "%.2f×" % x)


def cells(row, size_titles):
    def num(value, note, fmt):
        return fmt(value) if value is not None else (note or "-")
    return [row["task"], size_titles[row["size"]], num(row["pg_s"], row["pg_note"], fmt_s),
            num(row["pg_mb"], None, lambda v: "%.0f" % v), row["peer"] or "-",
            num(row["peer_s"], row["peer_note"], fmt_s) if row["peer"] else "-",
            num(row["peer_mb"], None, lambda v: "%.0f" % v), fmt_ratio(row["ratio"]),
            fmt_ratio(row["mem_ratio"]), row["target"] or "-", row["met"] or "-"]


HEADER = ["task", "entities / relations", "pactgraph s", "pactgraph MB", "peer", "peer s", "peer MB",
          "× time", "× memory", "target", "met"]


def text_table(rows, titles):
    lines = [HEADER] + [cells(r, titles) for r in rows]
    widths = [max(len(l[i]) for l in lines) for i in range(len(HEADER))]
    right = {2, 3, 5, 6, 7, 8}
    return "\n".join("  ".join(c.rjust(w) if i in right else c.ljust(w) for i, (c, w) in enumerate(zip(l, widths))).rstrip()
                     for l in lines)


def markdown_table(rows, titles):
    out = ["| " + " | ".join(HEADER) + " |", "|" + "|".join(" --- " if i not in {2, 3, 5, 6, 7, 8} else " ---: "
                                                             for i in range(len(HEADER))) + "|"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in cells(r, titles)) + " |" for r in rows]
    return "\n".join(out)


# ---------------------------------------------------------------- checks that the answers agree

def agreement_notes(results, sizes, titles):
    notes = []
    for label in sizes:
        jobs = results.get(label, {})
        t = titles[label]
        tops = {k.replace("-pagerank", "").replace("-csv", ""): jobs[k]["top"][0]
                for k in ("pg-pagerank-csv", "networkx-pagerank", "igraph-pagerank") if jobs.get(k, {}).get("top")}
        if jobs.get("bound", {}).get("top"):
            tops["bound"] = jobs["bound"]["top"]
        if tops:
            groups = {}
            for tool, top in tops.items():
                groups.setdefault(top, []).append(tool)
            its = jobs.get("bound", {}).get("pagerank_iterations")
            notes.append("%s: PageRank's top entity: %s%s" % (
                t, "; ".join("%s %s" % (top, "/".join(tools)) for top, tools in groups.items()),
                " (NetworkX's stopping rule: %d iterations; igraph solves exactly)" % its
                if its and len(groups) > 1 else ""))
        hops = {k: jobs[k]["hops"] for k in ("pg-paths-csv", "pg-paths-snapshot", "networkx-paths")
                if jobs.get(k, {}).get("hops")}
        if hops:
            same = len(set(hops.values())) == 1
            notes.append("%s: shortest path %s hops (%s)" % (
                t, next(iter(hops.values())) if same else "DIFFER:", ", ".join("%s %s" % (k, v) for k, v in hops.items())))
        approx = jobs.get("pg-betweenness-approx", {})
        if approx.get("notes"):
            notes.append("%s: pactgraph's betweenness: %s" % (t, "; ".join(n for n in approx["notes"] if "betweenness" in n)))
        if "max_error" in approx:
            notes.append("%s: |approximate − exact betweenness| ≤ %.2g (ε = %g): %s" % (
                t, approx["max_error"], EPS, "within" if approx["max_error"] <= EPS else "NOT within"))
        if "max_error" in jobs.get("pg-betweenness-sources", {}):
            notes.append("%s: |256-source estimate − exact betweenness| ≤ %.2g (no bound stated)" % (
                t, jobs["pg-betweenness-sources"]["max_error"]))
        kept = jobs.get("igraph-betweenness-exact", {}).get("kept")
        if kept and "max_error" in approx:
            notes.append("%s: exact betweenness from igraph's earlier run (%s, %s s, %s), kept beside the graph" % (
                t, kept["date"], fmt_s(kept["seconds"]), kept["how"]))
        if "max_error" not in approx and "igraph-betweenness-exact" in jobs:
            notes.append("%s: exact betweenness check: %s" % (t, jobs["igraph-betweenness-exact"].get("note", "-")))
        for key, rec in sorted(jobs.items()):
            if rec.get("error"):
                notes.append("%s: %s failed: %s" % (t, key, rec["error"]))
    return notes


# ---------------------------------------------------------------- machine, docs, plot

FRESH_MEMORY_PROBE = """
import mmap, sys, time
mb = int(sys.argv[1])
m = mmap.mmap(-1, mb << 20)
if hasattr(mmap, "MADV_HUGEPAGE"):
    m.madvise(mmap.MADV_HUGEPAGE)
start = time.perf_counter()
for i in range(0, mb << 20, 4096):
    m[i] = 1
print(mb / 1024.0 / (time.perf_counter() - start))
"""


def fresh_memory_rate(mb=512):
    """GB/s at which this machine writes to memory it has not touched before: a byte per 4 KiB
    page of a fresh anonymous mapping (huge pages asked for, as pactgraph asks). On a virtual
    machine whose host backs a guest's pages only when first touched, this is far below the
    memory's bandwidth and varies with what the host has given back, and every job that
    allocates a gigabyte pays it. Measured in a child process: the bench's own peak memory is
    inherited by the jobs it starts and would show in their peaks (Linux keeps a process's
    high-water mark across fork and exec)."""
    out = subprocess.run([PY, "-c", FRESH_MEMORY_PROBE, str(mb)], capture_output=True, text=True, check=True)
    return round(float(out.stdout), 2)


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    debian = open("/etc/debian_version").read().strip() if os.path.exists("/etc/debian_version") else platform.platform()
    import igraph
    import networkx
    import pandas
    commit = subprocess.run(["git", "-C", ROOT, "log", "-1", "--format=%h %cs"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return {"cores": os.cpu_count(), "cpu": cpu, "ram_gb": round(meminfo_mb("MemTotal") / 1024, 1),
            "debian": debian, "igraph": igraph.__version__, "networkx": networkx.__version__,
            "pandas": pandas.__version__, "python": platform.python_version(),
            "pactgraph": commit + (" (with uncommitted changes)" if dirty else ""),
            "date": today()}


def machine_line(m):
    line = ("%s, %d cores, %.0f GB RAM, Debian %s; python-igraph %s, NetworkX %s, pandas %s (Python %s); "
            "pactgraph %s; run on %s." % (m["cpu"], m["cores"], m["ram_gb"], m["debian"], m["igraph"],
                                          m["networkx"], m["pandas"], m["python"], m["pactgraph"], m["date"]))
    if m.get("fresh_memory_gb_s"):
        line += (" Fresh memory first written at %s GB/s before the jobs and %s GB/s after them "
                 "(see \"Fresh memory\" below)." % tuple(m["fresh_memory_gb_s"]))
    return line


def write_atomically(path, text):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def write_docs(saved):
    titles = saved["titles"]
    rows = table_rows(saved["results"], saved["sizes"])
    block = "\n".join([
        "Machine: " + machine_line(saved["machine"]), "",
        "Command: `%s`; cap %d s." % (saved["command"], saved["cap"]),
        "", markdown_table(rows, titles), "",
        "Checks in the same run:", ""] + ["- " + n for n in agreement_notes(saved["results"], saved["sizes"], titles)])
    with open(DOC, encoding="utf-8") as f:
        text = f.read()
    begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
    if begin not in text or end not in text:
        raise SystemExit("bench-scale: %s has no %s ... %s markers" % (DOC, begin, end))
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    write_atomically(DOC, head + begin + "\n" + block + "\n" + end + tail)
    plot(saved)
    print("wrote the table into %s and the plot into %s" % (os.path.relpath(DOC, ROOT), os.path.relpath(PLOT, ROOT)))


PANELS = [
    ("load the CSV", [("pactgraph check", "pg-check-csv", "s"), ("python-igraph (pandas)", "igraph-load", "s"),
                      ("NetworkX (pandas)", "networkx-load", "s"), ("C++ parse bound", "bound", "load")]),
    ("PageRank, whole process", [("pactgraph", "pg-pagerank-csv", "s"), ("pactgraph from snapshot", "pg-pagerank-snapshot", "s"),
                                 ("python-igraph", "igraph-pagerank", "s"), ("NetworkX", "networkx-pagerank", "s"),
                                 ("C++ bound (parse + PageRank)", "bound", "whole")]),
    ("approximate betweenness", [("pactgraph --approx 0.01", "pg-betweenness-approx", "s"),
                                 ("pactgraph --sources 256", "pg-betweenness-sources", "s"),
                                 ("python-igraph, cutoff 3", "igraph-betweenness-cutoff", "s"),
                                 ("NetworkX, 256 sources", "networkx-betweenness-sampled", "s")]),
]
STYLE = {"pactgraph": ("#0072B2", "o", "-"), "python-igraph": ("#E69F00", "s", "-"),
         "NetworkX": ("#009E73", "^", "-"), "C++": ("#555555", "", ":")}


def plot(saved):
    import matplotlib
    matplotlib.use("svg")
    import matplotlib.pyplot as plt
    matplotlib.rcParams.update({"svg.hashsalt": "pactgraph-bench", "font.size": 9, "svg.fonttype": "path"})
    results, sizes = saved["results"], sorted(saved["sizes"], key=parse_size)
    fig, axes = plt.subplots(1, len(PANELS), figsize=(11, 4.6), sharey=True)
    ticks = [parse_size(l) for l in sizes]
    for ax, (title, series) in zip(axes, PANELS):
        for name, key, field in series:
            pts = [(parse_size(l), results[l][key].get(field)) for l in sizes
                   if key in results.get(l, {}) and results[l][key].get(field)]
            if not pts:
                continue
            color, marker, line = STYLE[name.split()[0].rstrip(",")]
            if "snapshot" in name or "sources" in name and name.startswith("pactgraph"):
                line = "--"
            ax.plot([p[0] for p in pts], [p[1] for p in pts], marker=marker or None, linestyle=line, color=color,
                    label=name, markersize=4)
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xticks(ticks, [count_label(t) for t in ticks])
        ax.minorticks_off()
        ax.set_title(title)
        ax.set_xlabel("relations (entities: a tenth)")
        ax.grid(True, which="major", linewidth=0.4, alpha=0.5)
        ax.legend(fontsize=7, loc="upper center", bbox_to_anchor=(0.5, -0.18), ncol=2, frameon=False)
    axes[0].set_ylabel("seconds (wall)")
    fig.suptitle("pactgraph and its peers on generated deal graphs (%s)" % saved["machine"]["date"], fontsize=10)
    fig.tight_layout()
    tmp = PLOT + ".part"
    fig.savefig(tmp, format="svg", metadata={"Date": None})
    os.replace(tmp, PLOT)


# ---------------------------------------------------------------- main

def refresh_exact_checks(saved, bench_dir):
    """For --replot: checks the estimates a run left in bench_dir against exact scores kept
    since (igraph's hour-long 1M job may finish after the run). True if anything changed."""
    changed = False
    for label in saved["sizes"]:
        size = Size(parse_size(label), bench_dir)
        exact_out = size.prefix + ".betweenness-exact.csv"
        jobs = saved["results"].get(label, {})
        kept = kept_exact(exact_out, size.csv)
        if not kept or jobs.get("igraph-betweenness-exact", {}).get("s") is not None:
            continue
        jobs.setdefault("igraph-betweenness-exact", {})["kept"] = kept
        for key in ("pg-betweenness-approx", "pg-betweenness-sources"):
            est = jobs.get(key, {})
            if est.get("out") and os.path.exists(est["out"]):
                est["max_error"] = max_abs_diff(est["out"], exact_out, "betweenness")
                changed = True
    return changed


def earlier_results(bench_dir, earlier):
    """The saved results a run estimates from: those of its own --dir, and, for a run in
    another directory (10M in build/bench10m), the default directory's smaller sizes too, so
    that a peer's job that passed the cap there is skipped instead of run to twice the cap."""
    results = dict(earlier.get("results", {}))
    default_path = os.path.join(ROOT, "build", "bench", "scale-results.json")
    if os.path.abspath(bench_dir) != os.path.abspath(os.path.dirname(default_path)) and os.path.exists(default_path):
        with open(default_path, encoding="utf-8") as f:
            for label, jobs in json.load(f).get("results", {}).items():
                results.setdefault(label, jobs)
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("pactgraph")
    ap.add_argument("--sizes", default=os.environ.get("BENCH_SIZES", DEFAULT_SIZES))
    ap.add_argument("--cap", type=int, default=int(os.environ.get("BENCH_CAP", "300")))
    ap.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "5")))
    ap.add_argument("--dir", default=os.environ.get("BENCH_DIR", os.path.join(ROOT, "build", "bench")))
    ap.add_argument("--write-docs", action="store_true", default=os.environ.get("BENCH_WRITE_DOCS") == "1")
    ap.add_argument("--replot", action="store_true", help="redo the docs from the last run's saved results")
    a = ap.parse_args()
    os.makedirs(a.dir, exist_ok=True)
    saved_path = os.path.join(a.dir, "scale-results.json")
    earlier = {}
    if os.path.exists(saved_path):
        with open(saved_path, encoding="utf-8") as f:
            earlier = json.load(f)
    if a.replot:
        if not earlier:
            raise SystemExit("bench-scale: no saved results in %s; run the bench first" % saved_path)
        if refresh_exact_checks(earlier, a.dir):
            write_atomically(saved_path, json.dumps(earlier, indent=1, sort_keys=True))
        for n in agreement_notes(earlier["results"], earlier["sizes"], earlier["titles"]):
            print("- " + n)
        return write_docs(earlier)

    sizes = sorted({parse_size(s) for s in a.sizes.split(",") if s.strip()})
    runner = Runner(a.cap, max(1, a.runs), a.dir, earlier_results(a.dir, earlier))
    bound = build_bound(a.dir)
    size_objs = [Size(n, a.dir) for n in sizes]
    touch_before = fresh_memory_rate()
    for size in size_objs:
        run_size(runner, os.path.abspath(a.pactgraph), size, bound)
    touch_after = fresh_memory_rate()
    labels = [s.label for s in size_objs]
    titles = {s.label: s.title() for s in size_objs}
    saved = {"results": runner.results, "sizes": labels, "titles": titles, "cap": a.cap,
             "machine": dict(machine(), fresh_memory_gb_s=[touch_before, touch_after]),
             "command": ("" if a.sizes == DEFAULT_SIZES else "BENCH_SIZES=%s " % a.sizes) + "scripts/bench scale"
                        + ("" if a.cap == 300 else " (BENCH_CAP=%d)" % a.cap)}
    write_atomically(saved_path, json.dumps(saved, indent=1, sort_keys=True))
    rows = table_rows(runner.results, labels)
    print()
    print(text_table(rows, titles))
    print("(× time, × memory: the peer's / pactgraph's; above 1 means pactgraph is faster or lighter)")
    for n in agreement_notes(runner.results, labels, titles):
        print("- " + n)
    print("machine: " + machine_line(saved["machine"]))
    if a.write_docs:
        write_docs(saved)


if __name__ == "__main__":
    sys.exit(main())
