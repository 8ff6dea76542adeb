using PolicyGraph.Ingest.Chrome;
using PolicyGraph.Ingest.Html;

namespace PolicyGraph.Ingest.Metadata;

/// <summary>A document's text seen line by line with each line's furniture kind, and the HTML page it came from if any.</summary>
/// <param name="Text">The document's plain text.</param>
/// <param name="Lines">Its non-blank lines.</param>
/// <param name="Kinds">The furniture kind of each line, by <see cref="TextLine.Index"/>.</param>
/// <param name="Page">The HTML page's hints, or null for a text file.</param>
internal sealed record ArticleView(string Text, IReadOnlyList<TextLine> Lines, IReadOnlyList<ChromeKind> Kinds, HtmlPage? Page)
{
    /// <summary>Views <paramref name="text"/>, classifying every line.</summary>
    public static ArticleView Of(string text, HtmlPage? page)
    {
        var lines = TextLine.Split(text);
        return new ArticleView(text, lines, [.. lines.Select(l => ChromeLines.Classify(l.Text))], page);
    }

    /// <summary>The furniture lines.</summary>
    public IEnumerable<TextLine> FurnitureLines => Lines.Where(l => Kinds[l.Index] != ChromeKind.None);

    /// <summary>The article lines (not furniture).</summary>
    public IEnumerable<TextLine> BodyLines => Lines.Where(l => Kinds[l.Index] == ChromeKind.None);

    /// <summary>The whole visible page (furniture blocks included) for an HTML page, else the text.</summary>
    public string WholeText => Page?.PageText ?? Text;

    /// <summary>The segments of the HTML <c>&lt;title&gt;</c> other than the headline (园区要闻, 某市人民政府), in order.</summary>
    public IReadOnlyList<string> TitleSuffixes =>
        Page is null ? [] : TitleText.Segments(Page.HeadTitle).Where(s => s != TitleText.Headline(Page.HeadTitle)).ToArray();

    /// <summary>The content of the first of <paramref name="names"/> present among the HTML meta tags, or empty.</summary>
    public string Meta(params string[] names) =>
        Page is null ? string.Empty : names.Select(n => Page.Meta.GetValueOrDefault(n, string.Empty)).FirstOrDefault(v => v.Length > 0) ?? string.Empty;
}
