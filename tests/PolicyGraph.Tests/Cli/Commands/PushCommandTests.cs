using PolicyGraph.Cli.Commands;
using PolicyGraph.Export.Neo4j.Bolt;
using PolicyGraph.Tests.Export.Neo4j;
using PolicyGraph.Tests.Export.Neo4j.Bolt;

namespace PolicyGraph.Tests.Cli.Commands;

public sealed class PushCommandTests : IDisposable
{
    private readonly string _folder = CommandRunner.WriteGraph(Neo4jSampleGraph.Create());
    private readonly string _variable = "POLICYGRAPH_TEST_PASSWORD_" + Guid.NewGuid().ToString("N");

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(_variable, null);
        Directory.Delete(_folder, recursive: true);
    }

    private static PushCommand Command() => new()
    {
        BoltOptions = new BoltOptions { ConnectTimeout = TimeSpan.FromSeconds(5), ReadTimeout = TimeSpan.FromSeconds(5) },
    };

    private Task<(int ExitCode, string Output, string Error)> PushAsync(string uri, params string[] more) =>
        CommandRunner.RunAsync(Command(), ["push", "--uri", uri, "--password-env", _variable, "--graph", Path.Combine(_folder, "graph.json"), .. more]);

    [Fact]
    public async Task Pushes_the_graph_and_prints_the_counts()
    {
        await using var server = new ScriptedBoltServer();
        Environment.SetEnvironmentVariable(_variable, "test-password");

        var (code, stdout, stderr) = await PushAsync(server.Uri(), "--batch-size", "5");

        Assert.True(code == 0, stderr);
        Assert.Equal($"Pushed 11 nodes and 13 relationships to database 'neo4j' at 127.0.0.1:{server.Port} (Neo4j/5.26.0, Bolt 5.4) in 18 batches; 11 nodes and 13 relationships were new.\n", stdout);
        Assert.Contains("[18/18] LOCATED_IN Organization->Place relationships 1-2", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("test-password", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_credentials_exit_1_with_one_line_that_never_shows_the_password()
    {
        await using var server = new ScriptedBoltServer();
        Environment.SetEnvironmentVariable(_variable, "not-the-password-77");

        var (code, stdout, stderr) = await PushAsync(server.Uri());

        Assert.Equal(1, code);
        var last = stderr.TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith("policygraph: Neo4j refused the user name or password", last, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password-77", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_password_variable_says_which_variable_to_set()
    {
        var (code, _, stderr) = await PushAsync("bolt://127.0.0.1:7687");

        Assert.Equal(1, code);
        Assert.Contains($"the environment variable {_variable} holding the Neo4j password is not set", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unsupported_uri_scheme_is_a_usage_error()
    {
        Environment.SetEnvironmentVariable(_variable, "x");
        var (code, _, stderr) = await PushAsync("http://127.0.0.1:7474");

        Assert.Equal(2, code);
        Assert.Contains("scheme 'http'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_help_says_neo4j_uris_connect_directly()
    {
        var (code, stdout, _) = await CommandRunner.RunAsync(Command(), "push", "--help");

        Assert.Equal(0, code);
        Assert.Contains("no routing table", stdout, StringComparison.Ordinal);
    }
}
