using System.Collections.Immutable;
using System.Diagnostics;
using PolicyGraph.Graph;

namespace PolicyGraph.Analysis;

/// <summary>
/// Runs every analysis over a graph's QuikGraph structure: PageRank, degree, betweenness, weakly connected
/// components and Louvain communities. The same graph and options always give the same result.
/// </summary>
public sealed class GraphAnalyzer
{
    private readonly AnalysisOptions _options;

    /// <summary>An analyzer with <paramref name="options"/> (or the defaults).</summary>
    public GraphAnalyzer(AnalysisOptions? options = null) => _options = options ?? AnalysisOptions.Default;

    /// <summary>Analyses <paramref name="graph"/>.</summary>
    public AnalysisResult Analyze(KnowledgeGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var timings = ImmutableArray.CreateBuilder<PhaseTiming>();
        var clock = Stopwatch.StartNew();
        using var process = Process.GetCurrentProcess();
        T Timed<T>(string phase, Func<T> run)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            clock.Restart();
            var value = run();
            var elapsed = clock.Elapsed;
            process.Refresh();
            timings.Add(new PhaseTiming(phase, elapsed, process.TotalProcessorTime - cpu));
            return value;
        }

        var index = Timed("index", () => GraphIndex.From(graph.Structure));
        var pageRank = Timed("pagerank", () =>
        {
            var a = new PageRank(index, _options.Damping, _options.Tolerance);
            a.Compute(cancellationToken);
            return a;
        });
        var components = Timed("components", () =>
        {
            var a = new WeakComponents(graph.Structure, index);
            a.Compute();
            return a;
        });
        var louvain = Timed("communities", () =>
        {
            var a = new Louvain(index, _options.Seed);
            a.Compute(cancellationToken);
            return a;
        });
        var betweenness = Timed("betweenness", () =>
        {
            var a = new Betweenness(index, _options.ExactBetweennessLimit, _options.BetweennessSamples, _options.Seed);
            a.Compute(cancellationToken);
            return a;
        });

        var scores = new Dictionary<string, NodeScores>(index.NodeCount, StringComparer.Ordinal);
        for (var i = 0; i < index.NodeCount; i++)
        {
            scores.Add(index.Ids[i], new NodeScores(pageRank.Ranks[i], index.InDegree[i], index.OutDegree[i],
                betweenness.Values[i], components.Component[i], louvain.Community[i]));
        }

        return new AnalysisResult(scores)
        {
            ComponentSizes = [.. components.Sizes],
            CommunityCount = louvain.CommunityCount,
            Modularity = louvain.Modularity,
            PageRankIterations = pageRank.Iterations,
            BetweennessIsEstimate = betweenness.IsEstimate,
            BetweennessSources = betweenness.Sources,
            Seed = _options.Seed,
            Timings = timings.ToImmutable(),
        };
    }
}
