using PolicyGraph.Cli.Commands;
using PolicyGraph.Export.Neo4j.Csv;
using PolicyGraph.Tests.Export.Neo4j;

namespace PolicyGraph.Tests.Cli.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = CommandRunner.WriteGraph(Neo4jSampleGraph.Create());

    private string GraphPath => Path.Combine(_folder, "graph.json");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("graphml", "graph.graphml")]
    [InlineData("json", "graph.json")]
    [InlineData("cypher", "graph.cypher")]
    public async Task Writes_each_single_file_format_into_the_output_folder(string format, string file)
    {
        var output = Path.Combine(_folder, "out-" + format);
        var (code, stdout, stderr) = await CommandRunner.RunAsync(new ExportCommand(), "export", format, "--graph", GraphPath, "-o", output);

        Assert.True(code == 0, stderr);
        Assert.True(File.Exists(Path.Combine(output, file)));
        Assert.StartsWith("Wrote " + Path.Combine(output, file), stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cypher_export_is_the_golden_script()
    {
        var (code, _, stderr) = await CommandRunner.RunAsync(new ExportCommand(), "export", "cypher", "--graph", GraphPath);

        Assert.True(code == 0, stderr);
        Neo4jGolden.AssertMatches("graph.cypher", File.ReadAllText(Path.Combine(_folder, "graph.cypher")));
    }

    [Fact]
    public async Task Writes_neo4j_csv_with_import_sh_into_a_subfolder_by_default()
    {
        var (code, stdout, stderr) = await CommandRunner.RunAsync(new ExportCommand(), "export", "neo4j-csv", "--graph", GraphPath);

        Assert.True(code == 0, stderr);
        var folder = Path.Combine(_folder, "neo4j-csv");
        Assert.True(File.Exists(Path.Combine(folder, AdminCsvWriter.ImportScriptName)));
        Assert.True(File.Exists(Path.Combine(folder, "nodes_Statement.csv")));
        Assert.Contains("import.sh", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_graph_file_fails_with_one_line_and_exit_code_1()
    {
        var (code, _, stderr) = await CommandRunner.RunAsync(new ExportCommand(), "export", "cypher", "--graph", Path.Combine(_folder, "nope.json"));

        Assert.Equal(1, code);
        Assert.StartsWith("policygraph: Graph file ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error()
    {
        var (code, _, _) = await CommandRunner.RunAsync(new ExportCommand(), "export", "xlsx", "--graph", GraphPath);

        Assert.Equal(2, code);
    }
}
