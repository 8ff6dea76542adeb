using PolicyGraph.Ingest;
using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// The administrative places a document's bare level prefixes refer to: 市 is its city, 省 its province, 区 and
/// 县 its district or county. Built from the document's <see cref="DocumentMetadata.Place"/> (天津市, 江西省修水县,
/// 上海市浦东新区), or guessed from its 来源 line when the metadata has none.
/// </summary>
internal sealed record DocumentPlace(string Province, string City, string County)
{
    private static readonly string[] Municipalities = ["北京市", "天津市", "上海市", "重庆市"];

    /// <summary>No place known.</summary>
    public static readonly DocumentPlace None = new(string.Empty, string.Empty, string.Empty);

    /// <summary>The most specific place known, or empty.</summary>
    public string MostSpecific => County.Length > 0 ? QualifiedCounty : City.Length > 0 ? City : Province;

    /// <summary>The county-level place as organisations are named after it: 上海市浦东新区 for a municipality's district, 修水县 for a county.</summary>
    public string QualifiedCounty =>
        County.Length > 0 && County.EndsWith('区') && City.Length > 0 ? City + County : County;

    /// <summary>The place a bare level prefix (省, 市, 区, 县, 自治区, 州) refers to in this document, or empty.</summary>
    public string ForPrefix(string prefix) => prefix switch
    {
        "省" or "自治区" => Province,
        "市" or "州" or "盟" => City,
        "区" or "县" or "旗" => QualifiedCounty,
        _ => string.Empty,
    };

    /// <summary>The place of <paramref name="document"/>.</summary>
    public static DocumentPlace Of(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var place = document.Metadata.Place;
        if (place.Length == 0)
        {
            place = GuessFromSourceLine(document.Text);
        }

        return Parse(place).Complete(PlaceGazetteer.Default).WithOnlyProvince(document.Text, PlaceGazetteer.Default).WithOnlyCity(document.Text, PlaceGazetteer.Default)
            .WithOnlyCounty(document.Text, PlaceGazetteer.Default);
    }

    /// <summary>
    /// A provincial article from nowhere known: when the document knows no place and its text writes a bare 省 (全省,
    /// 副省长, 省科学技术厅) and names the places of one province only (the province, or its prefectures), at least twice
    /// in all, 省 is that province (湘江科技报 on a meeting 在长沙召开: 副省长 is at 湖南省人民政府). Its city is then read as
    /// a province's article's is (<see cref="WithOnlyCity"/>).
    /// </summary>
    public DocumentPlace WithOnlyProvince(string text, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (Province.Length > 0 || City.Length > 0 || County.Length > 0 || !HasBareProvincePrefix(text))
        {
            return this;
        }

        var province = OnlyNamedTwice(gazetteer.Scan(text), m => m.Candidates.Where(c => c.Level is PlaceLevel.Province or PlaceLevel.Prefecture)
            .Select(gazetteer.Province).Distinct().ToList() is [var only] ? only : null);
        return province is null ? this : this with { Province = province.Name };
    }

    // Whether 省 opens a word somewhere (全省, 副省长, 省科学技术厅): the province written bare.
    private static bool HasBareProvincePrefix(string text) => WritesBare(text, "省", "副全");

    // Whether one of levels opens a word somewhere, or follows one of before (副县长, 全省), before a Han character.
    private static bool WritesBare(string text, string levels, string before)
    {
        for (var i = text.AsSpan().IndexOfAny(levels); i >= 0; i = i + 1 < text.Length && text.AsSpan(i + 1).IndexOfAny(levels) is var next and >= 0 ? i + 1 + next : -1)
        {
            if (i + 1 < text.Length && Text.ChineseText.IsHan(text[i + 1]) && (StartsWord(text, i) || before.Contains(text[i - 1], StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A province's article about one of its cities: when the document speaks from a province only and its text names
    /// one prefecture of that province, at least twice, and no other, a bare 市 is that city (浙江日报 on a forum in
    /// 温州: 市发展改革委 is 温州市发展和改革委员会).
    /// </summary>
    public DocumentPlace WithOnlyCity(string text, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        if (Province.Length == 0 || City.Length > 0 || gazetteer.Resolve(Province) is not { } province)
        {
            return this;
        }

        return OnlyNamedTwice(gazetteer.Scan(text), m => m.Candidates.FirstOrDefault(c => c.Level == PlaceLevel.Prefecture && gazetteer.IsWithin(c, province)))
            is { } only ? this with { City = only.Name } : this;
    }

    /// <summary>
    /// A city's article about one of its counties or districts: when the document speaks from a city only, or from no
    /// known place, and its text names one county-level place (of that city), at least twice, and no other, a bare 县 or
    /// 区 is that place (阜阳日报 on a meeting in 太和县: 副县长 is at 太和县人民政府). A province's article, or a city's
    /// naming none of the city's, takes the one county of the province it names in full, and that county's city.
    /// </summary>
    public DocumentPlace WithOnlyCounty(string text, PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(gazetteer);
        // Scanning every text cost the xwlb build a sixth of its CPU; only a bare 县 or 区 needs it.
        if (County.Length > 0 || !HasBareCountyPrefix(text))
        {
            return this;
        }

        // Of a document that speaks from nowhere known, the one county its text names (闽南日报 on a festival in 云霄县).
        var city = City.Length > 0 ? gazetteer.Resolve(City) : null;
        var province = City.Length == 0 && Province.Length > 0 ? gazetteer.Resolve(Province) : null;
        if (City.Length > 0 ? city is null : Province.Length > 0 && province is null)
        {
            return this;
        }

        if (province is not null)
        {
            // A province's article about one of its counties (河南省 on a county's flood drill).
            return InProvince(gazetteer.Scan(text), gazetteer, province);
        }

        // Of a document from nowhere known, a county written in full (云霄县; not 振兴 of 乡村振兴), a name of two characters
        // where a word starts (not 兴县 of 产业兴县). Only the county is taken: a bare 市 or 省 there may be any (索比亚宁市长
        // in a national item about a county's trade).
        var mentions = gazetteer.Scan(text);
        var county = OnlyNamedTwice(mentions, mention =>
        {
            var counties = mention.Candidates.Where(c => c.Level == PlaceLevel.County
                && (city is null ? c.Name == mention.Surface && (mention.Surface.Length > 2 || StartsWord(text, mention.Start)) : gazetteer.IsWithin(c, city))).ToList();
            return counties.Count == 1 ? counties[0] : null;
        });
        if (county is not null)
        {
            return this with { County = county.Name };
        }

        // 人民网甘肃频道 on 秦安县, its city read as 兰州市 from two mentions: the one county of the province the text names in
        // full, with its own city.
        return city is null ? this : InProvince(mentions, gazetteer, gazetteer.Province(city));
    }

    // The one county of province the text names in full, at least twice, with its city; this when there is none.
    private DocumentPlace InProvince(IReadOnlyList<PlaceMention> mentions, PlaceGazetteer gazetteer, Place province)
    {
        if (OnlyNamedTwice(mentions, m => m.Candidates.Where(c => c.Level == PlaceLevel.County && c.Name == m.Surface && gazetteer.IsWithin(c, province)).ToList()
                is [var only] ? only : null) is not { } county)
        {
            return this;
        }

        var prefecture = gazetteer.Chain(county).FirstOrDefault(p => p.Level == PlaceLevel.Prefecture);
        return prefecture is null ? this : this with { City = prefecture.Name, County = county.Name };
    }

    // The one place that pick finds in the mentions, found at least twice; null where it finds none, one once, or two.
    private static Place? OnlyNamedTwice(IEnumerable<PlaceMention> mentions, Func<PlaceMention, Place?> pick)
    {
        Place? only = null;
        var count = 0;
        foreach (var mention in mentions)
        {
            if (pick(mention) is not { } place)
            {
                continue;
            }

            if (only is not null && only != place)
            {
                return null;
            }

            only = place;
            count++;
        }

        return count >= 2 ? only : null;
    }

    // Whether 县 or 区 opens a word somewhere (，县委书记, 县长, 在区政府): a level written bare, before a body or title;
    // or a town's body is written, which is named with the county (中共余干县康山乡委员会).
    private static bool HasBareCountyPrefix(string text) =>
        WritesBare(text, "县区", "副") || OrganizationStep.TownBodyForms.Any(body => text.Contains(body, StringComparison.Ordinal));

    // Whether a word starts at i: after no Han character, a function word, or a province's or city's name (江西省|于都县).
    private static bool StartsWord(string text, int i) =>
        i == 0 || !Text.ChineseText.IsHan(text[i - 1]) || Text.ChineseText.IsFunctionChar(text[i - 1]) || text[i - 1] is '省' or '市' or '州';

    /// <summary>
    /// Fills the levels the name leaves out from the gazetteer: 成都市 lies in 四川省 (so 省委 in a Chengdu article is
    /// Sichuan's), 修水县 in 九江市.
    /// </summary>
    public DocumentPlace Complete(PlaceGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        var known = County.Length > 0 ? County : City.Length > 0 ? City : string.Empty;
        if (known.Length == 0 || (Province.Length > 0 && City.Length > 0))
        {
            return this;
        }

        var within = Province.Length > 0 ? gazetteer.Resolve(Province) : null;
        if (gazetteer.Resolve(known, within) is not { } place)
        {
            return this;
        }

        var chain = gazetteer.Chain(place);
        var province = Province.Length > 0 ? Province : chain[^1].Name;
        var city = City.Length > 0 ? City
            : chain.FirstOrDefault(p => p.Level == PlaceLevel.Prefecture)?.Name ?? (chain[^1].Name is var top && Municipalities.Contains(top) ? top : string.Empty);
        return this with { Province = province, City = city };
    }

    /// <summary>Splits a full administrative name into its levels.</summary>
    public static DocumentPlace Parse(string place)
    {
        if (string.IsNullOrEmpty(place))
        {
            return None;
        }

        string province = string.Empty, city = string.Empty, county = string.Empty;
        var rest = place;
        if (Municipalities.FirstOrDefault(m => rest.StartsWith(m, StringComparison.Ordinal)) is { } municipality)
        {
            province = city = municipality;
            rest = rest[municipality.Length..];
        }
        else
        {
            var p = EndOf(rest, "自治区", "省");
            if (p > 0)
            {
                province = rest[..p];
                rest = rest[p..];
            }

            var c = EndOf(rest, "自治州", "市", "州", "盟", "地区");
            if (c > 0)
            {
                city = rest[..c];
                rest = rest[c..];
            }
        }

        if (rest.Length > 0 && (rest.EndsWith('县') || rest.EndsWith('区') || rest.EndsWith('旗') || rest.EndsWith('市')))
        {
            county = rest;
        }

        return new DocumentPlace(province, city, county);
    }

    private static int EndOf(string text, params string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            var at = text.Length < 2 ? -1 : text.IndexOf(suffix, 1, StringComparison.Ordinal);
            if (at > 0 && at <= 8)
            {
                return at + suffix.Length;
            }
        }

        return 0;
    }

    // The 来源 line of a government site names the publishing body, whose name starts with its place:
    // 来源:重庆市人民政府网, 信息来源:山东省工业和信息化厅. Used only when ingest gave no place.
    private static string GuessFromSourceLine(string text)
    {
        var at = text.IndexOf("来源", StringComparison.Ordinal);
        if (at < 0 || at > 2000)
        {
            return string.Empty;
        }

        var i = at + 2;
        while (i < text.Length && (text[i] is ':' or '：' or ' ' or '\u3000'))
        {
            i++;
        }

        var end = i;
        while (end < text.Length && end - i < 24 && Text.ChineseText.IsHan(text[end]))
        {
            end++;
        }

        var source = text[i..end];
        foreach (var level in new[] { "自治区", "省", "市", "县", "区" })
        {
            var k = source.IndexOf(level, StringComparison.Ordinal);
            if (k >= 1 && k <= 9)
            {
                var name = source[..(k + level.Length)];
                // A county's name is read with what follows it too: 修水县 stands alone.
                var county = source.IndexOfAny(['县', '区'], k + level.Length);
                return level is "省" or "自治区" && county > 0 && county - k <= 4 ? source[..(county + 1)] : name;
            }
        }

        return string.Empty;
    }
}
