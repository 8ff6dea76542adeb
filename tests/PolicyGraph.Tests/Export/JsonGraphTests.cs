using System.Text;
using System.Text.Json;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Tests.Graph;

namespace PolicyGraph.Tests.Export;

public sealed class JsonGraphTests
{
    private static byte[] Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        new JsonGraphWriter().Write(graph, stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_graph_reads_back_equal_node_by_node_and_edge_by_edge()
    {
        var graph = SampleGraphs.Mixed();
        var result = JsonGraphReader.Read(new MemoryStream(Write(graph)), "sample");

        Assert.True(result.Succeeded, result.Error);
        var back = result.Graph!;
        Assert.Equal(graph.Nodes, back.Nodes);
        Assert.Equal(graph.Edges, back.Edges);
        Assert.Equal(graph.GraphProperties, back.GraphProperties);
    }

    [Fact]
    public void Writes_the_documented_node_link_form()
    {
        using var doc = JsonDocument.Parse(Write(SampleGraphs.Mixed()));
        var root = doc.RootElement;
        Assert.Equal(JsonGraphFormat.SchemaVersion, root.GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("directed").GetBoolean());
        Assert.True(root.GetProperty("multigraph").GetBoolean());
        var org = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "org_1");
        Assert.Equal(JsonValueKind.Array, org.GetProperty("aliases").ValueKind);
        var held = root.GetProperty("edges").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "HOLDS_POSITION").ToList();
        Assert.Equal([0, 1], held.Select(e => e.GetProperty("key").GetInt32()));
        Assert.Equal(JsonValueKind.Number, held[0].GetProperty("start").ValueKind);
        Assert.Equal("0.5", root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "stm_1").GetProperty("score").GetRawText());
    }

    [Fact]
    public void Whole_floats_stay_floats_and_whole_numbers_stay_integers()
    {
        var graph = new KnowledgeGraph([new Node("a", NodeType.Place, "x", Properties.Empty.With("f", 1.0).With("i", 1L))], []);
        var text = Encoding.UTF8.GetString(Write(graph));
        Assert.Contains("\"f\": 1.0", text, StringComparison.Ordinal);
        Assert.Contains("\"i\": 1", text, StringComparison.Ordinal);
        var back = JsonGraphReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "x").Graph!;
        Assert.Equal(PropertyKind.Float, back.Nodes[0].Properties.All.Single(p => p.Key == "f").Value.Kind);
        Assert.Equal(PropertyKind.Int, back.Nodes[0].Properties.All.Single(p => p.Key == "i").Value.Kind);
    }

    [Theory]
    [InlineData("", "corrupt")]
    [InlineData("{\"nodes\": []}", "not a PolicyGraph graph.json")]
    [InlineData("{\"schemaVersion\": 99, \"nodes\": [], \"edges\": []}", "schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, \"nodes\": [], \"edges\": [{\"source\": \"a\", \"target\": \"b\", \"type\": \"SAID\"}]}", "corrupt")]
    [InlineData("{\"schemaVersion\": 1, \"nodes\": [{\"id\": \"a\", \"type\": \"Alien\", \"name\": \"x\"}], \"edges\": []}", "corrupt")]
    public void A_bad_graph_file_is_a_one_line_error_not_an_exception(string content, string expected)
    {
        var result = JsonGraphReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(content)), "g.json");
        Assert.False(result.Succeeded);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void A_missing_graph_file_says_how_to_make_one()
    {
        var result = JsonGraphReader.ReadFile(Path.Combine(Path.GetTempPath(), "no-such-graph-" + Guid.NewGuid() + ".json"));
        Assert.Contains("policygraph build", result.Error, StringComparison.Ordinal);
    }
}
