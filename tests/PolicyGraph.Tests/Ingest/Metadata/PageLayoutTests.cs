using System.Text;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Ingest.Metadata;

/// <summary>Whole pages in the layouts Chinese government sites use, read end to end.</summary>
public sealed class PageLayoutTests
{
    private const string Paragraphs =
        "<p>　　6月24日，全市项目建设推进会召开，会议总结上半年项目建设情况，部署下一阶段重点任务，要求各地各部门压实责任。</p>"
        + "<p>　　会议强调，要坚持项目为王，全力以赴抓招商、上项目、优服务，确保全年目标任务圆满完成，为高质量发展提供支撑。</p>";

    static PageLayoutTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_a_table_layout_page_without_h1()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>全市项目建设推进会召开_晋城市人民政府</title></head><body>"
            + "<table class=\"top\"><tr><td><a href=\"/\">首页</a> | <a href=\"/zw\">政务</a></td></tr></table>"
            + "<table width=\"1000\"><tr><td class=\"title\">全市项目建设推进会召开</td></tr>"
            + "<tr><td class=\"info\">发布日期：2024-06-25　　信息来源：晋城市发展和改革委员会</td></tr>"
            + "<tr><td><div class=\"TRS_Editor\">" + Paragraphs + "</div></td></tr></table>"
            + "<div class=\"bottom\">版权所有：晋城市人民政府办公室</div></body></html>";
        var document = new ArticleReader().Read("a.html", Encoding.GetEncoding("gb18030").GetBytes(html)).Document!;
        Assert.Equal(new DocumentMetadata("全市项目建设推进会召开", "2024-06-25", "晋城市发展和改革委员会", "晋城市", "晋城市人民政府办公室"), document.Metadata);
        Assert.StartsWith("全市项目建设推进会召开\n\n发布日期：2024-06-25", document.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("政务", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_page_whose_title_and_date_stand_apart_from_the_body()
    {
        var html = "<html><head><title>全市项目建设推进会召开 - 太原市人民政府</title><meta name=\"PubDate\" content=\"2024-06-25 09:30\"></head><body>"
            + "<div class=\"crumbs\">当前位置：首页 &gt; 太原要闻</div>"
            + "<div class=\"detail\"><div id=\"zoom\">" + Paragraphs + "</div></div>"
            + "<div class=\"footer\">太原市人民政府 主办</div></body></html>";
        var document = new ArticleReader().Read("a.html", Encoding.UTF8.GetBytes(html)).Document!;
        Assert.Equal(new DocumentMetadata("全市项目建设推进会召开", "2024-06-25", "太原市人民政府", "太原市"), document.Metadata);
        Assert.StartsWith("6月24日", document.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_newspaper_report_with_a_dateline()
    {
        const string text = "全省数字经济发展大会召开\n\n本报记者 张三\n\n本报太原１１月８日电　全省数字经济发展大会今天召开，2023年全省数字经济规模突破五千亿元。\n\n"
            + "会议强调，要加快数字产业化和产业数字化。\n\n（来源：山西日报）\n";
        var document = new ArticleReader().Read("a.txt", Encoding.UTF8.GetBytes(text)).Document!;
        Assert.Equal(new DocumentMetadata("全省数字经济发展大会召开", "2023-11-08", "山西日报", "太原市"), document.Metadata);
        Assert.Equal(["本报记者 张三", "（来源：山西日报）"], document.Chrome.Select(c => c.Of(text)));
    }
}
