namespace PolicyGraph.Graph;

/// <summary>
/// Each edge's ends as node numbers (positions in the graph's <see cref="KnowledgeGraph.Nodes"/>), in edge order:
/// what writers and indexes read instead of looking every end up by its id. Read only.
/// </summary>
internal sealed class EdgeEnds
{
    private const int EdgesPerSlice = 1 << 15;

    private EdgeEnds(int[] sources, int[] targets)
    {
        Sources = sources;
        Targets = targets;
    }

    /// <summary>Each edge's source node.</summary>
    public int[] Sources { get; }

    /// <summary>Each edge's target node.</summary>
    public int[] Targets { get; }

    /// <summary>
    /// The key that sorts an edge of these ends and type in <see cref="Edge.Order"/> but for its properties (nodes
    /// numbered in id order): source, type and target in one number, for fewer than 2^27 nodes and 256 types.
    /// </summary>
    public static long Key(int source, EdgeType type, int target) => ((long)source << 36) | ((long)(uint)type << 28) | (uint)target;

    /// <summary>The ends in sorted <see cref="Key"/>s.</summary>
    public static EdgeEnds OfKeys(long[] keys)
    {
        var sources = new int[keys.Length];
        var targets = new int[keys.Length];
        for (var i = 0; i < keys.Length; i++)
        {
            sources[i] = (int)(keys[i] >> 36);
            targets[i] = (int)(keys[i] & ((1 << 28) - 1));
        }

        return new EdgeEnds(sources, targets);
    }

    /// <summary>The ends of <paramref name="graph"/>'s edges, found by id.</summary>
    public static EdgeEnds Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var nodes = graph.Nodes;
        var numberOf = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            numberOf.Add(nodes[i].Id, i);
        }

        var edges = graph.Edges;
        var sources = new int[edges.Count];
        var targets = new int[edges.Count];
        // In slices on every core: lookups in a dictionary no one writes to any more.
        Parallel.For(0, (edges.Count + EdgesPerSlice - 1) / EdgesPerSlice, slice =>
        {
            string? lastSource = null;
            var lastNumber = -1;
            for (var j = slice * EdgesPerSlice; j < Math.Min(edges.Count, (slice + 1) * EdgesPerSlice); j++)
            {
                var edge = edges[j];
                // Edges come ordered by source: most lookups of a source repeat the last one.
                if (!string.Equals(edge.Source, lastSource, StringComparison.Ordinal))
                {
                    lastSource = edge.Source;
                    lastNumber = numberOf[lastSource];
                }

                sources[j] = lastNumber;
                targets[j] = numberOf[edge.Target];
            }
        });

        return new EdgeEnds(sources, targets);
    }
}
