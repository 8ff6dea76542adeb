using PolicyGraph.Extraction.Ner;
using Xunit;

namespace PolicyGraph.Tests.Extraction.Ner;

public sealed class NerTextTests
{
    [Theory]
    [InlineData('１', '0')]
    [InlineData('9', '0')]
    [InlineData('Ａ', 'a')]
    [InlineData('ｂ', 'b')]
    [InlineData('Q', 'q')]
    [InlineData('\u3000', ' ')]
    [InlineData('国', '国')]
    [InlineData('，', ',')]
    public void Folds_full_width_case_and_digits(char input, char folded) => Assert.Equal(folded, NerChars.Fold(input));

    [Theory]
    [InlineData("一句话。第二句！第三句？", new[] { 0, 4, 8, 12 })]
    [InlineData("他说：“好。”然后走了", new[] { 0, 7, 11 })]
    [InlineData("没有标点的文本", new[] { 0, 7 })]
    public void Segments_cover_the_text_in_order_at_sentence_ends(string text, int[] bounds)
    {
        var segments = NerSegments.Split(text).ToList();

        Assert.Equal(bounds[..^1], segments.Select(s => s.Start));
        Assert.Equal(bounds[1..], segments.Select(s => s.End));
    }

    [Fact]
    public void Segments_never_exceed_the_maximum_length()
    {
        var text = new string('国', (NerSegments.MaximumLength * 3) + 7);

        var segments = NerSegments.Split(text).ToList();

        Assert.All(segments, s => Assert.InRange(s.End - s.Start, 1, NerSegments.MaximumLength));
        Assert.Equal(text.Length, segments[^1].End);
    }

    [Theory]
    [InlineData("天津市人民政府", "government")]
    [InlineData("中共天津市委", "party")]
    [InlineData("天津港集团", "company")]
    [InlineData("阿里巴巴集团董事局", "company")]
    [InlineData("北京大学", "education")]
    [InlineData("长江日报社", "media")]
    [InlineData("天津市科学技术协会", "association")]
    [InlineData("红十字国际委员会", "government")]
    [InlineData("阿森纳", "other")]
    public void Organisation_kind_follows_the_head_of_the_name(string name, string kind) =>
        Assert.Equal(kind, OrganizationKinds.Guess(name, OrganizationKinds.Other));
}
