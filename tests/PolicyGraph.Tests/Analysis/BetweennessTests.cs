using PolicyGraph.Analysis;
using Xunit;

namespace PolicyGraph.Tests.Analysis;

public sealed class BetweennessTests
{
    // networkx.betweenness_centrality(nx.Graph(G.to_undirected())) on TestGraphs.Small.
    [Theory]
    [InlineData("a", 0.5333333333333333)]
    [InlineData("b", 0.3333333333333333)]
    [InlineData("c", 0.3333333333333333)]
    [InlineData("d", 0.0)]
    [InlineData("e", 0.0)]
    [InlineData("f", 0.3333333333333333)]
    [InlineData("g", 0.0)]
    public void Matches_networkx_on_the_undirected_simple_graph(string node, double expected)
    {
        var index = GraphIndex.From(TestGraphs.Small().Structure);
        var betweenness = new Betweenness(index);
        betweenness.Compute();
        Assert.False(betweenness.IsEstimate);
        Assert.Equal(expected, betweenness.Values[index.IndexOf[node]], 1e-12);
    }

    // networkx.betweenness_centrality(karate_club_graph()).
    [Theory]
    [InlineData(0, 0.43763528138528146)]
    [InlineData(2, 0.14365680615680618)]
    [InlineData(31, 0.13827561327561325)]
    [InlineData(32, 0.145247113997114)]
    [InlineData(33, 0.30407497594997596)]
    public void Matches_networkx_on_the_karate_club(int member, double expected)
    {
        var index = GraphIndex.From(TestGraphs.Karate().Structure);
        var betweenness = new Betweenness(index);
        betweenness.Compute();
        Assert.Equal(expected, betweenness.Values[index.IndexOf[TestGraphs.Id(member)]], 1e-12);
    }

    [Fact]
    public void Above_the_exact_limit_it_samples_sources_and_says_it_is_an_estimate()
    {
        var index = GraphIndex.From(TestGraphs.Karate().Structure);
        var sampled = new Betweenness(index, exactLimit: 10, sampleSize: 20, seed: 7);
        sampled.Compute();
        var again = new Betweenness(index, exactLimit: 10, sampleSize: 20, seed: 7);
        again.Compute();

        Assert.True(sampled.IsEstimate);
        Assert.Equal(20, sampled.Sources);
        Assert.Equal(sampled.Values, again.Values);
        var hub = index.IndexOf[TestGraphs.Id(0)];
        Assert.InRange(sampled.Values[hub], 0.2, 0.7);
    }

    // On a path of n nodes, node i lies between the i nodes on one side and the n - 1 - i on the other; searches from
    // its ends go 599 steps deep, past the byte levels shallow searches keep, so they run again with int levels.
    [Fact]
    public void A_search_deeper_than_byte_levels_is_exact_too()
    {
        const int n = 600;
        var start = new int[n + 1];
        var neighbours = new List<int>();
        for (var v = 0; v < n; v++)
        {
            if (v > 0)
            {
                neighbours.Add(v - 1);
            }

            if (v < n - 1)
            {
                neighbours.Add(v + 1);
            }

            start[v + 1] = neighbours.Count;
        }

        var betweenness = new Betweenness(n, start, [.. neighbours]);
        betweenness.Compute();

        Assert.False(betweenness.IsEstimate);
        for (var i = 0; i < n; i++)
        {
            Assert.Equal(2.0 * i * (n - 1 - i) / ((n - 1.0) * (n - 2.0)), betweenness.Values[i], 1e-12);
        }
    }

    // Leaves are counted on the node they hang on rather than searched, and a leaf source is searched as its
    // parent; nodes alone and pairs joined only to each other are searched not at all. Checked against textbook
    // Brandes, one search from every source, on a graph with all of these, exactly and from sampled sources.
    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void Leaves_pairs_and_lone_nodes_give_what_searching_every_source_gives(int seed, bool sampled)
    {
        var (n, start, neighbours) = GraphWithLeaves(seed);
        var betweenness = sampled ? new Betweenness(n, start, neighbours, exactLimit: 10, sampleSize: 70, seed: seed) : new Betweenness(n, start, neighbours);
        betweenness.Compute();

        Assert.Equal(sampled, betweenness.IsEstimate);
        var expected = Brandes(n, start, neighbours, betweenness.SourceNodes);
        Assert.Contains(betweenness.SourceNodes, s => start[s + 1] - start[s] == 1);
        for (var v = 0; v < n; v++)
        {
            Assert.Equal(expected[v], betweenness.Values[v], 1e-12);
        }
    }

    // A random core of 120 nodes, 60 leaves on it, a star of 8 leaves, 5 pairs and 7 lone nodes, numbered at random.
    private static (int N, int[] Start, int[] Neighbours) GraphWithLeaves(int seed)
    {
        var random = new Random(seed);
        var edges = new HashSet<(int, int)>();
        void Join(int a, int b) => edges.Add((Math.Min(a, b), Math.Max(a, b)));
        for (var v = 1; v < 120; v++)
        {
            Join(v, random.Next(v));
        }

        for (var i = 0; i < 100; i++)
        {
            var (a, b) = (random.Next(120), random.Next(120));
            if (a != b)
            {
                Join(a, b);
            }
        }

        var next = 120;
        for (var i = 0; i < 60; i++)
        {
            Join(random.Next(120), next++);
        }

        var hub = next++;
        for (var i = 0; i < 8; i++)
        {
            Join(hub, next++);
        }

        for (var i = 0; i < 5; i++)
        {
            Join(next, next + 1);
            next += 2;
        }

        var n = next + 7;
        var shuffled = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
        var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (a, b) in edges)
        {
            lists[shuffled[a]].Add(shuffled[b]);
            lists[shuffled[b]].Add(shuffled[a]);
        }

        var start = new int[n + 1];
        var neighbours = new List<int>();
        for (var v = 0; v < n; v++)
        {
            neighbours.AddRange(lists[v].Order());
            start[v + 1] = neighbours.Count;
        }

        return (n, start, [.. neighbours]);
    }

    // Brandes (2001) as written: a search from each source, every node's dependency, normalised as Betweenness is.
    private static double[] Brandes(int n, int[] start, int[] neighbours, IReadOnlyList<int> sources)
    {
        var values = new double[n];
        foreach (var s in sources)
        {
            var distance = Enumerable.Repeat(-1, n).ToArray();
            var paths = new double[n];
            var dependency = new double[n];
            var stack = new List<int>();
            var queue = new Queue<int>();
            distance[s] = 0;
            paths[s] = 1;
            queue.Enqueue(s);
            while (queue.Count > 0)
            {
                var v = queue.Dequeue();
                stack.Add(v);
                for (var k = start[v]; k < start[v + 1]; k++)
                {
                    var w = neighbours[k];
                    if (distance[w] < 0)
                    {
                        distance[w] = distance[v] + 1;
                        queue.Enqueue(w);
                    }

                    if (distance[w] == distance[v] + 1)
                    {
                        paths[w] += paths[v];
                    }
                }
            }

            for (var i = stack.Count - 1; i > 0; i--)
            {
                var w = stack[i];
                for (var k = start[w]; k < start[w + 1]; k++)
                {
                    var v = neighbours[k];
                    if (distance[v] == distance[w] - 1)
                    {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }

                values[w] += dependency[w];
            }
        }

        var scale = 1.0 / ((n - 1.0) * (n - 2.0)) * n / sources.Count;
        return [.. values.Select(v => v * scale)];
    }
}
