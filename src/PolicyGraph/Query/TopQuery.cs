using PolicyGraph.Analysis;
using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>The measure <c>query top</c> ranks by.</summary>
public enum TopMeasure
{
    /// <summary>PageRank on the directed multigraph.</summary>
    PageRank,

    /// <summary>In + out degree.</summary>
    Degree,

    /// <summary>Normalised betweenness on the undirected simple graph.</summary>
    Betweenness,
}

/// <summary>One ranked node.</summary>
/// <param name="Rank">1 for the highest score.</param>
/// <param name="Node">The node.</param>
/// <param name="Score">Its score.</param>
public sealed record TopRow(int Rank, NodeRef Node, double Score);

/// <summary>The highest-scoring nodes.</summary>
/// <param name="Measure">pagerank, degree or betweenness.</param>
/// <param name="Type">The node type ranked, or null for all.</param>
/// <param name="Source"><c>stored</c> when the scores were read from the graph file (written by <c>analyze -o</c>), <c>computed</c> otherwise.</param>
/// <param name="Estimate">Whether betweenness was estimated from sampled sources.</param>
/// <param name="Rows">The nodes, highest score first, ties by id.</param>
public sealed record TopReport(string Measure, string? Type, string Source, bool Estimate, IReadOnlyList<TopRow> Rows);

/// <summary>
/// <c>query top --by pagerank|degree|betweenness [--type T] [--limit N]</c>. Scores stored on every node by
/// <c>analyze -o</c> are used as they are; otherwise the measure is computed (degree and PageRank are quick,
/// betweenness on a large graph is not: run <c>analyze -o</c> once).
/// </summary>
public sealed class TopQuery
{
    private readonly KnowledgeGraph _graph;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public TopQuery(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _graph = graph;
    }

    /// <summary>The <paramref name="limit"/> best nodes of <paramref name="type"/> by <paramref name="measure"/>.</summary>
    public TopReport Run(TopMeasure measure, NodeType? type = null, int limit = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var scores = Score(_graph, measure);
        var nodes = _graph.Nodes;
        var rows = Enumerable.Range(0, nodes.Count).Where(i => type is null ? nodes[i].Type != NodeType.Statement : nodes[i].Type == type)
            .Select(i => (Node: nodes[i], Score: scores.Values[i]))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Node.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select((x, i) => new TopRow(i + 1, NodeRef.Of(x.Node), x.Score))
            .ToList();
        return Report(measure, type, scores, rows);
    }

    /// <summary>The report of <paramref name="rows"/> ranked by <paramref name="measure"/> with <paramref name="scores"/>.</summary>
    internal static TopReport Report(TopMeasure measure, NodeType? type, MeasureScores scores, IReadOnlyList<TopRow> rows) =>
        new(Key(measure), type?.ToString(), scores.Stored ? "stored" : "computed", scores.Estimate, rows);

    /// <summary>
    /// Every node's score (in <see cref="KnowledgeGraph.Nodes"/> order): the values stored on every node by
    /// <c>analyze -o</c> when there are any, else computed.
    /// </summary>
    internal static MeasureScores Score(KnowledgeGraph graph, TopMeasure measure)
    {
        if (Stored(graph, measure) is { } stored)
        {
            return stored;
        }

        var nodes = graph.Nodes;
        var values = new double[nodes.Count];
        var index = GraphIndex.From(graph.Structure);
        double[] computed;
        var estimated = false;
        switch (measure)
        {
            case TopMeasure.PageRank:
                var pageRank = new PageRank(index);
                pageRank.Compute();
                computed = pageRank.Ranks;
                break;
            case TopMeasure.Betweenness:
                var betweenness = new Betweenness(index);
                betweenness.Compute();
                computed = betweenness.Values;
                estimated = betweenness.IsEstimate;
                break;
            default:
                computed = [.. index.InDegree.Zip(index.OutDegree, (i, o) => (double)(i + o))];
                break;
        }

        for (var i = 0; i < values.Length; i++)
        {
            values[i] = computed[index.IndexOf[nodes[i].Id]];
        }

        return new MeasureScores(values, false, estimated);
    }

    /// <summary>The scores by <paramref name="measure"/> stored on every node by <c>analyze -o</c>; null when some node has none.</summary>
    internal static MeasureScores? Stored(KnowledgeGraph graph, TopMeasure measure)
    {
        var key = Key(measure);
        var nodes = graph.Nodes;
        var values = new double[nodes.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if (!nodes[i].Properties.TryGet(key, out var v) || v.Kind is not (PropertyKind.Float or PropertyKind.Int))
            {
                return null;
            }

            values[i] = v.Kind == PropertyKind.Int ? v.Integer : v.Number;
        }

        if (values.Length == 0)
        {
            return null;
        }

        var estimate = measure == TopMeasure.Betweenness && graph.GraphProperties.GetString("betweenness").StartsWith("estimate", StringComparison.Ordinal);
        return new MeasureScores(values, true, estimate);
    }

    /// <summary>The measure's name in reports and node properties: pagerank, degree, betweenness.</summary>
    internal static string Key(TopMeasure measure) => measure.ToString().ToLowerInvariant();
}

/// <summary>Every node's score by one measure.</summary>
/// <param name="Values">The scores, in the graph's node order.</param>
/// <param name="Stored">Whether they were stored on the nodes rather than computed.</param>
/// <param name="Estimate">Whether betweenness was estimated from sampled sources.</param>
internal sealed record MeasureScores(double[] Values, bool Stored, bool Estimate);
