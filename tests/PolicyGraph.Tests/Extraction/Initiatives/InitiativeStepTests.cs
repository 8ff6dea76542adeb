using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Initiatives;
using PolicyGraph.Text;

namespace PolicyGraph.Tests.Extraction.Initiatives;

public sealed class InitiativeStepTests
{
    [Theory]
    [InlineData("大力推进人工智能领域实践探索，加快发展新质生产力。", "新质生产力", "新质生产力")]
    [InlineData("作为京津冀协同发展的重要合作平台。", "京津冀协同发展", "京津冀协同发展")]
    [InlineData("东湖高新区将深入落实长江经济带发展战略。", "长江经济带发展战略", "长江经济带")]
    [InlineData("推进碳达峰碳中和是倒逼工业转型升级的必由之路。", "碳达峰碳中和", "双碳")]
    [InlineData("加快实施自贸试验区提升行动，助力发展。", "自贸试验区提升行动", "自贸试验区提升行动")]
    [InlineData("作为京津冀（保定）产业转移承接示范区的核心区。", "京津冀（保定）产业转移承接示范区", "京津冀（保定）产业转移承接示范区")]
    [InlineData("推动总投资86亿元的新能源汽车零部件产业园二期项目年内竣工投产。", "新能源汽车零部件产业园二期项目", "新能源汽车零部件产业园二期项目")]
    [InlineData("为建设绿色低碳高质量发展先行区提供坚实支撑。", "绿色低碳高质量发展先行区", "绿色低碳高质量发展先行区")]
    [InlineData("市政府印发了《保定市承接京津产业转移三年行动计划（2024—2026年）》。", "《保定市承接京津产业转移三年行动计划（2024—2026年）》", "保定市承接京津产业转移三年行动计划（2024—2026年）")]
    [InlineData("深入实施“十园百企”绿色转型工程。", "“十园百企”绿色转型工程", "十园百企绿色转型工程")]
    [InlineData("市委、市政府坚持以“链长制”统筹推进招商引资。", "“链长制”", "链长制")]
    [InlineData("加快建设具有全球影响力的“世界光谷”。", "“世界光谷”", "世界光谷")]
    [InlineData("自治区发展改革委将加快推进乌鲁木齐国际陆港区多式联运集散中心等重大项目建设。", "乌鲁木齐国际陆港区多式联运集散中心", "乌鲁木齐国际陆港区多式联运集散中心")]
    [InlineData("市发展改革委正会同相关部门编制通道提质增效三年行动方案。", "通道提质增效三年行动方案", "通道提质增效三年行动方案")]
    [InlineData("内蒙古实施乌梁素海流域生态修复工程。", "乌梁素海流域生态修复工程", "乌梁素海流域生态修复工程")]
    [InlineData("南水北调东线一期工程全面通水。", "南水北调东线一期工程", "南水北调东线一期工程")]
    [InlineData("要以“十四五”规划为统领。", "“十四五”规划", "十四五规划")]
    [InlineData("要高质量完成“十四五”规划目标任务。", "“十四五”规划", "十四五规划")]
    [InlineData("严格落实中央八项规定精神。", "中央八项规定精神", "中央八项规定精神")]
    [InlineData("持之以恒纠治“四风”。", "“四风”", "四风")]
    [InlineData("要以“高效办成一件事”为牵引，提升服务效能。", "“高效办成一件事”", "高效办成一件事")]
    [InlineData("做好金融“五篇大文章”。", "“五篇大文章”", "五篇大文章")]
    [InlineData("聚焦“两个责任”落实。", "“两个责任”", "两个责任")]
    [InlineData("加快建设教育强省，服务全省发展。", "教育强省", "教育强省")]
    [InlineData("河湖是美丽湖南建设的重要标志。", "美丽湖南", "美丽湖南")]
    [InlineData("全力推进平安河南建设。", "平安河南", "平安河南")]
    [InlineData("高水平建设平安大同。", "平安大同", "平安大同")]
    [InlineData("深入推进清廉四川建设。", "清廉四川", "清廉四川")]
    [InlineData("发布“科城英才计划”3.0版及配套政策。", "“科城英才计划”", "科城英才计划")]
    [InlineData("如今通过“开办餐饮店一件事”，申请人只需提交一次材料。", "“开办餐饮店一件事”", "开办餐饮店一件事")]
    [InlineData("持续开展河湖“清四乱”常态化规范化整治。", "“清四乱”", "清四乱")]
    [InlineData("锚定“作示范、勇争先”目标要求。", "“作示范、勇争先”", "作示范、勇争先")]
    [InlineData("这是实施积极应对人口老龄化国家战略的重要举措。", "积极应对人口老龄化", "积极应对人口老龄化")]
    [InlineData("宣城是长三角G60科创走廊九城市之一。", "长三角G60科创走廊", "长三角G60科创走廊")]
    [InlineData("推动洛阳都市圈建设。", "洛阳都市圈", "洛阳都市圈")]
    [InlineData("会议强调，要做强长春现代化都市圈。", "长春现代化都市圈", "长春现代化都市圈")]
    [InlineData("全力打造淮海经济区中心城市。", "淮海经济区中心城市", "淮海经济区中心城市")]
    [InlineData("加快建设关中平原城市群副中心城市。", "关中平原城市群副中心城市", "关中平原城市群副中心城市")]
    [InlineData("奋力建设国家重要先进制造业高地。", "国家重要先进制造业高地", "国家重要先进制造业高地")]
    [InlineData("打造国家清洁能源产业高地。", "国家清洁能源产业高地", "国家清洁能源产业高地")]
    [InlineData("打造黄河流域人才高地。", "黄河流域人才高地", "黄河流域人才高地")]
    [InlineData("深入开展党纪学习教育。", "党纪学习教育", "党纪学习教育")]
    [InlineData("深入打好蓝天保卫战。", "蓝天保卫战", "蓝天保卫战")]
    [InlineData("要深入开展千名干部进万企服务行动。", "千名干部进万企服务行动", "千名干部进万企服务行动")]
    [InlineData("落实全民健身国家战略。", "全民健身国家战略", "全民健身")]
    [InlineData("深入实施人才强市战略。", "人才强市", "人才强市")]
    [InlineData("——澜川新材料高端电子化学品项目，总投资12亿元；", "澜川新材料高端电子化学品项目", "澜川新材料高端电子化学品项目")]
    [InlineData("签约项目包括：\n1.天心区坡子街历史文化街区保护利用项目，总投资42亿元；", "天心区坡子街历史文化街区保护利用项目", "天心区坡子街历史文化街区保护利用项目")]
    [InlineData("签约项目包括：\n2.开福区新河三角洲片区城市更新项目，总投资60亿元；", "开福区新河三角洲片区城市更新项目", "开福区新河三角洲片区城市更新项目")]
    [InlineData("推动“两个毫不动摇”落地落实。", "“两个毫不动摇”", "两个毫不动摇")]
    [InlineData("提能升级“一号开放工程”。", "“一号开放工程”", "一号开放工程")]
    [InlineData("推广“一村一警”模式。", "“一村一警”模式", "一村一警模式")]
    [InlineData("计划三年内投资5亿元建设白茶文化体验中心项目。", "白茶文化体验中心项目", "白茶文化体验中心项目")]
    [InlineData("某公司与昆明高新区管委会签约新型储能电池系统集成项目，总投资20亿元。", "新型储能电池系统集成项目", "新型储能电池系统集成项目")]
    [InlineData("签约楚雄300万千瓦风光储一体化基地项目，总投资100亿元。", "楚雄300万千瓦风光储一体化基地项目", "楚雄300万千瓦风光储一体化基地项目")]
    [InlineData("公司年产50万套新能源汽车热管理系统项目将于今年6月投产。", "年产50万套新能源汽车热管理系统项目", "年产50万套新能源汽车热管理系统项目")]
    [InlineData("推动同非盟《2063年议程》深度对接。", "《2063年议程》", "2063年议程")]
    [InlineData("深入学习运用“晋江经验”。", "“晋江经验”", "晋江经验")]
    [InlineData("全面贯彻落实民营经济促进法。", "民营经济促进法", "民营经济促进法")]
    [InlineData("坚定不移打好世界一流“绿色能源牌”。", "“绿色能源牌”", "绿色能源牌")]
    [InlineData("专项行动与河长制工作同部署、同推进。", "河长制", "河长制")]
    [InlineData("省教育厅已启动访企拓岗促就业专项行动。", "访企拓岗促就业专项行动", "访企拓岗促就业专项行动")]
    [InlineData("深入开展河湖常态化规范化专项行动。", "河湖常态化规范化专项行动", "河湖常态化规范化专项行动")]
    [InlineData("此外还有广西防城港核电站二期工程。", "广西防城港核电站二期工程", "广西防城港核电站二期工程")]
    [InlineData("推进分级诊疗制度建设。", "分级诊疗", "分级诊疗")]
    [InlineData("大力发展普惠金融。", "普惠金融", "普惠金融")]
    [InlineData("会同有关部门持续深化城镇燃气安全专项整治。", "城镇燃气安全专项整治", "城镇燃气安全专项整治")]
    [InlineData("省属企业要深入实施国企改革深化提升行动。", "国企改革深化提升行动", "国企改革深化提升行动")]
    [InlineData("坚持以习近平新时代中国特色社会主义思想为指导。", "习近平新时代中国特色社会主义思想", "习近平新时代中国特色社会主义思想")]
    [InlineData("坚定拥护“两个确立”。", "“两个确立”", "两个确立")]
    [InlineData("会议审议通过了《西平县防汛应急预案（2025年修订）》。", "《西平县防汛应急预案（2025年修订）》", "西平县防汛应急预案（2025年修订）")]
    [InlineData("发布《江门市招商引资重点产业目录（2025年版）》。", "《江门市招商引资重点产业目录（2025年版）》", "江门市招商引资重点产业目录（2025年版）")]
    [InlineData("推动义务教育优质均衡发展。", "义务教育优质均衡发展", "义务教育优质均衡发展")]
    [InlineData("双方要发挥好中缅经济走廊北端的作用。", "中缅经济走廊", "中缅经济走廊")]
    [InlineData("这是“八五”规划的重点工程。", "“八五”规划", "八五规划")]
    [InlineData("妇联组织实施《儿童纲要》。", "《儿童纲要》", "儿童纲要")]
    [InlineData("这是以中国式现代化推进强国建设的关键任务。", "中国式现代化", "中国式现代化")]
    [InlineData("加快新基建布局。", "新基建", "新型基础设施")]
    [InlineData("加快推进《湖南省先进制造业促进条例》落地见效。", "《湖南省先进制造业促进条例》", "湖南省先进制造业促进条例")]
    [InlineData("严格执行《中华人民共和国外商投资法》。", "《中华人民共和国外商投资法》", "中华人民共和国外商投资法")]
    [InlineData("全面落实《数据安全法》。", "《数据安全法》", "数据安全法")]
    [InlineData("学习《中共中央关于进一步全面深化改革、推进中国式现代化的决定》。", "《中共中央关于进一步全面深化改革、推进中国式现代化的决定》", "中共中央关于进一步全面深化改革、推进中国式现代化的决定")]
    [InlineData("积极培育和践行社会主义核心价值观。", "社会主义核心价值观", "社会主义核心价值观")]
    [InlineData("深入开展铸牢中华民族共同体意识宣传教育。", "铸牢中华民族共同体意识", "铸牢中华民族共同体意识")]
    [InlineData("加快建设全国一体化算力网。", "全国一体化算力网", "全国一体化算力网")]
    [InlineData("安排专项资金支持“双招双引”和重大项目建设。", "“双招双引”", "双招双引")]
    public void Recognises_an_initiative_and_its_canonical_form(string text, string printed, string canonical)
    {
        var mention = Assert.Single(Run(text));

        Assert.Equal(printed, mention.Text);
        Assert.Equal(canonical, mention.Canonical);
        Assert.Equal(text.IndexOf(printed, StringComparison.Ordinal), mention.Span.Start);
    }

    [Fact]
    public void Quoted_slogans_in_a_row_are_each_an_initiative()
    {
        var mentions = Run("与市委市政府“十项行动”“三新”“三量”等部署紧密结合起来。");

        Assert.Equal(["十项行动", "三新", "三量"], mentions.Select(m => m.Canonical));
    }

    // The quoted programmes of a list share the verb before the first (实施“A计划”“B计划”); quoted phrases do not
    // (坚持“…”“合作共赢”).
    [Fact]
    public void Quoted_programmes_listed_after_a_verb_share_it()
    {
        Assert.Equal(["天府峨眉计划", "天府青城计划"], Run("明确实施“天府峨眉计划”“天府青城计划”两大人才计划。").Select(m => m.Canonical));
        Assert.DoesNotContain("合作共赢", Run("坚持“全心全意为人民服务”“合作共赢”。").Select(m => m.Canonical));
    }

    [Theory]
    [InlineData("推动通道由“线”向“网”、由“物流通道”向“经济走廊”拓展升级。")]
    [InlineData("大会以“千年宁红 香飘四海”为主题。")]
    [InlineData("每一次“落笔”都在津沽大地撒下种子。")]
    [InlineData("共同擦亮宁红茶这块“金字招牌”。")]
    [InlineData("现场集中签约项目56个，总投资463.8亿元。")]
    [InlineData("要坚持整车与零部件协同发展。")]
    [InlineData("这是习近平总书记亲自谋划、亲自部署、亲自推动的重大国家战略。")]
    [InlineData("为进出口企业提供“一站式”服务。")]
    [InlineData("两国将深化全面战略伙伴关系。")]
    [InlineData("以军在约旦河西岸继续军事行动。")]
    [InlineData("帮助中小企业寻找解决方案。")]
    [InlineData("这是一项复杂系统工程。")]
    [InlineData("这部作品在同类中一枝独秀，被称为“一枝独秀”。")]
    [InlineData("“十四五”时期是关键期。")]
    [InlineData("坚决反对搞“形象工程”。")]
    [InlineData("呼吁“停止一切敌对行动”。")]
    [InlineData("全国进入了春节“狂欢”模式。")]
    [InlineData("要进一步加强市场监管。")]
    [InlineData("打造对外开放新高地，建设区域性中心城市。")]
    [InlineData("把青藏高原打造成科技创新高地。")]
    [InlineData("谴责以色列占领戈兰高地。")]
    [InlineData("百万港人用实际行动支持。")]
    [InlineData("发挥上海中心城市作用，重庆两大都市圈联动发展。")]
    [InlineData("美国表示“支持伊朗弹道导弹计划”的说法不实。")]
    [InlineData("开幕式紧扣本届大冬会主题——“真正的冬天”。")]
    [InlineData("游客在美丽河北岸边散步，健康北京人越来越多。")]
    [InlineData("祝老人们健康长寿。")]
    [InlineData("深入开展重点领域专项整治。")]
    [InlineData("村“两委”班子成员参加活动。")]
    [InlineData("会议听取一系列专项整治情况汇报。")]
    public void Finds_no_initiative_in_ordinary_words(string text)
    {
        Assert.Empty(Run(text));
    }

    [Fact]
    public void An_initiative_inside_an_event_or_organisation_name_belongs_to_that_name()
    {
        const string text = "2024陆海新通道国际物流博览会开幕。天津自贸试验区管委会发布公告。";
        var context = new ExtractionContext(new PolicyGraph.Ingest.SourceDocument("t.txt", "0", text, PolicyGraph.Ingest.DocumentMetadata.Unknown, []));
        context.Mentions.Add(new Mention(MentionType.Event, new TextSpan(0, 17), text[..17], text[..17]));
        context.Mentions.Add(new Mention(MentionType.Organization, new TextSpan(18, 28), text[18..28], "天津自贸试验区管委会", "government"));
        new InitiativeStep().Run(context);

        Assert.DoesNotContain(context.Mentions, m => m.Type == MentionType.Initiative);
    }

    private static List<Mention> Run(string text)
    {
        var context = new ExtractionContext(new PolicyGraph.Ingest.SourceDocument("t.txt", "0", text, PolicyGraph.Ingest.DocumentMetadata.Unknown, []));
        new InitiativeStep().Run(context);
        return [.. context.ToResult().Mentions.Where(m => m.Type == MentionType.Initiative)];
    }

    // 《今日说法》 is a programme of television; an honour or a meeting decided is no policy; 各自发展战略 names none.
    [Theory]
    [InlineData("他收看了《今日说法》节目。")]
    [InlineData("各地要按照《指导意见》抓好落实。")]
    [InlineData("各地要按照《行动方案》抓好落实。")]
    [InlineData("纪念“五四”运动，弘扬“九·一八”精神。")]
    [InlineData("长征二号丁运载火箭以“一箭双星”方式发射成功。")]
    [InlineData("进一步对接各自发展战略。")]
    [InlineData("开幕式上现场签约重点项目12个，签约项目总投资50亿元。")]
    [InlineData("要深刻理解运用五个“必须统筹”。")]
    [InlineData("会议通过了《中共中央关于表彰全国优秀共产党员的决定》。")]
    [InlineData("大会通过了《关于召开中国人民政治协商会议第十四届全国委员会第二次会议的决定》。")]
    public void What_names_no_policy_is_no_initiative(string text)
    {
        Assert.Empty(Run(text));
    }
}
