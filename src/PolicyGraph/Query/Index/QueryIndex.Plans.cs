using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// Which nodes query path reads: it resolves names exactly as the query will (same lookup) and gathers every node on
// a shortest path; Subgraph adds the documents the edges cite. The other queries are answered from the index itself.
// Loops over int arrays rather than LINQ over tuples: code the runtime need not compile at start-up.
public sealed partial class QueryIndex
{
    /// <summary>The part of the graph <see cref="PathQuery"/> reads: every node on a shortest path within the limit.</summary>
    public KnowledgeGraph ForPath(string from, string to, int maxHops, bool throughDocuments)
    {
        var nodes = NewSet();
        if (Find(from, null) is not { } a || Find(to, null) is not { } b)
        {
            return Subgraph(nodes);
        }

        nodes.Add(a);
        nodes.Add(b);
        var distance = new int[_nodeCount];
        Array.Fill(distance, -1);
        distance[a] = 0;
        var ring = new List<int> { a };
        for (var hop = 1; hop <= maxHops && ring.Count > 0 && distance[b] < 0; hop++)
        {
            var next = new List<int>();
            foreach (var u in ring)
            {
                if (u != a && !throughDocuments && TypeOf(u) == NodeType.Document)
                {
                    continue;
                }

                foreach (var j in IncidentEdges(u))
                {
                    var w = Other(j, u);
                    if (distance[w] < 0)
                    {
                        distance[w] = hop;
                        next.Add(w);
                    }
                }
            }

            ring = next;
        }

        if (distance[b] >= 0)
        {
            // Back from b through neighbours one hop closer, as the query walks.
            var layer = new List<int> { b };
            for (var d = distance[b] - 1; d >= 0; d--)
            {
                var closer = NewSet();
                foreach (var u in layer)
                {
                    foreach (var j in IncidentEdges(u))
                    {
                        var w = Other(j, u);
                        if (distance[w] == d && (w == a || throughDocuments || TypeOf(w) != NodeType.Document))
                        {
                            closer.Add(w);
                        }
                    }
                }

                layer = closer.Members;
                foreach (var w in layer)
                {
                    nodes.Add(w);
                }
            }
        }

        return Subgraph(nodes);
    }

    private NodeSet NewSet() => new(_nodeCount);

    private int? Find(string name, IReadOnlySet<NodeType>? types) =>
        Lookup.Find(name, types).Node is { } node ? IndexOf(node.Id) : null;
}
