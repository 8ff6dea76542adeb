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

    /// <summary>The source nodes used, ascending.</summary>
    internal IReadOnlyList<int> SourceNodes { get; private set; } = [];

    public void Compute(CancellationToken cancellationToken = default)
    {
        var n = _nodeCount;
        var sources = ChooseSources(n);
        Sources = sources.Length;
        SourceNodes = sources;

        // The searches run over the core (the nodes of two or more neighbours; the leaves hanging on them are
        // counted, not searched), renumbered in breadth-first order, so that neighbours mostly lie near each other in
        // memory (the searches are bound by memory, not arithmetic: 0.8x the time on the xwlb graph).
        var core = Core.Of(n, _neighbourStart, _neighbours);
        var searches = Searches(core, sources);
        var partial = new double[Chunks][];
        Parallel.For(
            0,
            Chunks,
            new ParallelOptions { CancellationToken = cancellationToken },
            () => new Workspace(core.Count, core.Neighbours.Length),
            (chunk, _, work) =>
            {
                var sum = new double[n];
                for (var s = chunk; s < searches.Length; s += Chunks)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!Accumulate(searches[s], core, work.Levels, work, sum))
                    {
                        Accumulate(searches[s], core, work.DeepLevels, work, sum);
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
                values[v] += sum[core.Rank[v]];
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

    // The searches the sources need, by root, ascending. A search from a leaf goes through its one neighbour, the
    // leaf's parent, to everything else, so it is the parent's search: the leaf depends on every other node as the
    // parent does, and on the parent itself for every node but the two. Sources off the core (a node alone, or one
    // of two joined only to each other) lie between nothing and need none.
    private static Search[] Searches(Core core, int[] sources)
    {
        var weight = new int[core.Count];
        var leafSources = new int[core.Count];
        foreach (var source in sources)
        {
            var v = core.Rank[source];
            if (v < core.Count)
            {
                weight[v]++;
            }
            else if (core.ParentOf(v) is var parent and >= 0)
            {
                weight[parent]++;
                leafSources[parent]++;
            }
        }

        var searches = new List<Search>();
        for (var v = 0; v < core.Count; v++)
        {
            if (weight[v] > 0)
            {
                searches.Add(new Search(v, weight[v], leafSources[v]));
            }
        }

        return [.. searches];
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

    // A few hundred calls, each a long loop: compiled optimised at the first rather than run as precompiled code
    // until tiering promotes it (4% of a build's samples were spent in the precompiled version).
    // Each node's level is its distance from the source plus one (0: not reached yet). The search reads a
    // neighbour's level once per edge, at random, so levels are kept in bytes when they fit: the array a quarter the
    // size stays in the core's own cache. A search that goes deeper than TLevel holds returns false before it has
    // added anything, and the caller runs it again with int levels.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Accumulate<TLevel>(Search search, Core core, TLevel[] level, Workspace w, double[] sum)
        where TLevel : unmanaged, IBinaryInteger<TLevel>, IMinMaxValue<TLevel>
    {
        var start = core.Start;
        var neighbours = core.Neighbours;
        var leaves = core.Leaves;
        var paths = w.Paths;
        var order = w.Order;
        var successors = w.Successors;
        var successorEnd = w.SuccessorEnd;
        var source = search.Root;
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
        // (one array fewer to bring into the cache). A leaf on v is a successor of coefficient 1 / σ(v): it adds 1.
        double weight = search.Weight;
        var reachable = 1 + leaves[source];
        for (var i = tail - 1; i > 0; i--)
        {
            var v = order[i];
            var coefficients = 0.0;
            for (var k = successorEnd[i - 1]; k < successorEnd[i]; k++)
            {
                coefficients += paths[successors[k]];
            }

            var dependency = (paths[v] * coefficients) + leaves[v];
            paths[v] = (1 + dependency) / paths[v];
            sum[v] += weight * dependency;
            reachable += 1 + leaves[v];
        }

        // Each leaf source depends on the root for every node it reaches but itself and the root.
        sum[source] += search.LeafSources * (reachable - 2.0);
        return true;
    }

    /// <summary>A search from <paramref name="Root"/> for <paramref name="Weight"/> sources: the root, if sampled, and <paramref name="LeafSources"/> leaves on it.</summary>
    private readonly record struct Search(int Root, int Weight, int LeafSources);

    /// <summary>
    /// The core of the graph: the nodes of two or more neighbours, numbered first (0 to <see cref="Count"/> − 1) in
    /// breadth-first order from each not yet reached node, best connected first (Cuthill–McKee), each with its core
    /// neighbours (ascending) and how many leaves (nodes of one neighbour) hang on it; then every other node.
    /// </summary>
    private sealed class Core
    {
        private readonly int[] _parent;

        private Core(int count, int[] rank, int[] start, int[] neighbours, int[] leaves, int[] parent)
        {
            Count = count;
            Rank = rank;
            Start = start;
            Neighbours = neighbours;
            Leaves = leaves;
            _parent = parent;
        }

        public int Count { get; }

        /// <summary>Each node's number here, by its number in the graph.</summary>
        public int[] Rank { get; }

        public int[] Start { get; }

        public int[] Neighbours { get; }

        /// <summary>How many leaves hang on each core node.</summary>
        public int[] Leaves { get; }

        /// <summary>The core node a leaf numbered <paramref name="v"/> hangs on, or -1 when v is no leaf of the core.</summary>
        public int ParentOf(int v) => _parent[v - Count];

        public static Core Of(int n, int[] neighbourStart, int[] neighbours)
        {
            var degree = new int[n];
            var byDegree = new List<int>(n);
            for (var v = 0; v < n; v++)
            {
                degree[v] = neighbourStart[v + 1] - neighbourStart[v];
                if (degree[v] >= 2)
                {
                    byDegree.Add(v);
                }
            }

            // Ties by number: a sort of ints, deterministic.
            byDegree.Sort((a, b) => degree[b] != degree[a] ? degree[b].CompareTo(degree[a]) : a.CompareTo(b));
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
                    for (var k = neighbourStart[v]; k < neighbourStart[v + 1]; k++)
                    {
                        var u = neighbours[k];
                        if (rank[u] < 0 && degree[u] >= 2)
                        {
                            rank[u] = count;
                            order[count++] = u;
                        }
                    }
                }
            }

            var core = count;
            for (var v = 0; v < n; v++)
            {
                if (rank[v] < 0)
                {
                    rank[v] = count;
                    order[count++] = v;
                }
            }

            var start = new int[core + 1];
            var leaves = new int[core];
            var coreNeighbours = new List<int>(neighbours.Length);
            for (var i = 0; i < core; i++)
            {
                var v = order[i];
                for (var k = neighbourStart[v]; k < neighbourStart[v + 1]; k++)
                {
                    var u = neighbours[k];
                    if (degree[u] >= 2)
                    {
                        coreNeighbours.Add(rank[u]);
                    }
                    else
                    {
                        leaves[i]++;
                    }
                }

                start[i + 1] = coreNeighbours.Count;
                coreNeighbours.Sort(start[i], start[i + 1] - start[i], null);
            }

            var parent = new int[n - core];
            for (var i = core; i < n; i++)
            {
                var v = order[i];
                parent[i - core] = degree[v] == 1 && degree[neighbours[neighbourStart[v]]] >= 2 ? rank[neighbours[neighbourStart[v]]] : -1;
            }

            return new Core(core, rank, start, [.. coreNeighbours], leaves, parent);
        }
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
