using PolicyGraph.Query.Index;
using Xunit;

namespace PolicyGraph.Tests.Query.Index;

public sealed class QueryIndexTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("policygraph-index-").FullName;
    private readonly string _graph;

    public QueryIndexTests()
    {
        _graph = Path.Combine(_folder, "graph.json");
        File.Copy(CliRunner.FixtureGraph, _graph);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_first_query_writes_the_index_and_the_next_one_uses_it()
    {
        Assert.Null(QueryIndex.TryLoad(_graph));
        Assert.Equal(0, CliRunner.Run("query", "entity", "张伟", "--graph", _graph).Exit);

        Assert.True(File.Exists(Path.Combine(_folder, ".graph.json.query-index")));
        Assert.NotNull(QueryIndex.TryLoad(_graph));
    }

    [Fact]
    public void Writing_the_graph_files_writes_a_fresh_index_beside_graph_json()
    {
        var graph = PolicyGraph.Export.Json.JsonGraphReader.ReadFile(_graph).Graph!;
        var folder = Path.Combine(_folder, "built");
        PolicyGraph.Export.GraphFiles.Write(graph, folder);

        Assert.True(File.Exists(Path.Combine(folder, ".graph.json.query-index")));
        using var index = QueryIndex.TryLoad(Path.Combine(folder, "graph.json"));
        Assert.NotNull(index);
    }

    [Theory]
    [InlineData("pagerank")]
    [InlineData("degree")]
    [InlineData("betweenness")]
    public void Top_is_answered_from_the_stored_ranking_as_from_the_whole_graph(string measure)
    {
        var (_, full, _) = CliRunner.Run("query", "top", "--by", measure, "--type", "Person", "--json", "--graph", _graph);
        var (exit, indexed, error) = CliRunner.Run("query", "top", "--by", measure, "--type", "Person", "--json", "--timings", "--graph", _graph);

        Assert.Equal(0, exit);
        Assert.Contains("stored ranking", error, StringComparison.Ordinal);
        Assert.Equal(full, indexed);
    }

    [Theory]
    [InlineData(201, true)]
    [InlineData(301, false)]
    public void Betweenness_is_stored_only_when_it_costs_no_more_searches_than_an_estimate(int nodes, bool stored)
    {
        // A path: an exact betweenness runs one search per node, so a graph of more nodes than an estimate samples
        // (and at most the exact limit) is left to the query rather than paid for at every build.
        var ids = Enumerable.Range(0, nodes).Select(i => "n" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var graph = PolicyGraph.Tests.Analysis.TestGraphs.Build(ids, ids.Zip(ids.Skip(1)));
        var path = Path.Combine(_folder, "path", "graph.json");
        PolicyGraph.Export.GraphFiles.Write(graph, Path.GetDirectoryName(path)!);

        using var index = QueryIndex.TryLoad(path)!;
        Assert.NotNull(index.Top(PolicyGraph.Query.TopMeasure.PageRank, null, 3));
        Assert.Equal(stored, index.Top(PolicyGraph.Query.TopMeasure.Betweenness, null, 3) is not null);

        // Either way the query answers, and the middle of the path ranks first.
        var (exit, output, _) = CliRunner.Run("query", "top", "--by", "betweenness", "-n", "1", "--json", "--graph", path);
        Assert.Equal(0, exit);
        Assert.Contains(ids[nodes / 2], output, StringComparison.Ordinal);
    }

    // A graph too large for the exact betweenness gets an estimate, which a build leaves to the first query that asks
    // for it; that query writes the index again with it.
    [Fact]
    public void An_estimated_betweenness_is_stored_by_the_first_query_that_asks_for_it()
    {
        var nodes = PolicyGraph.Analysis.Betweenness.DefaultExactLimit + 1;
        var ids = Enumerable.Range(0, nodes).Select(i => "n" + i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var graph = PolicyGraph.Tests.Analysis.TestGraphs.Build(ids, ids.Zip(ids.Skip(1)));
        var path = Path.Combine(_folder, "large", "graph.json");
        PolicyGraph.Export.GraphFiles.Write(graph, Path.GetDirectoryName(path)!);
        using (var built = QueryIndex.TryLoad(path)!)
        {
            Assert.NotNull(built.Top(PolicyGraph.Query.TopMeasure.PageRank, null, 1));
            Assert.Null(built.Top(PolicyGraph.Query.TopMeasure.Betweenness, null, 1));
        }

        var (exit, first, _) = CliRunner.Run("query", "top", "--by", "betweenness", "-n", "3", "--json", "--graph", path);
        var (_, second, error) = CliRunner.Run("query", "top", "--by", "betweenness", "-n", "3", "--json", "--timings", "--graph", path);

        Assert.Equal(0, exit);
        Assert.Contains("stored ranking", error, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("张伟")]
    [InlineData("李娜")]
    [InlineData("新质生产力")]
    [InlineData("天津市人民政府")]
    [InlineData("tianjin-2024-06-20.txt")]
    public void An_entity_is_reported_from_the_index_as_from_the_whole_graph(string name)
    {
        AssertSameFromIndex(["query", "entity", name, "--graph", _graph], "query index");
    }

    [Theory]
    [InlineData("张伟", null)]
    [InlineData("天津市人民政府", null)]
    [InlineData("天津市人民政府", "2024-06")]
    [InlineData("李娜", "2023")]
    public void Positions_are_read_from_the_index_as_from_the_whole_graph(string name, string? asOf)
    {
        AssertSameFromIndex(["query", "positions", name, "--graph", _graph, .. asOf is null ? Array.Empty<string>() : ["--as-of", asOf]], "query index");
    }

    [Theory]
    [InlineData("--by", "张伟", null, null)]
    [InlineData("--by", "天津市人民政府", null, null)]
    [InlineData("--about", "新质生产力", null, null)]
    [InlineData("--about", "新质生产力", "2024-06", "2024-12")]
    [InlineData("--from", "2024", null, null)]
    public void Statements_are_read_from_the_index_as_from_the_whole_graph(string filter, string value, string? from, string? to)
    {
        AssertSameFromIndex(["query", "said", filter, value, "--graph", _graph, .. from is null ? Array.Empty<string>() : ["--from", from], .. to is null ? Array.Empty<string>() : ["--to", to]], "query index");
    }

    [Theory]
    [InlineData("entity", "张伟")]
    [InlineData("positions", "张伟")]
    [InlineData("entity", "新质生产力")]
    public void Documents_named_wrongly_or_not_at_all_are_read_from_the_index_as_from_the_whole_graph(string query, string name)
    {
        // The index keeps each record's document as a node number: a post citing no node, a statement citing a node
        // that is no document, and one citing none (whose document is then its REPORTED_IN edge's) must read as before.
        var graph = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(_graph))!;
        foreach (var node in graph["nodes"]!.AsArray())
        {
            switch ((string?)node!["id"])
            {
                case "stm_1":
                    node.AsObject().Remove("document");
                    break;
                case "stm_3":
                    node["document"] = "org_tj_gov";
                    break;
            }
        }

        graph["edges"]!.AsArray().First(e => (string?)e!["type"] == "HOLDS_POSITION")!["document"] = "doc_gone";
        File.WriteAllText(_graph, graph.ToJsonString());

        AssertSameFromIndex(["query", query, name, "--graph", _graph], "query index");
    }

    [Theory]
    [InlineData("新质生产力")]
    [InlineData("张伟")]
    [InlineData("天津市人民政府")]
    public void A_timeline_is_read_from_the_index_as_from_the_whole_graph(string name)
    {
        AssertSameFromIndex(["query", "timeline", name, "--graph", _graph], "query index");
    }

    [Theory]
    [InlineData("张伟", "1", null)]
    [InlineData("新质生产力", "2", null)]
    [InlineData("天津市人民政府", "2", "Person")]
    public void Neighbors_are_answered_from_the_adjacency_as_from_the_whole_graph(string name, string depth, string? type)
    {
        AssertSameFromIndex(["query", "neighbors", name, "--depth", depth, "--graph", _graph, .. type is null ? Array.Empty<string>() : ["--type", type]], "adjacency only");
    }

    // Runs the query once (the first query of a graph writes its index), then as text and as --json from the index
    // (which must say it answered, as source) and from the whole graph (--no-index): the same bytes both ways.
    private static void AssertSameFromIndex(string[] args, string source)
    {
        Assert.Equal(0, CliRunner.Run(args).Exit);
        foreach (var json in new[] { false, true })
        {
            string[] query = json ? [.. args, "--json"] : args;
            var (exit, indexed, error) = CliRunner.Run([.. query, "--timings"]);

            Assert.Equal(0, exit);
            Assert.Contains(source, error, StringComparison.Ordinal);
            Assert.Equal(CliRunner.Run([.. query, "--no-index"]).Out, indexed);
        }
    }

    [Fact]
    public void An_entity_overview_keeps_the_latest_statements_and_counts_them_all()
    {
        Assert.Equal(0, CliRunner.Run("query", "entity", "新质生产力", "--graph", _graph).Exit);
        var graph = PolicyGraph.Export.Json.JsonGraphReader.ReadFile(_graph).Graph!;
        var full = new PolicyGraph.Query.EntityQuery(graph).Run("新质生产力").Value!;
        using var index = QueryIndex.TryLoad(_graph)!;

        var overview = index.Entity("新质生产力", latestStatements: 1).Value!;

        Assert.True(full.Statements.Count > 1);
        Assert.Equal(full.Statements.Count, overview.AllStatements);
        var latest = full.Statements.OrderByDescending(s => s.Date, StringComparer.Ordinal).First();
        var kept = overview.Statements.OrderByDescending(s => s.Date, StringComparer.Ordinal).First();
        Assert.Equal((latest.Id, latest.Speaker, latest.Text), (kept.Id, kept.Speaker, kept.Text));
        Assert.Equal(full.Neighbours.Select(g => (g.Relation, g.Direction, string.Join(",", g.Nodes))), overview.Neighbours.Select(g => (g.Relation, g.Direction, string.Join(",", g.Nodes))));
    }

    [Fact]
    public void A_graph_given_by_its_folder_is_answered_from_the_index_beside_its_graph_json()
    {
        Assert.Equal(0, CliRunner.Run("query", "entity", "张伟", "--graph", _graph).Exit);

        var (exit, output, error) = CliRunner.Run("query", "entity", "张伟", "--json", "--timings", "--graph", _folder);

        Assert.Equal(0, exit);
        Assert.Contains("query index", error, StringComparison.Ordinal);
        Assert.Equal(CliRunner.Run("query", "entity", "张伟", "--json", "--graph", _graph).Out, output);
    }

    [Fact]
    public void A_misspelt_name_gets_the_same_suggestions_from_the_index()
    {
        var first = CliRunner.Run("query", "entity", "张玮", "--graph", _graph);
        var second = CliRunner.Run("query", "entity", "张玮", "--graph", _graph);

        Assert.Equal(1, second.Exit);
        Assert.Equal(first.Error, second.Error);
        Assert.Contains("did you mean", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_graph_makes_the_index_stale()
    {
        Assert.Equal(0, CliRunner.Run("query", "entity", "张伟", "--graph", _graph).Exit);
        File.WriteAllText(_graph, File.ReadAllText(_graph).Replace("\"name\": \"张伟\"", "\"name\": \"张伟强\"", StringComparison.Ordinal));

        Assert.Null(QueryIndex.TryLoad(_graph));
        var (exit, output, _) = CliRunner.Run("query", "entity", "张伟强", "--graph", _graph);
        Assert.Equal(0, exit);
        Assert.StartsWith("张伟强", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_index_is_ignored()
    {
        Assert.Equal(0, CliRunner.Run("query", "entity", "张伟", "--graph", _graph).Exit);
        var index = Path.Combine(_folder, ".graph.json.query-index");
        var bytes = File.ReadAllBytes(index);
        File.WriteAllBytes(index, bytes[..(bytes.Length / 2)]);
        File.SetLastWriteTimeUtc(_graph, File.GetLastWriteTimeUtc(_graph));

        var (exit, output, _) = CliRunner.Run("query", "entity", "张伟", "--graph", _graph);
        Assert.Equal(0, exit);
        Assert.StartsWith("张伟", output, StringComparison.Ordinal);
    }
}
