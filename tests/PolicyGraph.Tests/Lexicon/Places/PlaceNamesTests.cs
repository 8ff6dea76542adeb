using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Tests.Lexicon.Places;

public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("太原市", "太原")]
    [InlineData("山西省", "山西")]
    [InlineData("宁夏回族自治区", "宁夏")]
    [InlineData("海西蒙古族藏族自治州", "海西")]
    [InlineData("伊犁哈萨克自治州", "伊犁")]
    [InlineData("围场满族蒙古族自治县", "围场")]
    [InlineData("鄂伦春自治旗", "鄂伦春")]
    [InlineData("大兴安岭地区", "大兴安岭")]
    [InlineData("神农架林区", "神农架")]
    [InlineData("滨海新区", "滨海")]
    [InlineData("科尔沁左翼中旗", "科尔沁左翼中")]
    public void Removes_the_generic_suffix(string fullName, string shortName)
    {
        Assert.Equal(shortName, PlaceNames.ShortName(fullName));
    }

    [Theory]
    [InlineData("沙县")]
    [InlineData("城区")]
    [InlineData("矿区")]
    public void Gives_no_short_name_of_one_character(string fullName)
    {
        Assert.Equal(string.Empty, PlaceNames.ShortName(fullName));
    }
}
