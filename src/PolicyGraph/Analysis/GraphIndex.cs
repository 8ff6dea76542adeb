using System.Runtime.InteropServices;
using PolicyGraph.Graph;
using QuikGraph;

namespace PolicyGraph.Analysis;

/// <summary>
/// A dense, integer-indexed copy of a QuikGraph structure in compressed-sparse-row form, read once so the
/// algorithms run over arrays instead of dictionaries of strings. Three views: the directed multigraph (every
/// edge, parallel edges and self-loops included), the undirected simple graph (for betweenness and paths) and
/// the undirected weighted graph (an edge's weight is how many edges join the pair in either direction).
/// </summary>
internal sealed class GraphIndex
{
    private GraphIndex(string[] ids, Dictionary<string, int> indexOf)
    {
        Ids = ids;
        IndexOf = indexOf;
    }

    /// <summary>Node ids by index, in the structure's vertex order (the graph's node order).</summary>
    public string[] Ids { get; }

    /// <summary>The index of each node id.</summary>
    public Dictionary<string, int> IndexOf { get; }

    public int NodeCount => Ids.Length;

    public int EdgeCount { get; private set; }

    /// <summary>Directed in-edges as CSR: sources of the edges into node v are <c>InSources[InStart[v]..InStart[v+1]]</c>.</summary>
    public int[] InStart { get; private set; } = [];

    public int[] InSources { get; private set; } = [];

    /// <summary>How many edges leave each node (parallel edges and self-loops counted).</summary>
    public int[] OutDegree { get; private set; } = [];

    /// <summary>How many edges enter each node.</summary>
    public int[] InDegree { get; private set; } = [];

    /// <summary>Undirected simple neighbours (no self-loops, no repeats), sorted by index.</summary>
    public int[] NeighbourStart { get; private set; } = [];

    public int[] Neighbours { get; private set; } = [];

    /// <summary>For each entry of <see cref="Neighbours"/>, how many edges join the pair in either direction.</summary>
    public double[] NeighbourWeights { get; private set; } = [];

    /// <summary>How many self-loop edges each node has.</summary>
    public double[] SelfLoops { get; private set; } = [];

    /// <summary>Reads <paramref name="structure"/> into arrays.</summary>
    public static GraphIndex From(IBidirectionalGraph<string, Edge> structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        var ids = structure.Vertices.ToArray();
        var indexOf = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            indexOf.Add(ids[i], i);
        }

        var index = new GraphIndex(ids, indexOf);
        index.Fill(structure);
        return index;
    }

    private void Fill(IBidirectionalGraph<string, Edge> structure)
    {
        var n = Ids.Length;
        var sources = new List<int>(structure.EdgeCount);
        var targets = new List<int>(structure.EdgeCount);
        for (var i = 0; i < n; i++)
        {
            foreach (var edge in structure.OutEdges(Ids[i]))
            {
                sources.Add(i);
                targets.Add(IndexOf[edge.Target]);
            }
        }

        EdgeCount = sources.Count;
        OutDegree = new int[n];
        InDegree = new int[n];
        SelfLoops = new double[n];
        for (var e = 0; e < sources.Count; e++)
        {
            OutDegree[sources[e]]++;
            InDegree[targets[e]]++;
            if (sources[e] == targets[e])
            {
                SelfLoops[sources[e]]++;
            }
        }

        (InStart, InSources) = Csr(n, targets, sources, InDegree);

        (NeighbourStart, Neighbours, NeighbourWeights) = Undirected(
            n, CollectionsMarshal.AsSpan(sources), CollectionsMarshal.AsSpan(targets), weighted: true);
    }

    /// <summary>
    /// The undirected simple graph of the edges (<paramref name="sources"/>[e], <paramref name="targets"/>[e]) on
    /// <paramref name="n"/> nodes, as <see cref="NeighbourStart"/> and <see cref="Neighbours"/>: each node's
    /// neighbours over edges in either direction, without itself, each once, ascending; with
    /// <paramref name="weighted"/>, how many edges join each pair (else no weights).
    /// </summary>
    internal static (int[] Start, int[] Neighbours, double[] Weights) Undirected(int n, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, bool weighted)
    {
        // Both directions of every non-loop edge, then sorted and merged.
        var undirectedDegree = new int[n];
        for (var e = 0; e < sources.Length; e++)
        {
            if (sources[e] != targets[e])
            {
                undirectedDegree[sources[e]]++;
                undirectedDegree[targets[e]]++;
            }
        }

        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + undirectedDegree[i];
        }

        var all = new int[start[n]];
        var fill = (int[])start.Clone();
        for (var e = 0; e < sources.Length; e++)
        {
            if (sources[e] != targets[e])
            {
                all[fill[sources[e]]++] = targets[e];
                all[fill[targets[e]]++] = sources[e];
            }
        }

        var neighbourStart = new int[n + 1];
        var neighbours = new List<int>(all.Length);
        var weights = new List<double>(weighted ? all.Length : 0);
        for (var i = 0; i < n; i++)
        {
            var span = all.AsSpan(start[i], start[i + 1] - start[i]);
            span.Sort();
            for (var j = 0; j < span.Length; j++)
            {
                if (j > 0 && span[j] == span[j - 1])
                {
                    if (weighted)
                    {
                        weights[^1]++;
                    }
                }
                else
                {
                    neighbours.Add(span[j]);
                    if (weighted)
                    {
                        weights.Add(1);
                    }
                }
            }

            neighbourStart[i + 1] = neighbours.Count;
        }

        return (neighbourStart, [.. neighbours], [.. weights]);
    }

    private static (int[] Start, int[] Items) Csr(int n, List<int> keys, List<int> values, int[] counts)
    {
        var start = new int[n + 1];
        for (var i = 0; i < n; i++)
        {
            start[i + 1] = start[i] + counts[i];
        }

        var items = new int[keys.Count];
        var fill = (int[])start.Clone();
        for (var e = 0; e < keys.Count; e++)
        {
            items[fill[keys[e]]++] = values[e];
        }

        return (start, items);
    }
}
