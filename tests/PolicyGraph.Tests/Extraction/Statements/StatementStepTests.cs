using PolicyGraph.Extraction;
using PolicyGraph.Extraction.Statements;
using PolicyGraph.Text;

namespace PolicyGraph.Tests.Extraction.Statements;

public sealed class StatementStepTests
{
    // text, people in it (as the person step would report them), speaker, cue, mode, words, the whole turn as printed.
    public static TheoryData<string, string, string, string, StatementMode, string, string> Shapes => new()
    {
        {
            "市科协党组成员、副主席罗进飞表示，市科协将抢抓人工智能时代新机遇。", "罗进飞",
            "罗进飞", "表示", StatementMode.Indirect, "市科协将抢抓人工智能时代新机遇。", "罗进飞表示，市科协将抢抓人工智能时代新机遇。"
        },
        {
            "“我们有信心完成全年目标。”县长王海说。", "王海",
            "王海", "说", StatementMode.Direct, "我们有信心完成全年目标。", "“我们有信心完成全年目标。”县长王海说"
        },
        {
            "“贺信让我们更加坚定了信心。”天津港集团副总裁杨杰敏表示，“面向未来，天津港集团将聚力智慧创新。”", "杨杰敏",
            "杨杰敏", "表示", StatementMode.Direct, "贺信让我们更加坚定了信心。面向未来，天津港集团将聚力智慧创新。",
            "“贺信让我们更加坚定了信心。”天津港集团副总裁杨杰敏表示，“面向未来，天津港集团将聚力智慧创新。”"
        },
        {
            "“贺信为我们提供了科学指引。”市知识产权局局长任洪源表示，市知识产权局将深入学习贯彻贺信精神。", "任洪源",
            "任洪源", "表示", StatementMode.Mixed, "贺信为我们提供了科学指引。市知识产权局将深入学习贯彻贺信精神。",
            "“贺信为我们提供了科学指引。”市知识产权局局长任洪源表示，市知识产权局将深入学习贯彻贺信精神。"
        },
        {
            "云遥宇航董事长李峰辉表示：“我们将持续创新，打破“卡脖子”技术垄断，为气象事业贡献力量。”", "李峰辉",
            "李峰辉", "表示", StatementMode.Direct, "我们将持续创新，打破“卡脖子”技术垄断，为气象事业贡献力量。",
            "李峰辉表示：“我们将持续创新，打破“卡脖子”技术垄断，为气象事业贡献力量。”"
        },
        {
            "贺信让分公司总经理高解放倍受鼓舞，他说：“我们将继续坚持技术创新。”", "高解放",
            "高解放", "说", StatementMode.Direct, "我们将继续坚持技术创新。", "他说：“我们将继续坚持技术创新。”"
        },
        {
            "局长方圆陪同。记者跟随方局长来到竹坪村。方局长表示，竹坪村是全县推进茶旅融合的一个缩影。", "方圆",
            "方圆", "表示", StatementMode.Indirect, "竹坪村是全县推进茶旅融合的一个缩影。", "方局长表示，竹坪村是全县推进茶旅融合的一个缩影。"
        },
        {
            "对此，龚振华解释说，所谓“链式转型”，就是发挥链主企业的带动作用。", "龚振华",
            "龚振华", "解释说", StatementMode.Indirect, "所谓“链式转型”，就是发挥链主企业的带动作用。", "龚振华解释说，所谓“链式转型”，就是发挥链主企业的带动作用。"
        },
        {
            "吴建林叮嘱，在建工地是汛期安全管理的重点部位。", "吴建林",
            "吴建林", "叮嘱", StatementMode.Indirect, "在建工地是汛期安全管理的重点部位。", "吴建林叮嘱，在建工地是汛期安全管理的重点部位。"
        },
        {
            "闫海峰叮嘱企业，要持续深化城镇燃气安全专项整治。", "闫海峰",
            "闫海峰", "叮嘱", StatementMode.Indirect, "企业，要持续深化城镇燃气安全专项整治。", "闫海峰叮嘱企业，要持续深化城镇燃气安全专项整治。"
        },
        {
            "副厅长芦婧回应，全省已培育跨境电商产业园。", "芦婧",
            "芦婧", "回应", StatementMode.Indirect, "全省已培育跨境电商产业园。", "芦婧回应，全省已培育跨境电商产业园。"
        },
        {
            "站长方圆提醒，近期降雨偏多，各地要及早抢排田间积水。", "方圆",
            "方圆", "提醒", StatementMode.Indirect, "近期降雨偏多，各地要及早抢排田间积水。", "方圆提醒，近期降雨偏多，各地要及早抢排田间积水。"
        },
        {
            "据方圆介绍，今年县里统筹安排专项资金3200万元。", "方圆",
            "方圆", "介绍", StatementMode.Indirect, "今年县里统筹安排专项资金3200万元。", "方圆介绍，今年县里统筹安排专项资金3200万元。"
        },
        {
            "副市长江山在开幕式上表示，通道是战略通道。重庆将加强协同联动；同时扩大开放。据悉，展会为期3天。", "江山",
            "江山", "表示", StatementMode.Indirect, "通道是战略通道。重庆将加强协同联动；同时扩大开放。",
            "江山在开幕式上表示，通道是战略通道。重庆将加强协同联动；同时扩大开放。"
        },
        {
            "“在家门口就能挣钱，日子越过越有奔头。”村民卢秀英笑着说。", "卢秀英",
            "卢秀英", "说", StatementMode.Direct, "在家门口就能挣钱，日子越过越有奔头。", "“在家门口就能挣钱，日子越过越有奔头。”村民卢秀英笑着说"
        },
        {
            "商会会长唐晓东参加了展会。唐会长坦言，过去不少企业对政策了解不多，“现在商会定期组织政策宣讲，企业积极性明显提高了”。", "唐晓东",
            "唐晓东", "坦言", StatementMode.Mixed, "过去不少企业对政策了解不多，“现在商会定期组织政策宣讲，企业积极性明显提高了”。",
            "唐会长坦言，过去不少企业对政策了解不多，“现在商会定期组织政策宣讲，企业积极性明显提高了”。"
        },
        {
            "管委会主任贺立军介绍，高新区今年新落地企业37家。“我们在园区建设了中试基地，成果可以直接拿过来做试验。”", "贺立军",
            "贺立军", "介绍", StatementMode.Mixed, "高新区今年新落地企业37家。我们在园区建设了中试基地，成果可以直接拿过来做试验。",
            "贺立军介绍，高新区今年新落地企业37家。“我们在园区建设了中试基地，成果可以直接拿过来做试验。”"
        },
        {
            "记者见到了技术工人刘长春。“以前一个班下来浑身是汗，现在轻松多了。”老刘说，公司每年都组织技能培训。", "刘长春",
            "刘长春", "说", StatementMode.Mixed, "以前一个班下来浑身是汗，现在轻松多了。公司每年都组织技能培训。",
            "“以前一个班下来浑身是汗，现在轻松多了。”老刘说，公司每年都组织技能培训。"
        },
        {
            "合作社理事长黄冬生说:\"我们统一提供茶苗、统一技术培训。\"", "黄冬生",
            "黄冬生", "说", StatementMode.Direct, "我们统一提供茶苗、统一技术培训。", "黄冬生说:\"我们统一提供茶苗、统一技术培训。\""
        },
        {
            "会长钟立华表示：「协会将发挥桥梁纽带作用，擦亮这块金字招牌。」", "钟立华",
            "钟立华", "表示", StatementMode.Direct, "协会将发挥桥梁纽带作用，擦亮这块金字招牌。", "钟立华表示：「协会将发挥桥梁纽带作用，擦亮这块金字招牌。」"
        },
        {
            "市商务局局长李华告诉记者，今年将举办20场招商活动。", "李华",
            "李华", "告诉记者", StatementMode.Indirect, "今年将举办20场招商活动。", "李华告诉记者，今年将举办20场招商活动。"
        },
        {
            "外交部发言人汪文斌在例行记者会上表示，中方对此坚决反对。", "汪文斌",
            "汪文斌", "表示", StatementMode.Indirect, "中方对此坚决反对。", "汪文斌在例行记者会上表示，中方对此坚决反对。"
        },
        {
            "总工程师陈刚回应称，全市规上工业增加值增长7.1%。", "陈刚",
            "陈刚", "回应称", StatementMode.Indirect, "全市规上工业增加值增长7.1%。", "陈刚回应称，全市规上工业增加值增长7.1%。"
        },
        {
            "董事长朱华荣在发布会上宣布，公司将实施“香格里拉计划”。", "朱华荣",
            "朱华荣", "宣布", StatementMode.Indirect, "公司将实施“香格里拉计划”。", "朱华荣在发布会上宣布，公司将实施“香格里拉计划”。"
        },
        {
            "“我们会把好事办好。”，市长张三说。", "张三",
            "张三", "说", StatementMode.Direct, "我们会把好事办好。", "“我们会把好事办好。”，市长张三说"
        },
        {
            "村支书刘彦军激动地说：『这都要感谢党，感谢亲人解放军。』", "刘彦军",
            "刘彦军", "说", StatementMode.Direct, "这都要感谢党，感谢亲人解放军。", "刘彦军激动地说：『这都要感谢党，感谢亲人解放军。』"
        },
        {
            "在县长杨卫东看来，白茶产业是安吉践行理念的生动缩影。", "杨卫东",
            "杨卫东", "看来", StatementMode.Indirect, "白茶产业是安吉践行理念的生动缩影。", "杨卫东看来，白茶产业是安吉践行理念的生动缩影。"
        },
        {
            "教授胡立新认为修水茶区发展高品质红茶具有得天独厚的条件。", "胡立新",
            "胡立新", "认为", StatementMode.Indirect, "修水茶区发展高品质红茶具有得天独厚的条件。", "胡立新认为修水茶区发展高品质红茶具有得天独厚的条件。"
        },
    };

    [Fact]
    public void A_lead_opening_with_a_reporters_credit_is_read()
    {
        const string text = "本报讯（记者 程霁 吴启航）7月12日，省委书记陶承远在金寨县调研。他强调，要认真贯彻党的二十大精神。";
        var credit = new TextSpan(3, text.IndexOf('）', StringComparison.Ordinal) + 1);

        var statement = Assert.Single(Tests.Extraction.Entities.Extract.From(text, "安徽省", [credit]).Statements);

        Assert.Equal("陶承远", statement.Speaker.Canonical);
        Assert.Equal("要认真贯彻党的二十大精神。", statement.Text);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Finds_one_turn_with_its_speaker_cue_mode_words_and_span(string text, string persons, string speaker, string cue, StatementMode mode, string words, string turn)
    {
        var statement = Assert.Single(Run(ContextBuilder.With(text, persons.Split(','))));

        Assert.Equal(new Speaker(MentionType.Person, speaker), statement.Speaker);
        Assert.Equal(cue, statement.Cue);
        Assert.Equal(mode, statement.Mode);
        Assert.Equal(words, statement.Text);
        Assert.Equal(turn, statement.Span.Of(text));
        Assert.Equal(words, string.Concat(statement.Content.Select(c => c.Of(text))));
    }

    [Theory]
    [InlineData("省工信厅有关负责人表示，今年以来全省新培育国家级绿色工厂86家。")]
    [InlineData("省工信厅有关部门负责人表示，今年以来全省新培育国家级绿色工厂86家。")]
    public void An_unnamed_official_makes_the_organisation_the_speaker(string text)
    {
        var context = ContextBuilder.With(text, [], [("省工信厅", "山东省工业和信息化厅")]);

        var statement = Assert.Single(Run(context));

        Assert.Equal(new Speaker(MentionType.Organization, "山东省工业和信息化厅", "government"), statement.Speaker);
        Assert.Equal("今年以来全省新培育国家级绿色工厂86家。", statement.Text);
        Assert.Equal(text, statement.Span.Of(text));
    }

    // A body named at the start of the clause speaks itself (西安市商务局表示); after 向 it is spoken to.
    [Theory]
    [InlineData("西安市商务局表示，论坛期间共签约项目32个。", "论坛期间共签约项目32个。")]
    [InlineData("据西安市商务局介绍，论坛期间共签约项目32个。", "论坛期间共签约项目32个。")]
    public void A_body_at_the_start_of_the_clause_speaks(string text, string words)
    {
        var context = ContextBuilder.With(text, [], [("西安市商务局", "西安市商务局")]);

        var statement = Assert.Single(Run(context));

        Assert.Equal(MentionType.Organization, statement.Speaker.Type);
        Assert.Equal("西安市商务局", statement.Speaker.Canonical);
        Assert.Equal(words, statement.Text);
    }

    [Theory]
    [InlineData("会议向西安市商务局表示，要抓好落实。")]
    [InlineData("企业代表对西安市商务局表示，服务很周到。")]
    public void A_body_spoken_to_does_not_speak(string text)
    {
        Assert.DoesNotContain(Run(ContextBuilder.With(text, [], [("西安市商务局", "西安市商务局")])), s => s.Speaker.Type == MentionType.Organization);
    }

    [Theory]
    [InlineData("新加坡总理李显龙表示，新方愿加强合作。越南国家主席陈大光表示支持这一倡议。", "新方愿加强合作。")]
    [InlineData("李强表示，中方愿同俄方一道推动合作。习近平主席提出的倡议为合作搭建了新平台。", "中方愿同俄方一道推动合作。习近平主席提出的倡议为合作搭建了新平台。")]
    [InlineData("李强表示，中方愿同俄方一道推动合作。截至目前，双方已签署协议20项。", "中方愿同俄方一道推动合作。")]
    [InlineData("李强表示，中方愿同俄方一道推动合作。各部门表示，要扩大合作。", "中方愿同俄方一道推动合作。")]
    [InlineData("李强强调，要抓好就业。总书记指出，要用好信息技术。", "要抓好就业。总书记指出，要用好信息技术。")]
    [InlineData("李强表示，要抓好落实。要按照高质量发展的要求，加快建设。", "要抓好落实。要按照高质量发展的要求，加快建设。")]
    [InlineData("李强表示，罪行已供认不讳。5月初，委内瑞拉政府称连续挫败两起入侵行动。", "罪行已供认不讳。")]
    [InlineData("李强表示，中国永远不称霸、不扩张。天然气水合物又称可燃冰，是清洁能源。", "中国永远不称霸、不扩张。天然气水合物又称可燃冰，是清洁能源。")]
    [InlineData("李强表示，要抓好落实。今天，大家提出了许多好的意见和建议，很有帮助。", "要抓好落实。今天，大家提出了许多好的意见和建议，很有帮助。")]
    public void Reported_speech_stops_where_another_person_reports_or_the_narrator_gives_figures(string text, string words)
    {
        var persons = text.Contains("陈大光", StringComparison.Ordinal) ? new[] { "李显龙", "陈大光" } : new[] { "李强", "习近平" };
        var statement = Assert.Single(Run(ContextBuilder.With(text, persons)));

        Assert.Equal(words, statement.Text);
    }

    [Fact]
    public void A_title_after_the_name_stands_between_speaker_and_cue()
    {
        const string text = "习近平总书记指出，要以科技创新引领产业创新。";
        var context = ContextBuilder.With(text, "习近平");
        context.Mentions.Add(new Mention(MentionType.Title, new TextSpan(3, 6), "总书记", "总书记"));

        var statement = Assert.Single(Run(context));
        Assert.Equal("习近平", statement.Speaker.Canonical);
        Assert.Equal("要以科技创新引领产业创新。", statement.Text);
    }

    [Fact]
    public void Two_attributions_in_a_paragraph_give_two_turns_and_the_first_stops_at_the_second()
    {
        const string text = "教授邹明辉认为，通道是开放的重要依托。他建议，进一步加强与东盟国家的软联通。";
        var statements = Run(ContextBuilder.With(text, "邹明辉"));

        Assert.Equal(["认为", "建议"], statements.Select(s => s.Cue));
        Assert.All(statements, s => Assert.Equal("邹明辉", s.Speaker.Canonical));
        Assert.Equal("通道是开放的重要依托。", statements[0].Text);
        Assert.Equal("进一步加强与东盟国家的软联通。", statements[1].Text);
    }

    // A sentence that opens by naming someone else with a post is the narrator's, not more of the speech.
    [Fact]
    public void Reported_speech_stops_at_a_sentence_opening_with_another_holder_of_a_post()
    {
        var extraction = PolicyGraph.Tests.Extraction.Entities.Extract.From("人民银行天津分行行长刘明表示，将加大信贷支持。天津海关关长赵刚、国网天津市电力公司总经理孙磊参加。", "天津市");

        var statement = Assert.Single(extraction.Statements);
        Assert.Equal("将加大信贷支持。", statement.Text);
    }

    // 说：“…。”他说，…: the quotation opened right after the first cue is the first turn's; the follow-up is its own.
    [Fact]
    public void A_quotation_after_a_cue_stays_with_it_when_a_follow_up_comes_right_after()
    {
        const string text = "总裁唐岳在接受记者采访时说：“营商环境越来越好。”他说，公司计划新增投资。";
        var statements = Run(ContextBuilder.With(text, "唐岳"));

        Assert.Equal(["营商环境越来越好。", "公司计划新增投资。"], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal("唐岳", s.Speaker.Canonical));
        Assert.Equal([StatementMode.Direct, StatementMode.Indirect], statements.Select(s => s.Mode));
    }

    [Fact]
    public void A_pronoun_takes_the_nearest_person_of_its_gender_in_the_paragraph()
    {
        const string text = "局长林静怡指出，跨境结算量保持增长。专家董宇澄也参加了论坛。她表示，今年将推出一批试点。";
        var context = ContextBuilder.With(text, "林静怡", "董宇澄");
        var first = new StatementStep();
        first.Run(context);

        // 她 is resolved to the nearest earlier person; gender is unknown for both, so 董宇澄 is nearest.
        Assert.Equal("董宇澄", context.Statements.Single(s => s.Cue == "表示").Speaker.Canonical);
    }

    // A leader cited for a thought, an instruction or a speech is what the speaker talks about, not whom 他 quotes next.
    [Theory]
    [InlineData("周振华表示，苏州将深入学习贯彻习近平总书记关于东西部协作工作的重要指示精神。他强调，要推动更多企业到沿河投资。", "周振华")]
    [InlineData("郑剑锋强调，要深入学习贯彻习近平生态文明思想，认真落实习近平总书记考察江西时的重要讲话精神。他指出，各级河湖长要扛起主体责任。", "郑剑锋")]
    [InlineData("部长刘奇葆在会上传达了习近平的重要指示并讲话。他表示，要深刻领会其中的精神。", "刘奇葆")]
    [InlineData("以习近平同志为核心的党中央把海洋强国建设摆在重要位置。总书记的考察足迹遍布沿海各地。他指出，要高度重视海洋生态文明建设。", "习近平")]
    [InlineData("周振华在致辞中代表学校对刘奇葆一行的到来表示欢迎。他表示，学校始终坚持立足芜湖。", "周振华")]
    public void A_pronoun_skips_a_leader_cited_as_an_authority(string text, string speaker)
    {
        var names = new[] { "周振华", "郑剑锋", "刘奇葆", "习近平" }.Where(n => text.Contains(n, StringComparison.Ordinal)).ToArray();
        var statements = Run(ContextBuilder.With(text, names));

        Assert.Equal(speaker, statements.Last().Speaker.Canonical);
    }

    [Fact]
    public void A_pronoun_opening_a_paragraph_continues_the_previous_paragraph_speaker()
    {
        const string text = "县长王海表示，今年将新建茶园1万亩。\n“我们有信心完成目标。”他说。\n";
        var statements = Run(ContextBuilder.With(text, "王海"));

        Assert.Equal(["王海", "王海"], statements.Select(s => s.Speaker.Canonical));
    }

    [Fact]
    public void A_pronoun_after_other_words_does_not_reach_into_the_previous_paragraph()
    {
        const string text = "县长王海表示，今年将新建茶园1万亩。\n贺信让总经理倍受鼓舞，他说：“我们将继续坚持技术创新。”\n";
        var statement = Assert.Single(Run(ContextBuilder.With(text, "王海")));

        Assert.Equal("表示", statement.Cue);
    }

    [Fact]
    public void A_demonstrative_title_resolves_to_the_holder_named_earlier()
    {
        const string text = "市发展和改革委员会主任李明出席会议。\n会上，该委主任表示，将加快重点项目建设。\n";
        var context = ContextBuilder.With(text, "李明");
        context.Positions.Add(new PositionFact("李明", new TextSpan(11, 13), "主任", "天津市发展和改革委员会", "government", PositionStatus.Unspecified, new TextSpan(0, 13)));

        var statement = Assert.Single(Run(context));

        Assert.Equal(("李明", "该委主任表示，将加快重点项目建设。"), (statement.Speaker.Canonical, statement.Span.Of(text)));
    }

    [Fact]
    public void A_demonstrative_body_with_an_unnamed_official_resolves_to_the_organisation_named_earlier()
    {
        const string text = "市商务局发布了一季度数据。\n该局有关负责人表示，消费市场持续回暖。\n";
        var context = ContextBuilder.With(text, [], [("市商务局", "天津市商务局")]);

        var statement = Assert.Single(Run(context));

        Assert.Equal(new Speaker(MentionType.Organization, "天津市商务局", "government"), statement.Speaker);
        Assert.Equal("该局有关负责人表示，消费市场持续回暖。", statement.Span.Of(text));
    }

    // 该负责人 is the unnamed official named last before, who speaks for their body.
    [Fact]
    public void The_official_named_before_speaks_again_as_their_body()
    {
        const string text = "市执法支队有关负责人介绍，今年共查办案件32起。该负责人表示，支队将积极探索非现场执法模式。";
        var context = ContextBuilder.With(text, [], [("市执法支队", "常州市执法支队")]);

        var statements = Run(context);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal(new Speaker(MentionType.Organization, "常州市执法支队", "government"), s.Speaker));
        Assert.Equal("支队将积极探索非现场执法模式。", statements[1].Text);
    }

    // A clause of time may stand between the speaker and the cue (认真听取发言后指出), not where the name before it is the
    // partner of someone else's act (普京在与法国总统马克龙通电话时表示).
    [Fact]
    public void A_clause_of_time_stands_between_the_speaker_and_the_cue()
    {
        var extraction = PolicyGraph.Tests.Extraction.Entities.Extract.From("省长郑海川认真听取发言后指出，民营经济是推进中国式现代化的生力军。", "福建省");

        Assert.Equal("郑海川", Assert.Single(extraction.Statements).Speaker.Canonical);
    }

    [Fact]
    public void The_partner_in_a_clause_of_time_does_not_speak()
    {
        var extraction = PolicyGraph.Tests.Extraction.Entities.Extract.From("俄罗斯总统普京19日在与法国总统马克龙通电话时表示，俄方愿提供必要协助。", "北京市");

        Assert.DoesNotContain(extraction.Statements, s => s.Speaker.Canonical == "马克龙");
    }

    [Fact]
    public void A_name_inside_an_initiative_is_no_antecedent_for_a_pronoun()
    {
        const string text = "副市长江山表示，西部陆海新通道是战略通道。他强调，要把通道优势转化为产业优势。";
        var context = ContextBuilder.With(text, "江山", "陆海新");
        context.Mentions.Add(new Mention(MentionType.Initiative, new TextSpan(8, 15), "西部陆海新通道", "西部陆海新通道"));

        var statements = Run(context);

        Assert.Equal(["江山", "江山"], statements.Select(s => s.Speaker.Canonical));
    }

    [Fact]
    public void Interview_answers_are_statements_and_questions_are_not()
    {
        const string text = "本报记者专访了市长李明远。\n记者：今年有什么打算？\n李明远：我们将加快推进产业升级。\n记者：营商环境呢？\n答：持续优化营商环境。\n";
        var statements = Run(ContextBuilder.With(text, "李明远"));

        Assert.Equal(["我们将加快推进产业升级。", "持续优化营商环境。"], statements.Select(s => s.Text));
        Assert.All(statements, s => Assert.Equal(("李明远", "答", StatementMode.Direct), (s.Speaker.Canonical, s.Cue, s.Mode)));
    }

    // A press conference's answer may name its speaker after 答： (答：省商务厅副厅长龚丽君介绍，…): the answer is that
    // official's, as in any paragraph, not the last person named before the first question; one quoting a third
    // person later on stays the interviewee's.
    [Fact]
    public void An_answer_that_opens_with_its_speaker_is_theirs()
    {
        const string text = "副主任罗振华介绍了有关情况。\n问：消费品以旧换新进展如何？\n答：省商务厅党组成员、副厅长龚丽君介绍，全省已发放补贴12亿元。\n"
            + "问：下一步呢？\n答：我们将继续落实政策，正如龚丽君表示，要让群众得到实惠。\n";
        var statements = Run(ContextBuilder.With(text, "罗振华", "龚丽君"));

        Assert.Equal(
            [("龚丽君", "介绍", "全省已发放补贴12亿元。"), ("罗振华", "答", "我们将继续落实政策，正如龚丽君表示，要让群众得到实惠。")],
            statements.Select(s => (s.Speaker.Canonical, s.Cue, s.Text)));
    }

    // A press conference's transcript: a reporter's question opens with the outlet (人民日报记者：), the answers with the
    // official's name and a colon.
    [Fact]
    public void A_question_may_open_with_the_reporters_outlet()
    {
        const string text = "发言人刘晓婷介绍了有关情况。\n人民日报记者：一季度农产品市场运行怎样？\n刘晓婷：一季度，农产品市场运行总体平稳。\n";
        var statements = Run(ContextBuilder.With(text, "刘晓婷"));

        Assert.Equal([("刘晓婷", "答", "一季度，农产品市场运行总体平稳。")], statements.Select(s => (s.Speaker.Canonical, s.Cue, s.Text)));
    }

    // 问（现代快报记者）：…, 答（南京住房公积金管理中心副主任季长河）：…: the outlet and the answering official in brackets.
    [Fact]
    public void A_transcript_may_name_the_outlet_and_the_official_in_brackets()
    {
        const string text = "发布会介绍了新政内容。\n问（现代快报记者）：额度提高后，月供压力会不会增加？\n答（南京住房公积金管理中心副主任季长河）：额度提高不等于必须用满，职工可自主选择。\n";
        var statements = Run(ContextBuilder.With(text, "季长河"));

        Assert.Equal([("季长河", "答", "额度提高不等于必须用满，职工可自主选择。")], statements.Select(s => (s.Speaker.Canonical, s.Cue, s.Text)));
    }

    // A gesture may stand between the speaker and the cue after a quote (”向明川指着窗外说).
    [Fact]
    public void A_gesture_between_the_speaker_and_the_cue()
    {
        var statements = Run(ContextBuilder.With("“三年前这里还是一条烂泥路，下雨天车子根本开不进来。”向明川指着窗外说。", "向明川"));

        Assert.Equal([("向明川", "三年前这里还是一条烂泥路，下雨天车子根本开不进来。")], statements.Select(s => (s.Speaker.Canonical, s.Text)));
    }

    // 通报 reports what follows, as 介绍 does.
    [Fact]
    public void A_briefing_is_what_the_official_said()
    {
        var statements = Run(ContextBuilder.With("省安委办主任左汉林通报，今年1至5月，全省生产安全事故起数同比下降12.4%。", "左汉林"));

        Assert.Equal([("左汉林", "通报")], statements.Select(s => (s.Speaker.Canonical, s.Cue)));
    }

    [Theory]
    [InlineData("大家纷纷表示，要深入学习领会贺信精神。")]
    [InlineData("会议通报了全市安全生产情况。")]
    [InlineData("有关负责同志介绍了全市经济运行情况。")]
    [InlineData("王海对此表示感谢。")]
    [InlineData("据介绍，光谷量子信息产业园项目已开工建设。")]
    [InlineData("对王海来说，这是一次难得的机会。")]
    [InlineData("“十项行动”“三新”“三量”等部署紧密结合起来。")]
    [InlineData("文章指出，纪律是成文的道德。")]
    [InlineData("王海对各国来宾表示热烈欢迎。")]
    [InlineData("王海表示真诚的感谢。")]
    [InlineData("会议强调，要抓好贯彻落实。")]
    public void Reports_no_statement_where_nobody_is_attributed_speech(string text)
    {
        Assert.Empty(Run(ContextBuilder.With(text, "王海", "文章")));
    }

    [Fact]
    public void Skips_speech_inside_page_chrome()
    {
        const string text = "王海表示，这是页脚里的一句话。";
        var context = ContextBuilder.With(text, ["王海"], null, [new(0, text.Length)]);

        Assert.Empty(Run(context));
    }

    [Fact]
    public void An_unbalanced_quote_runs_to_its_paragraph_end_and_no_further()
    {
        var text = "杨柳表示：“从新能源科技到生命健康，每一次落笔都撒下种子\n\n第二段另有内容。王海表示，第二段的话。\n" + new string('文', 100_000);
        var statements = Run(ContextBuilder.With(text, "杨柳", "王海"));

        Assert.Equal(2, statements.Count);
        Assert.Equal("从新能源科技到生命健康，每一次落笔都撒下种子", statements[0].Text);
        Assert.Equal("第二段的话。", statements[1].Text);
    }

    [Fact]
    public void A_quote_running_over_paragraphs_is_one_turn()
    {
        const string text = "王海说：“第一段话，我们要加快发展。\n“第二段话，我们要扩大开放。”\n";
        var statement = Assert.Single(Run(ContextBuilder.With(text, "王海")));

        Assert.Equal("第一段话，我们要加快发展。第二段话，我们要扩大开放。", statement.Text);
    }

    private static List<StatementFact> Run(ExtractionContext context)
    {
        new StatementStep().Run(context);
        return [.. context.ToResult().Statements];
    }
    // 回答, 谈到 and 反映 are cues right before a comma or colon; elsewhere they name the occasion of a cue after them
    // (在回答记者提问时说), which stays the cue. 现场 may stand between the speaker and the cue.
    [Theory]
    [InlineData("省公安厅治安管理总队副总队长许文斌回答：针对夏季夜间治安特点，全省公安机关加强巡查。", "许文斌", "回答")]
    [InlineData("市委宣传部部长刘慧敏谈到，要精心组织全会精神宣讲，推动理论飞入寻常百姓家。", "刘慧敏", "谈到")]
    [InlineData("公司董事长谢国栋同时反映，企业所在片区的货车通行时段限制较多，影响配送效率。", "谢国栋", "反映")]
    [InlineData("区行政审批服务局局长钟敏现场回应，将进一步扩大政策覆盖范围，年内实现高频事项网上可办。", "钟敏", "回应")]
    [InlineData("人力资源和社会保障部部长俞望舒在回答记者提问时说，人社部将深入贯彻落实就业优先政策。", "俞望舒", "说")]
    public void Answering_mentioning_and_reporting_are_cues_before_a_comma(string text, string speaker, string cue)
    {
        var statements = Run(ContextBuilder.With(text, speaker));

        Assert.Equal([(speaker, cue)], statements.Select(s => (s.Speaker.Canonical, s.Cue)));
    }

    [Fact]
    public void Answering_as_the_occasion_of_a_cue_after_a_quote_is_no_cue()
    {
        var statements = Run(ContextBuilder.With("“今年高校毕业生预计达到1222万人，稳就业任务依然艰巨。”人力资源和社会保障部部长俞望舒在回答记者提问时说，人社部将深入贯彻落实就业优先政策。", "俞望舒"));

        var statement = Assert.Single(statements);
        Assert.Equal("说", statement.Cue);
        Assert.Contains("人社部将深入贯彻落实就业优先政策", statement.Text, StringComparison.Ordinal);
    }
    // An occasion in 在…上 between the speaker and the cue may name a long meeting.
    [Fact]
    public void A_long_occasion_between_the_speaker_and_the_cue()
    {
        var statements = Run(ContextBuilder.With("工业和信息化部副部长卓远航在当天举行的人工智能赋能新型工业化城市试点工作启动会上表示，要推动人工智能与制造业深度融合。", "卓远航"));

        Assert.Equal([("卓远航", "表示")], statements.Select(s => (s.Speaker.Canonical, s.Cue)));
    }
}
