namespace PolicyGraph.Analysis;

/// <summary>
/// Newman's modularity of a partition of the undirected weighted graph of <see cref="GraphIndex"/>, as
/// networkx <c>community.modularity</c> computes it on that graph: Σ_c [ L_c/m − γ (d_c / 2m)² ], where
/// L_c is the weight inside community c (a self-loop counted once) and d_c the summed weighted degree
/// (a self-loop counted twice).
/// </summary>
internal static class ModularityScore
{
    public static double Of(GraphIndex graph, int[] community, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(community);
        var count = community.Length == 0 ? 0 : community.Max() + 1;
        var inside = new double[count];
        var degree = new double[count];
        var twiceM = 0.0;
        for (var v = 0; v < graph.NodeCount; v++)
        {
            var c = community[v];
            var loops = graph.SelfLoops[v];
            inside[c] += loops;
            degree[c] += 2 * loops;
            for (var k = graph.NeighbourStart[v]; k < graph.NeighbourStart[v + 1]; k++)
            {
                var w = graph.NeighbourWeights[k];
                degree[c] += w;
                if (community[graph.Neighbours[k]] == c)
                {
                    inside[c] += w / 2;
                }
            }
        }

        twiceM = degree.Sum();
        if (twiceM <= 0)
        {
            return 0;
        }

        var m = twiceM / 2;
        var q = 0.0;
        for (var c = 0; c < count; c++)
        {
            q += inside[c] / m - resolution * (degree[c] / twiceM) * (degree[c] / twiceM);
        }

        return q;
    }
}
