namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// The university or college a document is about: the one named most often (at least twice, or once on its own
/// site), the first named on a tie. 校, 学校 and a school's titles with no body written (校党委书记, 副校长, 学校能源学院) are its.
/// </summary>
internal static class DocumentSchool
{
    /// <summary>
    /// The school among <paramref name="mentions"/>' organisations, or null when none is named twice; a school that
    /// runs the document's site (<paramref name="site"/>, a page of the school's own news) needs to be named once.
    /// </summary>
    /// <remarks>
    /// A school's own news page may name it only in its furniture (学校党委…, 党委副书记、校长岳承志 in the body and
    /// 版权所有 © 豫东理工大学 below): a school that runs the site is the document's where no school is named twice, at its
    /// first place in <paramref name="text"/>, or at none when only the furniture names it.
    /// </remarks>
    public static Mention? Of(IEnumerable<Mention> mentions, string site = "", string text = "")
    {
        var named = mentions.Where(m => m.Type == MentionType.Organization && m.Kind == "education" && IsSchoolName(m.Canonical))
            .GroupBy(m => m.Canonical, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2 || g.Key == site)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(m => m.Span.Start))
            .Select(g => g.MinBy(m => m.Span.Start))
            .FirstOrDefault();
        if (named is not null || !IsSchoolName(site))
        {
            return named;
        }

        // Named in the furniture only (removed from the text): an empty span at the start, as the mention of a site's owner has.
        var at = text.IndexOf(site, StringComparison.Ordinal);
        var span = at >= 0 ? new Text.TextSpan(at, at + site.Length) : new Text.TextSpan(0, 0);
        return new Mention(MentionType.Organization, span, site, site, "education");
    }

    // 安徽工程大学, 芜湖职业技术学院: a school of its own, not a college inside one (现代产业学院, 机械工程学院 of 大学).
    private static bool IsSchoolName(string name) =>
        name.EndsWith("大学", StringComparison.Ordinal)
        || (name.EndsWith("学院", StringComparison.Ordinal) && !name.Contains("大学", StringComparison.Ordinal) && !name.EndsWith("产业学院", StringComparison.Ordinal));
}
