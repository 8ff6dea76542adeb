using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class SequenceModelTests
{
    public static TheoryData<string> Models => new() { NerTagger.PeoplesDailyModel, NerTagger.ClueNerModel };

    [Theory]
    [MemberData(nameof(Models))]
    public void Embedded_model_loads_with_its_labels_and_weights(string name)
    {
        var model = NerTagger.LoadModel(name);

        Assert.True(model.Labels.Count is 3 or 10);
        Assert.Equal(1 + (2 * model.Labels.Count), model.TagCount);
        Assert.InRange(model.FeatureCount, 10_000, 1_000_000);
    }

    [Theory]
    [MemberData(nameof(Models))]
    public void Decodes_only_valid_BIO_paths(string name)
    {
        var model = NerTagger.LoadModel(name);
        string[] texts =
        [
            "中共中央总书记、国家主席江泽民发表新年讲话。",
            "据美联社报道，联合国安理会于当地时间周二召开紧急会议。",
            "）（“”《》、，。！？",
            "上海浦东发展银行股份有限公司北京分行行长",
            "ABC公司CEO John Smith在2024年WAIC上发言",
        ];
        foreach (var text in texts)
        {
            var folded = NerChars.FoldAll(text);
            var keys = new uint[folded.Length * NerFeatures.PerPosition];
            NerFeatures.Extract(folded, keys);

            var path = model.Decode(keys, folded.Length);

            Assert.Equal(text.Length, path.Length);
            for (var i = 0; i < path.Length; i++)
            {
                Assert.True(BioViterbi.Allowed(i == 0 ? -1 : path[i - 1], path[i]), $"tag {path[i]} after {(i == 0 ? -1 : path[i - 1])} at {i} in {text}");
            }
        }
    }

    [Fact]
    public void Viterbi_never_starts_or_continues_an_entity_with_a_foreign_inside_tag()
    {
        // Tags: O, B-X, I-X, B-Y, I-Y. The emissions scream I-Y everywhere; the constraints must win.
        const int tags = 5;
        var emissions = new float[4 * tags];
        for (var i = 0; i < 4; i++)
        {
            emissions[(i * tags) + 4] = 100;
            emissions[(i * tags) + 1] = 1;
        }

        var path = new int[4];
        BioViterbi.Decode(emissions, 4, tags, new float[(tags + 1) * tags], path);

        Assert.NotEqual(4, path[0]);
        for (var i = 1; i < 4; i++)
        {
            Assert.True(BioViterbi.Allowed(path[i - 1], path[i]));
        }
    }

    [Fact]
    public void A_written_model_reads_back_identically()
    {
        var model = NerTagger.LoadModel(NerTagger.PeoplesDailyModel);
        using var buffer = new MemoryStream();
        model.Write(buffer);
        buffer.Position = 0;

        var copy = SequenceModel.Read(buffer);
        var folded = NerChars.FoldAll("国务院总理李克强在北京会见了美国国务卿。");
        var keys = new uint[folded.Length * NerFeatures.PerPosition];
        NerFeatures.Extract(folded, keys);

        Assert.Equal(model.Labels, copy.Labels);
        Assert.Equal(model.Decode(keys, folded.Length), copy.Decode(keys, folded.Length));
    }

    [Fact]
    public void A_stream_that_is_no_model_is_refused_with_a_clear_message()
    {
        using var buffer = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(buffer, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write("not a model"u8);
        }

        buffer.Position = 0;

        var error = Assert.Throws<InvalidDataException>(() => SequenceModel.Read(buffer));
        Assert.Contains("PGNER1", error.Message, StringComparison.Ordinal);
    }
}
