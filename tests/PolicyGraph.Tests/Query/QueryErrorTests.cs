using Xunit;

namespace PolicyGraph.Tests.Query;

public sealed class QueryErrorTests
{
    [Theory]
    [InlineData("entity", "张卫", "policygraph: no entity named 张卫; did you mean 张伟?")]
    [InlineData("timeline", "新质生产", "")]
    [InlineData("positions", "新质生产力", "policygraph: no entity named 新质生产力 of type Person or Organization; 新质生产力 is an Initiative.")]
    public void An_unknown_name_gives_one_line_with_suggestions_and_exit_1(string query, string name, string expectedStart)
    {
        var (exit, output, error) = CliRunner.Run("query", query, name, "--graph", CliRunner.FixtureGraph);
        if (expectedStart.Length == 0)
        {
            // A name contained in a longer one is a fuzzy match, not an error.
            Assert.Equal(0, exit);
            return;
        }

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.StartsWith(expectedStart, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_missing_graph_gives_one_line_and_exit_1()
    {
        var (exit, _, error) = CliRunner.Run("query", "entity", "张伟", "--graph", Path.Combine(Path.GetTempPath(), "no-such-dir", "graph.json"));
        Assert.Equal(1, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_corrupt_graph_gives_one_line_and_exit_1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"policygraph-corrupt-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"schemaVersion\": 1, \"nodes\": [ {\"id\": ");
        try
        {
            var (exit, _, error) = CliRunner.Run("analyze", "--graph", path);
            Assert.Equal(1, exit);
            Assert.Contains("corrupt", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_date_is_a_usage_error()
    {
        var (exit, _, error) = CliRunner.Run("query", "positions", "张伟", "--as-of", "May 2024", "--graph", CliRunner.FixtureGraph);
        Assert.Equal(2, exit);
        Assert.Contains("yyyy-MM-dd", error, StringComparison.Ordinal);
    }
}
