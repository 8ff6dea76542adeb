using PolicyGraph.Ingest.Html;

namespace PolicyGraph.Tests.Ingest.Html;

public sealed class HtmlPageReaderTests
{
    [Fact]
    public void Separates_paragraphs_by_a_blank_line_and_breaks_lines_at_br()
    {
        var page = HtmlPageReader.Read("<body><p>　　第一段，\n  有换行。</p><p>第二段<br>第二行</p><div>第三块<span>行内</span></div></body>");
        Assert.Equal("第一段， 有换行。\n\n第二段\n第二行\n\n第三块行内\n", page.Text);
    }

    [Fact]
    public void Separates_paragraphs_of_double_br_by_a_blank_line()
    {
        var page = HtmlPageReader.Read("<div id=\"zoom\">　　第一段。<br>\n<br>　　第二段。<br>第三行</div>");
        Assert.Equal("第一段。\n\n第二段。\n第三行\n", page.Text);
    }

    [Fact]
    public void Writes_a_table_row_of_short_cells_on_one_line_and_a_layout_cell_as_a_block()
    {
        var page = HtmlPageReader.Read(
            "<body><p>名单如下：</p><table><tr><th>姓名</th><th>工作单位</th><th>职务</th></tr>"
            + "<tr><td>何劲松</td><td> 四川蜀峰重型装备有限公司 </td><td>首席技师</td></tr></table>"
            + "<table><tr><td><p>正文第一段。</p></td><td>侧栏</td></tr></table></body>");
        Assert.Equal("名单如下：\n\n姓名　工作单位　职务\n\n何劲松　四川蜀峰重型装备有限公司　首席技师\n\n正文第一段。\n\n侧栏\n", page.Text);
    }

    [Fact]
    public void Decodes_entities()
    {
        var page = HtmlPageReader.Read("<p>&ldquo;光联万物&middot;智启未来&rdquo; R&amp;D &lt;10% &#x4e2d;&#25991;&nbsp;&copy;</p>");
        Assert.Equal("“光联万物·智启未来” R&D <10% 中文 ©\n", page.Text);
    }

    [Fact]
    public void Drops_scripts_styles_hidden_blocks_and_navigation()
    {
        var page = HtmlPageReader.Read(
            "<body><nav>首页 政务公开</nav><ul class=\"menu\"><li>菜单</li></ul><script>var a='脚本';</script><style>p{}</style>"
            + "<div style=\"display: none\">隐藏</div><p>正文段落。</p><footer>版权所有</footer><div id=\"sidebar\">侧栏</div></body>");
        Assert.Equal("正文段落。\n", page.Text);
    }

    [Fact]
    public void Chooses_the_article_and_its_headline_over_page_chrome()
    {
        const string html = "<body><div class=\"banner\"><h1 class=\"logo\">某某市人民政府</h1></div>"
            + "<div id=\"position\">当前位置：首页 &gt; 要闻</div>"
            + "<div class=\"wrap\"><div class=\"list\"><a href=\"/1\">其他新闻一则其他新闻一则</a><br><a href=\"/2\">其他新闻二则其他新闻二则</a></div>"
            + "<div class=\"article\"><h1>全市项目建设推进会召开</h1><div class=\"info\">发布时间：2024-06-25 来源：某某市人民政府</div>"
            + "<div class=\"content\"><p>6月24日，全市项目建设推进会召开，会议总结上半年项目建设情况，部署下一阶段重点任务。</p>"
            + "<p>会议强调，要坚持项目为王，全力以赴抓招商、上项目、优服务，确保全年目标任务圆满完成。</p></div></div></div></body>";
        var page = HtmlPageReader.Read(html);
        Assert.StartsWith("全市项目建设推进会召开\n\n发布时间：2024-06-25 来源：某某市人民政府\n\n6月24日", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("其他新闻", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("当前位置", page.Text, StringComparison.Ordinal);
        Assert.Equal("全市项目建设推进会召开", page.Headlines[0]);
        Assert.Contains("当前位置", page.PageText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"detail-header\"><h1>全市项目建设推进会召开</h1></div>")]
    [InlineData("<article><header><h1>全市项目建设推进会召开</h1></header></article>")]
    public void Keeps_a_headline_inside_the_articles_own_header(string head)
    {
        var page = HtmlPageReader.Read("<body><header><h1 class=\"logo\">某某市人民政府</h1></header>" + head
            + "<div class=\"content\"><p>6月24日，全市项目建设推进会召开，会议总结上半年项目建设情况，部署下一阶段重点任务。</p></div></body>");
        Assert.Equal("全市项目建设推进会召开", page.Headlines[0]);
        Assert.StartsWith("全市项目建设推进会召开\n\n6月24日", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Prefers_the_h1_the_page_title_agrees_with()
    {
        var page = HtmlPageReader.Read("<html><head><title>全市项目建设推进会召开_政务动态_某某市人民政府</title></head><body>"
            + "<div class=\"channel\"><h1>政务动态</h1><ul><li><a href=\"/1\">其他新闻一则</a></li></ul></div>"
            + "<div class=\"article\"><h1>全市项目建设推进会召开</h1><div class=\"content\"><p>6月24日，全市项目建设推进会召开，会议总结上半年项目建设情况，部署下一阶段重点任务。</p>"
            + "<p>会议强调，要坚持项目为王，全力以赴抓招商、上项目、优服务，确保全年目标任务圆满完成。</p></div></div></body></html>");
        Assert.Equal("全市项目建设推进会召开", page.Headlines[0]);
        Assert.DoesNotContain("其他新闻", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_title_and_meta_tags()
    {
        var page = HtmlPageReader.Read("<html><head><title> 标题 - 某网 </title><meta name=\"PubDate\" content=\"2023-11-20 16:42\"></head><body>正文</body></html>");
        Assert.Equal("标题 - 某网", page.HeadTitle);
        Assert.Equal("2023-11-20 16:42", page.Meta["pubdate"]);
    }

    [Theory]
    [InlineData("<div><p>未闭合<table><tr><td>单元格")]
    [InlineData("<<<>>>&&&;;<p <p>>")]
    [InlineData("<!-- 未结束的注释")]
    [InlineData("")]
    public void Reads_broken_markup_without_failing(string html)
    {
        var page = HtmlPageReader.Read(html);
        Assert.NotNull(page.Text);
    }
}
