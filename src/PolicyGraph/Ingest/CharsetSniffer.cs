using System.Text;

namespace PolicyGraph.Ingest;

/// <summary>Finds the charset an HTML page declares in its first bytes (<c>&lt;meta charset&gt;</c> or an http-equiv content type).</summary>
internal static class CharsetSniffer
{
    // Browsers look at the first 1024 bytes; pages with long heads put the declaration later, so look a little further.
    private const int PrescanBytes = 4096;

    /// <summary>The declared charset name (gbk, utf-8), or null when the page declares none.</summary>
    public static string? Declared(ReadOnlySpan<byte> bytes)
    {
        // The declaration is ASCII in every encoding we read, so a Latin-1 view of the head is enough to find it.
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        for (var at = head.IndexOf("<meta", StringComparison.OrdinalIgnoreCase); at >= 0;
             at = head.IndexOf("<meta", at + 5, StringComparison.OrdinalIgnoreCase))
        {
            var end = head.IndexOf('>', at);
            var tag = end < 0 ? head[at..] : head[at..end];
            var charset = ValueAfter(tag, "charset");
            if (charset.Length > 0)
            {
                return charset;
            }
        }

        return null;
    }

    private static string ValueAfter(string tag, string key)
    {
        var at = tag.IndexOf(key, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return string.Empty;
        }

        var i = at + key.Length;
        while (i < tag.Length && tag[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }

        if (i >= tag.Length || tag[i] != '=')
        {
            return string.Empty;
        }

        i++;
        while (i < tag.Length && tag[i] is ' ' or '\t' or '"' or '\'')
        {
            i++;
        }

        var start = i;
        while (i < tag.Length && (char.IsAsciiLetterOrDigit(tag[i]) || tag[i] is '-' or '_' or ':' or '.'))
        {
            i++;
        }

        return tag[start..i];
    }
}
