using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Events;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Extraction.Events;

public sealed class EventStepTests
{
    // A verb before a name governs it (org-left-verbs.txt): headlines run up to the name without punctuation.
    [Theory]
    [InlineData("多国人士：相信北京冬奥会将非常成功", "北京冬奥会")]
    [InlineData("中方：预祝北京冬奥会圆满成功", "北京冬奥会")]
    public void An_event_name_starts_after_the_verb_before_it(string text, string name)
    {
        Assert.Equal([name], EventNamer.Default.Find(text).Select(f => text[f.Start..f.End]));
    }

    [Theory]
    [InlineData("习近平主席向2024世界智能产业博览会致贺信。", "2024世界智能产业博览会")]
    [InlineData("5月20日，2024京津冀（保定）产业协同招商会在保定举行。", "2024京津冀（保定）产业协同招商会")]
    [InlineData("第七届中国国际进口博览会在上海开幕。", "第七届中国国际进口博览会")]
    [InlineData("首届中蒙博览会在呼和浩特举行。", "首届中蒙博览会")]
    [InlineData("4月16日，2024中国·修水宁红茶产业发展大会在我县开幕。", "2024中国·修水宁红茶产业发展大会")]
    [InlineData("中央经济工作会议在北京举行。", "中央经济工作会议")]
    [InlineData("全国防汛抗旱工作电视电话会议召开。", "全国防汛抗旱工作电视电话会议")]
    [InlineData("推动中国国际“互联网+”大学生创新创业大赛成果永久转化基地落户。", "中国国际“互联网+”大学生创新创业大赛")]
    [InlineData("9月23日，合肥新能源汽车产业发展大会在滨湖国际会展中心举行。", "合肥新能源汽车产业发展大会")]
    [InlineData("当天下午，留坝县文旅产业招商推介会在县城举行。", "留坝县文旅产业招商推介会")]
    [InlineData("省商务厅将举办“焕新湘约”2024湖南汽车家电消费季，完善回收网络。", "“焕新湘约”2024湖南汽车家电消费季")]
    [InlineData("11月18日，2025秭归脐橙开园节在郭家坝镇开幕。", "2025秭归脐橙开园节")]
    public void Recognises_a_named_event(string text, string name)
    {
        var mention = Assert.Single(Run(text));

        Assert.Equal(name, mention.Text);
        Assert.Equal(name, mention.Canonical);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), mention.Span.Start);
    }

    // A body's meeting of sessions is named with the body, an organisation's name written right before the ordinal; an
    // ordinal and 全体会议 with no body before them name no event.
    [Theory]
    [InlineData("在中共安徽工业大学纪律检查委员会第一次全体会议上，选举产生了纪委书记。", "中共安徽工业大学纪律检查委员会第一次全体会议")]
    [InlineData("双方共同主持召开中哈合作委员会农业合作分委会第十二次会议。", "中哈合作委员会农业合作分委会第十二次会议")]
    [InlineData("习近平主持召开中央全面深化改革委员会第三次会议。", "中央全面深化改革委员会第三次会议")]
    [InlineData("会议结束后召开第一次全体会议。", null)]
    public void A_bodys_meeting_of_sessions_is_named_with_the_body(string text, string? name)
    {
        var events = Entities.Extract.From(text).Mentions.Where(m => m.Type == MentionType.Event).Select(m => $"{m.Text}@{m.Span.Start}");

        string[] expected = name is null ? [] : [$"{name}@{text.IndexOf(name, StringComparison.Ordinal)}"];
        Assert.Equal(expected, events);
    }

    // The party's congresses and plenums, by their short names or written out, are events under their standard names.
    [Theory]
    [InlineData("党的二十届三中全会审议通过了决定。", new[] { "二十届三中全会" }, new[] { "中国共产党第二十届中央委员会第三次全体会议" })]
    [InlineData("要深入学习贯彻党的二十大和二十届二中、三中全会精神。", new[] { "党的二十大", "二十届二中", "三中全会" },
        new[] { "中国共产党第二十次全国代表大会", "中国共产党第二十届中央委员会第二次全体会议", "中国共产党第二十届中央委员会第三次全体会议" })]
    [InlineData("十九大以来，中国共产党第十九次全国代表大会确立的目标正在实现。", new[] { "十九大", "中国共产党第十九次全国代表大会" },
        new[] { "中国共产党第十九次全国代表大会", "中国共产党第十九次全国代表大会" })]
    [InlineData("中华全国总工会第十八次全国代表大会开幕。实施十大工程。", new[] { "中华全国总工会第十八次全国代表大会" }, new[] { "中华全国总工会第十八次全国代表大会" })]
    [InlineData("共青团陕西省第十五次代表大会开幕。要学习贯彻二十届历次全会精神。", new[] { "共青团陕西省第十五次代表大会" }, new[] { "共青团陕西省第十五次代表大会" })]
    public void Recognises_the_partys_meetings(string text, string[] names, string[] canonicals)
    {
        var mentions = Run(text).OrderBy(m => m.Span.Start).ToList();

        Assert.Equal(names, mentions.Select(m => m.Text));
        Assert.Equal(canonicals, mentions.Select(m => m.Canonical));
        Assert.All(mentions.Where(m => m.Canonical.StartsWith("中国共产党", StringComparison.Ordinal)), m => Assert.Empty(m.Date));
    }

    // A festival outside the list of heads is an event with the ordinal of its session, a programme of activities with its
    // year or session; not a holiday, 节选, a count of activities or activities with no name.
    [Theory]
    [InlineData("第二十届中国安吉白茶开茶节将于5月下旬举行。", new[] { "第二十届中国安吉白茶开茶节" })]
    [InlineData("第二十六届北京国际图书博览会暨第十七届北京国际图书节开幕。", new[] { "第二十六届北京国际图书博览会", "第十七届北京国际图书节" })]
    [InlineData("第183届“慕尼黑啤酒节”开幕。", new string[0])]
    [InlineData("在十八届五中全会第二次全体会议上的讲话（节选）", new[] { "十八届五中全会第二次全体会议" })]
    [InlineData("第七届中国黄梅戏艺术节恰逢国庆佳节。", new[] { "第七届中国黄梅戏艺术节" })]
    [InlineData("2024年春节和中秋节期间。", new string[0])]
    [InlineData("10月17日，2024中国（郑州）产业转移系列对接活动在郑州开幕。", new[] { "2024中国（郑州）产业转移系列对接活动" })]
    [InlineData("全年开展2000多场艺术服务活动。", new string[0])]
    [InlineData("各地开展了丰富多彩的主题活动。", new string[0])]
    [InlineData("3月上旬我省将举行2026年第一季度全省重大项目集中开工活动，届时一批项目将同步开工。", new[] { "2026年第一季度全省重大项目集中开工活动" })]
    [InlineData("2024年元旦春节期间开展走访慰问活动。", new string[0])]
    [InlineData("2016年1月沙特以从事恐怖主义活动为由处决了47人。", new string[0])]
    public void A_festival_is_named_with_its_session(string text, string[] names)
    {
        Assert.Equal(names, EventNamer.Default.Find(text).Select(f => text[f.Start..f.End]));
    }

    // Two events joined by 和, 与, 及 or 、 are two names.
    [Theory]
    [InlineData("高新区将举办2024成都国际软件产业博览会和第十届中国（成都）生物医药产业峰会。", new[] { "2024成都国际软件产业博览会", "第十届中国（成都）生物医药产业峰会" })]
    [InlineData("出席第十二届阿斯塔纳经济论坛与第二届中哈地方合作论坛。", new[] { "第十二届阿斯塔纳经济论坛", "第二届中哈地方合作论坛" })]
    public void Events_joined_by_a_conjunction_are_two(string text, string[] names)
    {
        Assert.Equal(names, EventNamer.Default.Find(text).Select(f => text[f.Start..f.End]));
    }

    [Theory]
    [InlineData("大会设置开幕式、主题论坛、春茶开采仪式等系列活动。")]
    [InlineData("这次大会是在关键时期召开的一次重要会议。")]
    [InlineData("会议强调，要抓好贯彻落实。")]
    [InlineData("本届峰会以“光联万物”为主题。")]
    [InlineData("代表们在人民大会堂出席开幕会。")]
    [InlineData("全国人民代表大会常务委员会审议了草案。")]
    [InlineData("全国政协主席主持会议。")]
    [InlineData("2008年来北京看奥运会的游客很多。")]
    [InlineData("全县招商推介会在县城举行。")]
    [InlineData("资本市场高质量发展论坛的嘉宾表示。")]
    [InlineData("大会期间举办了100多场论坛。")]
    [InlineData("开幕式后还举行了主论坛和19场分论坛。")]
    [InlineData("双方举行了盛大迎宾仪式。")]
    [InlineData("当天，该项目动工仪式在当地举行。")]
    [InlineData("市里召开专家学者座谈会。")]
    [InlineData("会后召开了第十九次代表大会。")]
    [InlineData("开幕式上还举行了重大项目集中签约仪式。")]
    public void Finds_no_event_in_a_generic_mention(string text)
    {
        Assert.Empty(Run(text));
    }

    // 举行|2021年第一次集体学习: a year and an ordinal before the head name no meeting of their own.
    [Fact]
    public void A_meeting_named_by_its_year_and_ordinal_alone_is_no_event()
    {
        Assert.Empty(Run("全国政协党组理论学习中心组1月27日举行2021年第一次集体学习，学习领会重要讲话精神。"));
    }

    // A meeting named where the text says it is held is an event without a place, year or ordinal in its name: the
    // whole object of 召开/举行 to the clause's end, or the whole subject of 召开/举行 from the clause's start.
    [Theory]
    [InlineData("6月18日，蓬安县召开全县作风建设暨群众身边不正之风和腐败问题集中整治推进会，通报情况。", "全县作风建设暨群众身边不正之风和腐败问题集中整治推进会")]
    [InlineData("8月22日，吉林省空天信息实验室揭牌仪式在长春举行。", "吉林省空天信息实验室揭牌仪式")]
    [InlineData("5月31日，包头市深化集团化办学改革推进会召开。", "包头市深化集团化办学改革推进会")]
    [InlineData("4月17日，国务院新闻办公室举行国务院政策例行吹风会，请有关负责人介绍情况。", "国务院政策例行吹风会")]
    [InlineData("省政协召开“加快推进制造业数字化转型”专题协商会，围绕议题协商。", "“加快推进制造业数字化转型”专题协商会")]
    [InlineData("习近平致信祝贺首届全民阅读大会举办。", "首届全民阅读大会")]
    [InlineData("去年9月全国新型工业化推进大会召开以来，各地积极推进。", "全国新型工业化推进大会")]
    [InlineData("4月16日，华茂能源格尔木100万千瓦光伏储能一体化项目开工仪式在格尔木东出口光伏园区举行。", "华茂能源格尔木100万千瓦光伏储能一体化项目开工仪式")]
    [InlineData("值此国际行动理事会第35届年会召开之际，向与会代表致以祝贺。", "国际行动理事会第35届年会")]
    [InlineData("省生态环境厅将于近期召开全省生态环境保护工作会议，对全年工作进行部署。", "全省生态环境保护工作会议")]
    [InlineData("观摩结束后，全市重点项目建设观摩点评会随即召开。", "全市重点项目建设观摩点评会")]
    [InlineData("6月13日下午，全省安全生产电视电话会议在长沙召开。", "全省安全生产电视电话会议")]
    [InlineData("8月15日，四川省2024年度“揭榜挂帅”重点科技项目揭榜签约会在成都举行。", "四川省2024年度“揭榜挂帅”重点科技项目揭榜签约会")]
    [InlineData("10月9日，2024眉县猕猴桃电商直播节在县城开幕。", "2024眉县猕猴桃电商直播节")]
    [InlineData("工业和信息化部副部长在当天举行的人工智能赋能新型工业化城市试点工作启动会上表示，要抓好落实。", "人工智能赋能新型工业化城市试点工作启动会")]
    [InlineData("10月27日，成都理工大学与四川川岳能源投资集团有限公司战略合作协议签约仪式在成都举行。", "成都理工大学与四川川岳能源投资集团有限公司战略合作协议签约仪式")]
    [InlineData("3月14日下午，2024年雨花区优化营商环境政企恳谈会在雨花经济开发区召开。", "2024年雨花区优化营商环境政企恳谈会")]
    [InlineData("据悉，学校2025届毕业生春季校园双选会将于3月22日举行。", "2025届毕业生春季校园双选会")]
    [InlineData("他在11月召开的中国共产主义青年团第十九届中央委员会第一次全体会议上讲话。", "中国共产主义青年团第十九届中央委员会第一次全体会议")]
    [InlineData("“教育不能等待”将在本月晚些时候召开的首次世界人道主义峰会上正式启动。", "世界人道主义峰会")]
    [InlineData("8月1日，省委理论学习中心组2024年第五次集体学习在贵阳举行。", "省委理论学习中心组2024年第五次集体学习")]
    public void Recognises_a_meeting_where_it_is_held(string text, string name)
    {
        var mention = Assert.Single(Run(text));

        Assert.Equal(name, mention.Text);
        Assert.Equal(text.IndexOf(name, StringComparison.Ordinal), mention.Span.Start);
    }

    [Fact]
    public void A_short_form_introduced_after_a_determiner_is_an_alias_of_the_full_name()
    {
        const string text = "11月6日,2024陆海新通道国际物流博览会在重庆开幕。本届物博会为期3天。据悉,物博会闭幕后企业将赴广西考察。";
        var mentions = Run(text);

        Assert.Equal(["2024陆海新通道国际物流博览会", "物博会", "物博会"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal(("2024陆海新通道国际物流博览会", "2024-11-06"), (m.Canonical, m.Date)));
    }

    [Fact]
    public void A_known_short_name_printed_alone_is_the_full_event()
    {
        var mention = Assert.Single(Run("第七届进博会在上海开幕。"));

        Assert.Equal(("进博会", "中国国际进口博览会"), (mention.Text, mention.Canonical));
    }

    [Fact]
    public void A_short_name_in_brackets_after_the_full_name_is_its_alias()
    {
        var mentions = Run("2024年中国国际服务贸易交易会（服贸会）在北京举行。服贸会期间签约项目多个。");

        Assert.Equal(["2024年中国国际服务贸易交易会", "服贸会", "服贸会"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("2024年中国国际服务贸易交易会", m.Canonical));
    }

    // A declared short form need not be made of the name's characters (车展 of 汽车博览会).
    [Fact]
    public void A_declared_short_form_is_an_alias_whatever_its_characters()
    {
        var mentions = Run("2025中国（重庆）国际汽车博览会（以下简称“重庆车展”）在重庆开幕。据悉，重庆车展为期10天。");

        Assert.Equal(["2025中国（重庆）国际汽车博览会", "重庆车展", "重庆车展"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("2025中国（重庆）国际汽车博览会", m.Canonical));
    }

    // An event's name in brackets right after another's is its alias; the bracket is no part of the name.
    [Fact]
    public void An_event_name_in_brackets_after_an_event_is_its_alias()
    {
        var mentions = Run("第十五届中国国际航空航天博览会（珠海航展）12日在珠海开幕。");

        Assert.Equal(["第十五届中国国际航空航天博览会", "珠海航展"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("第十五届中国国际航空航天博览会", m.Canonical));
    }

    [Fact]
    public void The_form_without_the_year_is_the_same_event()
    {
        var mentions = Run("2024世界智能产业博览会开幕。世界智能产业博览会展示了新产品。");

        Assert.Equal(["2024世界智能产业博览会", "世界智能产业博览会"], mentions.Select(m => m.Text));
        Assert.All(mentions, m => Assert.Equal("2024世界智能产业博览会", m.Canonical));
    }

    [Theory]
    [InlineData("6月28日至30日，2024中国—中亚经贸合作论坛在乌鲁木齐举办。", "", "2024-06-28")]
    [InlineData("2023中国光谷光电子信息产业创新峰会于11月17日开幕。", "", "2023-11-17")]
    [InlineData("9月13日，中国（济南）绿色低碳产业博览会在济南开幕。", "2023-09-15", "2023-09-13")]
    [InlineData("7月中旬，2024中国（霍尔果斯）跨境产业招商会将在霍尔果斯市举办。", "", "")]
    [InlineData("习近平主席向2024世界智能产业博览会致贺信。", "2024-06-25", "")]
    public void Takes_the_date_the_text_gives(string text, string published, string date)
    {
        var mention = Assert.Single(Run(text, published));

        Assert.Equal(date, mention.Date);
    }

    // A drill is an event only with its year first or a name in quotation marks; a year inside the quotation opens the
    // name at the quotation, not inside it.
    [Theory]
    [InlineData("并于3月下旬组织开展2025年岳西县森林火灾扑救综合应急演练，提升处置能力。", new[] { "2025年岳西县森林火灾扑救综合应急演练" })]
    [InlineData("中俄两国海军举行“海上联合-2021”军事演习。", new[] { "“海上联合-2021”军事演习" })]
    [InlineData("双方在南海举行“和平友谊-2016”中马联合军事演习。", new[] { "“和平友谊-2016”中马联合军事演习" })]
    [InlineData("部队举行了导弹发射实弹演练。", new string[0])]
    [InlineData("这是投用前首次综合演练。", new string[0])]
    [InlineData("全县共组织各类防汛应急演练46场。", new string[0])]
    [InlineData("11月15日，第八届浙江国际青年电影周在宁波开幕。", new[] { "第八届浙江国际青年电影周" })]
    [InlineData("代表团将出席“2025苏州—威尼斯友城文化周”开幕活动。", new[] { "2025苏州—威尼斯友城文化周" })]
    [InlineData("第十四届北京国际电影节——法国电影周在京开幕。", new[] { "第十四届北京国际电影节" })]
    public void A_drill_or_a_week_of_events_is_named_by_its_year_or_quotation(string text, string[] names)
    {
        Assert.Equal(names, Run(text).Select(m => m.Text).Distinct());
    }

    // A meeting of a whole province, city or county is named with the place the document is about, so that two
    // provinces' meetings are two events; a scope's work meeting is read only where that place is known.
    [Fact]
    public void A_meeting_of_a_whole_province_or_county_is_named_with_the_documents_place()
    {
        const string text = "县政府召开全县防汛工作会议。会议传达了全省防汛抗旱工作会议和全市上下的防汛工作会议精神。";

        Assert.Equal(
            ["全县防汛工作会议|歙县防汛工作会议", "全省防汛抗旱工作会议|安徽省防汛抗旱工作会议"],
            Run(text, place: "安徽省黄山市歙县").OrderBy(m => m.Span.Start).Select(m => $"{m.Text}|{m.Canonical}"));
        Assert.Empty(Run(text));
        Assert.Equal(
            "蓬安县作风建设暨群众身边不正之风和腐败问题集中整治推进会",
            Assert.Single(Run("6月18日，蓬安县召开全县作风建设暨群众身边不正之风和腐败问题集中整治推进会，通报情况。", place: "四川省南充市蓬安县")).Canonical);
    }

    // A government's standing meeting is an event named by the government, its place written out where the text
    // leaves it to the document (省政府常务会议 in a Henan paper), so that two provinces' meetings are two events.
    [Fact]
    public void A_governments_standing_meeting_is_an_event_of_that_government()
    {
        var mentions = Run("省长主持召开省政府常务会议，传达学习国务院常务会议精神。河南省政府常务会议还研究了其他事项。", place: "河南省");

        Assert.Equal(
            ["省政府常务会议|河南省政府常务会议", "国务院常务会议|国务院常务会议", "河南省政府常务会议|河南省政府常务会议"],
            mentions.OrderBy(m => m.Span.Start).Select(m => $"{m.Text}|{m.Canonical}"));
    }

    private static List<Mention> Run(string text, string published = "", string place = "")
    {
        var context = new ExtractionContext(new SourceDocument("t.txt", "0", text, new DocumentMetadata("", published, "", place), []));
        new EventStep().Run(context);
        return [.. context.ToResult().Mentions.Where(m => m.Type == MentionType.Event)];
    }
}
