using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Entities;
using PolicyGraph.Lexicon;

namespace PolicyGraph.Tests.Extraction.Entities;

public sealed class TitleTests
{
    [Theory]
    [InlineData("市委常委、常务副市长罗建中出席大会。", new[] { "常委@2", "常务副市长@5" })]
    [InlineData("京冀智造（保定）科技有限公司董事长兼总经理白云飞说。", new[] { "董事长@14", "总经理@18" })]
    [InlineData("区商务委员会代理主任孔令晖介绍。", new[] { "代理主任@6" })]
    [InlineData("上海浦江金融研究院首席经济学家董宇澄认为。", new[] { "首席经济学家@9" })]
    [InlineData("华晟证券股份有限公司董事总经理柏俊豪认为。", new[] { "董事总经理@10" })]
    [InlineData("中国驻日本大使馆经济商务参赞徐立新致辞。", new[] { "经济商务参赞@8" })]
    [InlineData("城市长远发展离不开银行长期支持，委员会和董事会都同意。", new string[0])]
    [InlineData("副省长、省防指指挥邵明川要求，全省进入临战状态。", new[] { "副省长@0", "指挥@7" })]
    [InlineData("1941年11月，他指挥黄崖洞保卫战，以少胜多。", new string[0])]
    public void Finds_office_titles_and_not_words_that_contain_them(string text, string[] titles)
    {
        Assert.Equal(titles, Extract.From(text).Of(MentionType.Title));
    }

    // CEO is an office only as a word of its own: not inside PCEO or CEOS.
    [Theory]
    [InlineData("集团CEO雷军", 2, 3)]
    [InlineData("新款PCEO系统", 3, 0)]
    [InlineData("新款CEOS系统", 2, 0)]
    public void Latin_letters_are_an_office_as_a_word_of_their_own(string text, int start, int length)
    {
        Assert.Equal(length, TitleMatcher.MatchAt(text, start, EntityLexicon.Default));
    }
}
