namespace PolicyGraph.Analysis;

/// <summary>Settings of <see cref="GraphAnalyzer"/>; the defaults are what <c>policygraph analyze</c> uses.</summary>
/// <param name="Damping">PageRank's damping factor.</param>
/// <param name="Tolerance">PageRank stops when the L1 change is below node count × this (networkx's <c>tol</c>).</param>
/// <param name="ExactBetweennessLimit">Betweenness is exact up to this many nodes and estimated above.</param>
/// <param name="BetweennessSamples">How many seeded random sources estimate betweenness on larger graphs.</param>
/// <param name="Seed">Seeds the betweenness sample and the Louvain node order.</param>
public sealed record AnalysisOptions(
    double Damping = 0.85,
    double Tolerance = 1e-12,
    int ExactBetweennessLimit = 50_000,
    int BetweennessSamples = 256,
    int Seed = 42)
{
    /// <summary>The defaults.</summary>
    public static AnalysisOptions Default { get; } = new();
}
