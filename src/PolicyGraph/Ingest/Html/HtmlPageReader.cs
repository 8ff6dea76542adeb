using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyGraph.Ingest.Html;

/// <summary>Parses an HTML page (tolerating any breakage, as browsers do) and picks out the article text and page hints.</summary>
internal static class HtmlPageReader
{
    /// <summary>Reads the page in <paramref name="html"/>.</summary>
    public static HtmlPage Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        // A parser per page: AngleSharp does not promise that one parser may serve several threads at once.
        using var document = new HtmlParser(new HtmlParserOptions { IsScripting = false }).ParseDocument(html);
        var headTitle = Collapse(document.QuerySelector("title")?.TextContent ?? string.Empty);
        var meta = ReadMeta(document);
        var body = (INode?)document.Body ?? document;
        var pageText = HtmlTextWriter.Render(body);

        // A site logo is often an <h1> too: the headline is the first substantial one outside the page furniture.
        var headline = Headline(document, headTitle) ?? TitleBlock(document, headTitle);
        var headlines = document.QuerySelectorAll("h1").Select(HeadlineText).Where(t => t.Length > 0).ToList();
        if (headline is not null)
        {
            headlines.Remove(HeadlineText(headline));
            headlines.Insert(0, HeadlineText(headline));
        }

        RemoveChrome(body, headline);
        var content = MainContent.Find(body);
        var root = Root(body, headline, content);
        return new HtmlPage(HtmlTextWriter.Render(root), headlines, headTitle, meta, pageText);
    }

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries));

    // A headline broken by <br> is one line; a subtitle line under it (——访…) is not part of it.
    private static string HeadlineText(IElement element) =>
        string.Concat(HtmlTextWriter.Render(element).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(Collapse)
            .Where(line => !line.StartsWith('—') && !line.StartsWith("--", StringComparison.Ordinal)));

    private static Dictionary<string, string> ReadMeta(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var name = element.GetAttribute("name") ?? element.GetAttribute("property");
            var content = element.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(name) && content is not null)
            {
                meta.TryAdd(name.Trim().ToLowerInvariant(), Collapse(content));
            }
        }

        return meta;
    }

    // The <h1> the page title agrees with, else the first that is not one of the title's site or column segments
    // (a column heading 政务动态 set as <h1> above the real headline).
    private static IElement? Headline(IDocument document, string headTitle)
    {
        var candidates = document.QuerySelectorAll("h1").Where(h => Collapse(h.TextContent).Length >= 4 && !InSiteBlock(h)).ToArray();
        if (headTitle.Length == 0 || candidates.Length <= 1)
        {
            return candidates.FirstOrDefault();
        }

        var titleHeadline = TitleText.Headline(headTitle);
        var segments = TitleText.Segments(headTitle);
        return candidates.FirstOrDefault(h => Collapse(h.TextContent) is var text && (titleHeadline.Contains(text, StringComparison.Ordinal) || text.Contains(titleHeadline, StringComparison.Ordinal)))
            ?? candidates.FirstOrDefault(h => !segments.Contains(Collapse(h.TextContent), StringComparer.Ordinal))
            ?? candidates[0];
    }

    // Without a usable <h1>, a title-classed block is the headline when the page title agrees with it.
    private static IElement? TitleBlock(IDocument document, string headTitle) =>
        document.QuerySelectorAll("h1, h2, .title, #title, .article-title, .art_title, .tit")
            .FirstOrDefault(e => Collapse(e.TextContent) is { Length: >= 4 and <= 120 } text && !InSiteBlock(e)
                && (headTitle.Length == 0 || headTitle.Contains(text, StringComparison.Ordinal)));

    private static bool InSiteBlock(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (HtmlChrome.IsSiteBlock(e))
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveChrome(INode body, IElement? headline)
    {
        IEnumerable<IElement> candidates = body is IElement b ? b.QuerySelectorAll("*") : body is IDocument d ? d.QuerySelectorAll("*") : [];
        IElement? removed = null;
        foreach (var element in candidates)
        {
            // Document order: the descendants of a removed block follow it and go with it.
            if (removed is not null && removed.Contains(element))
            {
                continue;
            }

            if (HtmlChrome.IsChromeBlock(element) && !(headline is not null && element.Contains(headline)) && !HoldsDateline(element))
            {
                element.Remove();
                removed = element;
            }
        }
    }

    // A small block carrying the 发布时间/来源 line is the article's header even when a class word looks like chrome.
    private static bool HoldsDateline(IElement element)
    {
        if (ChromeTagged(element))
        {
            return false;
        }

        var text = BoundedText(element, 300);
        return text is not null && (text.Contains("来源", StringComparison.Ordinal) || text.Contains("发布时间", StringComparison.Ordinal));
    }

    // The element's text, or null when it is longer than limit (without building the text of a huge block).
    private static string? BoundedText(IElement element, int limit)
    {
        var text = new System.Text.StringBuilder();
        foreach (var node in element.GetDescendants())
        {
            if (node is IText t)
            {
                text.Append(t.Data);
                if (text.Length >= limit)
                {
                    return null;
                }
            }
        }

        return text.ToString();
    }

    private static bool ChromeTagged(IElement element) => element.LocalName is "footer" or "nav" or "aside";

    private static INode Root(INode body, IElement? headline, IElement? content)
    {
        if (content is null)
        {
            return body;
        }

        if (headline is null || !body.Contains(headline))
        {
            return content.ParentElement is { } parent && parent != body && MainContent.TextLength(parent) <= MainContent.TextLength(content) * 3 / 2
                ? parent
                : content;
        }

        for (var ancestor = content; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            if (ancestor == headline || ancestor.Contains(headline))
            {
                return ancestor;
            }
        }

        return body;
    }
}
