using PolicyGraph.Ingest.Chrome;
using PolicyGraph.Lexicon.Places;

namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// Finds the place an article speaks from: the division named in its source (天津政务网 → 天津市, 修水县融媒体中心 →
/// 江西省修水县), or a more specific one in its dateline (本报太原讯 → 太原市), else in its site's name
/// (武汉东湖新技术开发区管委会 → 武汉市), its breadcrumb (重庆要闻 → 重庆市), before the source's name written in full
/// elsewhere on the page, or last in its title (广东省政府新闻办举行新闻发布会, 南方日报: 广东省). Empty when none names a known
/// division unambiguously.
/// </summary>
internal static class PlaceFinder
{
    // A short name followed by one of these names something else: a zone (东湖高新区), a street or a university (中山大学).
    private static readonly string[] NotPlaceFollowers =
    [
        "高新", "新技术", "经济技术", "经济开发", "经开", "开发区", "自贸", "综合保税", "保税", "工业园", "产业园", "科技园", "园区",
        "示范区", "试验区", "港区", "大学", "学院", "路", "大道", "大街", "街道", "公园", "广场", "机场",
    ];

    /// <summary>
    /// The qualified name of the place <paramref name="view"/> speaks from, given its <paramref name="source"/> and
    /// <paramref name="title"/>; or empty.
    /// </summary>
    public static string Find(ArticleView view, string source, string title = "")
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(source);
        var gazetteer = PlaceGazetteer.Default;
        var context = view.WholeText;
        var fromSource = FromName(source, context);
        // The dateline's place slot holds a place, so a county's short name there needs no other mention (本报修水讯).
        var fromDateline = Dateline.Find(view) is { } dateline ? FromName(dateline.Lead, context, placeSlot: true) : null;

        // A dateline inside the source's area is more specific (山西日报, 本报太原讯 → 太原市); one outside it is a
        // reporter travelling, and the source's place stands.
        var place = fromSource is null ? fromDateline
            : fromDateline is not null && fromDateline.Level > fromSource.Level && gazetteer.IsWithin(fromDateline, fromSource) ? fromDateline
            : fromSource;
        place ??= FromName(SourceFinder.SiteName(view), context) ?? FromBreadcrumb(view, context) ?? SourceWrittenInFull(source, context)
            ?? FromName(title, context);
        return place is null ? string.Empty : gazetteer.QualifiedName(place);
    }

    /// <summary>
    /// The most specific division named in <paramref name="name"/> (an outlet or a dateline), each name read inside the
    /// one before (上海浦东 → 浦东新区); a county known only by its short name counts when <paramref name="context"/> or
    /// the name also names its city or province, or when the name is a <paramref name="placeSlot"/> such as a dateline.
    /// </summary>
    public static Place? FromName(string name, string context, bool placeSlot = false)
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

            var place = gazetteer.Resolve(mention.Surface, deepest) ?? OnlyCorroborated(mention.Candidates, name + "\n" + context);
            if (place is null || (byShortName && !placeSlot && place.Level == PlaceLevel.County && !Corroborated(place, name + "\n" + context)))
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

    /// <summary>The place a breadcrumb names (首页 &gt; 要闻动态 &gt; 重庆要闻), or null.</summary>
    /// <remarks>A text file's whole text is the view's own, whose lines are already split and classified.</remarks>
    private static Place? FromBreadcrumb(ArticleView view, string context) =>
        view.Page is null
            ? view.Lines.Where(l => view.Kinds[l.Index] == ChromeKind.Breadcrumb).Select(l => FromName(l.Text, context)).FirstOrDefault(p => p is not null)
            : TextLine.Split(context)
                .Where(l => ChromeLines.Classify(l.Text) == ChromeKind.Breadcrumb)
                .Select(l => FromName(l.Text, context))
                .FirstOrDefault(p => p is not null);

    /// <summary>
    /// The place written just before the source's own name elsewhere in the page: a source 东湖高新区管委会 on a page
    /// that names 武汉东湖新技术开发区 speaks from 武汉市.
    /// </summary>
    private static Place? SourceWrittenInFull(string source, string context)
    {
        // A bare 市/省/县/区 or 本 at the start refers to a place the page does not name here.
        if (source.Length < 3 || source[0] is '市' or '省' or '县' or '区' or '本' or '我')
        {
            return null;
        }

        var stem = source[..2];
        var gazetteer = PlaceGazetteer.Default;
        for (var at = context.IndexOf(stem, StringComparison.Ordinal); at > 0; at = context.IndexOf(stem, at + 1, StringComparison.Ordinal))
        {
            for (var length = Math.Min(at, gazetteer.MaxNameLength); length >= 2; length--)
            {
                var place = gazetteer.Resolve(context.Substring(at - length, length));
                if (place is not null && place.Level < PlaceLevel.County)
                {
                    return place;
                }
            }
        }

        return null;
    }

    private static Place? OnlyCorroborated(IReadOnlyList<Place> candidates, string text)
    {
        var corroborated = candidates.Where(c => Corroborated(c, text)).Take(2).ToArray();
        return corroborated.Length == 1 ? corroborated[0] : null;
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
