namespace PolicyGraph.Analysis;

/// <summary>
/// Brandes' betweenness centrality on the undirected simple graph (edge directions, repeats and self-loops
/// ignored), normalised as networkx <c>betweenness_centrality(G.to_undirected() as Graph)</c> does: by
/// 1/((n−1)(n−2)). Exact when the graph has at most <see cref="ExactLimit"/> nodes; above that the
/// dependencies are summed from <see cref="SampleSize"/> seeded random sources and scaled by n/k, an
/// estimate (<see cref="IsEstimate"/>), as networkx does with <c>k</c>.
/// </summary>
internal sealed class Betweenness
{
    // The sources are cut into this many fixed chunks whatever the core count, and the chunks' sums are
    // added in chunk order, so the floating-point result does not depend on thread timing.
    private const int Chunks = 8;

    private readonly int _nodeCount;
    private readonly int[] _neighbourStart;
    private readonly int[] _neighbours;

    public Betweenness(GraphIndex graph, int exactLimit = 50_000, int sampleSize = 256, int seed = 42)
        : this((graph ?? throw new ArgumentNullException(nameof(graph))).NodeCount, graph.NeighbourStart, graph.Neighbours, exactLimit, sampleSize, seed)
    {
    }

    /// <summary>
    /// Betweenness over undirected simple neighbour lists in CSR form (those of node v are
    /// <c>neighbours[neighbourStart[v]..neighbourStart[v+1]]</c>, without v, each once, ascending).
    /// </summary>
    public Betweenness(int nodeCount, int[] neighbourStart, int[] neighbours, int exactLimit = 50_000, int sampleSize = 256, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(neighbourStart);
        ArgumentNullException.ThrowIfNull(neighbours);
        ArgumentOutOfRangeException.ThrowIfNegative(exactLimit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sampleSize);
        _nodeCount = nodeCount;
        _neighbourStart = neighbourStart;
        _neighbours = neighbours;
        ExactLimit = exactLimit;
        SampleSize = sampleSize;
        Seed = seed;
    }

    public int ExactLimit { get; }

    public int SampleSize { get; }

    public int Seed { get; }

    /// <summary>The normalised betweenness of each node by index; set by <see cref="Compute"/>.</summary>
    public double[] Values { get; private set; } = [];

    /// <summary>Whether the values were estimated from sampled sources rather than computed exactly.</summary>
    public bool IsEstimate { get; private set; }

    /// <summary>How many source nodes were used.</summary>
    public int Sources { get; private set; }

    public void Compute(CancellationToken cancellationToken = default)
    {
        var n = _nodeCount;
        var sources = ChooseSources(n);
        Sources = sources.Length;
        var partial = new double[Chunks][];
        Parallel.For(0, Chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var sum = new double[n];
            var work = new Workspace(n);
            for (var s = chunk; s < sources.Length; s += Chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Accumulate(sources[s], work, sum);
            }

            partial[chunk] = sum;
        });

        var values = new double[n];
        foreach (var sum in partial)
        {
            for (var v = 0; v < n; v++)
            {
                values[v] += sum[v];
            }
        }

        if (n > 2)
        {
            var scale = 1.0 / ((n - 1.0) * (n - 2.0));
            if (IsEstimate)
            {
                scale *= (double)n / sources.Length;
            }

            for (var v = 0; v < n; v++)
            {
                values[v] *= scale;
            }
        }

        Values = values;
    }

    private int[] ChooseSources(int n)
    {
        var all = Enumerable.Range(0, n).ToArray();
        IsEstimate = n > ExactLimit && SampleSize < n;
        if (!IsEstimate)
        {
            return all;
        }

        // A partial Fisher–Yates shuffle: the first k entries are a uniform sample without repeats.
        var random = new Random(Seed);
        for (var i = 0; i < SampleSize; i++)
        {
            var j = random.Next(i, n);
            (all[i], all[j]) = (all[j], all[i]);
        }

        var chosen = all[..SampleSize];
        Array.Sort(chosen);
        return chosen;
    }

    private void Accumulate(int source, Workspace w, double[] sum)
    {
        var start = _neighbourStart;
        var neighbours = _neighbours;
        Array.Fill(w.Distance, -1);
        w.Distance[source] = 0;
        w.Paths[source] = 1;
        w.Order[0] = source;
        int head = 0, tail = 1;
        while (head < tail)
        {
            var v = w.Order[head++];
            w.Dependency[v] = 0;
            var next = w.Distance[v] + 1;
            for (var k = start[v]; k < start[v + 1]; k++)
            {
                var u = neighbours[k];
                if (w.Distance[u] < 0)
                {
                    w.Distance[u] = next;
                    w.Paths[u] = 0;
                    w.Order[tail++] = u;
                }

                if (w.Distance[u] == next)
                {
                    w.Paths[u] += w.Paths[v];
                }
            }
        }

        // Dependencies flow back from the farthest nodes; an undirected neighbour one step farther is a successor.
        for (var i = tail - 1; i > 0; i--)
        {
            var v = w.Order[i];
            var farther = w.Distance[v] + 1;
            var dependency = 0.0;
            for (var k = start[v]; k < start[v + 1]; k++)
            {
                var u = neighbours[k];
                if (w.Distance[u] == farther)
                {
                    dependency += w.Paths[v] / w.Paths[u] * (1 + w.Dependency[u]);
                }
            }

            w.Dependency[v] = dependency;
            sum[v] += dependency;
        }
    }

    private sealed class Workspace(int n)
    {
        public int[] Distance { get; } = new int[n];

        public double[] Paths { get; } = new double[n];

        public double[] Dependency { get; } = new double[n];

        public int[] Order { get; } = new int[n];
    }
}
