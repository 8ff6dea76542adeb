using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class NerFeaturesTests
{
    private static readonly string[] Texts =
    [
        "中共中央总书记、国家主席江泽民发表新年讲话。",
        "据美联社报道，联合国安理会于当地时间周二召开紧急会议。",
        "）（“”《》、，。！？",
        "上海浦东发展银行股份有限公司北京分行行长",
        "ABC公司CEO John Smith在2024年WAIC上发言",
        "国务院办公厅关于印发《国家中长期科学和技术发展规划纲要（2006－2020年）》的通知　１２３ａ",
    ];

    [Fact]
    public void Keys_are_those_the_shipped_models_were_trained_on()
    {
        // The models store hashed keys only: a key computed differently is a feature the model never saw. The hash
        // of these texts' keys (without lexicon, with it, with stacked tags) was taken from the trainer's features.
        var lexicon = NerTagger.LoadLexicon();
        var hash = 14695981039346656037UL;
        foreach (var text in Texts)
        {
            var folded = NerChars.FoldAll(text);
            var keys = new uint[folded.Length * NerFeatures.PerPosition];
            var tags = Enumerable.Range(0, folded.Length).Select(i => i % 7).ToArray();
            for (var mode = 0; mode < 3; mode++)
            {
                NerFeatures.Extract(folded, keys, mode >= 1 ? lexicon : null, mode == 2 ? tags : default);
                foreach (var key in keys)
                {
                    hash = (hash ^ key) * 1099511628211UL;
                }
            }
        }

        Assert.Equal(0xFD42B400F9FCA235UL, hash);
    }

    [Fact]
    public void Stacked_keys_alone_are_the_stacked_keys_of_the_full_extraction()
    {
        foreach (var text in Texts)
        {
            var folded = NerChars.FoldAll(text);
            var tags = Enumerable.Range(0, folded.Length).Select(i => (i * 5) % 21).ToArray();
            var all = new uint[folded.Length * NerFeatures.PerPosition];
            NerFeatures.Extract(folded, all, stacked: tags);
            var bare = new uint[all.Length];
            NerFeatures.Extract(folded, bare);
            var stacked = new uint[folded.Length * NerFeatures.StackedPerPosition];

            NerFeatures.ExtractStacked(folded, tags, stacked);

            for (var i = 0; i < folded.Length; i++)
            {
                for (var k = 0; k < NerFeatures.PerPosition; k++)
                {
                    var stackedAt = k - NerFeatures.StackedFirst;
                    var isStacked = stackedAt is >= 0 and < NerFeatures.StackedPerPosition;
                    var key = all[(i * NerFeatures.PerPosition) + k];
                    Assert.Equal(isStacked ? NerFeatures.None : key, bare[(i * NerFeatures.PerPosition) + k]);
                    if (isStacked)
                    {
                        Assert.Equal(key, stacked[(i * NerFeatures.StackedPerPosition) + stackedAt]);
                    }
                }
            }
        }
    }
}
