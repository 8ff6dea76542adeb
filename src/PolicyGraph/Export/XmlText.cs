using System.Text;

namespace PolicyGraph.Export;

/// <summary>Makes arbitrary text storable in XML 1.0, which cannot hold some control characters or lone surrogates.</summary>
internal static class XmlText
{
    /// <summary>Replaces every character XML 1.0 cannot carry, even escaped, with U+FFFD.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var firstBad = FirstInvalid(text);
        if (firstBad < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, firstBad);
        for (var i = firstBad; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(IsValidSingle(c) ? c : '\uFFFD');
            }
        }

        return sb.ToString();
    }

    private static int FirstInvalid(string text)
    {
        // Almost all text is in U+0020..U+D7FF (ASCII and CJK); a vectorised search finds the first character outside it.
        var start = text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF');
        if (start < 0)
        {
            return -1;
        }

        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!IsValidSingle(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsValidSingle(char c) =>
        c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
