#!/usr/bin/env python3
"""Times every `policygraph query` in queries.txt as a whole process, interleaving the CLIs given, and prints
medians of wall and CPU (user + sys) time. Also times a hello-world `dotnet` app as the runtime's floor.

usage: time_queries.py --graph DIR/graph.json --cli NAME=PATH/policygraph.dll [--cli NAME=…] [--runs 7] [--hello PATH/hello.dll]
A CLI may be given its own graph: NAME=DLL@GRAPH (e.g. to compare index formats kept in different folders).
"""
import argparse, os, shlex, statistics, subprocess, sys, time

here = os.path.dirname(os.path.abspath(__file__))


def run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--graph", required=True)
    ap.add_argument("--cli", action="append", required=True)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--hello")
    ap.add_argument("--queries", default=os.path.join(here, "queries.txt"))
    args = ap.parse_args()
    clis = []
    for spec in args.cli:
        name, rest = spec.split("=", 1)
        dll, _, graph = rest.partition("@")
        clis.append((name, dll, graph or args.graph))
    queries = [line.strip() for line in open(args.queries, encoding="utf-8") if line.strip() and not line.startswith("#")]
    jobs = [("hello-world floor", None, ["dotnet", args.hello])] if args.hello else []
    for q in queries:
        for name, dll, graph in clis:
            jobs.append((q, name, ["dotnet", dll, "query", *shlex.split(q), "--graph", graph]))
    for _, _, argv in jobs:  # warm the page cache and any index writes
        run(argv)
    samples = {i: [] for i in range(len(jobs))}
    for _ in range(args.runs):
        for i, (_, _, argv) in enumerate(jobs):
            samples[i].append(run(argv))
    load = open("/proc/loadavg").read().split()[:3]
    print(f"# {args.runs} runs each, interleaved; medians; {os.cpu_count()} cores, load {' '.join(load)}")
    print(f"| query | {' | '.join(f'{n} wall ms | {n} cpu ms' for n, _, _ in clis)} |")
    print("|---|" + "---:|" * (2 * len(clis)))
    row, i = [], 0
    while i < len(jobs):
        q, name, _ = jobs[i]
        if name is None:
            wall = statistics.median(s[0] for s in samples[i]) * 1000
            cpu = statistics.median(s[1] for s in samples[i]) * 1000
            print(f"| {q} | {' | '.join([f'{wall:.0f} | {cpu:.0f}'] * len(clis))} |")
            i += 1
            continue
        cells = []
        for k in range(len(clis)):
            s = samples[i + k]
            codes = {c for _, _, c in s}
            mark = "" if codes == {0} else f" (exit {','.join(map(str, sorted(codes)))})"
            cells.append(f"{statistics.median(x[0] for x in s) * 1000:.0f}{mark} | {statistics.median(x[1] for x in s) * 1000:.0f}")
        print(f"| `{q}` | {' | '.join(cells)} |")
        i += len(clis)


if __name__ == "__main__":
    sys.exit(main())
