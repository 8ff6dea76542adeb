using PolicyGraph.Graph;
using PolicyGraph.Tests.Pipeline;

namespace PolicyGraph.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public void Explaining_a_name_shows_each_namesake_and_why_they_were_kept_apart()
    {
        using var corpus = new TestCorpus(0);
        corpus.Write("a.txt", "甲科技有限公司总经理张伟表示，要加快发展。\n");
        corpus.Write("b.txt", "乙食品有限公司总经理张伟说，产品已经上市。\n");
        corpus.Write("c.txt", "甲科技有限公司总经理张伟指出，项目进展顺利。\n");
        corpus.Build(corpus.Out("o"));

        var run = CliRunner.Invoke(corpus.Root, "explain", "张伟", "--graph", corpus.Out("o"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 nodes are named '张伟'", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("kept apart", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("2 documents naming '张伟' are one person", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("evidence: c.txt", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explaining_an_unknown_id_fails_with_one_line()
    {
        using var corpus = new TestCorpus(2);
        corpus.Build(corpus.Out("o"));

        var run = CliRunner.Invoke(corpus.Root, "explain", StableId.For(NodeType.Person, "无此人"), "--graph", corpus.Out("o"));

        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.Stderr.TrimEnd().Split('\n'));
    }
}
