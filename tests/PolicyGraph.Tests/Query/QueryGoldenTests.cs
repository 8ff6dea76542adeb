using System.Text;
using Xunit;

namespace PolicyGraph.Tests.Query;

/// <summary>
/// <c>--json</c> output of every query on the hand-made graph in Fixtures/Query/graph.json, compared with the
/// files in Fixtures/Query/golden. Set POLICYGRAPH_UPDATE_GOLDEN=1 to rewrite them, then review the diff.
/// </summary>
public sealed class QueryGoldenTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "entity-person", "query entity 张伟" },
        { "entity-shared-alias", "query entity 市政府" },
        { "entity-fuzzy", "query entity 京津冀" },
        { "positions-organization", "query positions 天津市科学技术协会" },
        { "positions-person", "query positions 张伟" },
        { "positions-as-of-may", "query positions 市科协 --as-of 2024-05-31" },
        { "positions-as-of-june", "query positions 市科协 --as-of 2024-06-30" },
        { "said-all", "query said" },
        { "said-by-organization", "query said --by 天津市科学技术协会" },
        { "said-about-from-june", "query said --about 新质生产力 --from 2024-06" },
        { "said-by-person-to-may", "query said --by 张伟 --to 2024-05" },
        { "path-two-people", "query path 张伟 李娜" },
        { "path-through-documents", "query path 王强 李娜 --through-documents --max-hops 2" },
        { "path-none-within-limit", "query path 张伟 合肥市 --max-hops 2" },
        { "neighbors-default", "query neighbors 天津市科学技术协会" },
        { "neighbors-depth-type", "query neighbors 张伟 --depth 2 --type Person" },
        { "timeline-initiative", "query timeline 新质生产力" },
        { "top-pagerank-person", "query top --by pagerank --type Person" },
        { "top-degree", "query top --by degree -n 5" },
        { "top-betweenness", "query top --by betweenness -n 5" },
        { "analyze", "analyze --top 3" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Json_output_matches_the_golden_file(string name, string command)
    {
        // A private copy: the first query reads graph.json in full and writes the query index beside it,
        // the second answers from the index; both must give the golden output.
        var folder = Directory.CreateTempSubdirectory("policygraph-golden-").FullName;
        var graph = Path.Combine(folder, "graph.json");
        File.Copy(CliRunner.FixtureGraph, graph);
        string output;
        try
        {
            var args = command.Split(' ').Concat(["--json", "--timings", "--graph", graph]).ToArray();
            var (exit, full, error) = CliRunner.Run(args);
            Assert.True(exit == 0, $"exit {exit}: {error}");
            var (indexedExit, indexed, indexedError) = CliRunner.Run(args);
            Assert.True(indexedExit == 0, $"exit {indexedExit}: {indexedError}");
            if (command.StartsWith("query", StringComparison.Ordinal) && !command.StartsWith("query top", StringComparison.Ordinal))
            {
                Assert.Contains("(query index", indexedError, StringComparison.Ordinal);
            }

            Assert.Equal(full, indexed);
            output = full;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var file = $"{name}.json";
        var golden = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Query", "golden", file);
        if (Environment.GetEnvironmentVariable("POLICYGRAPH_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(SourceFixtures(), "golden");
            Directory.CreateDirectory(source);
            File.WriteAllText(Path.Combine(source, file), output, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(golden), $"No golden file {file}; run the tests with POLICYGRAPH_UPDATE_GOLDEN=1 and review it.");
        Assert.Equal(File.ReadAllText(golden), output);
    }

    private static string SourceFixtures()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "PolicyGraph.Tests", "Fixtures", "Query");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("Cannot find tests/PolicyGraph.Tests/Fixtures/Query above the test binaries.");
    }
}
