using PolicyGraph.Extraction.Entities;
using PolicyGraph.Ingest;

namespace PolicyGraph.Tests.Extraction.Entities;

public sealed class DocumentPlaceTests
{
    [Theory]
    [InlineData("天津市", "天津市", "天津市", "")]
    [InlineData("江西省修水县", "江西省", "", "修水县")]
    [InlineData("上海市浦东新区", "上海市", "上海市", "上海市浦东新区")]
    [InlineData("新疆维吾尔自治区", "新疆维吾尔自治区", "", "")]
    [InlineData("湖北省武汉市", "湖北省", "武汉市", "")]
    [InlineData("", "", "", "")]
    public void Bare_level_prefixes_refer_to_the_documents_place(string place, string province, string city, string county)
    {
        var parsed = DocumentPlace.Parse(place);

        Assert.Equal(province, parsed.ForPrefix("省"));
        Assert.Equal(city, parsed.ForPrefix("市"));
        Assert.Equal(county, parsed.ForPrefix("县") is { Length: > 0 } c ? c : parsed.ForPrefix("区"));
    }

    [Theory]
    [InlineData("日期:2024-11-08  来源:重庆市人民政府网  【字体:大 中 小】", "重庆市")]
    [InlineData("发布日期:2023-09-15　　信息来源:山东省工业和信息化厅", "山东省")]
    [InlineData("发布时间:2024-04-18 | 来源:修水县融媒体中心", "修水县")]
    [InlineData("没有来源行的文章", "")]
    public void Without_metadata_the_place_comes_from_the_source_line(string text, string expected)
    {
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown, []);

        Assert.Equal(expected, DocumentPlace.Of(document).MostSpecific);
    }

    // A province's article about one of its cities: 市 is the one city of the province it names, at least twice.
    [Theory]
    [InlineData("论坛在温州开幕。温州市委书记出席，市发展改革委发言。", "温州市")]
    [InlineData("论坛在温州开幕，市发展改革委发言。", "")]
    [InlineData("温州、杭州两地的论坛在温州开幕。", "")]
    [InlineData("论坛在苏州开幕。苏州市委书记出席。", "")]
    public void A_province_s_article_about_one_of_its_cities_takes_that_city(string text, string city)
    {
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown with { Place = "浙江省" }, []);

        var place = DocumentPlace.Of(document);

        Assert.Equal(city, place.ForPrefix("市"));
        Assert.Equal("浙江省", place.ForPrefix("省"));
    }

    // A city's article about one of its counties: 县 is the one county of the city it names, at least twice.
    [Theory]
    [InlineData("太和县医共体推进会召开。太和县人民医院与乡镇卫生院签约。", "太和县")]
    [InlineData("太和县医共体推进会召开。", "")]
    [InlineData("太和县和临泉县的医共体推进会在太和县召开。", "")]
    public void A_city_s_article_about_one_of_its_counties_takes_that_county(string text, string county)
    {
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown with { Place = "安徽省阜阳市" }, []);

        var place = DocumentPlace.Of(document);

        Assert.Equal(county, place.ForPrefix("县"));
        Assert.Equal("阜阳市", place.ForPrefix("市"));
    }

    // A city's article (its city perhaps read from the text) about a county of another city of the province: 县 is that
    // county, and 市 its city.
    [Fact]
    public void A_citys_article_about_a_county_elsewhere_in_the_province_takes_that_county_and_its_city()
    {
        const string text = "秦安县苹果种植面积达到56万亩。县长杨慧介绍，秦安县把东西部协作作为产业发展的重要抓手。";
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown with { Place = "甘肃省兰州市" }, []);

        var place = DocumentPlace.Of(document);

        Assert.Equal(("秦安县", "天水市", "甘肃省"), (place.ForPrefix("县"), place.ForPrefix("市"), place.ForPrefix("省")));
    }

    // A province's article about one of its counties: 县 is that county, named twice in full and no other, and 市 its city.
    [Theory]
    [InlineData("将乐县总医院统筹管理全县乡镇卫生院。将乐县推进医共体建设，县医院能力提升。", "将乐县", "三明市")]
    [InlineData("将乐县推进医共体建设，县医院能力提升。", "", "")]
    public void A_provinces_article_about_one_of_its_counties_takes_that_county(string text, string county, string city)
    {
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown with { Place = "福建省" }, []);

        var place = DocumentPlace.Of(document);

        Assert.Equal((county, city, "福建省"), (place.ForPrefix("县"), place.ForPrefix("市"), place.ForPrefix("省")));
    }

    // A document from nowhere known takes the one county its text writes in full, at least twice (not 振兴 of 乡村振兴),
    // for a bare 县 only (the text is read for it only where one is written).
    [Theory]
    [InlineData("枇杷节在云霄县开幕。云霄县推进乡村振兴，加强合作。县委书记出席。", "云霄县")]
    [InlineData("枇杷节在云霄县开幕。县委书记出席。", "")]
    [InlineData("一行来到于都县，坚持产业兴县。国网于都县供电公司保供电。县长邹立行陪同。", "于都县")]
    public void A_document_from_nowhere_takes_the_one_county_it_names(string text, string county)
    {
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown, []);

        var place = DocumentPlace.Of(document);

        Assert.Equal(county, place.ForPrefix("县"));
        Assert.Equal(string.Empty, place.ForPrefix("省"));
    }

    // A document from nowhere known that writes a bare 省 takes the one province its places lie in (the province or its
    // cities, at least twice in all), and then, as a province's article does, the one city it names twice; no bare 省, or
    // places of two provinces, take none.
    [Theory]
    [InlineData("全省科技成果转化工作推进会在长沙召开。副省长谭慧敏出席。依托长沙高新区，推动落实。", "湖南省", "长沙市")]
    [InlineData("全省推进会在长沙召开。会上，湖南省科技厅介绍情况。", "湖南省", "")]
    [InlineData("推进会在长沙召开。长沙高新区介绍情况。", "", "")]
    [InlineData("全省推进会在长沙召开。副省长出席。武汉代表团参会。", "", "")]
    public void A_provincial_document_from_nowhere_takes_the_province_of_its_places(string text, string province, string city)
    {
        var document = new SourceDocument("a.txt", string.Empty, text, DocumentMetadata.Unknown, []);

        var place = DocumentPlace.Of(document);

        Assert.Equal((province, city), (place.ForPrefix("省"), place.ForPrefix("市")));
    }
}
