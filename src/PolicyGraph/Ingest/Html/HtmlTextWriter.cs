using System.Text;
using AngleSharp.Dom;

namespace PolicyGraph.Ingest.Html;

/// <summary>
/// Renders an element's visible text: whitespace collapsed as a browser does, a line break for <c>&lt;br&gt;</c>,
/// a blank line between blocks, a table's row of short cells on one line, lines trimmed (including the ideographic
/// spaces that indent Chinese paragraphs).
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

    // The row last judged and whether its cells are short: a row is judged once, not once for each of its cells.
    private IElement? _row;
    private bool _rowOfShortCells;

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

                // A table's row of short cells (姓名 | 工作单位 | 职务) is one line, its cells parted by an ideographic
                // space as a list's line is; a cell holding blocks of its own (a layout table's) stays a block.
                var cell = name is "td" or "th" && IsRowOfShortCells(element.ParentElement);
                var block = !cell && Blocks.Contains(name);
                if (block)
                {
                    Break(2);
                }
                else if (cell && element.PreviousElementSibling is not null && !AtLineStart)
                {
                    TrimLineEnd();
                    _text.Append('\u3000');
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

    // The longest text a row's cells may hold together to be read as one line.
    private const int MaxRowText = 120;

    private bool IsRowOfShortCells(IElement? row)
    {
        if (row != _row)
        {
            _row = row;
            _rowOfShortCells = row is { LocalName: "tr" } && row.Children.Length >= 2
                && row.Children.All(c => c.LocalName is "td" or "th" && !c.Descendants<IElement>().Any(d => Blocks.Contains(d.LocalName)))
                && row.TextContent.Length <= MaxRowText;
        }

        return _rowOfShortCells;
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
                // Collapsible space: dropped at a line start and after an ideographic space, single between words;
                // ideographic spaces are kept inside a line.
                if (AtLineStart || (c != '\u3000' && _preDepth == 0 && _text[^1] is ' ' or '\u3000'))
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
