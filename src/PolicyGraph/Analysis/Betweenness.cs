using System.Numerics;
using System.Runtime.CompilerServices;

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

    public Betweenness(GraphIndex graph, int exactLimit = DefaultExactLimit, int sampleSize = DefaultSampleSize, int seed = 42)
        : this((graph ?? throw new ArgumentNullException(nameof(graph))).NodeCount, graph.NeighbourStart, graph.Neighbours, exactLimit, sampleSize, seed)
    {
    }

    /// <summary>
    /// Betweenness over undirected simple neighbour lists in CSR form (those of node v are
    /// <c>neighbours[neighbourStart[v]..neighbourStart[v+1]]</c>, without v, each once, ascending).
    /// </summary>
    public Betweenness(int nodeCount, int[] neighbourStart, int[] neighbours, int exactLimit = DefaultExactLimit, int sampleSize = DefaultSampleSize, int seed = 42)
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

    /// <summary>How many sources an estimate samples unless told otherwise.</summary>
    public const int DefaultSampleSize = 256;

    /// <summary>The default node count up to which betweenness is exact.</summary>
    public const int DefaultExactLimit = 50_000;

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

        // The searches run over the nodes renumbered in breadth-first order, so that neighbours mostly lie near
        // each other in memory (the searches are bound by memory, not arithmetic: 0.8x the time on the xwlb graph).
        var (rank, start, neighbours) = Renumbered();
        var partial = new double[Chunks][];
        Parallel.For(
            0,
            Chunks,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Workspace(n, neighbours.Length),
            (chunk, _, work) =>
            {
                var sum = new double[n];
                for (var s = chunk; s < sources.Length; s += Chunks)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!Accumulate(rank[sources[s]], start, neighbours, work.Levels, work, sum))
                    {
                        Accumulate(rank[sources[s]], start, neighbours, work.DeepLevels, work, sum);
                    }
                }

                partial[chunk] = sum;
                return work;
            },
            _ => { });

        var values = new double[n];
        foreach (var sum in partial)
        {
            for (var v = 0; v < n; v++)
            {
                values[v] += sum[rank[v]];
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

    /// <summary>How many searches the default settings run on a graph of <paramref name="nodeCount"/> nodes: one per node, or the sample.</summary>
    public static int SourcesFor(int nodeCount) => Estimates(nodeCount, DefaultExactLimit, DefaultSampleSize) ? DefaultSampleSize : nodeCount;

    // Whether a graph of n nodes gets an estimate rather than the exact value.
    private static bool Estimates(int n, int exactLimit, int sampleSize) => n > exactLimit && sampleSize < n;

    private int[] ChooseSources(int n)
    {
        var all = Enumerable.Range(0, n).ToArray();
        IsEstimate = Estimates(n, ExactLimit, SampleSize);
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

    // The nodes in breadth-first order from each not yet reached node, best connected first (Cuthill–McKee):
    // each node's new number, and the neighbour lists in the new numbers, each list ascending.
    private (int[] Rank, int[] Start, int[] Neighbours) Renumbered()
    {
        var n = _nodeCount;
        var byDegree = new int[n];
        var degree = new int[n];
        for (var v = 0; v < n; v++)
        {
            byDegree[v] = v;
            degree[v] = _neighbourStart[v + 1] - _neighbourStart[v];
        }

        Array.Sort(byDegree, (a, b) => degree[b] != degree[a] ? degree[b].CompareTo(degree[a]) : a.CompareTo(b));
        var rank = new int[n];
        Array.Fill(rank, -1);
        var order = new int[n];
        var count = 0;
        foreach (var root in byDegree)
        {
            if (rank[root] >= 0)
            {
                continue;
            }

            rank[root] = count;
            order[count++] = root;
            for (var head = count - 1; head < count; head++)
            {
                var v = order[head];
                for (var k = _neighbourStart[v]; k < _neighbourStart[v + 1]; k++)
                {
                    var u = _neighbours[k];
                    if (rank[u] < 0)
                    {
                        rank[u] = count;
                        order[count++] = u;
                    }
                }
            }
        }

        var start = new int[n + 1];
        var neighbours = new int[_neighbours.Length];
        for (var i = 0; i < n; i++)
        {
            var v = order[i];
            start[i + 1] = start[i] + (_neighbourStart[v + 1] - _neighbourStart[v]);
            for (int k = _neighbourStart[v], at = start[i]; k < _neighbourStart[v + 1]; k++, at++)
            {
                neighbours[at] = rank[_neighbours[k]];
            }

            Array.Sort(neighbours, start[i], start[i + 1] - start[i]);
        }

        return (rank, start, neighbours);
    }

    // A few hundred calls, each a long loop: compiled optimised at the first rather than run as precompiled code
    // until tiering promotes it (4% of a build's samples were spent in the precompiled version).
    // Each node's level is its distance from the source plus one (0: not reached yet). The search reads a
    // neighbour's level once per edge, at random, so levels are kept in bytes when they fit: the array a quarter the
    // size stays in the core's own cache. A search that goes deeper than TLevel holds returns false before it has
    // added anything, and the caller runs it again with int levels.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Accumulate<TLevel>(int source, int[] start, int[] neighbours, TLevel[] level, Workspace w, double[] sum)
        where TLevel : unmanaged, IBinaryInteger<TLevel>, IMinMaxValue<TLevel>
    {
        var paths = w.Paths;
        var order = w.Order;
        var successors = w.Successors;
        var successorEnd = w.SuccessorEnd;
        Array.Clear(level);
        level[source] = TLevel.One;
        paths[source] = 1;
        order[0] = source;
        int head = 0, tail = 1, found = 0;
        while (head < tail)
        {
            var v = order[head];
            var current = level[v];
            if (current == TLevel.MaxValue)
            {
                return false;
            }

            var next = current + TLevel.One;
            var through = paths[v];
            for (var k = start[v]; k < start[v + 1]; k++)
            {
                var u = neighbours[k];
                var reached = level[u];
                if (reached == TLevel.Zero)
                {
                    level[u] = next;
                    paths[u] = through;
                    order[tail++] = u;
                    successors[found++] = u;
                }
                else if (reached == next)
                {
                    paths[u] += through;
                    successors[found++] = u;
                }
            }

            successorEnd[head++] = found;
        }

        // Dependencies flow back from the farthest nodes; a neighbour one step farther is a successor, and the
        // search above listed each node's successors as it found them (order[i]'s end at successorEnd[i]), so this
        // pass reads those lists rather than every neighbour's distance again. As networkx accumulates: each node's
        // coefficient (1 + δ(w)) / σ(w) once, so δ(v) = σ(v) · Σ coefficients of its successors costs no division
        // per edge. Once a node's coefficient is known its σ is needed no more, so the coefficient takes its place
        // (one array fewer to bring into the cache).
        for (var i = tail - 1; i > 0; i--)
        {
            var v = order[i];
            var coefficients = 0.0;
            for (var k = successorEnd[i - 1]; k < successorEnd[i]; k++)
            {
                coefficients += paths[successors[k]];
            }

            var dependency = paths[v] * coefficients;
            paths[v] = (1 + dependency) / paths[v];
            sum[v] += dependency;
        }

        return true;
    }

    private sealed class Workspace(int n, int edges)
    {
        /// <summary>Each node's distance from the source plus one, 0 when not reached: bytes while the search is shallow enough.</summary>
        public byte[] Levels { get; } = new byte[n];

        /// <summary>The same for searches deeper than 254 steps, made when one is.</summary>
        public int[] DeepLevels => _deepLevels ??= new int[n];

        private int[]? _deepLevels;

        /// <summary>σ, the shortest paths from the source; in the backward pass, each finished node's coefficient.</summary>
        public double[] Paths { get; } = new double[n];

        public int[] Order { get; } = new int[n];

        /// <summary>The successors of order[0], then of order[1], …, each list in neighbour order.</summary>
        public int[] Successors { get; } = new int[edges];

        /// <summary>Where the successors of order[i] end in <see cref="Successors"/>.</summary>
        public int[] SuccessorEnd { get; } = new int[n];
    }
}
