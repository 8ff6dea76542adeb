using AngleSharp.Dom;

namespace PolicyGraph.Ingest.Html;

/// <summary>Which elements of a page are never shown, and which are page furniture rather than the article.</summary>
internal static class HtmlChrome
{
    private static readonly HashSet<string> InvisibleTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "head", "select",
        "option", "button", "input", "textarea", "audio", "video", "map", "link", "meta",
    };

    private static readonly HashSet<string> ChromeTags = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside", "form" };

    // Class and id words of site furniture on Chinese government and news sites (nav, 分享, 相关链接, 版权).
    private static readonly string[] ChromeWords =
    [
        "nav", "navbar", "menu", "footer", "foot", "sidebar", "side", "breadcrumb", "crumb", "crumbs", "position", "location",
        "share", "bdshare", "topbar", "header", "banner", "logo", "ad", "ads", "advert", "login", "search",
        "copyright", "friendlink", "links", "related", "comment", "comments", "toolbar", "qrcode",
    ];

    // The words of blocks that hold site furniture only: a headline inside one is the site's name, not the article's.
    private static readonly string[] SiteWords =
    [
        "nav", "navbar", "menu", "footer", "foot", "sidebar", "side", "topbar", "banner", "logo", "ad", "ads", "advert",
        "login", "copyright", "friendlink", "links", "qrcode",
    ];

    /// <summary>
    /// Whether <paramref name="element"/> is a block of the site rather than of any article (logo, banner, nav, footer,
    /// sidebar); a <c>&lt;header&gt;</c> inside an <c>&lt;article&gt;</c> or <c>&lt;main&gt;</c> is the article's own.
    /// </summary>
    public static bool IsSiteBlock(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.LocalName is "nav" or "footer" or "aside")
        {
            return true;
        }

        if (element.LocalName == "header" && element.Closest("article, main") is null)
        {
            return true;
        }

        return Words(element.ClassName).Concat(Words(element.Id)).Any(w => Array.IndexOf(SiteWords, w) >= 0);
    }

    /// <summary>Whether <paramref name="element"/> is never rendered (scripts, styles, hidden elements, form controls).</summary>
    public static bool IsInvisible(IElement element)
    {
        if (InvisibleTags.Contains(element.LocalName) || element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && style.Replace(" ", string.Empty, StringComparison.Ordinal)
            .Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether <paramref name="element"/> is site furniture by its tag or by a word of its class or id.</summary>
    public static bool IsChromeBlock(IElement element)
    {
        if (ChromeTags.Contains(element.LocalName))
        {
            return true;
        }

        foreach (var word in Words(element.ClassName).Concat(Words(element.Id)))
        {
            if (Array.IndexOf(ChromeWords, word) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> Words(string? value) =>
        string.IsNullOrEmpty(value)
            ? []
            : value.ToLowerInvariant().Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
