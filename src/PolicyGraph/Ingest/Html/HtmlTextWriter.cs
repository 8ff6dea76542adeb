using System.Text;
using AngleSharp.Dom;

namespace PolicyGraph.Ingest.Html;

/// <summary>
/// Renders an element's visible text: whitespace collapsed as a browser does, a line break for <c>&lt;br&gt;</c>,
/// a blank line between blocks, lines trimmed (including the ideographic spaces that indent Chinese paragraphs).
/// </summary>
internal sealed class HtmlTextWriter
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "caption", "title",
    };

    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private int _preDepth;

    /// <summary>The visible text of <paramref name="root"/>, ending with one newline (or empty).</summary>
    public static string Render(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var writer = new HtmlTextWriter();
        writer.Walk(root);
        writer.TrimLineEnd();
        return writer._text.Length == 0 ? string.Empty : writer._text.Append('\n').ToString();
    }

    private void Walk(INode node)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data);
                break;
            case IElement element when HtmlChrome.IsInvisible(element):
                break;
            case IElement element:
                var name = element.LocalName;
                if (name == "br")
                {
                    // <br><br> is how many old pages separate paragraphs: it makes the same blank line a <p> does.
                    Break(_pendingBreaks >= 1 ? 2 : 1);
                    break;
                }

                var block = Blocks.Contains(name);
                if (block)
                {
                    Break(2);
                }

                _preDepth += name is "pre" or "textarea" ? 1 : 0;
                foreach (var child in element.ChildNodes)
                {
                    Walk(child);
                }

                _preDepth -= name is "pre" or "textarea" ? 1 : 0;
                if (block)
                {
                    Break(2);
                }

                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Walk(child);
                }

                break;
        }
    }

    private void Append(string data)
    {
        foreach (var raw in data)
        {
            var c = raw == '\u00A0' ? ' ' : raw;
            if (_preDepth > 0 && c == '\n')
            {
                Break(1);
                continue;
            }

            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\u3000')
            {
                // Collapsible space: dropped at a line start, single between words; ideographic spaces are kept inside a line.
                if (AtLineStart || (c != '\u3000' && _preDepth == 0 && _text[^1] == ' '))
                {
                    continue;
                }

                _text.Append(c is '\u3000' ? c : ' ');
                continue;
            }

            if (char.IsControl(c))
            {
                continue;
            }

            Flush();
            _text.Append(c);
        }
    }

    private bool AtLineStart => _text.Length == 0 || _pendingBreaks > 0 || _text[^1] == '\n';

    private void Break(int lines) => _pendingBreaks = Math.Max(_pendingBreaks, lines);

    private void Flush()
    {
        if (_pendingBreaks == 0)
        {
            return;
        }

        TrimLineEnd();
        if (_text.Length > 0)
        {
            _text.Append('\n', _pendingBreaks);
        }

        _pendingBreaks = 0;
    }

    private void TrimLineEnd()
    {
        var end = _text.Length;
        while (end > 0 && _text[end - 1] is ' ' or '\u3000')
        {
            end--;
        }

        _text.Length = end;
    }
}
