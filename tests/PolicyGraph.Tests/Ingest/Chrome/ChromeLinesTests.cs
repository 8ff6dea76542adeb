using PolicyGraph.Ingest.Chrome;

namespace PolicyGraph.Tests.Ingest.Chrome;

public sealed class ChromeLinesTests
{
    [Theory]
    [InlineData("您所在位置: 政策法规 >> 本市政策法规 >> 新闻详情", "Breadcrumb")]
    [InlineData("当前位置：首页 > 政务公开 > 合肥要闻", "Breadcrumb")]
    [InlineData("您当前的位置:首页 > 要闻动态 > 重庆要闻", "Breadcrumb")]
    [InlineData("首页 > 新闻中心 > 浦东要闻", "Breadcrumb")]
    [InlineData("网站首页 » 政务公开 » 通知公告", "Breadcrumb")]
    [InlineData("首页 / 新闻 / 正文", "Breadcrumb")]
    [InlineData("分享到:", "Share")]
    [InlineData("微信 微博 QQ空间", "Share")]
    [InlineData("【打印】【关闭】", "Tools")]
    [InlineData("【打印此页】　【关闭窗口】", "Tools")]
    [InlineData("【字体：大 中 小】", "Tools")]
    [InlineData("上一篇：我市召开安全生产工作会议", "Tools")]
    [InlineData("责任编辑:谭雪", "Editor")]
    [InlineData("责任编辑：孙琳　　审核：刘卫", "Editor")]
    [InlineData("【责任编辑：王五】", "Editor")]
    [InlineData("校对 李四", "Editor")]
    [InlineData("（记者 钱程）", "Byline")]
    [InlineData("(记者 张三 通讯员 李四)", "Byline")]
    [InlineData("本报记者 王小青 刘大海", "Byline")]
    [InlineData("文：党委宣传部 王晨曦　图：刘思远", "Byline")]
    [InlineData("发布时间:2024-06-25 | 来源:天津政务网 | 专栏:政策法规", "Metadata")]
    [InlineData("日期:2024-11-08  来源:重庆市人民政府网  【字体:大 中 小】  【打印】【关闭】", "Metadata")]
    [InlineData("2025-03-28 18:05　来源：上海浦东门户网站　　【大 中 小】　分享到：微信 微博", "Metadata")]
    [InlineData("天津政务网 | 2024-06-25", "Footer")]
    [InlineData("版权所有：某市人民政府办公室　冀ICP备00000000号", "Footer")]
    [InlineData("请进行滑动验证", "Widget")]
    [InlineData("x", "Widget")]
    public void Recognises_page_furniture(string line, string kind)
    {
        Assert.Equal(kind, ChromeLines.Classify(line).ToString());
    }

    [Theory]
    [InlineData("大力推进人工智能领域实践探索 加快发展新质生产力")]
    [InlineData("——2024陆海新通道国际物流博览会侧记")]
    [InlineData("副市长江山在开幕式上表示,西部陆海新通道是推动西部大开发形成新格局的战略通道。")]
    [InlineData("记者从市发展改革委获悉，今年以来全市新签约项目超过百个。")]
    [InlineData("编辑部的同志们认为，这项工作意义重大。")]
    [InlineData("首页/尾页设计获奖，作品展出。")]
    [InlineData("资金来源：中央财政补助和地方配套资金。")]
    [InlineData("据了解，本届博览会为期3天，期间还将举办产业对接等10余场配套活动。")]
    public void Leaves_article_lines_alone(string line)
    {
        Assert.Equal(ChromeKind.None, ChromeLines.Classify(line));
    }
}
