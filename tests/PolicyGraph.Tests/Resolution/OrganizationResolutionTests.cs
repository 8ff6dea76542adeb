using PolicyGraph.Graph;
using PolicyGraph.Resolution;
using Xunit;
using static PolicyGraph.Tests.Resolution.Facts;

namespace PolicyGraph.Tests.Resolution;

public sealed class OrganizationResolutionTests
{
    [Theory]
    [InlineData("天津市发改委", "天津市发展和改革委员会")]
    [InlineData("天津市发展改革委", "天津市发展和改革委员会")]
    [InlineData("天津市发展和改革委员会", "天津市发展和改革委员会")]
    [InlineData("江西省工信厅", "江西省工业和信息化厅")]
    [InlineData("合肥市政府", "合肥市人民政府")]
    [InlineData("广西壮族自治区政府", "广西壮族自治区人民政府")]
    [InlineData("中国科协", "中国科学技术协会")]
    [InlineData("市政府", "市政府")]
    [InlineData("天津市委", "天津市委")]
    [InlineData("合肥经开区", "合肥经济技术开发区")]
    [InlineData("合肥经开区管委会", "合肥经济技术开发区管委会")]
    [InlineData("襄阳高新区", "襄阳高新技术产业开发区")]
    [InlineData("襄阳高新区管委会", "襄阳高新技术产业开发区管委会")]
    public void Government_body_short_forms_become_the_standard_name(string name, string standard) =>
        Assert.Equal(standard, OrganizationNames.Normalize(name));

    [Fact]
    public void A_short_canonical_name_merges_into_the_full_name_that_lists_it_as_alias()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "天津市", Org("市科协", "天津市科学技术协会", "association"), Org("天津市科协", "天津市科学技术协会", "association")),
            Doc("b.txt", "2024-01-03", "天津市", Org("天津市科协", "天津市科协", "association")));

        var org = Assert.Single(a.Graph.NodesOf(NodeType.Organization));
        Assert.Equal("天津市科学技术协会", org.Name);
        Assert.Contains("市科协", org.Properties.GetList("aliases"));
    }

    // 县委 in an article of no known place is not the one county committee some other article wrote so.
    [Fact]
    public void A_short_form_relative_to_a_place_does_not_merge_into_the_only_body_written_so()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "河北省正定县", Org("县委", "中共正定县委员会", "party")),
            Doc("b.txt", "2024-01-03", "", Org("县委", "县委", "party")));

        var names = a.Graph.NodesOf(NodeType.Organization).Select(n => n.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["中共正定县委员会", "县委"], names);
        Assert.DoesNotContain("县委", a.Graph.NodesOf(NodeType.Organization).Single(n => n.Name == "中共正定县委员会").Properties.GetList("aliases"));
    }

    [Fact]
    public void A_company_named_by_its_short_form_elsewhere_is_merged_and_the_merge_is_recorded()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "天津市", Org("海河智能", "天津海河智能科技有限公司")),
            Doc("b.txt", "2024-01-03", "天津市", Org("海河智能", "海河智能")));

        var org = Assert.Single(a.Graph.NodesOf(NodeType.Organization));
        Assert.Equal("天津海河智能科技有限公司", org.Name);
        var note = Assert.Single(a.Log.For(org.Id), n => n.Decision == ResolutionDecision.Merged);
        Assert.Equal(2, note.DocumentCount);
        Assert.Equal([org.Id], a.Log.For(StableId.For(NodeType.Organization, "海河智能")).Single().Related);
    }

    [Fact]
    public void Government_short_forms_in_two_documents_are_one_node()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", "天津市", Org("市发改委", "天津市发改委", "government")),
            Doc("b.txt", "2024-01-03", "天津市", Org("天津市发展和改革委员会", "天津市发展和改革委员会", "government")));

        var org = Assert.Single(a.Graph.NodesOf(NodeType.Organization));
        Assert.Equal("天津市发展和改革委员会", org.Name);
        Assert.Equal(["天津市发展和改革委员会", "天津市发改委", "市发改委"], org.Properties.GetList("aliases").ToArray());
    }

    [Fact]
    public void A_short_alias_of_two_cities_is_read_by_document_context_and_never_equals_a_canonical_name()
    {
        var a = Assemble(
            Doc("tj.txt", "2024-01-02", "天津市", Org("市政府", "天津市人民政府", "government")),
            Doc("hf.txt", "2024-01-03", "合肥市", Org("市政府", "合肥市人民政府", "government")),
            Doc("tj2.txt", "2024-01-04", "天津市", Org("天津市政府", "天津市人民政府", "government"), Org("市政府", "市政府", "government", at: 20)),
            Doc("x.txt", "2024-01-05", string.Empty, Org("市政府", "市政府", "government")));

        var orgs = a.Graph.NodesOf(NodeType.Organization).ToList();
        Assert.Equal(["合肥市人民政府", "天津市人民政府", "市政府"], orgs.Select(o => o.Name).Order(StringComparer.Ordinal));
        AssertInvariant(a.Graph);
        var tj2 = StableId.For(NodeType.Document, "tj2.txt");
        Assert.Equal([StableId.For(NodeType.Organization, "天津市人民政府")],
            a.Graph.Edges.Where(e => e.Type == EdgeType.MENTIONS && e.Source == tj2).Select(e => e.Target));
    }

    [Fact]
    public void Initiatives_merge_by_alias()
    {
        var a = Assemble(
            Doc("a.txt", "2024-01-02", string.Empty, Initiative("京津冀协同发展战略", "京津冀协同发展"), Initiative("京津冀协同", "京津冀协同发展")),
            Doc("b.txt", "2024-01-03", string.Empty, Initiative("京津冀协同", "京津冀协同")));

        var node = Assert.Single(a.Graph.NodesOf(NodeType.Initiative));
        Assert.Equal("京津冀协同发展", node.Name);
    }

    internal static void AssertInvariant(KnowledgeGraph graph)
    {
        var orgs = graph.NodesOf(NodeType.Organization).ToList();
        Assert.Equal(orgs.Count, orgs.Select(o => o.Name).Distinct(StringComparer.Ordinal).Count());
        var canonical = orgs.ToDictionary(o => o.Name, o => o.Id, StringComparer.Ordinal);
        foreach (var org in orgs)
        {
            foreach (var alias in org.Properties.GetList("aliases"))
            {
                Assert.True(!canonical.TryGetValue(alias, out var other) || other == org.Id, $"Alias '{alias}' of {org.Name} is another node's canonical name.");
            }
        }
    }

    // SCHEMA: PUBLISHED_BY is the outlet of the 来源 line or the site; a page whose footer names the body that runs the
    // site is published by both, and the body is a node as the outlet is.
    [Fact]
    public void A_page_is_published_by_its_outlet_and_by_the_body_that_runs_the_site()
    {
        var page = Doc("a.html", "2025-03-01", "湖北省襄阳市");
        page.Item1 = page.Item1 with { Metadata = page.Item1.Metadata with { Source = "襄阳市经济和信息化局", Site = "襄阳市人民政府办公室" } };

        var a = Assemble(page);

        var publishers = a.Graph.Edges.Where(e => e.Type == EdgeType.PUBLISHED_BY).Select(e => a.Graph[e.Target])
            .Select(n => $"{n.Name}|{n.Properties.GetString("kind")}").Order(StringComparer.Ordinal);
        Assert.Equal(["襄阳市人民政府办公室|government", "襄阳市经济和信息化局|media"], publishers);
    }
}
