using System.Runtime.CompilerServices;

namespace PolicyGraph.Tests.Export.Neo4j;

/// <summary>
/// Golden files under tests/PolicyGraph.Tests/Golden/Neo4j/. With POLICYGRAPH_UPDATE_GOLDEN=1 a comparison
/// rewrites the file in the source tree instead (review the diff like code).
/// </summary>
internal static class Neo4jGolden
{
    public static void AssertMatches(string relativePath, string actual, [CallerFilePath] string caller = "")
    {
        var source = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "..", "Golden", "Neo4j", relativePath));
        if (Environment.GetEnvironmentVariable("POLICYGRAPH_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        var copied = Path.Combine(AppContext.BaseDirectory, "Golden", "Neo4j", relativePath);
        var path = File.Exists(source) ? source : copied;
        Assert.True(File.Exists(path), $"Golden file {relativePath} is missing; run the tests once with POLICYGRAPH_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual);
    }
}
