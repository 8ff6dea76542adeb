using System.Text;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Ingest.Metadata;

/// <summary>The metadata forms of Chinese government and news pages, each in a small real-looking article.</summary>
public sealed class MetadataFormsTests
{
    private const string Body = "\n\n全省数字经济发展大会召开，会议部署了下一阶段重点工作，签约项目四十个。\n";

    [Theory]
    [InlineData("全省数字经济发展大会召开\n\n发布时间:2024-06-25 | 来源:山西日报", "2024-06-25")]
    [InlineData("全省数字经济发展大会召开\n\n发布日期：2024年6月25日　来源：山西日报", "2024-06-25")]
    [InlineData("全省数字经济发展大会召开\n\n时间：2024-09-24 10:06　来源：山西日报　作者：王五", "2024-09-24")]
    [InlineData("全省数字经济发展大会召开\n\n2025-03-28 18:05　来源：山西日报", "2025-03-28")]
    [InlineData("全省数字经济发展大会召开\n\n发布时间：２０２３年１１月８日", "2023-11-08")]
    [InlineData("全省数字经济发展大会召开\n\n本报太原２０２３年１１月８日电　全省数字经济发展大会今天召开。", "2023-11-08")]
    [InlineData("全省数字经济发展大会召开\n\n新华社北京11月8日电　全省数字经济发展大会今天召开，2023世界智能大会同期举行。", "2023-11-08")]
    [InlineData("全省数字经济发展大会召开\n\n正文第一段。\n\n山西新闻网 | 2024-06-25", "2024-06-25")]
    [InlineData("全省数字经济发展大会召开\n\n9月23日电商平台负责人介绍，今年销量增长。", "")]
    [InlineData("全省数字经济发展大会召开", "")]
    public void Finds_the_publication_date(string head, string published)
    {
        Assert.Equal(published, Read(head + Body).Published);
    }

    [Theory]
    [InlineData("您所在位置: 首页 >> 本县要闻\n\n以茶兴业 以茶富民\n\n发布时间:2024-04-18", "以茶兴业 以茶富民")]
    [InlineData("通道带物流 物流带经贸\n——2024陆海新通道国际物流博览会侧记\n\n日期:2024-11-08", "通道带物流 物流带经贸")]
    [InlineData("创新驱动谱新篇\n\n——访市科技局局长张三\n\n正文。", "创新驱动谱新篇")]
    [InlineData("首页 > 新闻中心\n\n新闻中心\n\n全市项目建设推进会召开\n\n发布时间：2024-06-25\n\n正文。", "全市项目建设推进会召开")]
    [InlineData("全省数字经济发展大会召开\n\n本报记者 张三\n\n本报太原11月8日电　大会今天召开。", "全省数字经济发展大会召开")]
    [InlineData("首页 > 新闻中心\n\n\n浦东：打造跨境金融新高地", "浦东：打造跨境金融新高地")]
    [InlineData("全省数字经济发展大会今天召开，会议部署了下一阶段重点工作，签约项目四十个，总投资超过三百亿元，涵盖新能源等领域。", "")]
    public void Finds_the_headline_of_a_text(string text, string title)
    {
        Assert.Equal(title, Read(text).Title);
    }

    [Theory]
    [InlineData("发布时间:2024-06-25 | 来源:天津政务网 | 专栏:政策法规", "天津政务网")]
    [InlineData("信息来源:山东省工业和信息化厅　　浏览次数:4120", "山东省工业和信息化厅")]
    [InlineData("时间：2024-09-24 10:06　来源：合肥市人民政府　作者：市经信局　　分享到：", "合肥市人民政府")]
    [InlineData("文章来源： 人民日报　发布时间：2024-06-25", "人民日报")]
    [InlineData("正文第一段。\n\n天津政务网 | 2024-06-25", "天津政务网")]
    [InlineData("闽西日报 > 2025年08月02日 > 第01版：要闻\n\n正文第一段。", "闽西日报")]
    [InlineData("正文第一段。\n\n（来源：人民日报）", "人民日报")]
    [InlineData("来源：人民日报（海外版）　2024年06月25日", "人民日报（海外版）")]
    [InlineData("【来源：中国政府网】", "中国政府网")]
    [InlineData("发布时间：2025-06-19 10:30来源：厦门自贸片区管委会浏览次数：2176【字号：大 中 小】", "厦门自贸片区管委会")]
    [InlineData("发布时间：2024-06-25\n来源：\n山西日报", "山西日报")]
    [InlineData("正文第一段。", "")]
    public void Finds_the_source(string head, string source)
    {
        Assert.Equal(source, Read("全省数字经济发展大会召开\n\n" + head + Body).Source);
    }

    [Theory]
    [InlineData("来源:天津政务网", "天津市")]
    [InlineData("来源：合肥市人民政府", "合肥市")]
    [InlineData("来源：保定市人民政府办公室", "保定市")]
    [InlineData("来源:修水县融媒体中心", "江西省修水县")]
    [InlineData("来源：上海浦东门户网站", "上海市浦东新区")]
    [InlineData("来源：新疆维吾尔自治区人民政府网", "新疆维吾尔自治区")]
    [InlineData("来源：山东省工业和信息化厅", "山东省")]
    [InlineData("来源：人民日报\n\n本报太原讯　全省数字经济发展大会召开。", "太原市")]
    [InlineData("来源：新华网\n\n新华社北京11月8日电　全省数字经济发展大会召开。", "北京市")]
    [InlineData("来源：山西日报\n\n本报太原讯　全省数字经济发展大会召开。", "太原市")]
    [InlineData("来源：天津日报\n\n新华社北京11月8日电　全省数字经济发展大会召开。", "天津市")]
    [InlineData("来源：朝阳区融媒体中心\n\n北京市朝阳区今天召开大会。", "北京市朝阳区")]
    [InlineData("来源：东湖高新区管委会\n\n武汉东湖新技术开发区管委会副主任出席。", "武汉市")]
    [InlineData("来源：市发展改革委\n\n武汉东湖新技术开发区管委会副主任出席。", "")]
    [InlineData("来源：江西日报\n\n本报修水讯　全县茶产业大会召开。", "江西省修水县")]
    [InlineData("来源：本网\n\n正文。\n\n当前位置：首页 > 要闻动态 > 重庆要闻", "重庆市")]
    [InlineData("来源：人民日报", "")]
    [InlineData("来源：光明日报", "")]
    [InlineData("来源：东湖高新区管委会", "")]
    [InlineData("来源：新华网", "")]
    public void Finds_the_place_the_article_speaks_from(string head, string place)
    {
        Assert.Equal(place, Read("全省数字经济发展大会召开\n\n" + head + Body).Place);
    }

    // Last, the title: 南方日报 names no place, its headline does.
    [Theory]
    [InlineData("广东省政府新闻办举行新闻发布会\n来源：南方日报", "广东省")]
    [InlineData("李强会见外宾\n来源：人民日报", "")]
    public void Takes_the_place_from_the_headline_when_nothing_else_names_one(string head, string place)
    {
        Assert.Equal(place, Read(head + Body).Place);
    }

    [Fact]
    public void Takes_a_pages_headline_from_h1_before_its_title()
    {
        const string page = "<html><head><title>保定举办招商会 - 保定市人民政府</title></head><body><h1>深度融入京津冀协同发展 保定招商会签约项目56个</h1><p>正文。</p></body></html>";
        Assert.Equal("深度融入京津冀协同发展 保定招商会签约项目56个", ReadPage(page).Title);
    }

    [Theory]
    [InlineData("保定举办2024产业协同招商会 - 保定市人民政府", "保定举办2024产业协同招商会")]
    [InlineData("聚力建设“世界光谷”_园区要闻_武汉东湖新技术开发区管委会", "聚力建设“世界光谷”")]
    [InlineData("全省数字经济发展大会召开|山西省人民政府", "全省数字经济发展大会召开")]
    [InlineData("山西省人民政府 - 全省数字经济发展大会召开", "全省数字经济发展大会召开")]
    public void Strips_the_site_suffix_from_a_page_title(string title, string headline)
    {
        Assert.Equal(headline, ReadPage($"<html><head><title>{title}</title></head><body><p>正文第一段。</p></body></html>").Title);
    }

    [Fact]
    public void Takes_the_site_from_a_title_that_puts_it_first()
    {
        const string page = "<html><head><title>晋城市人民政府 - 全市项目建设推进会召开</title></head><body><h1>全市项目建设推进会召开</h1><p>正文第一段。</p></body></html>";
        Assert.Equal(new DocumentMetadata("全市项目建设推进会召开", string.Empty, "晋城市人民政府", "晋城市"), ReadPage(page));
    }

    [Fact]
    public void Takes_a_pages_place_from_its_site_when_the_source_names_none()
    {
        const string page = "<html><head><title>聚力建设光谷_园区要闻_武汉东湖新技术开发区管委会</title></head><body><h1>聚力建设光谷</h1>"
            + "<div class=\"info\">发布时间：2023-11-20 16:42 来源：东湖高新区管委会</div><p>峰会在东湖高新区举行。</p></body></html>";
        Assert.Equal(new DocumentMetadata("聚力建设光谷", "2023-11-20", "东湖高新区管委会", "武汉市"), ReadPage(page));
    }

    // 主办单位：…办公室 on a page whose 来源 is another outlet: the body that runs the site publishes it too.
    [Fact]
    public void Takes_the_body_that_runs_the_site_from_the_footer()
    {
        const string page = "<html><head><title>推进会召开</title></head><body><h1>推进会召开</h1><div class=\"info\">发布时间：2025-03-01 来源：襄阳市经济和信息化局</div>"
            + "<p>全市中小企业数字化转型推进会召开，会议部署了下一阶段重点工作。</p>"
            + "<div class=\"footer\">版权所有：襄阳市人民政府办公室　主办：襄阳市人民政府办公室　鄂ICP备05001234号</div></body></html>";

        var metadata = ReadPage(page);

        Assert.Equal(("襄阳市经济和信息化局", "襄阳市人民政府办公室"), (metadata.Source, metadata.Site));
    }

    // One body with two names: the second, in brackets, is no part of the first; a short note in brackets is.
    [Theory]
    [InlineData("主办单位：四川省工商业联合会（四川省总商会）", "四川省工商业联合会")]
    [InlineData("主办单位：人民日报（海外版）", "人民日报（海外版）")]
    [InlineData("版权所有 © 赣江理工大学　地址：江西省南昌市青山湖区学府大道1088号", "赣江理工大学")]
    [InlineData("版权所有©2025 四川省工商业联合会", "四川省工商业联合会")]
    public void A_site_owners_second_name_in_brackets_is_left_out(string footer, string site)
    {
        var page = "<html><head><title>年会召开</title></head><body><h1>年会召开</h1><div class=\"info\">发布时间：2024-01-22 来源：四川省浙江商会</div>"
            + "<p>四川省浙江商会2024年年会暨第五届会员大会在成都举行，会议选举产生了新一届理事会。</p><div class=\"footer\">" + footer + "</div></body></html>";

        Assert.Equal(site, ReadPage(page).Site);
    }

    // 版权所有 © 豫东理工大学　主办：党委宣传部: the copyright's holder owns the site, not the unit of it that runs it.
    [Fact]
    public void The_copyright_holder_is_the_site_owner_before_the_unit_that_runs_it()
    {
        var page = "<html><head><title>集体学习</title></head><body><h1>集体学习</h1><div class=\"info\">发布时间：2025-06-06 来源：党委宣传部</div>"
            + "<p>学校党委理论学习中心组开展2025年第五次集体学习，党委书记主持学习并讲话。</p><div class=\"footer\">版权所有 © 豫东理工大学　　主办：党委宣传部</div></body></html>";

        Assert.Equal("豫东理工大学", ReadPage(page).Site);
    }

    [Fact]
    public void A_footer_that_names_the_source_or_no_body_gives_no_site()
    {
        const string page = "<html><head><title>推进会召开</title></head><body><h1>推进会召开</h1><div class=\"info\">来源：永修县融媒体中心</div>"
            + "<p>全县防汛工作推进会召开，会议部署了下一阶段重点工作。</p><div class=\"footer\">主办：永修县融媒体中心　版权所有：© 2025</div></body></html>";

        Assert.Equal(string.Empty, ReadPage(page).Site);
    }

    private static DocumentMetadata Read(string text) => new ArticleReader().Read("a.txt", Encoding.UTF8.GetBytes(text)).Document!.Metadata;

    private static DocumentMetadata ReadPage(string html) => new ArticleReader().Read("a.html", Encoding.UTF8.GetBytes(html)).Document!.Metadata;
}
