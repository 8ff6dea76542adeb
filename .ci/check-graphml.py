"""Checks that a GraphML file loads with every attribute in networkx and igraph.

usage: /usr/bin/python3 .ci/check-graphml.py GRAPHML [GRAPHML ...]
Needs Debian's python3-networkx and python3-igraph. Exit 0 when every file loads with the same nodes,
edges and attributes in both libraries as the file declares; 1 otherwise, with one line per problem.
"""
import sys
import warnings
import xml.etree.ElementTree as ET

import igraph
import networkx

NS = "{http://graphml.graphdrawing.org/xmlns}"


def declared(path):
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name")) for k in root.iter(NS + "key")}
    graph = root.find(NS + "graph")
    nodes = graph.findall(NS + "node")
    edges = graph.findall(NS + "edge")
    node_attrs = {keys[d.get("key")][1] for n in nodes for d in n.findall(NS + "data") if (d.text or "")}
    edge_attrs = {keys[d.get("key")][1] for e in edges for d in e.findall(NS + "data") if (d.text or "")}
    return len(nodes), len(edges), node_attrs, edge_attrs


def check(path):
    problems = []
    n_nodes, n_edges, node_attrs, edge_attrs = declared(path)
    g = networkx.read_graphml(path, force_multigraph=True)
    if g.number_of_nodes() != n_nodes or g.number_of_edges() != n_edges:
        problems.append(f"networkx read {g.number_of_nodes()} nodes/{g.number_of_edges()} edges, file has {n_nodes}/{n_edges}")
    nx_node_attrs = {k for _, d in g.nodes(data=True) for k in d}
    nx_edge_attrs = {k for _, _, d in g.edges(data=True) for k in d}
    for missing in sorted(node_attrs - nx_node_attrs):
        problems.append(f"networkx lost node attribute {missing}")
    for missing in sorted(edge_attrs - nx_edge_attrs):
        problems.append(f"networkx lost edge attribute {missing}")

    with warnings.catch_warnings():
        # igraph warns that it keeps our `id` data key (SCHEMA.md requires it) instead of the XML node id: they are equal.
        warnings.filterwarnings("ignore", message="Could not add vertex ids")
        ig = igraph.Graph.Read_GraphML(path)
    if "id" in ig.vs.attributes() and ig.vcount() and ig.vs["id"] != [n.get("id") for n in ET.parse(path).getroot().iter(NS + "node")]:
        problems.append("igraph's id attribute differs from the GraphML node ids")
    if ig.vcount() != n_nodes or ig.ecount() != n_edges:
        problems.append(f"igraph read {ig.vcount()} nodes/{ig.ecount()} edges, file has {n_nodes}/{n_edges}")
    for missing in sorted(node_attrs - set(ig.vs.attributes())):
        problems.append(f"igraph lost node attribute {missing}")
    for missing in sorted(edge_attrs - set(ig.es.attributes())):
        problems.append(f"igraph lost edge attribute {missing}")
    if not ig.is_directed():
        problems.append("igraph read the graph as undirected")
    return problems


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        problems = check(path)
        for p in problems:
            print(f"{path}: {p}")
        failed = failed or bool(problems)
        if not problems:
            n_nodes, n_edges, node_attrs, edge_attrs = declared(path)
            print(f"{path}: loads in networkx and igraph ({n_nodes} nodes, {n_edges} edges, "
                  f"{len(node_attrs)} node and {len(edge_attrs)} edge attributes)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
