using PolicyGraph.Extraction;

namespace PolicyGraph.Tests.Extraction.Entities;

/// <summary>Posts whose body, or whose verb, the article gives outside the chain before the name.</summary>
public sealed class ImpliedPositionTests
{
    // An appointment notice written as lists: each line under 决定任命： or 免去： is an appointment or a removal.
    [Fact]
    public void Reads_the_items_of_an_appointment_list()
    {
        const string text = "贵阳市人民代表大会常务委员会任免名单\n\n决定任命：\n龙海涛为贵阳市人民政府副市长。\n\n决定免去：\n石国栋的贵阳市人民政府副市长职务。\n\n"
            + "任命：\n罗晓霞为贵阳市发展和改革委员会主任；\n杨启明为贵阳市教育局局长。\n\n免去：\n付建华的贵阳市发展和改革委员会主任职务；\n田玉龙的贵阳市教育局局长职务。\n";

        var extraction = Extract.From(text, "贵州省贵阳市");

        Assert.Equal(["付建华", "杨启明", "田玉龙", "石国栋", "罗晓霞", "龙海涛"], extraction.Of(MentionType.Person).Select(p => p.Split('@')[0]).Order(StringComparer.Ordinal));
        var statuses = extraction.Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}|{p.Status}").Order(StringComparer.Ordinal);
        Assert.Equal(
        [
            "付建华|主任|贵阳市发展和改革委员会|Former", "杨启明|局长|贵阳市教育局|New", "田玉龙|局长|贵阳市教育局|Former",
            "石国栋|副市长|贵阳市人民政府|Former", "罗晓霞|主任|贵阳市发展和改革委员会|New", "龙海涛|副市长|贵阳市人民政府|New",
        ], statuses);
    }

    // A line is an item only under a header that ends in an appointment's verb and a colon, with no blank line between.
    [Fact]
    public void A_line_without_a_header_above_is_no_appointment()
    {
        var extraction = Extract.From("会议情况：\n王建国为大家介绍了有关情况。\n\n任命：\n\n李明为市教育局局长。\n", "贵州省贵阳市");

        Assert.Empty(extraction.Positions);
    }

    // 在某公司，……董事长某某介绍: a company's titles with no organisation, opening a clause, are at the one company the
    // sentence or else the paragraph named before them; not where the paragraph names two.
    [Theory]
    [InlineData("在台州澜晟医药科技有限公司，周立新走进研发中心。“去年公司共建了联合实验室。”总经理叶思彤说，企业计划投资12亿元。", "叶思彤|总经理|台州澜晟医药科技有限公司")]
    [InlineData("浙江海衡智能装备股份有限公司是一家高新技术企业。在公司新落成的车间，周立新详细了解情况。董事长王建勋介绍，公司研发投入年均增长20%。", "王建勋|董事长|浙江海衡智能装备股份有限公司")]
    [InlineData("在产业园内的台州驰远新能源科技有限公司，董事长兼总经理郑国庆告诉记者，项目将于今年6月投产。", "郑国庆|董事长|台州驰远新能源科技有限公司")]
    public void A_company_title_is_at_the_company_the_paragraph_is_about(string text, string expected)
    {
        Assert.Contains(expected, Extract.From(text, "浙江省台州市").PositionList());
    }

    // 院长 with no organisation is of the one …院 the sentence or paragraph named before (a hospital, not a government).
    [Fact]
    public void An_institutions_head_is_at_the_institution_the_paragraph_is_about()
    {
        var positions = Extract.From("在旧县镇中心卫生院新建的慢病管理中心里，患者排起了队。院长毛玉珍告诉记者，县人民医院每周派专家来坐诊。", "安徽省阜阳市").PositionList();

        Assert.Contains("毛玉珍|院长|旧县镇中心卫生院", positions);
    }

    [Fact]
    public void A_company_title_takes_no_company_where_the_paragraph_names_two()
    {
        var positions = Extract.From("甲乙科技有限公司与丙丁能源集团签署合作协议。总经理王建勋介绍，双方将共建实验室。", "浙江省台州市").PositionList();

        Assert.DoesNotContain(positions, p => p.StartsWith("王建勋|", StringComparison.Ordinal));
    }

    // Deputies of a post held earlier in the sentence, and its secretary-general, are of that post's body; names listed
    // after a holder with 、 hold the posts several can hold (副主任), not a head's (总统).
    [Fact]
    public void Deputies_and_listed_names_share_the_body_of_the_post_before_them()
    {
        var positions = Extract.From("市人大常委会主任韦德林主持会议，副主任罗庆华、杨明远、石美兰，秘书长岑国辉出席会议。", "贵州省贵阳市").PositionList();

        Assert.Equal(
        [
            "岑国辉|秘书长|贵阳市人民代表大会常务委员会", "杨明远|副主任|贵阳市人民代表大会常务委员会", "石美兰|副主任|贵阳市人民代表大会常务委员会",
            "罗庆华|副主任|贵阳市人民代表大会常务委员会", "韦德林|主任|贵阳市人民代表大会常务委员会",
        ], positions);
    }

    // Names listed with 、 after a title's name are names where the list ends as one of people does; 以及 ends a name.
    [Theory]
    [InlineData("常务副市长冯卓，副市长邱婉婷、孟繁宇，市政府秘书长严俊出席会议。", "孟繁宇|副市长|徐州市人民政府")]
    [InlineData("全国政协委员朱永新、李卫红、胡卫以及专家学者等在座谈会上发言。", "胡卫|委员|中国人民政治协商会议全国委员会")]
    [InlineData("国务院副总理刘延东、汪洋以及中国驻俄罗斯大使李辉也到机场迎接。", "李辉|大使|中国驻俄罗斯大使馆")]
    public void Names_listed_after_a_titles_name_are_names(string text, string expected)
    {
        Assert.Contains(expected, Extract.From(text, "江苏省徐州市").PositionList());
    }

    [Fact]
    public void A_head_of_state_title_is_not_shared_by_the_names_listed_after_its_holder()
    {
        var positions = Extract.From("出席会议的有印度尼西亚总统佐科、王建国等。", "北京市").PositionList();

        Assert.DoesNotContain(positions, p => p.StartsWith("王建国|", StringComparison.Ordinal));
    }

    // A park's party committee is the organisation before 书记, as 市委 is.
    [Fact]
    public void A_parks_party_committee_is_the_body_of_its_secretary()
    {
        var positions = Extract.From("台州湾新区党工委书记、管委会主任陈昊介绍，园区正加快建设。", "浙江省台州市").PositionList();

        Assert.Equal(["陈昊|主任|台州湾新区管委会", "陈昊|书记|台州湾新区党工委"], positions);
    }

    // 习近平主席向大会致信: a surname that is also a preposition starts no name where it starts a word; 致贺电 follows a name.
    [Fact]
    public void A_preposition_before_a_word_is_no_name_and_a_message_verb_ends_one()
    {
        var extraction = Extract.From("习近平主席向大会致信指出，中美关系基础在民间。新任越共中央总书记苏林致贺电。", "北京市");

        Assert.DoesNotContain("向大会", extraction.Canonicals(MentionType.Person));
        Assert.Contains("苏林|总书记|越南共产党中央委员会", extraction.PositionList());
    }

    // 学校党委书记: the bare word refers back to the university named before (近年来学校 is no name of one).
    [Fact]
    public void A_bare_school_is_the_university_named_before()
    {
        var positions = Extract.From("天府理工大学与四川天府先进制造研究院全面战略合作协议签约仪式在成都举行。根据协议，双方将在关键核心技术攻关等方面开展深度合作。"
            + "学校党委书记刘芳菲，校长何文斌，中国科学院院士、天府理工大学教授谭永康，研究院院长周立衡等出席签约仪式。", "四川省成都市").PositionList();

        Assert.Contains("刘芳菲|党委书记|天府理工大学", positions);
        Assert.Contains("何文斌|校长|天府理工大学", positions);
    }

    // A leader's title after a name is that name's, and no name follows it: 习近平主席|成功…, 习近平总书记|曾明确指出.
    [Theory]
    [InlineData("去年，习近平主席成功对法国进行国事访问。")]
    [InlineData("习近平总书记曾明确指出，要大胆试、大胆闯。")]
    public void No_name_follows_a_leaders_title_after_a_name(string text)
    {
        var extraction = Extract.From(text, "北京市");

        Assert.Equal(["习近平"], extraction.Canonicals(MentionType.Person));
        Assert.DoesNotContain(extraction.Positions, p => p.Organization == "习近平");
    }

    // 古巴国家主席: a country before its head's title, which the model reads as a place, is no person; 法赫德、塞尔维亚…: nor
    // one listed after a foreign leader's name.
    [Theory]
    [InlineData("时隔22年，古巴国家主席访问伊朗。应伊朗总统莱希的正式邀请，古巴国家主席迪亚斯－卡内尔抵达德黑兰。", "古巴")]
    [InlineData("发来贺电的还有：阿曼副首相法赫德、塞尔维亚对华合作国家委员会主席尼科利奇。", "塞尔维亚")]
    public void A_country_is_no_person(string text, string country)
    {
        var extraction = Extract.From(text, "北京市");

        Assert.DoesNotContain(country, extraction.Canonicals(MentionType.Person));
        Assert.DoesNotContain(extraction.Positions, p => p.Person == country);
    }

    // 总书记|殷殷嘱托: a surname doubled starts no name.
    [Fact]
    public void A_doubled_surname_is_no_name()
    {
        Assert.Empty(Extract.From("全市上下要牢记总书记殷殷嘱托，干字当头。", "北京市").Canonicals(MentionType.Person));
    }

    // 等 ends a dotted name; a common word after a role is no name (企业家|权益).
    [Fact]
    public void Names_end_before_etc_and_roles_take_no_common_word()
    {
        var extraction = Extract.From("塞内加尔工业和贸易部部长马马杜·迪乌夫等出席。要依法保护民营企业产权和企业家权益。", "北京市");

        Assert.Equal(["马马杜·迪乌夫"], extraction.Canonicals(MentionType.Person));
    }

    // 全国人大代表: a deputy to a people's congress holds 代表 there (not acting, as 代县长 is); 代表团 and 代表国务院 are no
    // office.
    [Fact]
    public void A_deputy_to_a_peoples_congress_holds_the_office_there()
    {
        var positions = Extract.From("全国人大代表、天水市委书记庞立新表示，天水将深入实施行动。李强总理代表国务院作报告，甘肃代表团审议。", "甘肃省").Positions;

        Assert.Contains(positions, p => p is { Person: "庞立新", Title: "代表", Organization: "全国人民代表大会", Status: PositionStatus.Unspecified });
        Assert.DoesNotContain(positions, p => p.Title == "代表" && p.Person != "庞立新");
    }

    // A ministry's department may join two fields with 和 and open with 对外.
    [Theory]
    [InlineData("商务部对外投资和经济合作司司长邝志鹏介绍情况。", "邝志鹏|司长|中华人民共和国商务部对外投资和经济合作司")]
    [InlineData("商务部对外投资司副司长邝志鹏介绍情况。", "邝志鹏|副司长|中华人民共和国商务部对外投资司")]
    public void A_ministrys_department_is_read_whole(string text, string expected)
    {
        Assert.Contains(expected, Extract.From(text, "北京市").PositionList());
    }

    // 托马斯·韦伯 … 韦伯透露: the last part of a foreign name, named alone, is that person.
    [Fact]
    public void The_last_part_of_a_foreign_name_is_the_person()
    {
        var extraction = Extract.From("德国克劳斯迈尔集团中国区总裁托马斯·韦伯出席仪式。韦伯透露，集团已决定在沈阳追加投资3亿元。", "辽宁省沈阳市");

        Assert.Equal(["托马斯·韦伯"], extraction.Canonicals(MentionType.Person));
        Assert.Equal("托马斯·韦伯", Assert.Single(extraction.Statements).Speaker.Canonical);
    }

    // Appointments to a party committee written with 中共 before it; a status marker before a whole chain is no part of
    // the body's name (原|柳州市副市长); 曾任 and 此前任 give former posts.
    [Theory]
    [InlineData("经研究决定：免去蒙志坚的中共融安县委书记职务；任命黎晓峰为中共融安县委书记。", "蒙志坚|书记|中共融安县委员会|Former", "黎晓峰|书记|中共融安县委员会|New")]
    [InlineData("原柳州市副市长韦振林接受审查调查。", "韦振林|副市长|柳州市人民政府|Former", null)]
    [InlineData("韦振林曾任柳州市鹿寨县委书记。黎晓峰此前任柳州市城中区人民政府区长。", "韦振林|书记|中共鹿寨县委员会|Former", "黎晓峰|区长|柳州市城中区人民政府|Former")]
    [InlineData("罗雅琴，女，瑶族，1983年2月生，大学学历，现任融水苗族自治县人民政府副县长，拟任融安县委常委、宣传部部长。", "罗雅琴|常委|中共融安县委员会|Designate", "罗雅琴|部长|中共融安县委员会宣传部|Designate")]
    [InlineData("淮滨县委书记程卫东，县委副书记、县长宋雅琴连夜察看堤防。", "宋雅琴|副书记|中共淮滨县委员会|Unspecified", "宋雅琴|县长|淮滨县人民政府|Unspecified")]
    public void Reads_appointments_and_former_posts(string text, string first, string? second)
    {
        var positions = Extract.From(text, "广西壮族自治区").Positions.Select(p => $"{p.Person}|{p.Title}|{p.Organization}|{p.Status}").ToList();

        Assert.Contains(first, positions);
        if (second is not null)
        {
            Assert.Contains(second, positions);
        }
    }
}
