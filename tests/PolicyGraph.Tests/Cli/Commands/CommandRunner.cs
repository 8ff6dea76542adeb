using System.CommandLine;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Cli.Commands;

/// <summary>Runs one command with captured stdout and stderr (no global Console redirection, so tests can run in parallel).</summary>
internal static class CommandRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(Command command, params string[] args)
    {
        var root = new RootCommand { command };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return (PolicyGraph.Cli.CommandLine.UsageError, string.Empty, string.Join("\n", parse.Errors.Select(e => e.Message)));
        }

        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }).WaitAsync(TimeSpan.FromSeconds(60));
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>A temporary folder holding graph.json of <paramref name="graph"/>.</summary>
    public static string WriteGraph(KnowledgeGraph graph)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"policygraph-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        using var stream = File.Create(Path.Combine(folder, "graph.json"));
        new JsonGraphWriter().Write(graph, stream);
        return folder;
    }
}
