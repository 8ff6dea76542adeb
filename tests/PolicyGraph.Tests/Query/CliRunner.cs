using System.CommandLine;
using PolicyGraph.Cli.Commands;

namespace PolicyGraph.Tests.Query;

/// <summary>Runs the analysis and query commands in process, capturing stdout and stderr.</summary>
internal static class CliRunner
{
    /// <summary>The hand-made fixture graph under Fixtures/Query.</summary>
    public static string FixtureGraph => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Query", "graph.json");

    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var root = new RootCommand("test") { new AnalyzeCommand(), new QueryCommand() };
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            return (2, string.Empty, string.Join("\n", parse.Errors.Select(e => e.Message)));
        }

        var exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }
}
