using PolicyGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms.ConnectedComponents;

namespace PolicyGraph.Analysis;

/// <summary>
/// Weakly connected components, computed by QuikGraph's <see cref="WeaklyConnectedComponentsAlgorithm{TVertex,TEdge}"/>
/// and renumbered so the numbering does not depend on QuikGraph's visiting order: component 0 is the largest,
/// ties broken by the smallest node index in the component.
/// </summary>
internal sealed class WeakComponents
{
    private readonly IBidirectionalGraph<string, Edge> _structure;
    private readonly GraphIndex _graph;

    public WeakComponents(IBidirectionalGraph<string, Edge> structure, GraphIndex graph)
    {
        ArgumentNullException.ThrowIfNull(structure);
        ArgumentNullException.ThrowIfNull(graph);
        _structure = structure;
        _graph = graph;
    }

    /// <summary>The component of each node by index.</summary>
    public int[] Component { get; private set; } = [];

    /// <summary>The size of each component, largest first.</summary>
    public int[] Sizes { get; private set; } = [];

    public void Compute()
    {
        var raw = new Dictionary<string, int>(_graph.NodeCount, StringComparer.Ordinal);
        var algorithm = new WeaklyConnectedComponentsAlgorithm<string, Edge>(_structure, raw);
        algorithm.Compute();

        var n = _graph.NodeCount;
        var rawOf = new int[n];
        var count = algorithm.ComponentCount;
        var size = new int[count];
        var first = new int[count];
        Array.Fill(first, int.MaxValue);
        for (var i = 0; i < n; i++)
        {
            var c = raw[_graph.Ids[i]];
            rawOf[i] = c;
            size[c]++;
            first[c] = Math.Min(first[c], i);
        }

        var order = Enumerable.Range(0, count).OrderByDescending(c => size[c]).ThenBy(c => first[c]).ToArray();
        var renumber = new int[count];
        for (var rank = 0; rank < order.Length; rank++)
        {
            renumber[order[rank]] = rank;
        }

        Component = [.. rawOf.Select(c => renumber[c])];
        Sizes = [.. order.Select(c => size[c])];
    }
}
