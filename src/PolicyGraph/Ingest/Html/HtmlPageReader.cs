using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace PolicyGraph.Ingest.Html;

/// <summary>Parses an HTML page (tolerating any breakage, as browsers do) and picks out the article text and page hints.</summary>
internal static class HtmlPageReader
{
    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    /// <summary>Reads the page in <paramref name="html"/>.</summary>
    public static HtmlPage Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = Parser.ParseDocument(html);
        var headTitle = Collapse(document.QuerySelector("title")?.TextContent ?? string.Empty);
        var meta = ReadMeta(document);
        var body = (INode?)document.Body ?? document;
        var pageText = HtmlTextWriter.Render(body);

        // A site logo is often an <h1> too: the headline is the first substantial one outside the page furniture.
        var headline = document.QuerySelectorAll("h1").FirstOrDefault(h => Collapse(h.TextContent).Length >= 4 && !InChrome(h))
            ?? TitleBlock(document);
        var headlines = document.QuerySelectorAll("h1").Select(h => Collapse(h.TextContent)).Where(t => t.Length > 0).ToList();
        if (headline is not null)
        {
            headlines.Remove(Collapse(headline.TextContent));
            headlines.Insert(0, Collapse(headline.TextContent));
        }

        RemoveChrome(body, headline);
        var content = MainContent.Find(body);
        var root = Root(body, headline, content);
        return new HtmlPage(HtmlTextWriter.Render(root), headlines, headTitle, meta, pageText);
    }

    /// <summary>Collapses runs of whitespace to one space and trims.</summary>
    public static string Collapse(string text) =>
        string.Join(' ', text.Split([' ', '\t', '\n', '\r', '\f', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries));

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

    private static IElement? TitleBlock(IDocument document) =>
        document.QuerySelectorAll("h1, h2, .title, #title, .article-title, .art_title, .tit")
            .FirstOrDefault(e => Collapse(e.TextContent).Length is >= 4 and <= 120 && !InChrome(e));

    private static bool InChrome(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (HtmlChrome.IsChromeBlock(e))
            {
                return true;
            }
        }

        return false;
    }

    private static void RemoveChrome(INode body, IElement? headline)
    {
        var doomed = body is IElement b ? b.QuerySelectorAll("*").Where(HtmlChrome.IsChromeBlock).ToList()
            : body is IDocument d ? d.QuerySelectorAll("*").Where(HtmlChrome.IsChromeBlock).ToList() : [];
        foreach (var element in doomed)
        {
            var protects = (headline is not null && element.Contains(headline)) || HoldsDateline(element);
            if (!protects && element.Parent is not null)
            {
                element.Remove();
            }
        }
    }

    // A small block carrying the 发布时间/来源 line is the article's header even when a class word looks like chrome.
    private static bool HoldsDateline(IElement element)
    {
        var text = element.TextContent;
        return text.Length < 300 && !ChromeTagged(element)
            && (text.Contains("来源", StringComparison.Ordinal) || text.Contains("发布时间", StringComparison.Ordinal));
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
