using Xunit;

namespace PolicyGraph.Tests.Query;

/// <summary>The human view of <c>query entity</c>: an overview, with every row left to --json and the other queries.</summary>
public sealed class EntityTextTests
{
    [Fact]
    public void Positions_are_folded_to_one_row_per_post_with_first_and_last_date_and_the_latest_status()
    {
        var (exit, output, _) = CliRunner.Run("query", "entity", "张伟", "--graph", CliRunner.FixtureGraph);

        Assert.Equal(0, exit);
        var lines = output.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("person", StringComparison.Ordinal));
        Assert.Equal(["person", "title", "organization", "status", "first", "last", "documents"], lines[header].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(["张伟", "市长", "天津市人民政府", "current", "2024-05-08", "2024-06-20", "2"], lines[header + 2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("", lines[header + 3]);
    }

    [Fact]
    public void The_json_document_still_lists_every_position()
    {
        var (exit, output, _) = CliRunner.Run("query", "entity", "张伟", "--json", "--graph", CliRunner.FixtureGraph);

        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("positions").GetArrayLength());
    }
}
