using System.Text;

namespace PolicyGraph.Export.Neo4j.Csv;

/// <summary>RFC 4180 quoting as neo4j-admin reads it: quotes doubled, no backslash escapes.</summary>
internal static class CsvText
{
    /// <summary>The array delimiters tried in order: the first that no list item contains is used.</summary>
    public static readonly IReadOnlyList<char> ArrayDelimiters = [';', '|', '\u001F'];

    /// <summary><paramref name="text"/> in double quotes, inner quotes doubled, characters UTF-8 cannot carry replaced.</summary>
    public static string Quote(string text)
    {
        var sb = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                sb.Append("\"\"");
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                // A lone surrogate has no UTF-8 form; NUL breaks common CSV readers.
                sb.Append(char.IsSurrogate(c) || c == '\0' ? '\uFFFD' : c);
            }
        }

        return sb.Append('"').ToString();
    }

    /// <summary>A list item as written inside an array field; the last-resort delimiter U+001F is dropped from items.</summary>
    public static string ArrayItem(string item) => item.Replace("\u001F", string.Empty, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="text"/> holds a line break, which needs <c>--multiline-fields=true</c>.</summary>
    public static bool HasLineBreak(string text) => text.AsSpan().IndexOfAny('\n', '\r') >= 0;
}
