using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Tests.Query;
using Xunit;

namespace PolicyGraph.Tests.Analysis;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Analyze_with_output_writes_the_graph_again_with_scores_on_every_node()
    {
        var folder = Directory.CreateTempSubdirectory("policygraph-analyze-").FullName;
        try
        {
            var (exit, output, error) = CliRunner.Run("analyze", "--graph", CliRunner.FixtureGraph, "-o", folder);
            Assert.True(exit == 0, error);
            Assert.Contains("Top Person by PageRank", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "graph.graphml")));

            var graph = JsonGraphReader.ReadFile(Path.Combine(folder, "graph.json")).Graph!;
            Assert.All(graph.Nodes, n =>
            {
                Assert.True(n.Properties.TryGet("pagerank", out var pr) && pr.Kind == PropertyKind.Float);
                Assert.True(n.Properties.TryGet("degree", out var d) && d.Kind == PropertyKind.Int);
                Assert.True(n.Properties.TryGet("betweenness", out var b) && b.Kind == PropertyKind.Float);
                Assert.True(n.Properties.TryGet("community", out var c) && c.Kind == PropertyKind.Int);
            });
            Assert.Equal(1.0, graph.Nodes.Sum(n => n.Properties.GetFloat("pagerank")), 1e-9);
            Assert.True(graph.GraphProperties.TryGet("modularity", out var q) && q.Kind == PropertyKind.Float);
            Assert.Equal("exact", graph.GraphProperties.GetString("betweenness"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Top_reads_the_stored_scores_of_an_analysed_graph()
    {
        var folder = Directory.CreateTempSubdirectory("policygraph-analyze-").FullName;
        try
        {
            Assert.Equal(0, CliRunner.Run("analyze", "--graph", CliRunner.FixtureGraph, "-o", folder).Exit);
            var stored = CliRunner.Run("query", "top", "--by", "pagerank", "--json", "--graph", Path.Combine(folder, "graph.json")).Out;
            var computed = CliRunner.Run("query", "top", "--by", "pagerank", "--json", "--graph", CliRunner.FixtureGraph).Out;

            Assert.Contains("\"source\": \"stored\"", stored, StringComparison.Ordinal);
            Assert.Equal(computed.Replace("\"computed\"", "\"stored\"", StringComparison.Ordinal), stored);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_same_graph_gives_byte_identical_analysis_json()
    {
        var first = CliRunner.Run("analyze", "--json", "--graph", CliRunner.FixtureGraph).Out;
        var second = CliRunner.Run("analyze", "--json", "--graph", CliRunner.FixtureGraph).Out;
        Assert.Equal(first, second);
    }
}
