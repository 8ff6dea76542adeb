using PolicyGraph.Extraction;

namespace PolicyGraph.Tests.Extraction.Entities;

public sealed class OrganizationTests
{
    [Theory]
    [InlineData("市投资促进局将加大招商力度。", "天津市", "市投资促进局", "天津市投资促进局", "government")]
    [InlineData("市科协将抢抓机遇。", "天津市", "市科协", "天津市科学技术协会", "association")]
    [InlineData("把老年助餐服务纳入区政府实事项目统筹推进。", "上海市杨浦区", "区政府", "上海市杨浦区人民政府", "government")]
    [InlineData("全面落实省委决策部署。", "湖南省", "省委", "中共湖南省委员会", "party")]
    [InlineData("会议由成都市委书记王强主持。", "", "成都市委", "中共成都市委员会", "party")]
    [InlineData("大同市委召开常委会。", "", "大同市委", "中共大同市委员会", "party")]
    [InlineData("县应急管理局将会同县水利局、县气象局加强会商研判。", "河南省驻马店市西平县", "县水利局", "西平县水利局", "government")]
    [InlineData("省政协常委、民进江苏省委副主委邵宏亮建议。", "", "民进江苏省委", "中国民主促进会江苏省委员会", "party")]
    [InlineData("九三学社成都市委主委李明出席。", "", "九三学社成都市委", "九三学社成都市委员会", "party")]
    [InlineData("与市委市政府部署紧密结合。", "天津市", "市委", "中共天津市委员会", "party")]
    [InlineData("与市委市政府部署紧密结合。", "天津市", "市政府", "天津市人民政府", "government")]
    [InlineData("省工信厅有关负责人表示。", "山东省", "省工信厅", "山东省工业和信息化厅", "government")]
    [InlineData("省住房城乡建设厅有关负责人表示。", "广东省", "省住房城乡建设厅", "广东省住房和城乡建设厅", "government")]
    [InlineData("市人力资源社会保障局有关负责人表示。", "广东省广州市", "市人力资源社会保障局", "广州市人力资源和社会保障局", "government")]
    [InlineData("本届博览会由山东省工业和信息化厅主办。", "山东省", "山东省工业和信息化厅", "山东省工业和信息化厅", "government")]
    [InlineData("他说，区政府将设立基金。", "上海市浦东新区", "区政府", "上海市浦东新区人民政府", "government")]
    [InlineData("县文广新旅局有关负责人介绍。", "江西省修水县", "县文广新旅局", "修水县文化广电新闻出版旅游局", "government")]
    [InlineData("省文广旅厅有关负责人介绍。", "浙江省", "省文广旅厅", "浙江省文化广电和旅游厅", "government")]
    [InlineData("省委教育工委书记葛振华出席会议。", "江苏省", "省委教育工委", "中共江苏省委教育工作委员会", "party")]
    [InlineData("蒙阴县蜜桃种植专业合作社联合社理事长张立春表示。", "山东省临沂市蒙阴县", "蒙阴县蜜桃种植专业合作社联合社", "蒙阴县蜜桃种植专业合作社联合社", "other")]
    [InlineData("省委巡视办副主任贺宁出席。", "湖南省", "省委巡视办", "中共湖南省委员会巡视工作领导小组办公室", "party")]
    [InlineData("中国物流与采购联合会副会长贺鸣远介绍。", "", "中国物流与采购联合会", "中国物流与采购联合会", "association")]
    [InlineData("涧西区天津路街道党工委书记林晓棠认为。", "河南省洛阳市涧西区", "天津路街道党工委", "中共洛阳市涧西区天津路街道工作委员会", "party")]
    [InlineData("四川省射击射箭运动管理中心主任冉秋实表示。", "四川省", "四川省射击射箭运动管理中心", "四川省射击射箭运动管理中心", "government")]
    [InlineData("国家发展改革委印发通知。", "", "国家发展改革委", "国家发展和改革委员会", "government")]
    [InlineData("云账户(天津)共享经济信息咨询有限公司董事长杨晖表示。", "天津市", "云账户(天津)共享经济信息咨询有限公司", "云账户(天津)共享经济信息咨询有限公司", "company")]
    [InlineData("《浦江财经》杂志社承办。", "上海市浦东新区", "《浦江财经》杂志社", "《浦江财经》杂志社", "media")]
    [InlineData("河北大学教授沈若谷指出。", "河北省保定市", "河北大学", "河北大学", "education")]
    [InlineData("湖北省光电子信息产业协会秘书长周卫东认为。", "湖北省武汉市", "湖北省光电子信息产业协会", "湖北省光电子信息产业协会", "association")]
    [InlineData("加快推进乌鲁木齐国际陆港区多式联运集散中心建设。", "新疆维吾尔自治区", "乌鲁木齐国际陆港区", "乌鲁木齐国际陆港区", "park")]
    [InlineData("省委常委、市委书记曹立军出席。", "成都市", "省委", "中共四川省委员会", "party")]
    [InlineData("马坳镇党委书记刘春燕介绍。", "江西省修水县", "马坳镇党委", "中共修水县马坳镇委员会", "party")]
    [InlineData("竹坪村村委会主任黄冬生说。", "江西省修水县", "竹坪村村委会", "竹坪村村民委员会", "government")]
    [InlineData("竹坪村党支部书记黄冬生说。", "江西省修水县", "竹坪村党支部", "中共竹坪村支部委员会", "party")]
    [InlineData("南开街道党工委书记张敏表示。", "天津市", "南开街道党工委", "中共南开街道工作委员会", "party")]
    [InlineData("修水县马坳镇人民政府副镇长李华介绍。", "江西省修水县", "马坳镇人民政府", "修水县马坳镇人民政府", "government")]
    [InlineData("滨海新区区委书记连茂君出席。", "天津市", "滨海新区区委", "中共天津市滨海新区委员会", "party")]
    [InlineData("世卫组织总干事谭德塞表示。", "", "世卫组织", "世界卫生组织", "other")]
    [InlineData("据以色列航空公司消息，航班恢复。", "", "以色列航空公司", "以色列航空公司", "company")]
    [InlineData("上海市浦东新区区委书记李四出席。", "江西省修水县", "上海市浦东新区区委", "中共上海市浦东新区委员会", "party")]
    [InlineData("市交通运输委副主任周洁介绍。", "天津市", "市交通运输委", "天津市交通运输委员会", "government")]
    [InlineData("市政府新闻办召开新闻发布会。", "天津市", "市政府新闻办", "天津市人民政府新闻办公室", "government")]
    [InlineData("市地方金融监管局党组书记、局长刘小明介绍。", "成都市", "市地方金融监管局", "成都市地方金融监管局", "government")]
    [InlineData("针对红网记者关于数字化转型的提问，他作了回答。", "湖南省", "红网", "红网", "media")]
    [InlineData("在武进区，区委副书记、区长沈立群多次带队巡查。", "江苏省常州市", "区委", "中共常州市武进区委员会", "party")]
    [InlineData("中湘建设集团有限公司董事长彭建国表示，项目年内开工。", "湖南省", "中湘建设集团有限公司", "中湘建设集团有限公司", "company")]
    [InlineData("任命潘立新为贵阳市人民代表大会常务委员会法制工作委员会主任。", "贵州省贵阳市", "贵阳市人民代表大会常务委员会法制工作委员会", "贵阳市人民代表大会常务委员会法制工作委员会", "government")]
    [InlineData("据湖南日报记者报道，会议已经闭幕。", "湖南省", "湖南日报", "湖南日报", "media")]
    [InlineData("针对彭博社记者的提问，他作了回答。", "北京市", "彭博社", "彭博社", "media")]
    [InlineData("记者从中共柳州市委组织部获悉。", "广西壮族自治区柳州市", "中共柳州市委组织部", "中共柳州市委员会组织部", "party")]
    [InlineData("市政务服务数据管理局党组书记、局长司徒振华介绍。", "广东省江门市", "市政务服务数据管理局", "江门市政务服务和数据管理局", "government")]
    [InlineData("双方要用好中意政府委员会机制。", "北京市", "中意政府委员会", "中意政府委员会", "government")]
    [InlineData("省防指决定将防汛应急响应提升至Ⅲ级。", "河南省", "省防指", "河南省防汛抗旱指挥部", "government")]
    [InlineData("这次工商银行根据我们的专利发放了贷款。", "陕西省", "工商银行", "工商银行", "company")]
    [InlineData("中国人民银行陕西省分行召开会议。", "陕西省", "中国人民银行", "中国人民银行", "government")]
    [InlineData("越共中央总书记阮富仲会见了他。", "北京市", "越共中央", "越南共产党中央委员会", "party")]
    [InlineData("中央全面深化改革委员会副主任王沪宁出席。", "北京市", "中央全面深化改革委员会", "中央全面深化改革委员会", "party")]
    [InlineData("省高院党组书记、院长陆建明作报告。", "浙江省", "省高院", "浙江省高级人民法院", "government")]
    [InlineData("院长陆建明作省高级人民法院工作报告。", "浙江省", "省高级人民法院", "浙江省高级人民法院", "government")]
    [InlineData("省法院联合省人民检察院开展专项行动。", "浙江省", "省人民检察院", "浙江省人民检察院", "government")]
    [InlineData("欧阳文当选为省十四届人大常委会副主任。", "贵州省", "省十四届人大常委会", "贵州省人民代表大会常务委员会", "government")]
    [InlineData("刘思远当选团省委书记。", "陕西省", "团省委", "共青团陕西省委员会", "association")]
    [InlineData("选举产生了共青团陕西省第十五届委员会委员。", "陕西省", "共青团陕西省第十五届委员会", "共青团陕西省委员会", "association")]
    [InlineData("定西市安定区团结镇马家山村党支部组织党员开展志愿服务。", "甘肃省定西市", "定西市安定区团结镇马家山村党支部", "中共定西市安定区团结镇马家山村支部委员会", "party")]
    [InlineData("西韩村是远近闻名的山药专业村。村党支部书记韩满仓带着记者走进市场。", "河南省焦作市温县", "村党支部", "中共西韩村支部委员会", "party")]
    [InlineData("在番田镇西韩村，村委会主任韩满仓介绍了情况。", "河南省焦作市温县", "村委会", "番田镇西韩村村民委员会", "government")]
    [InlineData("索洛湾村村党支部书记柯小海说。", "陕西省", "索洛湾村村党支部", "中共索洛湾村支部委员会", "party")]
    [InlineData("在天府智造集团所属四川天府智造装备有限公司数字化车间。", "四川省", "四川天府智造装备有限公司", "四川天府智造装备有限公司", "company")]
    [InlineData("香港特区政府投资推广署副署长区嘉恒致辞。", "广东省江门市", "香港特区政府", "香港特别行政区政府", "government")]
    [InlineData("按照水利部统一部署，我省将完成复核。", "江西省", "水利部", "中华人民共和国水利部", "government")]
    [InlineData("省社科联主席王明出席。", "陕西省", "省社科联", "陕西省社会科学界联合会", "association")]
    [InlineData("省委政策研究室有关负责人介绍。", "湖南省", "省委政策研究室", "中共湖南省委员会政策研究室", "party")]
    [InlineData("“只用了两个月。”凯斯勒精密机械（中国）有限公司长沙工厂厂长邓秋平深有感触地说。", "湖南省长沙市", "凯斯勒精密机械（中国）有限公司", "凯斯勒精密机械（中国）有限公司", "company")]
    [InlineData("企业将加大在贵安新区的算力中心投资。", "贵州省", "贵安新区", "贵安新区", "park")]
    [InlineData("集团计划在宜宾三江新区投资建设生产基地。", "四川省", "宜宾三江新区", "宜宾三江新区", "park")]
    [InlineData("在位于台州湾新区的浙江瑞源精细化工有限公司。", "浙江省台州市", "台州湾新区", "台州湾新区", "park")]
    [InlineData("国家数据局数据资源司司长晏立诚指出。", "", "国家数据局数据资源司", "国家数据局数据资源司", "government")]
    [InlineData("商务部服务贸易和商贸服务业司有关负责人介绍。", "", "商务部服务贸易和商贸服务业司", "中华人民共和国商务部服务贸易和商贸服务业司", "government")]
    public void Finds_an_organisation_with_its_canonical_name_and_kind(string text, string place, string surface, string canonical, string kind)
    {
        var org = Assert.Single(Extract.From(text, place).Mentions, m => m.Type == MentionType.Organization && m.Text == surface);

        Assert.Equal(canonical, org.Canonical);
        Assert.Equal(kind, org.Kind);
        Assert.Equal(text.IndexOf(surface, StringComparison.Ordinal), org.Span.Start);
    }

    // A name is not read back across a verb that governs it (会见, 出席) or, for bodies other than companies, across
    // any verb (org-left-verbs.txt): headlines and clauses run without punctuation up to the organisation word.
    [Theory]
    [InlineData("李希会见利比亚总统委员会主席", "利比亚总统委员会")]
    [InlineData("栗战书出席中俄议会合作委员会第五次会议。", "中俄议会合作委员会")]
    [InlineData("抗议者谴责美国国家安全委员会的决定。", "美国国家安全委员会")]
    [InlineData("京津冀协同发展领导小组办公室负责人介绍。", "京津冀协同发展领导小组办公室")]
    [InlineData("他希望中国嘉禾银行发挥国有大行作用。", "中国嘉禾银行")]
    [InlineData("我市赴浙江大学举办专场活动。", "浙江大学")]
    [InlineData("主要签约项目包括：\n（一）绍兴市人民政府与浙江大学签署协议；", "绍兴市人民政府")]
    [InlineData("分别为：\n(3)深圳市锐芯光电有限公司Mini LED背光模组项目，投资15亿元；", "深圳市锐芯光电有限公司")]
    public void A_name_starts_after_the_verb_before_it(string text, string name)
    {
        var orgs = Extract.From(text, "北京市").Mentions.Where(m => m.Type == MentionType.Organization).ToList();

        Assert.Contains(orgs, m => m.Text == name);
        Assert.DoesNotContain(orgs, m => m.Span.Start < text.IndexOf(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("要全面提高学校办学水平。")]
    [InlineData("强降雨造成部分学校停课。")]
    [InlineData("要建立党委统一领导的工作机制。")]
    [InlineData("商务部门和教育部门要认真部署。")]
    [InlineData("全市法院系统将深化诉讼服务。")]
    [InlineData("全县各乡镇党委书记参加会议。")]
    [InlineData("监管部门督促银行加强风险管理。")]
    [InlineData("推动三级医院专家下沉到基层医院和公立医院。")]
    [InlineData("深化东西部协作，各级工会积极参与。")]
    [InlineData("农商银行和民办学校也加入了行动。")]
    [InlineData("“近三年公司共招聘毕业生47人。”")]
    public void A_verb_and_a_common_noun_are_no_organisation(string text)
    {
        Assert.DoesNotContain(Extract.From(text, "北京市").Mentions, m => m.Type == MentionType.Organization);
    }

    [Theory]
    [InlineData("全市32所中小学开展冰雪运动。", null)]
    [InlineData("共有3个农业协会参加。", "农业协会")]
    [InlineData("全国1.2万所学校开展活动。", null)]
    [InlineData("市消防救援支队参加检查。", "市消防救援支队")]
    [InlineData("患者被送往鲁山县人民医院救治。", "鲁山县人民医院")]
    [InlineData("县自然资源和规划局原副局长蒋文涛受到处分。", "县自然资源和规划局")]
    [InlineData("10月沈阳市沈河区人民法院作出判决。", "沈阳市沈河区人民法院")]
    public void A_unit_after_a_number_is_no_part_of_a_name(string text, string? name)
    {
        var orgs = Extract.From(text, "北京市").Mentions.Where(m => m.Type == MentionType.Organization).Select(m => m.Text).ToList();

        Assert.Equal(name is null ? [] : [name], orgs);
    }

    [Fact]
    public void Nested_bodies_are_parts_of_their_parents()
    {
        var extraction = Extract.From("天津自贸试验区管委会办公室副主任唐中赋表示。", "天津市");

        Assert.Equal(
            ["天津自贸试验区", "天津自贸试验区管委会", "天津自贸试验区管委会办公室"],
            extraction.Canonicals(MentionType.Organization).Order(StringComparer.Ordinal));
        Assert.Contains(new PartOfFact("天津自贸试验区管委会办公室", "天津自贸试验区管委会", new(0, 13)), extraction.PartOf);
        Assert.Contains(extraction.PartOf, p => p.Child == "天津自贸试验区管委会" && p.Parent == "天津自贸试验区");
    }

    [Fact]
    public void A_school_with_a_long_name_is_part_of_its_university()
    {
        var extraction = Extract.From("合肥工业大学汽车与交通工程学院院长王东教授作主旨报告。", "安徽省合肥市");

        Assert.Contains(extraction.PartOf, p => p.Child == "合肥工业大学汽车与交通工程学院" && p.Parent == "合肥工业大学");
    }

    // A university's hospital is part of it; a hospital after a body that is no school is not (法院|起诉接诊医院).
    [Fact]
    public void A_universitys_hospital_is_part_of_it()
    {
        var extraction = Extract.From("现任四川大学华西医院党委副书记。患者家属向法院起诉接诊医院。", "四川省成都市");

        Assert.Contains(extraction.PartOf, p => p.Child == "四川大学华西医院" && p.Parent == "四川大学");
        Assert.DoesNotContain(extraction.PartOf, p => p.Parent == "法院");
    }

    // 学校能源学院 in a university's news is that university's college; with no school named twice, it stays as written.
    [Fact]
    public void A_unit_of_the_school_is_named_with_the_school_the_document_is_about()
    {
        var extraction = Extract.From("成都理工大学与企业签约。成都理工大学校长出席。学校能源学院教授赵启航说，要加强合作。", "四川省成都市");

        var unit = Assert.Single(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text == "学校能源学院");
        Assert.Equal("成都理工大学能源学院", unit.Canonical);
        Assert.Contains(extraction.PartOf, p => p.Child == "成都理工大学能源学院" && p.Parent == "成都理工大学");
        Assert.DoesNotContain(Extract.From("学校能源学院教授赵启航说，要加强合作。", "四川省成都市").Mentions, m => m.Canonical == "成都理工大学能源学院");
    }

    // 常委会 alone is the one standing committee the article names; with none named, it names no organisation.
    [Fact]
    public void A_bare_standing_committee_is_the_one_the_article_names()
    {
        const string Meeting = "扬州市第九届人民代表大会常务委员会第二十七次会议举行。市人大常委会主任陈国平主持会议。此次提请任免的人员均经过任前法律知识考试和常委会组成人员集体见面等环节。";
        var named = Extract.From(Meeting, "江苏省扬州市").Mentions.Where(m => m.Type == MentionType.Organization && m.Text == "常委会").ToList();
        var bare = Extract.From("此次提请任免的人员均经过任前法律知识考试和常委会组成人员集体见面等环节。", "江苏省扬州市").Mentions;

        Assert.All(named, m => Assert.Equal("扬州市人民代表大会常务委员会", m.Canonical));
        Assert.DoesNotContain(bare, m => m.Type == MentionType.Organization && m.Canonical == "常委会");
    }

    [Fact]
    public void A_branch_is_part_of_its_company()
    {
        var extraction = Extract.From("一汽—大众汽车有限公司天津分公司总经理高解放倍受鼓舞。", "天津市");

        Assert.Contains(extraction.PartOf, p => p.Child == "一汽—大众汽车有限公司天津分公司" && p.Parent == "一汽—大众汽车有限公司");
    }

    [Fact]
    public void A_unit_before_a_title_is_part_of_the_organisation_before_it()
    {
        var extraction = Extract.From("国家发展改革委财政金融司副司长曹文炼参加会议。", string.Empty);

        Assert.Contains(new PartOfFact("国家发展和改革委员会财政金融司", "国家发展和改革委员会", new(0, 12)), extraction.PartOf);
    }

    [Theory]
    [InlineData("中国科学院遗传与发育生物学研究所研究员王秀杰介绍。", "中国科学院遗传与发育生物学研究所")]
    [InlineData("中国科学院物理研究所赵忠贤院士和中国科学院高能物理研究所专家出席。", "中国科学院高能物理研究所")]
    [InlineData("浙江大学文化遗产研究院与山西云冈石窟研究院签署协议。", "山西云冈石窟研究院")]
    public void A_school_or_institute_joins_its_fields_with_yu(string text, string name)
    {
        Assert.Contains(name, Extract.From(text, string.Empty).Of(MentionType.Organization).Select(m => m[..m.IndexOf('@', StringComparison.Ordinal)]));
    }

    [Theory]
    [InlineData("俄罗斯国防部发表声明。", null)]
    [InlineData("李克强主持召开国务院常务会议。", "中华人民共和国国务院")]
    [InlineData("2月初商务部发布通知。", "中华人民共和国商务部")]
    [InlineData("会议传达学习国务院常务会议精神。", "中华人民共和国国务院")]
    public void A_short_national_form_after_a_name_is_another_countrys(string text, string? canonical)
    {
        var national = Extract.From(text, string.Empty).Mentions.Where(m => m.Type == MentionType.Organization && m.Canonical.StartsWith("中华人民共和国", StringComparison.Ordinal));
        Assert.Equal(canonical is null ? [] : [canonical], national.Select(m => m.Canonical));
    }

    // A government's office names the government inside its name: both are the document's, the office part of it.
    [Fact]
    public void A_governments_office_names_its_government_too()
    {
        var extraction = Extract.From("市政府新闻办副主任冯嘉琪主持发布会。", "广东省东莞市");

        Assert.Contains(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text == "市政府" && m.Canonical == "东莞市人民政府");
        Assert.Contains(new PartOfFact("东莞市人民政府新闻办公室", "东莞市人民政府", new PolicyGraph.Text.TextSpan(0, 6)), extraction.PartOf);
    }

    // A national agency written before a local body is the office it runs there, one name, part of the agency.
    [Theory]
    [InlineData("国家税务总局厦门市税务局副局长许文涛介绍。", "国家税务总局厦门市税务局", "国家税务总局")]
    [InlineData("中国人民银行四川省分行行长出席。", "中国人民银行四川省分行", "中国人民银行")]
    [InlineData("国家金融监督管理总局宝鸡监管分局有关负责人表示。", "国家金融监督管理总局宝鸡监管分局", "国家金融监督管理总局")]
    public void A_national_agencys_local_office_is_one_name(string text, string name, string agency)
    {
        var extraction = Extract.From(text, "福建省厦门市");

        Assert.Contains(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text == name && m.Canonical == name);
        Assert.Contains(extraction.PartOf, p => p.Child == name && p.Parent == agency);
    }

    // A ministry's department written after it is part of it (工信部规划司); not 司法 (司法部有关负责人介绍司法…).
    [Theory]
    [InlineData("工信部规划司有关负责人介绍。", "中华人民共和国工业和信息化部规划司")]
    [InlineData("商务部外贸司负责人表示。", "中华人民共和国商务部外贸司")]
    [InlineData("最高人民法院发布劳动争议司法解释。", null)]
    [InlineData("乌国防部情报总局称。", null)]
    [InlineData("近日，财政部办公厅印发通知。", "中华人民共和国财政部办公厅")]
    [InlineData("农业农村部畜牧兽医局有关负责人介绍。", "中华人民共和国农业农村部畜牧兽医局")]
    [InlineData("农业农村部市场与信息化司发布数据。", "中华人民共和国农业农村部市场与信息化司")]
    public void A_ministrys_department_is_part_of_it(string text, string? department)
    {
        var canonicals = Extract.From(text).Canonicals(MentionType.Organization);

        if (department is null)
        {
            Assert.DoesNotContain(canonicals, c => c.StartsWith("中华人民共和国", StringComparison.Ordinal)
                && (c.EndsWith('司') || c.EndsWith('局') || c.EndsWith("办公厅", StringComparison.Ordinal)));
        }
        else
        {
            Assert.Contains(department, canonicals);
        }
    }

    // 自由 is no boundary inside a name, and a title mark opened before a name is no part of it.
    [Theory]
    [InlineData("中国（福建）自由贸易试验区厦门片区管委会发布案例。", "中国（福建）自由贸易试验区厦门片区")]
    [InlineData("印发《中国（上海）自由贸易试验区临港新片区总体方案》。", "中国（上海）自由贸易试验区临港新片区")]
    public void A_free_trade_zones_area_is_named_whole(string text, string name)
    {
        Assert.Contains(Extract.From(text).Mentions, m => m.Type == MentionType.Organization && m.Text == name);
    }

    // A unit named after a body the place qualifies is qualified with it, also where its work is written with a word that
    // elsewhere ends a name (代表); not a title's (全国人大代表).
    [Theory]
    [InlineData("市人大常委会人事代表工作委员会有关负责人介绍。", "市人大常委会人事代表工作委员会", "绍兴市人民代表大会常务委员会人事代表工作委员会")]
    [InlineData("市人大常委会预算工作委员会主任张三出席。", "市人大常委会预算工作委员会", "绍兴市人民代表大会常务委员会预算工作委员会")]
    public void A_unit_after_a_body_is_qualified_with_it(string text, string surface, string canonical)
    {
        var extraction = Extract.From(text, "浙江省绍兴市");

        Assert.Contains(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text == surface && m.Canonical == canonical);
        Assert.Contains(extraction.PartOf, p => p.Child == canonical && p.Parent == "绍兴市人民代表大会常务委员会");
    }

    // A bare 镇党委 is the body of the town the article names most; a town is named with the county before it, else with
    // the document's county, and its head is at its government.
    [Fact]
    public void A_bare_town_body_is_the_towns_the_article_names()
    {
        var positions = Extract.From("10月18日，现场推进会在新河镇召开。新河镇是花木之乡。镇党委副书记、镇长吴海川表示，镇里建立了机制。", "江苏省宿迁市沭阳县").PositionList();

        Assert.Equal(["吴海川|副书记|中共沭阳县新河镇委员会", "吴海川|镇长|沭阳县新河镇人民政府"], positions);
    }

    [Fact]
    public void A_town_is_named_with_the_county_written_before_it()
    {
        var extraction = Extract.From("利辛县望疃镇党委书记张明介绍情况。", "安徽省");

        Assert.Contains("中共利辛县望疃镇委员会", extraction.Canonicals(MentionType.Organization));
    }

    [Fact]
    public void A_deputys_title_is_no_unit_of_the_congress()
    {
        var extraction = Extract.From("全国人大代表香港基本法委员会委员谭惠珠说。");

        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text.Contains("代表香港", StringComparison.Ordinal));
    }

    [Fact]
    public void Government_bodies_are_located_in_their_place()
    {
        var extraction = Extract.From("市知识产权局将深入学习。", "天津市");

        Assert.Contains(new LocatedInFact("天津市知识产权局", "天津市"), extraction.LocatedIn);
    }

    [Theory]
    [InlineData("作为专业化国有公司，将担起重任。")]
    [InlineData("占地约1.2平方公里的光谷量子信息产业园项目已开工。")]
    [InlineData("2024京津冀（保定）产业协同招商会在保定举行。")]
    [InlineData("全市上下感受到极大鼓舞。")]
    [InlineData("赋予城市政府更多自主权。")]
    [InlineData("2024年全市法院共受理案件。")]
    [InlineData("一个省级贫困村党支部带领群众脱贫。")]
    [InlineData("召开座谈会听取集团工作汇报。")]
    [InlineData("学校相关职能部门和学院负责人参加活动。")]
    [InlineData("大会执行主席高振东、黄立成等在主席台前排就座。")]
    [InlineData("深入推进服务雄安新区建设，赋能滨海新区发展，规划新区道路。")]
    [InlineData("是学校贯彻落实教育强国建设部署的重要举措。")]
    [InlineData("印发中国（广东 天津 福建）自由贸易试验区总体方案。")]
    public void Descriptions_and_projects_are_not_organisations(string text)
    {
        Assert.Empty(Extract.From(text, "天津市").Of(MentionType.Organization));
    }

    // Praise before what a clause builds is no part of a name: 世界一流高科技园区 names no organisation.
    [Theory]
    [InlineData("园区正在加快打造世界一流高科技园区。")]
    [InlineData("加快建设中国特色世界一流大学。")]
    public void Praise_names_no_organisation(string text)
    {
        Assert.Empty(Extract.From(text, "江苏省苏州市").Of(MentionType.Organization));
    }

    // The 应 of an invitation or a request, and verbs of deliberating and publishing, are no part of a name.
    [Theory]
    [InlineData("应法国总统马克龙邀请，国家主席习近平抵达巴黎。", "法国")]
    [InlineData("应伊拉克总理苏达尼要求，联盟召开紧急会议。", "伊拉克")]
    [InlineData("会议审议了关于提请审议人民法院组织法修订草案的议案。", "人民法院")]
    [InlineData("代表团深入广汽集团调研。", "广汽集团")]
    [InlineData("记者探访同济医院。", "同济医院")]
    public void Invitations_and_deliberations_are_no_part_of_a_name(string text, string name)
    {
        var extraction = Extract.From(text, "北京市");

        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text.StartsWith('应'));
        Assert.DoesNotContain(extraction.Mentions, m => m.Type == MentionType.Organization && m.Text.Length > name.Length && m.Text.EndsWith(name, StringComparison.Ordinal));
    }

    [Fact]
    public void An_emergency_body_keeps_its_first_character()
    {
        Assert.Contains("应急管理部@0", Extract.From("应急管理部邀请专家会商。", "北京市").Of(MentionType.Organization));
    }

    // A name may hold a character that otherwise ends the words before a name: 华为, 协和, 也门, 和平.
    [Theory]
    [InlineData("座谈会上，华为技术有限公司首席执行官任正非发言。", "华为技术有限公司")]
    [InlineData("北京协和医院院长张抒扬表示。", "北京协和医院")]
    [InlineData("也门官方通讯社报道了这一消息。", "也门官方通讯社")]
    [InlineData("中国和平统一促进会举行会议。", "中国和平统一促进会")]
    public void A_name_may_hold_a_function_character(string text, string name)
    {
        Assert.Contains(Extract.From(text, "北京市").Of(MentionType.Organization), m => m.StartsWith(name + "@", StringComparison.Ordinal));
    }

    // The broadcaster speaking of itself (请看本台记者) and a local station (当地电视台记者) name no outlet.
    [Theory]
    [InlineData("请看本台记者发回的报道。")]
    [InlineData("来看总台记者的报道。")]
    [InlineData("当地电视台记者赶到现场。")]
    [InlineData("调动31个国内地方分社记者统筹报道。")]
    public void A_reporter_of_no_named_outlet_gives_no_organisation(string text)
    {
        Assert.DoesNotContain(Extract.From(text, "北京市").Mentions, m => m.Type == MentionType.Organization);
    }

    // 集团化办学: an organisation word that a word goes on from names no organisation.
    [Fact]
    public void An_organisation_word_inside_a_longer_word_names_none()
    {
        Assert.DoesNotContain(Extract.From("包头全面启动集团化办学改革。", "内蒙古自治区包头市").Mentions, m => m.Type == MentionType.Organization);
    }

    // 新认定湖南省重点实验室6家: a platform kind named by its place or rank alone is a class of bodies; one named by its
    // field is a body (湖南省功率半导体技术创新中心). 一个/更多 describe a body without naming it; 细分行业 is no bank's branch.
    [Theory]
    [InlineData("新认定湖南省重点实验室6家、湖南省技术创新中心4家。", null)]
    [InlineData("全国已建成国家技术创新中心和国家级高新区多个。", null)]
    [InlineData("建设一个国家级数字电影产业园，引进更多公司。", null)]
    [InlineData("聚焦汽车零部件等3个细分行业。", null)]
    [InlineData("推动优质医疗资源扩容下沉和区域均衡布局。", null)]
    [InlineData("全国已建成国家实验室多个。", null)]
    [InlineData("广州实验室启动新项目。", "广州实验室")]
    [InlineData("新认定湖南省功率半导体技术创新中心。", "湖南省功率半导体技术创新中心")]
    public void A_kind_of_body_named_by_its_place_rank_or_count_is_no_body(string text, string? body)
    {
        var canonicals = Extract.From(text, "湖南省").Canonicals(MentionType.Organization);

        Assert.Equal(body is null ? [] : [body], canonicals);
    }

    // 华南理工大学|校友, 浙江省党|政代表团: a name that would end inside a word names none there; 佛山与|华南理工大学: a
    // place before 与 is no field of the school's name (新疆和田师范专科学校 keeps its 和); 压实|地方党委: a verb before
    // a body ends its name.
    [Theory]
    [InlineData("吸引了260余名华南理工大学校友企业家参会。", "华南理工大学", "华南理工大学校")]
    [InlineData("浙江省党政代表团在新疆阿克苏地区考察。", null, "浙江省党")]
    [InlineData("市委书记表示，佛山与华南理工大学渊源深厚。", "华南理工大学", "佛山与华南理工大学")]
    [InlineData("新疆和田师范专科学校举行开学典礼。", "新疆和田师范专科学校", "田师范专科学校")]
    [InlineData("要压实地方党委和政府责任。", null, "压实地方党委")]
    public void A_name_ends_where_its_words_do(string text, string? name, string junk)
    {
        var canonicals = Extract.From(text, "广东省佛山市").Canonicals(MentionType.Organization);

        Assert.DoesNotContain(junk, canonicals);
        if (name is not null)
        {
            Assert.Contains(name, canonicals);
        }
    }

    // The Central Committee's departments written without 中共 are the same bodies; 市文明办 is the city's office of
    // its spiritual-civilisation commission, 中央文明办 the central one.
    [Theory]
    [InlineData("中央宣传部、中央文明办联合发布先进典型。", "中共中央宣传部", "中央精神文明建设指导委员会办公室")]
    [InlineData("中央组织部有关负责人表示，要加强干部教育。", "中共中央组织部", null)]
    [InlineData("据市文明办有关负责人介绍，测评体系已修订。", "南阳市精神文明建设委员会办公室", null)]
    public void Central_and_civilisation_offices_have_their_full_names(string text, string first, string? second)
    {
        var canonicals = Extract.From(text, "河南省南阳市").Canonicals(MentionType.Organization);

        Assert.Contains(first, canonicals);
        if (second is not null)
        {
            Assert.Contains(second, canonicals);
        }
    }

    // 省政府国资委 is the provincial government's commission, not the government alone.
    [Fact]
    public void A_governments_commission_written_with_the_government_is_the_commission()
    {
        var canonicals = Extract.From("省政府国资委有关负责人表示，省属国有企业将加快转型。", "四川省").Canonicals(MentionType.Organization);

        Assert.Contains("四川省人民政府国有资产监督管理委员会", canonicals);
    }

    // 依托与山东大学齐鲁医院: the conjunction before a name is the clause's, whichever step read the name.
    [Fact]
    public void A_conjunction_before_a_name_is_not_part_of_it()
    {
        var canonicals = Extract.From("院长韩志明表示，依托与山东大学齐鲁医院组建的专科联盟，医院技术水平提升。", "山东省临沂市").Canonicals(MentionType.Organization);

        Assert.DoesNotContain(canonicals, c => c.StartsWith('与'));
        Assert.Contains("山东大学齐鲁医院", canonicals);
    }

    // A department named bare before its head's title, in an article of one ministry, is that ministry's; Hong Kong's
    // 财政司 is not, nor is a 司 in an article of two ministries.
    [Theory]
    [InlineData("农业农村部举行新闻发布会，市场与信息化司司长刘晓婷、种植业管理司副司长欧阳涛出席。",
        new[] { "中华人民共和国农业农村部市场与信息化司", "中华人民共和国农业农村部种植业管理司" })]
    [InlineData("外交部发言人表示，财政司司长陈茂波出席。", new string[0])]
    [InlineData("农业农村部和商务部召开会议，种植业管理司副司长欧阳涛出席。", new string[0])]
    public void A_bare_department_in_an_article_of_one_ministry_is_its(string text, string[] departments)
    {
        var canonicals = Extract.From(text).Canonicals(MentionType.Organization);

        Assert.Equal(departments, canonicals.Where(c => c.EndsWith('司')).Where(c => c.StartsWith("中华人民共和国", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToArray());
    }

    // A village written without its town, in an article on one town, is named with that town and its county.
    [Fact]
    public void A_village_is_named_with_the_town_the_article_is_about()
    {
        var canonicals = Extract.From("依汶镇打造示范片区。依汶镇有12个村。柳沟峪村党支部书记、村委会主任刘传友说，村里变了。", "山东省临沂市沂南县").Canonicals(MentionType.Organization);

        Assert.Contains("中共沂南县依汶镇柳沟峪村支部委员会", canonicals);
        Assert.Contains("沂南县依汶镇柳沟峪村村民委员会", canonicals);
    }

    // 省侨联第七届委员会 is the federation (one term's committee of it); a bare 第七届委员会 and 新一届 before a body name
    // none of their own.
    [Fact]
    public void A_bodys_committee_of_one_term_is_the_body()
    {
        var extraction = Extract.From("大会审议通过了省侨联第七届委员会工作报告，选举产生了省侨联第八届委员会。吴碧琼代表第七届委员会作报告。新一届省侨联领导班子将团结带领归侨侨眷。", "海南省");

        Assert.Equal(["海南省归国华侨联合会"], extraction.Canonicals(MentionType.Organization).Distinct().ToArray());
        Assert.Equal(["省侨联第七届委员会@7", "省侨联第八届委员会@26", "省侨联@54"], extraction.Of(MentionType.Organization));
    }

    // A school's or a company's party committee of any term is 中共, the unit and 委员会, a party body (as 校党委 is named);
    // before the unit's own name the party's is no part of it; central bodies keep it.
    [Fact]
    public void A_units_party_committee_is_named_for_the_unit()
    {
        var extraction = Extract.From("中国共产党安徽工业大学第五次代表大会选举产生了中国共产党安徽工业大学第五届委员会。中共马鞍山钢铁集团有限公司委员会召开会议。中共中央党校举办培训班。");
        var organizations = extraction.Mentions.Where(m => m.Type == MentionType.Organization).Select(m => $"{m.Text}|{m.Canonical}|{m.Kind}");

        Assert.Equal(
            ["安徽工业大学|安徽工业大学|education", "中国共产党安徽工业大学第五届委员会|中共安徽工业大学委员会|party", "中共马鞍山钢铁集团有限公司委员会|中共马鞍山钢铁集团有限公司委员会|party", "中共中央|中国共产党中央委员会|party", "中共中央党校|中共中央党校|party"],
            organizations.Where(o => !o.StartsWith("中国共产党|", StringComparison.Ordinal)));
    }

    // The term's words stay in the mention, so that a title after them is the body's; 八届执行委员会 without 第 names none.
    [Fact]
    public void A_title_after_a_bodys_term_committee_is_the_bodys()
    {
        var extraction = Extract.From("全国工商联第十二届执行委员会主席高云龙出席。会议听取了八届执行委员会的报告。");

        Assert.Equal(["高云龙|主席|中华全国工商业联合会"], extraction.PositionList());
        Assert.Equal(["中华全国工商业联合会"], extraction.Canonicals(MentionType.Organization));
    }

    // A name no rule knows, written after a bare level, is named with the document's place of that level; words a level
    // character opens (市场, 省级, 县两级) and a place of another level leave it as written.
    [Theory]
    [InlineData("省数字经济学会会长介绍了情况。", "湖南省", "湖南省数字经济学会")]
    [InlineData("县总医院院长介绍了情况。", "福建省三明市尤溪县", "尤溪县总医院")]
    [InlineData("县总医院院长介绍了情况。", "上海市浦东新区", "县总医院")]
    [InlineData("市县两级党委要高度重视。", "福建省宁德市霞浦县", "市县两级党委")]
    public void A_name_after_a_bare_level_is_named_with_the_documents_place(string text, string place, string name)
    {
        var canonicals = Extract.From(text, place).Canonicals(MentionType.Organization);

        Assert.Equal(name.Length == 0 ? [] : [name], canonicals.Where(c => c.Contains("学会", StringComparison.Ordinal) || c.Contains("医院", StringComparison.Ordinal) || c.Contains("党委", StringComparison.Ordinal)));
    }

    // A business word (建设) in a bank's name opening its branch's is the bank's; a Japanese company's 株式会社 is a
    // company's word, and the 和 of its name after its country (日本东和精机) joins nothing; a bare county's
    // 行政审批服务局, read after 组织, is the county's.
    [Theory]
    [InlineData("省税务局联合中国建设银行四川省分行等26家银行深化合作。", "四川省", "中国建设银行四川省分行")]
    [InlineData("日本东和精机株式会社社长山田健一说，投资已有18年。", "山东省烟台市", "日本东和精机株式会社")]
    [InlineData("组织区行政审批服务局、区市场监管局等部门负责人走流程。", "山东省青岛市市北区", "青岛市市北区行政审批服务局")]
    public void A_name_holding_a_stop_word_is_read_whole(string text, string place, string name)
    {
        Assert.Contains(name, Extract.From(text, place).Canonicals(MentionType.Organization));
    }

    // 和 ends the words before a name, but not inside a county's name: 西和县, 政和县.
    [Theory]
    [InlineData("郑䶮和村“两委”班子一起成立了西和县青石花椒种植专业合作社。", "西和县青石花椒种植专业合作社")]
    [InlineData("目前已建成政和县电商产业园。", "政和县电商产业园")]
    public void A_stop_character_inside_a_place_name_is_part_of_the_name(string text, string name)
    {
        Assert.Contains(name, Extract.From(text).Canonicals(MentionType.Organization));
    }

    // 据 ends the words before a name (据新华社), but not as the 据 of 数据 in a company's name that opens with a place.
    [Theory]
    [InlineData("签约仪式后，泉州城市数据集团有限公司党委书记、董事长庄文韬表示，将开展工作。", "泉州城市数据集团有限公司")]
    [InlineData("据中原云智数据科技有限公司介绍，平台已上线。", "中原云智数据科技有限公司")]
    public void The_data_of_a_company_named_after_a_place_is_part_of_its_name(string text, string name)
    {
        Assert.Contains(name, Extract.From(text).Canonicals(MentionType.Organization));
    }

    // 国务院|国资委: a known body at the start of a longer known name is named there too, as its parent; 代表|国务院 is China's.
    [Fact]
    public void A_known_body_opening_a_longer_known_name_is_its_parent()
    {
        var extraction = Extract.From("省国资委将对照国务院国资委明确的改革任务推进。李强总理代表国务院作政府工作报告。", "湖南省");

        Assert.Contains(new PartOfFact("国务院国有资产监督管理委员会", "中华人民共和国国务院", new(7, 13)), extraction.PartOf);
        Assert.Equal(["国务院@7", "国务院@29"], extraction.Of(MentionType.Organization).Where(m => m.StartsWith("国务院@", StringComparison.Ordinal)));
    }
}
