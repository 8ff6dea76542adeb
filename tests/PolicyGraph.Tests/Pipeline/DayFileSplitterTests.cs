using PolicyGraph.Ingest;
using PolicyGraph.Pipeline;
using Xunit;

namespace PolicyGraph.Tests.Pipeline;

public sealed class DayFileSplitterTests
{
    private const string Day = "# 新闻联播 2024-01-03\n\n## 1. 李强在湖北调研\n央视网消息（新闻联播）：国务院总理李强在湖北调研。\n\n## 2. 国内联播快讯\n天津市人民政府召开会议。\n";

    [Fact]
    public void A_day_file_becomes_one_document_per_item_dated_by_the_day_line()
    {
        var items = DayFileSplitter.Split(Doc("2024/20240103.txt", Day));

        Assert.Equal(["2024/20240103.txt#1", "2024/20240103.txt#2"], items.Select(i => i.Path));
        Assert.Equal(["李强在湖北调研", "国内联播快讯"], items.Select(i => i.Metadata.Title));
        Assert.All(items, i => Assert.Equal("2024-01-03", i.Metadata.Published));
        Assert.All(items, i => Assert.Equal("新闻联播", i.Metadata.Source));
        Assert.StartsWith("## 1. 李强在湖北调研\n央视网消息", items[0].Text, StringComparison.Ordinal);
        Assert.Equal(Day.Length, Day.IndexOf("## 1.", StringComparison.Ordinal) + items.Sum(i => i.Text.Length));
    }

    [Theory]
    [InlineData("央视网消息：今天天气很好。\n## 1. 不是日报\n")]
    [InlineData("# 新闻联播\n\n## 1. 没有日期\n正文\n")]
    [InlineData("# 新闻联播 2024-01-03\n没有条目\n")]
    public void Other_documents_pass_through_unchanged(string text)
    {
        var doc = Doc("a.txt", text);
        Assert.Same(doc, Assert.Single(DayFileSplitter.Split(doc)));
    }

    private static SourceDocument Doc(string path, string text) => new(path, new string('0', 64), text, DocumentMetadata.Unknown, []);
}
