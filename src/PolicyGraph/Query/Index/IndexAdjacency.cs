using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// A graph's edges as node numbers, read once for the query index writer: each edge's ends, each node's degree
/// and incident edges, and the in-edge arrays PageRank runs over.
/// </summary>
internal sealed class IndexAdjacency
{
    private IndexAdjacency(int nodeCount, int[] sources, int[] targets)
    {
        NodeCount = nodeCount;
        Sources = sources;
        Targets = targets;
        Degree = new int[nodeCount];
        OutDegree = new int[nodeCount];
        for (var j = 0; j < sources.Length; j++)
        {
            OutDegree[sources[j]]++;
            Degree[sources[j]]++;
            Degree[targets[j]]++;
        }

        (IncidentStarts, Incident) = IncidentLists();
        (InStarts, InSources) = InLists();
    }

    public int NodeCount { get; }

    /// <summary>Each edge's source node, in edge order.</summary>
    public int[] Sources { get; }

    /// <summary>Each edge's target node, in edge order.</summary>
    public int[] Targets { get; }

    /// <summary>In + out degree of each node (a self-loop counts twice).</summary>
    public int[] Degree { get; }

    /// <summary>How many edges leave each node.</summary>
    public int[] OutDegree { get; }

    /// <summary>N + 1 starts into <see cref="Incident"/>.</summary>
    public int[] IncidentStarts { get; }

    /// <summary>Each node's incident edges (a self-loop once), ascending.</summary>
    public int[] Incident { get; }

    /// <summary>N + 1 starts into <see cref="InSources"/>.</summary>
    public int[] InStarts { get; }

    /// <summary>The sources of each node's in-edges, ascending (parallel edges repeated).</summary>
    public int[] InSources { get; }

    /// <summary>The edges of <paramref name="graph"/> as node numbers; nodes are numbered in the graph's order.</summary>
    public static IndexAdjacency Of(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new IndexAdjacency(graph.Nodes.Count, graph.Ends.Sources, graph.Ends.Targets);
    }

    private (int[] Starts, int[] Items) IncidentLists()
    {
        var starts = new int[NodeCount + 1];
        for (var j = 0; j < Sources.Length; j++)
        {
            starts[Sources[j] + 1]++;
            if (Targets[j] != Sources[j])
            {
                starts[Targets[j] + 1]++;
            }
        }

        for (var i = 1; i < starts.Length; i++)
        {
            starts[i] += starts[i - 1];
        }

        var items = new int[starts[^1]];
        var next = starts[..^1];
        for (var j = 0; j < Sources.Length; j++)
        {
            items[next[Sources[j]]++] = j;
            if (Targets[j] != Sources[j])
            {
                items[next[Targets[j]]++] = j;
            }
        }

        return (starts, items);
    }

    // The in-edges' sources, ascending: edges visited by source (a counting sort) and dealt to their targets.
    private (int[] Starts, int[] Items) InLists()
    {
        var outStarts = new int[NodeCount + 1];
        var inStarts = new int[NodeCount + 1];
        for (var j = 0; j < Sources.Length; j++)
        {
            outStarts[Sources[j] + 1]++;
            inStarts[Targets[j] + 1]++;
        }

        for (var i = 1; i <= NodeCount; i++)
        {
            outStarts[i] += outStarts[i - 1];
            inStarts[i] += inStarts[i - 1];
        }

        var outTargets = new int[Sources.Length];
        var nextOut = outStarts[..^1];
        for (var j = 0; j < Sources.Length; j++)
        {
            outTargets[nextOut[Sources[j]]++] = Targets[j];
        }

        var inSources = new int[Sources.Length];
        var nextIn = inStarts[..^1];
        for (var s = 0; s < NodeCount; s++)
        {
            for (var k = outStarts[s]; k < outStarts[s + 1]; k++)
            {
                inSources[nextIn[outTargets[k]]++] = s;
            }
        }

        return (inStarts, inSources);
    }
}
