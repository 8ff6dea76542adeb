using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Tests.Lexicon.Places;

public sealed class PlaceGazetteerTests
{
    private static readonly PlaceGazetteer Places = PlaceGazetteer.Default;

    [Theory]
    [InlineData("天津市", "天津市")]
    [InlineData("山东省", "山东省")]
    [InlineData("新疆维吾尔自治区", "新疆维吾尔自治区")]
    [InlineData("香港特别行政区", "香港特别行政区")]
    [InlineData("合肥市", "合肥市")]
    [InlineData("保定市", "保定市")]
    [InlineData("延边朝鲜族自治州", "延边朝鲜族自治州")]
    [InlineData("修水县", "江西省修水县")]
    [InlineData("浦东新区", "上海市浦东新区")]
    [InlineData("仙桃市", "湖北省仙桃市")]
    [InlineData("土默特左旗", "内蒙古自治区土默特左旗")]
    public void Qualifies_a_place_as_the_graph_names_a_documents_place(string name, string qualified)
    {
        var place = Places.Resolve(name);
        Assert.NotNull(place);
        Assert.Equal(qualified, Places.QualifiedName(place));
    }

    [Theory]
    [InlineData("太原", "太原市")]
    [InlineData("山西", "山西省")]
    [InlineData("浦东", "浦东新区")]
    [InlineData("新疆", "新疆维吾尔自治区")]
    [InlineData("广西", "广西壮族自治区")]
    [InlineData("内蒙古", "内蒙古自治区")]
    [InlineData("西藏", "西藏自治区")]
    [InlineData("香港", "香港特别行政区")]
    [InlineData("延边", "延边朝鲜族自治州")]
    [InlineData("黔东南", "黔东南苗族侗族自治州")]
    [InlineData("恩施", "恩施土家族苗族自治州")]
    [InlineData("巴音郭楞", "巴音郭楞蒙古自治州")]
    [InlineData("克孜勒苏", "克孜勒苏柯尔克孜自治州")]
    [InlineData("修水", "修水县")]
    [InlineData("锡林郭勒", "锡林郭勒盟")]
    [InlineData("吉林", "吉林省")]
    public void Resolves_a_short_name_to_its_full_name(string shortName, string fullName)
    {
        Assert.Equal(fullName, Places.Resolve(shortName)?.Name);
    }

    [Fact]
    public void Names_a_place_by_its_full_or_short_name()
    {
        Assert.True(PlaceGazetteer.Default.Names("成都"));
        Assert.True(PlaceGazetteer.Default.Names("成都市"));
        Assert.True(PlaceGazetteer.Default.Names("凉山州"));
        Assert.False(PlaceGazetteer.Default.Names("宿餐"));
    }

    // An autonomous prefecture is written by its short name and 州 as if that were its full name; the place keeps its
    // official name.
    [Theory]
    [InlineData("凉山州", "凉山彝族自治州")]
    [InlineData("恩施州", "恩施土家族苗族自治州")]
    [InlineData("黔东南州", "黔东南苗族侗族自治州")]
    public void An_autonomous_prefecture_is_found_by_its_common_name(string common, string official)
    {
        Assert.Equal(official, Assert.Single(PlaceGazetteer.Default.ByFullName(common)).Name);
        Assert.Empty(PlaceGazetteer.Default.ByFullName("凉山市"));
    }

    [Fact]
    public void Lists_every_province_level_unit()
    {
        Assert.Equal(34, Places.All.Count(p => p.Level == PlaceLevel.Province));
    }

    [Fact]
    public void Leaves_an_ambiguous_county_name_unresolved_without_context()
    {
        Assert.True(Places.ByFullName("朝阳区").Count >= 2);
        Assert.Null(Places.Resolve("朝阳区"));
    }

    [Fact]
    public void Resolves_an_ambiguous_name_inside_the_given_area()
    {
        var beijing = Places.Resolve("北京")!;
        var chaoyang = Places.Resolve("朝阳区", beijing);
        Assert.Equal("110105", chaoyang?.Code);
    }

    [Fact]
    public void Gives_the_parent_chain_nearest_first()
    {
        var xiushui = Places.Resolve("修水县")!;
        Assert.Equal(["修水县", "九江市", "江西省"], Places.Chain(xiushui).Select(p => p.Name));
        Assert.Equal(PlaceLevel.County, xiushui.Level);
        Assert.Equal("江西省", Places.Province(xiushui).Name);
        Assert.True(Places.IsWithin(xiushui, Places.Resolve("九江")!));
    }

    [Fact]
    public void Counties_of_a_municipality_hang_directly_under_it()
    {
        var pudong = Places.Resolve("浦东新区")!;
        Assert.Equal("上海市", Places.Parent(pudong)?.Name);
    }

    [Fact]
    public void Leaves_out_functional_zones_and_grouping_rows()
    {
        Assert.Empty(Places.Find("市辖区"));
        Assert.Empty(Places.Find("石家庄高新技术产业开发区"));
    }

    [Fact]
    public void Unknown_names_find_nothing()
    {
        Assert.Empty(Places.Find("东湖高新区"));
        Assert.Null(Places.Resolve("某某"));
    }

    [Fact]
    public void Default_is_one_instance_across_threads()
    {
        var seen = new PlaceGazetteer[8];
        Parallel.For(0, seen.Length, i => seen[i] = PlaceGazetteer.Default);
        Assert.All(seen, g => Assert.Same(PlaceGazetteer.Default, g));
    }

    [Fact]
    public void Scans_place_names_in_a_sentence_longest_first()
    {
        const string text = "本报太原讯 山西省太原市和江西省修水县代表";
        var mentions = Places.Scan(text);
        Assert.Equal(["太原", "山西省", "太原市", "江西省", "修水县"], mentions.Select(m => m.Surface));
        Assert.Equal(2, mentions[0].Start);
        Assert.Equal("太原市", mentions[0].Candidates[0].Name);
    }

    [Fact]
    public void Scans_only_full_names_when_short_names_are_off()
    {
        Assert.Equal(["天津市"], Places.Scan("天津市和平区和平发展", shortNames: false).Select(m => m.Surface).Take(1));
        Assert.DoesNotContain(Places.Scan("和平发展", shortNames: false), m => m.Surface == "和平");
    }
}
