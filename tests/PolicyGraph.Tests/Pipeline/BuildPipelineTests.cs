using System.Text;
using PolicyGraph.Export;
using PolicyGraph.Ingest;
using PolicyGraph.Pipeline;
using PolicyGraph.Resolution;

namespace PolicyGraph.Tests.Pipeline;

public sealed class BuildPipelineTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pg-build-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string Write(string name, string text) => WriteBytes(name, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir.FullName, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        Write("b.txt", "标题\n\n市科协党组成员、副主席罗进飞表示，要加快发展新质生产力。\n");
        Write("sub/a.txt", "另一篇\n\n天津港集团副总裁杨杰敏表示，推动港口数字化转型。\n");
        var input = Path.Combine(_dir.FullName, "in");
        var first = Path.Combine(_dir.FullName, "out1");
        var second = Path.Combine(_dir.FullName, "out2");

        GraphFiles.Write(BuildPipeline.CreateDefault().Run([input]).Graph!, first);
        GraphFiles.Write(BuildPipeline.CreateDefault().Run([input]).Graph!, second);

        Assert.Equal(File.ReadAllBytes(Path.Combine(first, GraphFiles.GraphMl)), File.ReadAllBytes(Path.Combine(second, GraphFiles.GraphMl)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, GraphFiles.Json)), File.ReadAllBytes(Path.Combine(second, GraphFiles.Json)));
    }

    [Fact]
    public void An_extractor_that_cannot_be_made_fails_the_build_in_one_line()
    {
        Write("a.txt", "标题\n\n天津港集团副总裁杨杰敏表示，推动港口数字化转型。\n");
        var pipeline = new BuildPipeline(
            new ArticleReader(), () => throw new FileNotFoundException("model file missing"), new GraphAssembler());

        var result = pipeline.Run([Path.Combine(_dir.FullName, "in")]);

        Assert.Null(result.Graph);
        Assert.Equal("Cannot load the extraction models (FileNotFoundException: model file missing); reinstall or rebuild policygraph.", result.Error);
    }

    [Fact]
    public void Documents_record_paths_relative_to_the_input_root_with_forward_slashes()
    {
        Write("sub/dir/a.txt", "标题\n正文。\n");
        var graph = BuildPipeline.CreateDefault().Run([Path.Combine(_dir.FullName, "in")]).Graph!;
        Assert.Equal("sub/dir/a.txt", graph.Nodes.Single(n => n.Type == PolicyGraph.Graph.NodeType.Document).Properties.GetString("path"));
    }

    [Fact]
    public void One_bad_file_is_skipped_with_its_reason_and_the_rest_is_built()
    {
        Write("good.txt", "标题\n正文。\n");
        WriteBytes("empty.txt", []);
        var result = BuildPipeline.CreateDefault().Run([Path.Combine(_dir.FullName, "in")]);

        Assert.True(result.Succeeded);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("empty.txt", skipped.Path);
        Assert.Contains("empty", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_an_error_naming_it()
    {
        var result = BuildPipeline.CreateDefault().Run([Path.Combine(_dir.FullName, "nowhere")]);
        Assert.False(result.Succeeded);
        Assert.Contains("nowhere", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_input_without_readable_documents_is_an_error()
    {
        WriteBytes("empty.txt", []);
        Write("notes.md", "不是文章");
        var result = BuildPipeline.CreateDefault().Run([Path.Combine(_dir.FullName, "in")]);
        Assert.False(result.Succeeded);
        Assert.Contains("No readable documents", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_write_leaves_the_previous_outputs_untouched()
    {
        Write("a.txt", "标题\n正文。\n");
        var output = Path.Combine(_dir.FullName, "out");
        var graph = BuildPipeline.CreateDefault().Run([Path.Combine(_dir.FullName, "in")]).Graph!;
        GraphFiles.Write(graph, output);
        var before = File.ReadAllBytes(Path.Combine(output, GraphFiles.Json));

        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteAll(
        [
            (Path.Combine(output, GraphFiles.Json), s => s.Write("{}"u8)),
            (Path.Combine(output, GraphFiles.GraphMl), _ => throw new InvalidOperationException("disk full")),
        ]));

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, GraphFiles.Json)));
        Assert.Equal([".graph.json.query-index", PolicyGraph.Export.Binary.BinaryGraphFormat.FileName, GraphFiles.GraphMl, GraphFiles.Json], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cancelled_build_throws_and_writes_nothing()
    {
        Write("a.txt", "标题\n正文。\n");
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => BuildPipeline.CreateDefault().Run([Path.Combine(_dir.FullName, "in")], null, cancel.Token));
    }
}
