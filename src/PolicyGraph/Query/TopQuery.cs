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
        var key = measure.ToString().ToLowerInvariant();
        var stored = _graph.Nodes.Count > 0 && _graph.Nodes.All(n => n.Properties.TryGet(key, out var v) && v.Kind is PropertyKind.Float or PropertyKind.Int);
        var estimate = false;
        Func<Node, double> score;
        if (stored)
        {
            score = n => n.Properties.TryGet(key, out var v) && v.Kind == PropertyKind.Int ? v.Integer : v.Number;
            estimate = measure == TopMeasure.Betweenness && _graph.GraphProperties.GetString("betweenness").StartsWith("estimate", StringComparison.Ordinal);
        }
        else
        {
            var index = GraphIndex.From(_graph.Structure);
            double[] values;
            switch (measure)
            {
                case TopMeasure.PageRank:
                    var pageRank = new PageRank(index);
                    pageRank.Compute();
                    values = pageRank.Ranks;
                    break;
                case TopMeasure.Betweenness:
                    var betweenness = new Betweenness(index);
                    betweenness.Compute();
                    values = betweenness.Values;
                    estimate = betweenness.IsEstimate;
                    break;
                default:
                    values = [.. index.InDegree.Zip(index.OutDegree, (i, o) => (double)(i + o))];
                    break;
            }

            score = n => values[index.IndexOf[n.Id]];
        }

        var rows = _graph.Nodes.Where(n => type is null ? n.Type != NodeType.Statement : n.Type == type)
            .Select(n => (Node: n, Score: score(n)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Node.Id, StringComparer.Ordinal)
            .Take(limit)
            .Select((x, i) => new TopRow(i + 1, NodeRef.Of(x.Node), x.Score))
            .ToList();
        return new TopReport(key, type?.ToString(), stored ? "stored" : "computed", estimate, rows);
    }
}
