namespace PolicyGraph.Analysis;

/// <summary>
/// PageRank by power iteration on the directed multigraph, exactly as networkx <c>pagerank</c> defines it:
/// every edge counts (parallel edges add weight, self-loops too), the mass of nodes without out-edges is spread
/// uniformly over all nodes, ranks sum to 1, and iteration stops when the L1 change is below N × tolerance.
/// </summary>
/// <remarks>
/// QuikGraph's <c>PageRankAlgorithm</c> is not used: it iterates the unnormalised form
/// <c>r = (1 − d) + d·Σ r(u)/out(u)</c> without dividing by N and without redistributing the rank that
/// dangling nodes leak, so its values neither sum to 1 nor match networkx, igraph or Gephi. This class runs
/// the standard formulation over the same QuikGraph structure, read into arrays by <see cref="GraphIndex"/>.
/// </remarks>
internal sealed class PageRank
{
    private readonly int _nodeCount;
    private readonly int[] _outDegree;
    private readonly int[] _inStart;
    private readonly int[] _inSources;

    public PageRank(GraphIndex graph, double damping = 0.85, double tolerance = 1e-12, int maxIterations = 1000)
        : this((graph ?? throw new ArgumentNullException(nameof(graph))).NodeCount, graph.OutDegree, graph.InStart, graph.InSources, damping, tolerance, maxIterations)
    {
    }

    /// <summary>
    /// PageRank over a directed multigraph given as arrays: each node's out-degree, and the sources of the edges
    /// into node v at <c>inSources[inStart[v]..inStart[v+1]]</c>, ascending (as <see cref="GraphIndex"/> holds them,
    /// so the sums, and the ranks, are the same to the last bit).
    /// </summary>
    public PageRank(int nodeCount, int[] outDegree, int[] inStart, int[] inSources, double damping = 0.85, double tolerance = 1e-12, int maxIterations = 1000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        ArgumentNullException.ThrowIfNull(outDegree);
        ArgumentNullException.ThrowIfNull(inStart);
        ArgumentNullException.ThrowIfNull(inSources);
        ArgumentOutOfRangeException.ThrowIfNegative(damping);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(damping, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tolerance);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxIterations);
        _nodeCount = nodeCount;
        _outDegree = outDegree;
        _inStart = inStart;
        _inSources = inSources;
        Damping = damping;
        Tolerance = tolerance;
        MaxIterations = maxIterations;
    }

    public double Damping { get; }

    public double Tolerance { get; }

    public int MaxIterations { get; }

    /// <summary>The rank of each node by index; set by <see cref="Compute"/>.</summary>
    public double[] Ranks { get; private set; } = [];

    /// <summary>How many iterations ran.</summary>
    public int Iterations { get; private set; }

    /// <summary>Whether the change fell below the tolerance within <see cref="MaxIterations"/>.</summary>
    public bool Converged { get; private set; }

    public void Compute(CancellationToken cancellationToken = default)
    {
        var n = _nodeCount;
        if (n == 0)
        {
            Ranks = [];
            Converged = true;
            return;
        }

        var x = new double[n];
        var next = new double[n];
        var share = new double[n];
        Array.Fill(x, 1.0 / n);
        var outDegree = _outDegree;
        var inStart = _inStart;
        var inSources = _inSources;
        for (Iterations = 1; Iterations <= MaxIterations; Iterations++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                if (outDegree[i] == 0)
                {
                    dangling += x[i];
                    share[i] = 0;
                }
                else
                {
                    share[i] = x[i] / outDegree[i];
                }
            }

            var constant = (Damping * dangling + (1.0 - Damping)) / n;
            var error = 0.0;
            for (var v = 0; v < n; v++)
            {
                var sum = 0.0;
                for (var k = inStart[v]; k < inStart[v + 1]; k++)
                {
                    sum += share[inSources[k]];
                }

                next[v] = Damping * sum + constant;
                error += Math.Abs(next[v] - x[v]);
            }

            (x, next) = (next, x);
            if (error < n * Tolerance)
            {
                Converged = true;
                break;
            }
        }

        Iterations = Math.Min(Iterations, MaxIterations);
        Ranks = x;
    }
}
