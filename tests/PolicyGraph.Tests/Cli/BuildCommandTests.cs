using System.Text;

namespace PolicyGraph.Tests.Cli;

public sealed class BuildCommandTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("pg-cli-");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Builds_a_folder_and_prints_a_summary()
    {
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "in"));
        File.WriteAllText(Path.Combine(_dir.FullName, "in", "a.txt"), "标题\n\n正文。\n", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "in", "bad.txt"), []);

        var run = CliRunner.Invoke(_dir.FullName, "build", "in", "-o", "out");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Built 1 documents", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("skipped 'bad.txt'", run.Stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "out", "graph.graphml")));
        Assert.True(File.Exists(Path.Combine(_dir.FullName, "out", "graph.json")));
    }

    [Fact]
    public void A_second_build_of_unchanged_inputs_is_up_to_date_and_leaves_the_outputs_alone()
    {
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "in"));
        File.WriteAllText(Path.Combine(_dir.FullName, "in", "a.txt"), "标题\n\n市长张三说，要抓好落实。\n", Encoding.UTF8);
        File.WriteAllBytes(Path.Combine(_dir.FullName, "in", "bad.txt"), []);
        var json = Path.Combine(_dir.FullName, "out", "graph.json");

        var first = CliRunner.Invoke(_dir.FullName, "build", "in", "-o", "out");
        var bytes = File.ReadAllBytes(json);
        var written = File.GetLastWriteTimeUtc(json);
        var second = CliRunner.Invoke(_dir.FullName, "build", "in", "-o", "out");

        Assert.Equal(0, second.ExitCode);
        Assert.StartsWith("Built 1 documents into ", second.Stdout, StringComparison.Ordinal);
        Assert.Contains(": up to date, nothing changed since the last build (1 skipped).", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(first.Stdout.Split('\n')[1..], second.Stdout.Split('\n')[1..]); // the same node and edge counts
        Assert.Equal(first.Stderr, second.Stderr); // the same warning for the empty file
        Assert.Equal(written, File.GetLastWriteTimeUtc(json));
        Assert.Equal(bytes, File.ReadAllBytes(json));

        File.AppendAllText(Path.Combine(_dir.FullName, "in", "a.txt"), "副市长李四表示，将加快推进。\n", Encoding.UTF8);
        var changed = CliRunner.Invoke(_dir.FullName, "build", "in", "-o", "out");
        Assert.DoesNotContain("up to date", changed.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("Built 1 documents", changed.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("up to date", CliRunner.Invoke(_dir.FullName, "build", "in", "-o", "out", "--no-cache").Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_is_one_error_line_and_exit_code_1()
    {
        var run = CliRunner.Invoke(_dir.FullName, "build", "nowhere", "-o", "out");

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
        Assert.Contains("'nowhere' does not exist", run.Stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_dir.FullName, "out")));
    }

    [Fact]
    public void An_unwritable_output_is_one_error_line_and_exit_code_1()
    {
        Directory.CreateDirectory(Path.Combine(_dir.FullName, "in"));
        File.WriteAllText(Path.Combine(_dir.FullName, "in", "a.txt"), "标题\n\n正文。\n", Encoding.UTF8);
        File.WriteAllText(Path.Combine(_dir.FullName, "blocker"), "a file where the output folder should be");

        var run = CliRunner.Invoke(_dir.FullName, "build", "in", "-o", "blocker/out");

        Assert.Equal(1, run.ExitCode);
        Assert.True(run.Stderr.Contains("cannot write the graph to 'blocker/out'", StringComparison.Ordinal), run.Stderr);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var run = CliRunner.Invoke(_dir.FullName, "build", "--bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--bogus", run.Stderr, StringComparison.Ordinal);
    }
}
