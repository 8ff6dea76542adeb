using System.Diagnostics;

namespace PolicyGraph.Tests.Export.Neo4j;

/// <summary>Runs the Neo4j checkers in ../shared/tools/neo4j (node, python3), bounded in time.</summary>
internal static class ExternalTools
{
    public static string? ToolsDir => SharedData.Path("tools", "neo4j") is { } dir && Directory.Exists(dir) ? dir : null;

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(d => d.Length > 0 && File.Exists(Path.Combine(d, program)));

    /// <summary>Runs <paramref name="program"/>; returns exit code and combined output.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, string? workingDirectory = null, int timeoutSeconds = 300)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(timeoutSeconds)))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{program} did not finish within {timeoutSeconds} s");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>
    /// The folder holding @neo4j-cypher/language-support, installed with setup-cypher-lint.sh (npm) when missing;
    /// null with a reason when node, npm or the tools are absent.
    /// </summary>
    public static string? CypherLintLibrary(out string reason)
    {
        reason = string.Empty;
        if (ToolsDir is null)
        {
            reason = SharedData.Absent + " (tools/neo4j)";
            return null;
        }

        if (!OnPath("node") || !OnPath("npm"))
        {
            reason = "node and npm are needed for Neo4j's Cypher parser (cypher-lint.mjs)";
            return null;
        }

        var lib = Environment.GetEnvironmentVariable("CYPHERLINT_DIR") is { Length: > 0 } d ? d : Path.Combine(Path.GetTempPath(), "cypherlint");
        if (!File.Exists(Path.Combine(lib, "node_modules", "@neo4j-cypher", "language-support", "package.json")))
        {
            var (code, output) = Run("bash", [Path.Combine(ToolsDir, "setup-cypher-lint.sh"), lib]);
            if (code != 0)
            {
                reason = "setup-cypher-lint.sh could not install the Cypher parser from npm: " + output.Trim().Split('\n')[^1];
                return null;
            }
        }

        return lib;
    }
}
