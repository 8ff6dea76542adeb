using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// Finds the place an article speaks from: the division named in its source (天津政务网 → 天津市, 修水县融媒体中心 →
/// 江西省修水县), else in its dateline (本报太原讯 → 太原市), else in its site's name (武汉东湖新技术开发区管委会 → 武汉市).
/// Empty when none names a known division unambiguously.
/// </summary>
internal static class PlaceFinder
{
    // A short name followed by one of these names something else: a zone (东湖高新区), a street or a university (中山大学).
    private static readonly string[] NotPlaceFollowers =
    [
        "高新", "新技术", "经济技术", "经济开发", "经开", "开发区", "自贸", "综合保税", "保税", "工业园", "产业园", "科技园", "园区",
        "示范区", "试验区", "港区", "大学", "学院", "路", "大道", "大街", "街道", "公园", "广场", "机场",
    ];

    /// <summary>The qualified name of the place <paramref name="view"/> speaks from, given its <paramref name="source"/>; or empty.</summary>
    public static string Find(ArticleView view, string source)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        var place = FromName(source, view.WholeText)
            ?? (Dateline.Find(view) is { } dateline ? FromName(dateline.Lead, view.WholeText) : null)
            ?? FromName(SourceFinder.SiteName(view), view.WholeText);
        return place is null ? string.Empty : PlaceGazetteer.Default.QualifiedName(place);
    }

    /// <summary>
    /// The most specific division named in <paramref name="name"/> (an outlet or a dateline), each name read inside the
    /// one before (上海浦东 → 浦东新区); a county known only by its short name counts when <paramref name="context"/> or
    /// the name also names its city or province.
    /// </summary>
    public static Place? FromName(string name, string context)
    {
        ArgumentNullException.ThrowIfNull(name);
        var gazetteer = PlaceGazetteer.Default;
        Place? deepest = null;
        foreach (var mention in gazetteer.Scan(name))
        {
            var byShortName = mention.Candidates[0].Name != mention.Surface;
            if (byShortName && FollowedByNonPlace(name, mention.End))
            {
                continue;
            }

            var place = gazetteer.Resolve(mention.Surface, deepest);
            if (place is null || (byShortName && place.Level == PlaceLevel.County && !Corroborated(place, name + "\n" + context)))
            {
                continue;
            }

            if (deepest is not null && !gazetteer.IsWithin(place, deepest) && !gazetteer.IsWithin(deepest, place))
            {
                break;
            }

            if (deepest is null || place.Level > deepest.Level)
            {
                deepest = place;
            }
        }

        return deepest;
    }

    private static bool FollowedByNonPlace(string name, int end) =>
        NotPlaceFollowers.Any(w => string.CompareOrdinal(name, end, w, 0, w.Length) == 0);

    private static bool Corroborated(Place county, string text)
    {
        var gazetteer = PlaceGazetteer.Default;
        return gazetteer.Chain(county).Skip(1).Any(above =>
            text.Contains(above.Name, StringComparison.Ordinal)
            || (above.ShortName.Length > 0 && text.Contains(above.ShortName, StringComparison.Ordinal)));
    }
}
