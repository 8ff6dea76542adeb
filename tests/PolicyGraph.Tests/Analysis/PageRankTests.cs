using PolicyGraph.Analysis;
using Xunit;

namespace PolicyGraph.Tests.Analysis;

public sealed class PageRankTests
{
    // networkx.pagerank(G, alpha=0.85, tol=1e-12) on the MultiDiGraph of TestGraphs.Small.
    [Theory]
    [InlineData("a", 0.12148446127905788)]
    [InlineData("b", 0.13561822869187812)]
    [InlineData("c", 0.0899941837985469)]
    [InlineData("d", 0.47069309811000454)]
    [InlineData("e", 0.0899941837985469)]
    [InlineData("f", 0.05985940771779266)]
    [InlineData("g", 0.03235643660417291)]
    public void Matches_networkx_on_a_multigraph_with_parallel_edges_self_loop_and_dangling_node(string node, double expected)
    {
        var index = GraphIndex.From(TestGraphs.Small().Structure);
        var pageRank = new PageRank(index);
        pageRank.Compute();
        Assert.True(pageRank.Converged);
        Assert.Equal(expected, pageRank.Ranks[index.IndexOf[node]], 1e-9);
    }

    // networkx.pagerank(karate as MultiDiGraph with both directions, tol=1e-12).
    [Theory]
    [InlineData(0, 0.09699728539860193)]
    [InlineData(33, 0.10091918232295748)]
    [InlineData(2, 0.05707850948821541)]
    [InlineData(11, 0.009564745492877783)]
    public void Matches_networkx_on_the_karate_club(int member, double expected)
    {
        var index = GraphIndex.From(TestGraphs.Karate().Structure);
        var pageRank = new PageRank(index);
        pageRank.Compute();
        Assert.Equal(expected, pageRank.Ranks[index.IndexOf[TestGraphs.Id(member)]], 1e-9);
    }

    [Fact]
    public void Ranks_sum_to_one()
    {
        var index = GraphIndex.From(TestGraphs.Small().Structure);
        var pageRank = new PageRank(index);
        pageRank.Compute();
        Assert.Equal(1.0, pageRank.Ranks.Sum(), 1e-12);
    }

    [Fact]
    public void An_empty_graph_has_no_ranks()
    {
        var pageRank = new PageRank(GraphIndex.From(TestGraphs.Build([], []).Structure));
        pageRank.Compute();
        Assert.Empty(pageRank.Ranks);
    }
}
