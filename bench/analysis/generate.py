#!/usr/bin/python3
"""Seeded preferential-attachment (Barabási–Albert) graph for the analysis benchmark.

Each new node links to m distinct earlier nodes chosen with probability proportional to their degree
(the "repeated nodes" list), as a directed edge new -> old. Writes, for the same graph:
  graph.json  PolicyGraph's node-link form (what `policygraph analyze --graph` reads)
  edges.tsv   "source<TAB>target" by node index, for igraph and networkx
Only the standard library is used, so the same seed gives the same graph on any machine.
"""
import argparse, json, os, random

TYPES = ["Person", "Organization", "Initiative", "Event", "Place", "Document"]
WEIGHTS = [35, 30, 10, 5, 5, 15]


def generate(n, m, seed):
    rng = random.Random(seed)
    repeated = list(range(m))  # the first m nodes start as possible targets
    edges = []
    for new in range(m, n):
        targets = set()
        while len(targets) < m:
            targets.add(rng.choice(repeated))
        for t in sorted(targets):
            edges.append((new, t))
        repeated.extend(targets)
        repeated.extend([new] * m)
    types = rng.choices(TYPES, weights=WEIGHTS, k=n)
    return edges, types


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--nodes", type=int, default=200_000)
    ap.add_argument("--m", type=int, default=5, help="edges added with each new node")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "data"))
    a = ap.parse_args()
    edges, types = generate(a.nodes, a.m, a.seed)
    os.makedirs(a.out, exist_ok=True)
    width = len(str(a.nodes))
    ids = ["n" + str(i).zfill(width) for i in range(a.nodes)]
    with open(os.path.join(a.out, "edges.tsv"), "w") as f:
        f.write("".join(f"{s}\t{t}\n" for s, t in edges))
    doc = {
        "schemaVersion": 1, "directed": True, "multigraph": True, "graph": {"schemaVersion": 1},
        "nodes": [{"id": ids[i], "type": types[i], "name": ids[i]} for i in range(a.nodes)],
        "edges": [{"source": ids[s], "target": ids[t], "type": "MENTIONS", "key": 0} for s, t in edges],
    }
    with open(os.path.join(a.out, "graph.json"), "w") as f:
        json.dump(doc, f, separators=(",", ":"))
    print(f"{a.nodes} nodes, {len(edges)} edges (m={a.m}, seed={a.seed}) -> {a.out}")


if __name__ == "__main__":
    main()
