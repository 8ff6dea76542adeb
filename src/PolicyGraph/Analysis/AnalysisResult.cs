using System.Collections.Immutable;
using PolicyGraph.Graph;

namespace PolicyGraph.Analysis;

/// <summary>The scores of one node.</summary>
/// <param name="PageRank">PageRank on the directed multigraph (ranks sum to 1).</param>
/// <param name="InDegree">Edges into the node.</param>
/// <param name="OutDegree">Edges out of the node.</param>
/// <param name="Betweenness">Normalised betweenness on the undirected simple graph (an estimate when <see cref="AnalysisResult.BetweennessIsEstimate"/>).</param>
/// <param name="Component">Its weakly connected component, 0 the largest.</param>
/// <param name="Community">Its Louvain community, 0 the largest.</param>
public readonly record struct NodeScores(double PageRank, int InDegree, int OutDegree, double Betweenness, int Component, int Community)
{
    /// <summary>In + out degree.</summary>
    public int Degree => InDegree + OutDegree;
}

/// <summary>How long one analysis phase took.</summary>
/// <param name="Phase">Its name.</param>
/// <param name="Elapsed">Wall-clock time.</param>
/// <param name="Cpu">Processor time of the whole process meanwhile (all threads; on a busy machine the fairer figure).</param>
public readonly record struct PhaseTiming(string Phase, TimeSpan Elapsed, TimeSpan Cpu);

/// <summary>What <see cref="GraphAnalyzer"/> found: per-node scores and graph-wide figures.</summary>
public sealed class AnalysisResult
{
    internal AnalysisResult(IReadOnlyDictionary<string, NodeScores> scores)
    {
        Scores = scores;
    }

    /// <summary>The scores of every node by id.</summary>
    public IReadOnlyDictionary<string, NodeScores> Scores { get; }

    /// <summary>Sizes of the weakly connected components, largest first.</summary>
    public ImmutableArray<int> ComponentSizes { get; init; } = [];

    /// <summary>How many Louvain communities were found.</summary>
    public int CommunityCount { get; init; }

    /// <summary>Modularity of the communities on the undirected weighted graph.</summary>
    public double Modularity { get; init; }

    /// <summary>How many PageRank iterations ran.</summary>
    public int PageRankIterations { get; init; }

    /// <summary>Whether betweenness was estimated from sampled sources.</summary>
    public bool BetweennessIsEstimate { get; init; }

    /// <summary>How many sources betweenness used (all nodes when exact).</summary>
    public int BetweennessSources { get; init; }

    /// <summary>The seed that drew the betweenness sample and ordered the Louvain moves.</summary>
    public int Seed { get; init; }

    /// <summary>Time of each phase, in the order they ran (index, pagerank, components, communities, betweenness).</summary>
    public ImmutableArray<PhaseTiming> Timings { get; init; } = [];

    /// <summary>
    /// A copy of <paramref name="graph"/> with node properties <c>pagerank</c>, <c>degree</c>, <c>betweenness</c>,
    /// <c>community</c> and graph properties <c>modularity</c> and <c>betweenness</c> (how it was computed).
    /// </summary>
    public KnowledgeGraph Annotate(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var graphProperties = graph.GraphProperties
            .With("modularity", Modularity)
            .With("betweenness", BetweennessIsEstimate
                ? $"estimate from {BetweennessSources} sampled sources (seed {Seed})"
                : "exact");
        return graph.WithNodes(node =>
        {
            var s = Scores[node.Id];
            return node with
            {
                Properties = node.Properties
                    .With("pagerank", s.PageRank)
                    .With("degree", (long)s.Degree)
                    .With("betweenness", s.Betweenness)
                    .With("community", (long)s.Community),
            };
        }, graphProperties);
    }
}
