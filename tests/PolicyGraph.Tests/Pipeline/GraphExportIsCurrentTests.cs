using PolicyGraph.Export;
using PolicyGraph.Pipeline;

namespace PolicyGraph.Tests.Pipeline;

/// <summary>
/// graph-export/ is the golden output of building seeds/: it is kept in git, and this test fails when it is stale.
/// Regenerate it with the README's build command (or POLICYGRAPH_UPDATE_GOLDEN=1 while running the tests).
/// </summary>
public sealed class GraphExportIsCurrentTests
{
    [Fact]
    public void Graph_export_is_what_building_the_seeds_writes_now()
    {
        var seeds = Path.Combine(SharedData.RepoRoot, "seeds");
        var committed = Path.Combine(SharedData.RepoRoot, "graph-export");
        var result = BuildPipeline.CreateDefault().Run([seeds]);
        Assert.True(result.Succeeded, result.Error);

        if (Environment.GetEnvironmentVariable("POLICYGRAPH_UPDATE_GOLDEN") == "1")
        {
            GraphFiles.Write(result.Graph!, committed);
        }

        var fresh = Directory.CreateTempSubdirectory("pg-seeds-");
        try
        {
            GraphFiles.Write(result.Graph!, fresh.FullName);
            foreach (var name in new[] { GraphFiles.GraphMl, GraphFiles.Json })
            {
                var expected = File.ReadAllText(Path.Combine(committed, name));
                var actual = File.ReadAllText(Path.Combine(fresh.FullName, name));
                Assert.True(expected == actual,
                    $"graph-export/{name} is stale: run 'dotnet run --project src/PolicyGraph.Cli -c Release -- build seeds -o graph-export' and commit the result.");
            }
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }
}
