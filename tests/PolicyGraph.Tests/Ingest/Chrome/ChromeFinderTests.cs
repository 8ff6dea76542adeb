using PolicyGraph.Ingest;
using PolicyGraph.Ingest.Chrome;

namespace PolicyGraph.Tests.Ingest.Chrome;

public sealed class ChromeFinderTests
{
    [Fact]
    public void Marks_whole_furniture_lines_and_keeps_them_in_the_text()
    {
        const string text = "您所在位置: 首页 >> 本县要闻\n\n以茶兴业 以茶富民\n\n正文第一段。\n\n【打印】【关闭】\r\n责任编辑:徐敏\n";
        var spans = ChromeFinder.Find(TextLine.Split(text));
        Assert.Equal(["您所在位置: 首页 >> 本县要闻", "【打印】【关闭】", "责任编辑:徐敏"], spans.Select(s => s.Of(text)));
    }

    [Fact]
    public void Marks_a_reporter_credit_inside_an_article_line()
    {
        const string text = "本报太原11月8日电（记者 张三 李四）8日，全省项目建设推进会召开。";
        var span = Assert.Single(ChromeFinder.Find(TextLine.Split(text)));
        Assert.Equal("（记者 张三 李四）", span.Of(text));
    }

    [Fact]
    public void A_document_reports_overlap_with_its_chrome()
    {
        var document = new ArticleReader().Read("a.txt", "标题行文字\n\n正文。\n\n责任编辑：王五\n"u8.ToArray()).Document!;
        var editor = document.Text.IndexOf("王五", StringComparison.Ordinal);
        Assert.True(document.IsChrome(new(editor, editor + 2)));
        Assert.False(document.IsChrome(new(0, 2)));
    }
}
