#!/usr/bin/python3
"""Times igraph and networkx on the benchmark graph and checks our PageRank against both.

Usage: /usr/bin/python3 compare.py DATA_DIR [--skip-networkx-louvain]
DATA_DIR holds edges.tsv (from generate.py) and, when `policygraph analyze -o DATA_DIR/analyzed` ran
first, analyzed/graph.json with our scores. Needs Debian's python3-networkx, python3-igraph, python3-scipy.
"""
import json, os, sys, time


def timed(label, fn, results):
    # Wall and processor time: on a shared machine the processor time is the fairer figure.
    t, c = time.perf_counter(), time.process_time()
    value = fn()
    results.append((label, time.perf_counter() - t, time.process_time() - c))
    print(f"{label}: {results[-1][1]:.3f} s (cpu {results[-1][2]:.3f} s)", flush=True)
    return value


def main():
    data = sys.argv[1]
    skip_louvain = "--skip-networkx-louvain" in sys.argv
    import igraph
    import networkx as nx
    edges = [tuple(map(int, line.split("\t"))) for line in open(os.path.join(data, "edges.tsv"))]
    n = 1 + max(max(e) for e in edges)
    print(f"igraph {igraph.__version__}, networkx {nx.__version__}; {n} nodes, {len(edges)} edges", flush=True)
    results = []

    g = timed("igraph load", lambda: igraph.Graph(n=n, edges=edges, directed=True), results)
    ig_pr = timed("igraph pagerank", lambda: g.pagerank(damping=0.85, directed=True), results)
    ig_cc = timed("igraph weak components", lambda: g.connected_components(mode="weak"), results)

    def ig_louvain():
        u = g.as_undirected(mode="collapse", combine_edges=None)
        u.es["weight"] = 1
        return u.community_multilevel(return_levels=False)
    ig_cl = timed("igraph louvain (multilevel)", ig_louvain, results)
    print(f"  igraph: {len(ig_cc)} components, {len(ig_cl)} communities, modularity {ig_cl.modularity:.4f}")

    G = timed("networkx load", lambda: nx.MultiDiGraph(edges), results)
    G.add_nodes_from(range(n))
    nx_pr = timed("networkx pagerank (tol 1e-12)", lambda: nx.pagerank(G, alpha=0.85, tol=1e-12), results)
    nx_cc = timed("networkx weak components", lambda: list(nx.weakly_connected_components(G)), results)
    if not skip_louvain:
        H = nx.Graph(G.to_undirected())
        nx_cl = timed("networkx louvain", lambda: nx.community.louvain_communities(H, seed=42), results)
        print(f"  networkx: {len(nx_cc)} components, {len(nx_cl)} communities, modularity {nx.community.modularity(H, nx_cl):.4f}")

    ours = os.path.join(data, "analyzed", "graph.json")
    if os.path.exists(ours):
        doc = json.load(open(ours))
        index = {node["id"]: i for i, node in enumerate(sorted(doc["nodes"], key=lambda x: x["id"]))}
        pr = [0.0] * n
        for node in doc["nodes"]:
            pr[index[node["id"]]] = node["pagerank"]
        print(f"max |ours - networkx| pagerank: {max(abs(pr[i] - nx_pr[i]) for i in range(n)):.3e}")
        print(f"max |ours - igraph|   pagerank: {max(abs(pr[i] - ig_pr[i]) for i in range(n)):.3e}")


if __name__ == "__main__":
    main()
