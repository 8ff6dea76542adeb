using PolicyGraph.Analysis;
using Xunit;

namespace PolicyGraph.Tests.Analysis;

public sealed class LouvainTests
{
    [Fact]
    public void Modularity_of_a_given_partition_matches_networkx_with_multiplicities_as_weights()
    {
        // networkx.community.modularity(H, [{a,b,c,e},{d},{f,g}], weight="weight") = 0.2777…, where H is the
        // undirected Graph of TestGraphs.Small with weight = edges between the pair (a–b weighs 2, d–d is a loop).
        var index = GraphIndex.From(TestGraphs.Small().Structure);
        int[] partition = [0, 0, 0, 1, 0, 2, 2];
        Assert.Equal(0.2777777777777778, ModularityScore.Of(index, partition), 1e-12);
    }

    [Fact]
    public void Modularity_of_the_karate_club_split_matches_networkx()
    {
        // networkx.community.modularity(karate, [Mr. Hi's club, the officer's club]) = 0.3582347140039448.
        var index = GraphIndex.From(TestGraphs.Karate().Structure);
        int[] hi = [0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 16, 17, 19, 21];
        var partition = Enumerable.Range(0, 34).Select(i => hi.Contains(i) ? 0 : 1).ToArray();
        Assert.Equal(0.3582347140039448, ModularityScore.Of(index, partition), 1e-12);
    }

    [Fact]
    public void Finds_karate_communities_as_good_as_networkx_louvain()
    {
        // networkx.community.louvain_communities(karate, seed=42): 4 communities, modularity 0.4188.
        var index = GraphIndex.From(TestGraphs.Karate().Structure);
        var louvain = new Louvain(index, seed: 42);
        louvain.Compute();

        Assert.InRange(louvain.Modularity, 0.41, 0.42);
        Assert.InRange(louvain.CommunityCount, 3, 5);
        Assert.Equal(louvain.Modularity, ModularityScore.Of(index, louvain.Community), 1e-12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_communities_numbered_largest_first()
    {
        var index = GraphIndex.From(TestGraphs.Karate().Structure);
        var first = new Louvain(index, seed: 3);
        first.Compute();
        var second = new Louvain(index, seed: 3);
        second.Compute();

        Assert.Equal(first.Community, second.Community);
        var sizes = Enumerable.Range(0, first.CommunityCount).Select(c => first.Community.Count(x => x == c)).ToList();
        Assert.Equal(sizes.OrderDescending(), sizes);
    }

    [Fact]
    public void Two_cliques_joined_by_one_edge_are_two_communities()
    {
        var edges = new List<(string, string)>();
        foreach (var group in new[] { "abcd", "wxyz" })
        {
            for (var i = 0; i < 4; i++)
            {
                for (var j = i + 1; j < 4; j++)
                {
                    edges.Add((group[i].ToString(), group[j].ToString()));
                }
            }
        }

        edges.Add(("d", "w"));
        var index = GraphIndex.From(TestGraphs.Build("abcdwxyz".Select(c => c.ToString()), edges).Structure);
        var louvain = new Louvain(index);
        louvain.Compute();

        Assert.Equal([0, 0, 0, 0, 1, 1, 1, 1], louvain.Community);
    }
}
