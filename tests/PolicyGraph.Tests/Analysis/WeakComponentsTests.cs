using PolicyGraph.Analysis;
using Xunit;

namespace PolicyGraph.Tests.Analysis;

public sealed class WeakComponentsTests
{
    [Fact]
    public void Numbers_components_largest_first_and_counts_isolated_nodes()
    {
        var graph = TestGraphs.Build(["a", "b", "c", "d", "x", "y", "z"], [("b", "a"), ("c", "b"), ("d", "c"), ("y", "x")]);
        var index = GraphIndex.From(graph.Structure);
        var components = new WeakComponents(graph.Structure, index);
        components.Compute();

        Assert.Equal([4, 2, 1], components.Sizes);
        Assert.Equal([0, 0, 0, 0, 1, 1, 2], components.Component);
    }

    [Fact]
    public void Follows_edges_against_their_direction()
    {
        // networkx.weakly_connected_components(TestGraphs.Small) is one component of all seven nodes.
        var graph = TestGraphs.Small();
        var components = new WeakComponents(graph.Structure, GraphIndex.From(graph.Structure));
        components.Compute();
        Assert.Equal([7], components.Sizes);
    }
}
