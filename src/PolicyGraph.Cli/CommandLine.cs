using System.CommandLine;

namespace PolicyGraph.Cli;

/// <summary>Runs the command tree with the exit codes of design/CLI.md: 0 done, 1 failed, 2 usage error.</summary>
internal static class CommandLine
{
    public const int Done = 0;
    public const int Failed = 1;
    public const int UsageError = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync("policygraph: " + error.Message + " (see --help)").ConfigureAwait(false);
            }

            return UsageError;
        }

        return await parse.InvokeAsync().ConfigureAwait(false);
    }

    /// <summary>Prints one error line to stderr and returns <see cref="Failed"/>.</summary>
    public static int Fail(string message)
    {
        Console.Error.WriteLine("policygraph: " + message);
        return Failed;
    }
}
