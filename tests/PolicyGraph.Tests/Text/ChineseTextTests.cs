using PolicyGraph.Text;
using Xunit;

namespace PolicyGraph.Tests.Text;

public sealed class ChineseTextTests
{
    // An ordinal of a term or session ends after 届, 次 or 期; 首届 and a numeral before 届 are ordinals too.
    [Theory]
    [InlineData("第四届理事会", 0, 3)]
    [InlineData("第十二次会员代表大会", 0, 4)]
    [InlineData("首届全民阅读大会", 0, 2)]
    [InlineData("二十届三中全会", 0, 3)]
    [InlineData("第2期培训班", 0, 3)]
    public void Reads_an_ordinal_of_a_term(string text, int start, int end)
    {
        Assert.Equal(end, ChineseText.OrdinalEndAt(text, start, text.Length));
    }

    // No ordinal: a rank (第一副主席), a count, or one cut off by the end of the text or the limit.
    [Theory]
    [InlineData("第一副主席", 5)]
    [InlineData("第一", 2)]
    [InlineData("第四", 2)]
    [InlineData("三个代表", 4)]
    [InlineData("第四届理事会", 2)]
    public void Reads_no_ordinal_where_none_ends_before_the_limit(string text, int limit)
    {
        Assert.Null(ChineseText.OrdinalEndAt(text, 0, limit));
    }
}
