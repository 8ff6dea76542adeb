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
}
