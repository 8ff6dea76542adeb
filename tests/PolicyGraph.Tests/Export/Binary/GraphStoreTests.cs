using PolicyGraph.Export;
using PolicyGraph.Export.Binary;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Tests.Pipeline;
using Xunit;

namespace PolicyGraph.Tests.Export.Binary;

public sealed class GraphStoreTests
{
    [Fact]
    public void The_binary_graph_reads_back_as_the_same_graph()
    {
        using var corpus = new TestCorpus(9);
        corpus.Build(corpus.Out("o"));
        var fromBin = BinaryGraphReader.ReadFile(Path.Combine(corpus.Out("o"), BinaryGraphFormat.FileName));
        var fromJson = JsonGraphReader.ReadFile(Path.Combine(corpus.Out("o"), GraphFiles.Json));

        Assert.True(fromBin.Succeeded, fromBin.Error);
        Assert.Equal(Json(fromJson.Graph!), Json(fromBin.Graph!));
        Assert.Equal(File.ReadAllText(Path.Combine(corpus.Out("o"), GraphFiles.Json)), Json(GraphStore.Load(corpus.Out("o")).Graph!));
    }

    [Fact]
    public void A_stale_or_damaged_binary_is_passed_over_for_graph_json()
    {
        using var corpus = new TestCorpus(4);
        corpus.Build(corpus.Out("o"));
        var json = Path.Combine(corpus.Out("o"), GraphFiles.Json);
        var bin = Path.Combine(corpus.Out("o"), BinaryGraphFormat.FileName);
        var smaller = new KnowledgeGraph([new Node("doc_1", NodeType.Document, "x", Properties.Empty)], []);
        File.WriteAllText(json, Json(smaller));
        File.SetLastWriteTimeUtc(bin, DateTime.UtcNow.AddMinutes(-1));

        Assert.Single(GraphStore.Load(json).Graph!.Nodes);

        File.WriteAllBytes(bin, [1, 2, 3]);
        Assert.Single(GraphStore.Load(corpus.Out("o")).Graph!.Nodes);
        Assert.False(BinaryGraphReader.ReadFile(bin).Succeeded);
    }

    private static string Json(KnowledgeGraph graph)
    {
        using var buffer = new MemoryStream();
        new JsonGraphWriter().Write(graph, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
