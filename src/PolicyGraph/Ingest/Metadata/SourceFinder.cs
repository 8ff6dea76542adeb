using PolicyGraph.Ingest.Chrome;
using PolicyGraph.Text;

namespace PolicyGraph.Ingest.Metadata;

/// <summary>
/// Finds the publishing outlet: the value of a 来源 label (来源：天津政务网, 信息来源:山东省工业和信息化厅), else the
/// page's content-source meta tag, else the site of the footer "site | date" line or of the page title's suffix.
/// </summary>
internal static class SourceFinder
{
    private static readonly string[] Labels = ["信息来源", "稿件来源", "文章来源", "新闻来源", "来源"];
    private static readonly string[] SiteLabels = ["主办单位", "主办"];

    /// <summary>The source named by <paramref name="view"/>, or empty.</summary>
    public static string Find(ArticleView view)
    {
        var labelled = Labelled(view);
        if (labelled.Length > 0)
        {
            return labelled;
        }

        var meta = view.Meta("contentsource", "source", "article:source");
        if (meta.Length > 0)
        {
            return meta;
        }

        return SiteName(view);
    }

    /// <summary>The value of the first 来源 label on a furniture line of <paramref name="view"/>, or empty.</summary>
    public static string Labelled(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var line in view.FurnitureLines)
        {
            var value = Labelled(line.Text, Labels);
            if (value.Length > 0)
            {
                return value;
            }

            // A table cell "来源：" with the outlet in the next cell renders as two lines.
            if (EndsWithLabel(line.Text) && line.Index + 1 < view.Lines.Count && view.Lines[line.Index + 1].Text is { Length: <= 30 } next
                && next.AsSpan().IndexOfAny("。，；！？：:") < 0)
            {
                return Value(next, 0);
            }
        }

        return string.Empty;
    }

    private static bool EndsWithLabel(string line) =>
        line.Length >= 3 && line[^1] is ':' or '：' && Labels.Any(l => line.AsSpan(0, line.Length - 1).TrimEnd().EndsWith(l, StringComparison.Ordinal));

    /// <summary>The name of the site the page belongs to (footer "site | date" line, title suffix, 主办单位), or empty.</summary>
    public static string SiteName(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var line in view.Lines.Where(l => view.Kinds[l.Index] == ChromeKind.Footer).Reverse())
        {
            if (FooterSite(line.Text) is { Length: >= 2 } site)
            {
                return site;
            }
        }

        if (view.TitleSuffixes.Count > 0)
        {
            return view.TitleSuffixes[^1];
        }

        var meta = view.Meta("og:site_name", "sitename", "site");
        if (meta.Length > 0)
        {
            return meta;
        }

        return TextLine.Split(view.WholeText).Select(l => Labelled(l.Text, SiteLabels)).FirstOrDefault(s => s.Length > 0) ?? string.Empty;
    }

    // The labels of the body that runs a site, on its footer.
    private static readonly string[] OwnerLabels = ["主办单位", "主办", "版权所有"];

    /// <summary>
    /// The body that runs the site, named on a footer line of <paramref name="view"/> after 主办单位, 主办 or 版权所有 (主办单位：
    /// 徐州市人民政府办公室), or empty: a name of Han characters (not 版权所有：© 2024).
    /// </summary>
    public static string SiteOwner(ArticleView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        foreach (var line in view.Lines.Where(l => view.Kinds[l.Index] == ChromeKind.Footer))
        {
            // 版权所有 © 豫东理工大学　主办：党委宣传部: the holder of the copyright owns the site; the unit that runs it is one of its own.
            foreach (var owner in (ReadOnlySpan<string>)[Copyright(line.Text), Labelled(line.Text, OwnerLabels)])
            {
                if (owner.Length >= 4 && owner.All(c => ChineseText.IsHan(c) || c is '（' or '）'))
                {
                    return WithoutSecondName(owner);
                }
            }
        }

        return string.Empty;
    }

    // 版权所有 © 赣江理工大学　地址：…: the owner after a copyright sign (and a year) with no colon; empty when none.
    private static string Copyright(string line)
    {
        var at = line.IndexOf("版权所有", StringComparison.Ordinal);
        if (at < 0)
        {
            return string.Empty;
        }

        var i = SkipSpaces(line, at + "版权所有".Length);
        if (i >= line.Length || line[i] != '©')
        {
            return string.Empty;
        }

        i = SkipSpaces(line, i + 1);
        while (i < line.Length && (char.IsAsciiDigit(line[i]) || line[i] is '-' or '—'))
        {
            i++;
        }

        return Value(line, SkipSpaces(line, i));
    }

    // 四川省工商业联合会（四川省总商会）: one body with two names, the second in brackets, is named by the first (a short
    // note in brackets stays: 人民日报（海外版）).
    private static string WithoutSecondName(string owner)
    {
        var open = owner.LastIndexOf('（');
        return owner[^1] == '）' && open >= 4 && owner.Length - open - 2 >= 4 ? owner[..open] : owner;
    }

    /// <summary>The value after the first of <paramref name="labels"/> followed by a colon in <paramref name="line"/>, or empty.</summary>
    public static string Labelled(string line, string[] labels)
    {
        ArgumentNullException.ThrowIfNull(line);
        foreach (var label in labels)
        {
            for (var at = line.IndexOf(label, StringComparison.Ordinal); at >= 0; at = line.IndexOf(label, at + 1, StringComparison.Ordinal))
            {
                var i = SkipSpaces(line, at + label.Length);
                if (i < line.Length && line[i] is ':' or '：' && FieldLabel.StartsField(line, at))
                {
                    var value = Value(line, SkipSpaces(line, i + 1));
                    if (value.Length > 0)
                    {
                        return value;
                    }
                }
            }
        }

        return string.Empty;
    }

    private static string Value(string line, int start)
    {
        var end = start;
        var open = 0;
        while (end < line.Length && !TextLine.IsSpace(line[end]) && line[end] is not ('|' or '｜' or '【' or '[' or '】' or ']' or ',' or '，' or ';' or '；'))
        {
            // 人民日报（海外版） keeps its brackets; the closing bracket of （来源：人民日报） ends the value.
            open += line[end] is '（' or '(' ? 1 : line[end] is '）' or ')' ? -1 : 0;
            if (open < 0 || NextFieldAt(line, end))
            {
                break;
            }

            end++;
        }

        return line[start..end].TrimEnd('。', '.');
    }

    // Labels of the fields a page writes after the source without a space (来源：厦门自贸片区管委会浏览次数：2176).
    private static readonly string[] NextFields = ["浏览次数", "阅读次数", "点击数", "点击量", "访问量", "浏览量", "发布时间", "发布日期", "作者", "责任编辑", "编辑", "字号"];

    // Whether one of NextFields and its colon start at i.
    private static bool NextFieldAt(string line, int i)
    {
        foreach (var label in NextFields)
        {
            var colon = i + label.Length;
            if (colon < line.Length && line[colon] is ':' or '：' && string.CompareOrdinal(line, i, label, 0, label.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int SkipSpaces(string line, int i)
    {
        while (i < line.Length && TextLine.IsSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    // 天津政务网 | 2024-05-20, 闽西日报 > 2025年08月02日 > 第01版: the site or paper before a date, without the separator.
    private static string? FooterSite(string line)
    {
        var dates = DateText.Find(line);
        if (dates.Count == 0)
        {
            return null;
        }

        var before = line[..dates[0].Start].Trim().TrimEnd('|', '｜', '-', '—', '·', '>', '＞', '›', '»').Trim();
        return before.Length is >= 2 and <= 25 ? before : null;
    }
}
