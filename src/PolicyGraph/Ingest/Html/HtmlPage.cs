namespace PolicyGraph.Ingest.Html;

/// <summary>What an HTML page gives ingest: the article's rendered text and the page's own hints about itself.</summary>
/// <param name="Text">The visible text of the article part of the page; every offset counts this text.</param>
/// <param name="Headlines">Texts of the page's <c>&lt;h1&gt;</c> elements (or title-classed blocks when it has none), in order.</param>
/// <param name="HeadTitle">The <c>&lt;title&gt;</c>, whitespace-collapsed; empty when none.</param>
/// <param name="Meta">The <c>&lt;meta name|property content&gt;</c> pairs, names lower-cased; the first of a name wins.</param>
/// <param name="PageText">The visible text of the whole page including its furniture (breadcrumbs, footer), for hints only.</param>
internal sealed record HtmlPage(
    string Text,
    IReadOnlyList<string> Headlines,
    string HeadTitle,
    IReadOnlyDictionary<string, string> Meta,
    string PageText);
