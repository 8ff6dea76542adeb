using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>A node of an ego network.</summary>
/// <param name="Node">The node.</param>
/// <param name="Distance">Hops from the centre.</param>
/// <param name="Via">The relations that reach it from the previous ring, as <c>TYPE→</c> (walked forwards) or <c>←TYPE</c> (backwards).</param>
public sealed record Neighbour(NodeRef Node, int Distance, IReadOnlyList<string> Via);

/// <summary>The ego network of one entity.</summary>
/// <param name="Center">The entity.</param>
/// <param name="Depth">How many hops out.</param>
/// <param name="Type">The node type listed, or null for all.</param>
/// <param name="Neighbours">The nodes within <paramref name="Depth"/> hops, by distance, type and name.</param>
public sealed record NeighborsReport(NodeRef Center, int Depth, string? Type, IReadOnlyList<Neighbour> Neighbours);

/// <summary>
/// <c>query neighbors NAME [--depth K] [--type T]</c>: every node within K hops over edges in either
/// direction; <c>--type</c> filters what is listed, not what is walked through.
/// </summary>
public sealed class NeighborsQuery
{
    private readonly KnowledgeGraph _graph;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public NeighborsQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The ego network of <paramref name="name"/>.</summary>
    public QueryResult<NeighborsReport> Run(string name, int depth = 1, NodeType? type = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var found = _lookup.Find(name);
        if (found.Node is not { } center)
        {
            return QueryResult<NeighborsReport>.Failure(found.NotFoundMessage(name));
        }

        var structure = _graph.Structure;
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [center.Id] = 0 };
        var via = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var ring = new List<string> { center.Id };
        for (var hop = 1; hop <= depth && ring.Count > 0; hop++)
        {
            var next = new List<string>();
            foreach (var v in ring)
            {
                var steps = structure.OutEdges(v).Select(e => (Other: e.Target, Label: e.Type + "→"))
                    .Concat(structure.InEdges(v).Select(e => (Other: e.Source, Label: "←" + e.Type)));
                foreach (var (other, label) in steps)
                {
                    if (!distance.TryGetValue(other, out var d))
                    {
                        distance[other] = hop;
                        next.Add(other);
                        via[other] = new SortedSet<string>(StringComparer.Ordinal);
                        d = hop;
                    }

                    if (d == hop)
                    {
                        via[other].Add(label);
                    }
                }
            }

            ring = next;
        }

        var list = distance.Where(kv => kv.Value > 0)
            .Select(kv => _graph[kv.Key])
            .Where(n => type is null || n.Type == type)
            .OrderBy(n => distance[n.Id]).ThenBy(n => n.Type).ThenBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => new Neighbour(NodeRef.Of(n), distance[n.Id], [.. via[n.Id]]))
            .ToList();
        return QueryResult<NeighborsReport>.Success(new NeighborsReport(NodeRef.Of(center), depth, type?.ToString(), list));
    }
}
