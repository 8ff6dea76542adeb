namespace PolicyGraph.Analysis;

/// <summary>
/// Louvain community detection (Blondel et al. 2008) on the undirected weighted graph of
/// <see cref="GraphIndex"/>: nodes move greedily to the neighbouring community with the best modularity
/// gain, in an order shuffled by a seeded generator, then communities are merged into nodes and the moves
/// repeat until nothing moves. The same graph and seed always give the same communities; they are numbered
/// largest first, ties broken by the smallest node index.
/// </summary>
internal sealed partial class Louvain
{
    private const int MaxPassesPerLevel = 100;

    private readonly GraphIndex _graph;

    public Louvain(GraphIndex graph, int seed = 42, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(resolution);
        _graph = graph;
        Seed = seed;
        Resolution = resolution;
    }

    public int Seed { get; }

    public double Resolution { get; }

    /// <summary>The community of each node by index; set by <see cref="Compute"/>.</summary>
    public int[] Community { get; private set; } = [];

    /// <summary>How many communities were found.</summary>
    public int CommunityCount { get; private set; }

    /// <summary>The modularity of <see cref="Community"/> on the undirected weighted graph.</summary>
    public double Modularity { get; private set; }

    public void Compute(CancellationToken cancellationToken = default)
    {
        var random = new Random(Seed);
        var level = Level.From(_graph);
        var membership = Enumerable.Range(0, _graph.NodeCount).ToArray();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (community, count) = level.MoveNodes(random, Resolution, MaxPassesPerLevel, cancellationToken);
            if (count == level.NodeCount)
            {
                break;
            }

            for (var i = 0; i < membership.Length; i++)
            {
                membership[i] = community[membership[i]];
            }

            level = level.Aggregate(community, count);
        }

        (Community, CommunityCount) = Renumber(membership);
        Modularity = ModularityScore.Of(_graph, Community, Resolution);
    }

    private static (int[] Community, int Count) Renumber(int[] membership)
    {
        var size = new Dictionary<int, (int Size, int First)>();
        for (var i = 0; i < membership.Length; i++)
        {
            size[membership[i]] = size.TryGetValue(membership[i], out var s) ? (s.Size + 1, s.First) : (1, i);
        }

        var order = size.OrderByDescending(kv => kv.Value.Size).ThenBy(kv => kv.Value.First).Select(kv => kv.Key).ToList();
        var renumber = new Dictionary<int, int>(order.Count);
        for (var rank = 0; rank < order.Count; rank++)
        {
            renumber[order[rank]] = rank;
        }

        return ([.. membership.Select(c => renumber[c])], order.Count);
    }
}
