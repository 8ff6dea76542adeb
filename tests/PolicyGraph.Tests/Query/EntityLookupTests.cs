using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Query;
using Xunit;

namespace PolicyGraph.Tests.Query;

public sealed class EntityLookupTests
{
    private static readonly EntityLookup Lookup = new(JsonGraphReader.ReadFile(CliRunner.FixtureGraph).Graph!);

    [Theory]
    [InlineData("天津市科学技术协会", "org_tj_kx", MatchKind.Name)]
    [InlineData("市科协", "org_tj_kx", MatchKind.Alias)]
    [InlineData("智博会", "evt_wic", MatchKind.Alias)]
    [InlineData("京津冀一体化", "ini_jjj", MatchKind.Alias)]
    [InlineData(" 张伟 ", "per_zhangwei", MatchKind.Name)]
    [InlineData("２０２４世界智能产业博览会", "evt_wic", MatchKind.Fuzzy)]
    [InlineData("合肥市人民政府办公室", "org_hf_gov", MatchKind.Fuzzy)]
    [InlineData("京津冀", "ini_jjj", MatchKind.Fuzzy)]
    public void Finds_by_name_then_alias_then_fuzzy(string name, string id, MatchKind kind)
    {
        var found = Lookup.Find(name);
        Assert.Equal(id, found.Node?.Id);
        Assert.Equal(kind, found.Kind);
    }

    [Fact]
    public void A_shared_alias_picks_the_better_connected_node_and_lists_the_other()
    {
        var found = Lookup.Find("市政府");
        Assert.Equal("org_tj_gov", found.Node?.Id);
        Assert.Equal(["org_hf_gov"], found.Others.Select(o => o.Id));
    }

    [Theory]
    [InlineData("张卫", "张伟")]
    [InlineData("王墙", "王强")]
    [InlineData("新质生产率", "新质生产力")]
    public void An_unknown_name_suggests_close_names(string name, string suggestion)
    {
        var found = Lookup.Find(name);
        Assert.Null(found.Node);
        Assert.Contains(suggestion, found.Suggestions);
        Assert.StartsWith($"no entity named {name}; did you mean ", found.NotFoundMessage(name), StringComparison.Ordinal);
    }

    [Fact]
    public void A_type_filter_says_which_type_the_name_has()
    {
        var found = Lookup.Find("新质生产力", new HashSet<NodeType> { NodeType.Person, NodeType.Organization });
        Assert.Null(found.Node);
        Assert.Equal("no entity named 新质生产力 of type Person or Organization; 新质生产力 is an Initiative.", found.NotFoundMessage("新质生产力"));
    }

    [Fact]
    public void Statements_are_not_found_by_name()
    {
        Assert.Null(Lookup.Find("要加快发展新质生产力，推").Node?.Type == NodeType.Statement ? "statement" : null);
    }
}
