using PolicyGraph.Export;
using PolicyGraph.Pipeline;
using PolicyGraph.Pipeline.Cache;
using PolicyGraph.Resolution;
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

    [Fact]
    public void A_stamped_rebuild_of_unchanged_inputs_builds_nothing_until_an_input_an_option_or_an_output_changes()
    {
        using var corpus = new TestCorpus(5);
        var output = corpus.Out("stamped");
        BuildResult Stamped(string options = "analyze=False")
        {
            var result = TestCorpus.Pipeline().Run([corpus.Input], new BuildOptions(Path.Combine(output, ".pgcache")) { Stamped = options, OutputFolder = output });
            if (result.Graph is { } graph)
            {
                GraphFiles.Write(graph, output, [(ResolutionLogFile.FileName, s => ResolutionLogFile.Write(result.Log, s))]);
                BuildStamp.Of(result.Fingerprint!, output, [.. GraphFiles.Names, ResolutionLogFile.FileName], ["nodes: …"], 5, []).Write(Path.Combine(output, ".pgcache"));
            }

            return result;
        }

        var first = Stamped();
        Assert.NotNull(first.Graph);
        Assert.Null(first.UpToDate);
        var written = File.GetLastWriteTimeUtc(Path.Combine(output, "graph.json"));

        var again = Stamped();
        Assert.Null(again.Graph);
        Assert.Equal(first.Fingerprint, again.UpToDate!.Fingerprint);
        Assert.Equal(["nodes: …"], again.UpToDate.Report);
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(output, "graph.json")));

        Assert.NotNull(Stamped("analyze=True").Graph); // another option
        Assert.NotNull(Stamped().Graph); // and back
        Assert.Null(Stamped().Graph);

        File.Delete(Path.Combine(output, "resolution.json"));
        Assert.NotNull(Stamped().Graph); // an output gone
        File.AppendAllText(Path.Combine(output, "graph.json"), " ");
        Assert.NotNull(Stamped().Graph); // an output changed
        corpus.Write("a002.txt", TestCorpus.Article(7));
        var changed = Stamped();
        Assert.NotNull(changed.Graph); // an input changed
        Assert.NotEqual(first.Fingerprint, changed.Fingerprint);
        Assert.Null(Stamped().Graph);

        corpus.Build(corpus.Out("full"), cache: false);
        AssertSameOutputs(corpus, "stamped", "full");
    }

    [Fact]
    public void Without_a_cache_or_a_stamp_request_a_build_has_no_fingerprint()
    {
        using var corpus = new TestCorpus(2);
        Assert.Null(TestCorpus.Pipeline().Run([corpus.Input], new BuildOptions(null) { Stamped = "x", OutputFolder = corpus.Out("o") }).Fingerprint);
        Assert.Null(TestCorpus.Pipeline().Run([corpus.Input], new BuildOptions(corpus.Out("c"))).Fingerprint);
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
