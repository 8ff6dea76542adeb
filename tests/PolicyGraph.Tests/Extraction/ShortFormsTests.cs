using PolicyGraph.Extraction;
using PolicyGraph.Tests.Extraction.Entities;

namespace PolicyGraph.Tests.Extraction;

public sealed class ShortFormsTests
{
    [Theory]
    [InlineData("市行政审批局（以下简称“市审批局”）负责同志发言。", "市审批局", "（以下简称“市审批局”）")]
    [InlineData("《若干措施》（以下简称《措施》）明确。", "措施", "（以下简称《措施》）")]
    [InlineData("合肥市中小企业服务中心（下称服务中心）今年将开展活动。", "服务中心", "（下称服务中心）")]
    [InlineData("安徽江淮汽车集团股份有限公司(简称:\"江淮汽车\")董事长项兴初", "江淮汽车", "(简称:\"江淮汽车\")")]
    [InlineData("江淮汽车集团（简称“江淮汽车”，股票代码600418）发布公告。", "江淮汽车", "（简称“江淮汽车”，股票代码600418）")]
    [InlineData("广州南站地区管理委员会，简称南站地区管委会，为番禺区政府的派出机构。", "南站地区管委会", "，简称南站地区管委会")]
    public void Finds_a_declared_short_form_and_its_declaration(string text, string shortForm, string declaration)
    {
        var form = Assert.Single(ShortForms.Find(text));

        Assert.Equal(shortForm, form.Short.Of(text));
        Assert.Equal(declaration, form.Declaration.Of(text));
        Assert.Equal(declaration[0] is '（' or '(', form.Parenthesized);
    }

    [Theory]
    [InlineData("该中心简称为“服务中心”。")]
    [InlineData("人们称之为“小巨人”。")]
    [InlineData("（以下简称“”）")]
    [InlineData("（简称“市审批局”")]
    [InlineData("（以下简称该局为主管部门，负责审批和监管等各项工作）")]
    public void Finds_nothing_where_no_name_is_shortened(string text)
    {
        Assert.Empty(ShortForms.Find(text));
    }

    [Theory]
    [InlineData("浙能集团", "浙江省能源集团有限公司", true)]
    [InlineData("阿盟", "阿拉伯国家联盟", true)]
    [InlineData("WTO", "世界贸易组织", true)]
    [InlineData("保定", "京冀智造", false)]
    [InlineData("能源集团", "浙江省能源集团有限公司", false)]
    [InlineData("集团浙能", "浙江省能源集团有限公司", false)]
    [InlineData("浙江省能源集团有限公司", "浙江省能源集团有限公司", false)]
    public void An_undeclared_short_form_keeps_the_name_s_characters_in_order(string shortForm, string name, bool abbreviates)
    {
        Assert.Equal(abbreviates, ShortForms.Abbreviates(shortForm, name));
    }

    // A parenthesis holding only an abbreviation of the name before it is read as a declaration; one holding a place
    // inside a company's name is not.
    [Fact]
    public void An_abbreviation_in_brackets_after_a_name_is_its_short_form()
    {
        var extraction = Extract.From("浙江省能源集团有限公司（浙能集团）董事长童亚辉表示，浙能集团实现了超低排放。京冀智造（保定）科技有限公司董事长白云飞说。", "");

        Assert.Equal(["白云飞|董事长|京冀智造（保定）科技有限公司", "童亚辉|董事长|浙江省能源集团有限公司"], extraction.PositionList());
        Assert.Equal(2, extraction.Mentions.Count(m => m.Text == "浙能集团" && m.Canonical == "浙江省能源集团有限公司"));
        Assert.DoesNotContain(extraction.Mentions, m => m.Text == "保定" && m.Type == MentionType.Organization);
    }

    // Each use of the short form names the organisation it shortens, and a title after the declaration is held there.
    [Fact]
    public void A_declared_short_form_names_the_organisation_and_a_chain_reads_through_the_declaration()
    {
        var extraction = Extract.From(
            "会上，市行政审批局（以下简称“市审批局”）作了发言。市审批局党组书记、局长刘建华介绍了情况。安徽江淮汽车集团股份有限公司（简称“江淮汽车”）董事长项兴初表示，江淮汽车将加快转型。",
            "河北省石家庄市");

        Assert.Equal(
            ["刘建华|党组书记|石家庄市行政审批局", "刘建华|局长|石家庄市行政审批局", "项兴初|董事长|安徽江淮汽车集团股份有限公司"],
            extraction.PositionList());
        var organizations = extraction.Mentions.Where(m => m.Type == MentionType.Organization).Select(m => $"{m.Text}→{m.Canonical}").ToList();
        Assert.Equal(2, organizations.Count(o => o == "市审批局→石家庄市行政审批局"));
        Assert.Equal(2, organizations.Count(o => o == "江淮汽车→安徽江淮汽车集团股份有限公司"));
    }

    // A short form inside the full name written again is the name's, not a use of its own.
    [Fact]
    public void A_use_inside_the_full_name_is_not_a_mention_of_its_own()
    {
        var text = "合肥市中小企业服务中心（下称“服务中心”）主任周建国介绍情况。合肥市中小企业服务中心今年将开展活动。";

        var extraction = Extract.From(text, "安徽省合肥市");

        Assert.Equal(["周建国|主任|合肥市中小企业服务中心"], extraction.PositionList());
        Assert.Equal(["服务中心@15"], extraction.Of(MentionType.Organization).Where(o => o.StartsWith("服务中心", StringComparison.Ordinal)));
    }

    // A title's short form names it in its brackets (《措施》), and not as a bare word (征求意见).
    [Fact]
    public void A_declared_short_title_names_the_initiative()
    {
        var text = "市政府印发《关于支持民营经济发展的若干措施》（以下简称《措施》）。《措施》明确，要广泛征求措施意见。";

        var initiatives = Extract.From(text, "安徽省合肥市").Mentions.Where(m => m.Type == MentionType.Initiative).ToList();

        Assert.Equal(["《关于支持民营经济发展的若干措施》", "《措施》", "《措施》"], initiatives.Select(m => m.Text));
        Assert.All(initiatives, m => Assert.Equal("关于支持民营经济发展的若干措施", m.Canonical));
    }
}
