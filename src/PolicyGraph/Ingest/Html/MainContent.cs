using AngleSharp.Dom;

namespace PolicyGraph.Ingest.Html;

/// <summary>
/// Finds the element holding the article body by text density: each paragraph-like block of real sentences scores its
/// length for its parent and half of it for its grandparent; text inside links counts against a block.
/// </summary>
internal static class MainContent
{
    // Below this many scored characters a page has no clear body, and the whole page is rendered.
    private const int MinimumScore = 80;

    /// <summary>The best-scoring element under <paramref name="root"/>, or null when the page has no clear body.</summary>
    public static IElement? Find(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var scores = new Dictionary<IElement, double>();
        foreach (var block in Elements(root).Where(e => e.LocalName is "p" or "td" or "pre" or "div" or "section" or "article"))
        {
            if (HtmlChrome.IsInvisible(block) || HasBlockChildren(block))
            {
                continue;
            }

            var length = TextLength(block);
            if (length < 20)
            {
                continue;
            }

            var weight = length * (1 - LinkDensity(block));
            Add(scores, block.ParentElement, weight);
            Add(scores, block.ParentElement?.ParentElement, weight / 2);
        }

        var best = scores.Where(s => s.Value >= MinimumScore)
            .OrderByDescending(s => s.Value)
            .Select(s => s.Key)
            .FirstOrDefault();
        return best is null || best.LocalName is "body" or "html" ? null : best;
    }

    /// <summary>Characters of visible text under <paramref name="node"/>, whitespace not counted.</summary>
    public static int TextLength(INode node) => node.TextContent.Count(c => !char.IsWhiteSpace(c));

    private static IEnumerable<IElement> Elements(INode root) => root switch
    {
        IElement e => e.QuerySelectorAll("*"),
        IDocument d => d.QuerySelectorAll("*"),
        _ => [],
    };

    private static bool HasBlockChildren(IElement element) =>
        element.LocalName is not "p" && element.Children.Any(c => c.LocalName is "p" or "div" or "table" or "ul" or "ol" or "section" or "article");

    private static double LinkDensity(IElement element)
    {
        var total = TextLength(element);
        var linked = element.QuerySelectorAll("a").Sum(TextLength);
        return total == 0 ? 0 : Math.Min(1.0, (double)linked / total);
    }

    private static void Add(Dictionary<IElement, double> scores, IElement? element, double weight)
    {
        if (element is not null)
        {
            scores[element] = scores.GetValueOrDefault(element) + weight;
        }
    }
}
