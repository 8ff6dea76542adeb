using PolicyGraph.Text;

namespace PolicyGraph.Ingest;

/// <summary>One line of a document's text, trimmed of surrounding whitespace, with where it sits.</summary>
/// <param name="Index">Its number among the document's non-blank lines, from 0.</param>
/// <param name="Span">Where the trimmed line lies in the text.</param>
/// <param name="Text">The trimmed line.</param>
internal sealed record TextLine(int Index, TextSpan Span, string Text)
{
    /// <summary>The non-blank lines of <paramref name="text"/> (split at \n, \r\n or \r), trimmed.</summary>
    public static IReadOnlyList<TextLine> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = new List<TextLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = start;
            while (end < text.Length && text[end] is not ('\n' or '\r'))
            {
                end++;
            }

            var (from, to) = (start, end);
            while (from < to && IsSpace(text[from]))
            {
                from++;
            }

            while (to > from && IsSpace(text[to - 1]))
            {
                to--;
            }

            if (to > from)
            {
                lines.Add(new TextLine(lines.Count, new TextSpan(from, to), text[from..to]));
            }

            if (end >= text.Length)
            {
                break;
            }

            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return lines;
    }

    /// <summary>Whitespace as Chinese pages use it, the ideographic and no-break spaces included.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\uFEFF';
}
