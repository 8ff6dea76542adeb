using PolicyGraph.Pipeline;
using Xunit;

namespace PolicyGraph.Tests.Pipeline;

public sealed class IncrementalBuildTests
{
    [Fact]
    public void Incremental_rebuild_after_changing_adding_and_deleting_files_equals_a_full_rebuild_byte_for_byte()
    {
        using var corpus = new TestCorpus(12);
        var first = corpus.Build(corpus.Out("inc"));
        Assert.Equal(0, first.Statistics.FilesCached);

        corpus.Write("a003.txt", "丙能源集团总经理李明说，项目已经开工。\n");
        corpus.Write("new.txt", TestCorpus.Article(40));
        File.Delete(Path.Combine(corpus.Input, "a007.txt"));
        var second = corpus.Build(corpus.Out("inc"));
        corpus.Build(corpus.Out("full"), cache: false);

        Assert.Equal(10, second.Statistics.FilesCached);
        Assert.Equal(12, second.Statistics.Files);
        AssertSameOutputs(corpus, "inc", "full");
        Assert.Equal(12, Directory.GetFiles(Path.Combine(corpus.Out("inc"), ".pgcache"), "*.entry", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_corrupt_cache_is_ignored_and_rewritten()
    {
        using var corpus = new TestCorpus(6);
        corpus.Build(corpus.Out("inc"));
        var entries = Directory.GetFiles(Path.Combine(corpus.Out("inc"), ".pgcache"), "*.entry", SearchOption.AllDirectories);
        File.WriteAllText(entries[0], "{\"Key\":");
        File.WriteAllBytes(entries[1], [0xFF, 0xFE, 0x00]);
        File.WriteAllText(entries[2], "{\"Key\":\"another\",\"Documents\":[]}");
        File.WriteAllText(entries[3], string.Empty);

        var rebuilt = corpus.Build(corpus.Out("inc"));
        corpus.Build(corpus.Out("full"), cache: false);

        Assert.Equal(2, rebuilt.Statistics.FilesCached);
        AssertSameOutputs(corpus, "inc", "full");
        Assert.Equal(6, corpus.Build(corpus.Out("inc")).Statistics.FilesCached);
    }

    [Fact]
    public void Output_does_not_depend_on_thread_timing_or_the_cache()
    {
        using var corpus = new TestCorpus(60);
        corpus.Build(corpus.Out("one"), cache: false);
        corpus.Build(corpus.Out("two"), cache: false);
        corpus.Build(corpus.Out("cached"));
        corpus.Build(corpus.Out("cached"));

        AssertSameOutputs(corpus, "one", "two");
        AssertSameOutputs(corpus, "one", "cached");
    }

    [Fact]
    public void A_cancelled_build_throws_and_writes_nothing()
    {
        using var corpus = new TestCorpus(3);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => TestCorpus.Pipeline().Run([corpus.Input], BuildOptions.Default, null, cancel.Token));
    }

    private static void AssertSameOutputs(TestCorpus corpus, string a, string b)
    {
        foreach (var file in TestCorpus.OutputFiles)
        {
            var left = File.ReadAllBytes(Path.Combine(corpus.Out(a), file));
            var right = File.ReadAllBytes(Path.Combine(corpus.Out(b), file));
            Assert.True(left.AsSpan().SequenceEqual(right), $"{file} differs between the {a} and {b} builds.");
        }
    }
}
