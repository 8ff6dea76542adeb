using System.Buffers;
using System.Text;

namespace PolicyGraph.Export;

/// <summary>Makes arbitrary text storable in XML 1.0, which cannot hold some control characters or lone surrogates.</summary>
internal static class XmlText
{
    // U+0020..U+D7FF, where almost all text lies (ASCII and CJK). A SearchValues, not the generic IndexOfAnyExceptInRange:
    // precompiled (ReadyToRun) code of that generic method boxed both bounds at every call, a hundred megabytes a build.
    private static readonly SearchValues<char> Plain = SearchValues.Create(string.Create(0xD7FF - 0x20 + 1, 0, static (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)(0x20 + i);
        }
    }));

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
        // A vectorised search finds the first character outside the plain range.
        var start = text.AsSpan().IndexOfAnyExcept(Plain);
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
