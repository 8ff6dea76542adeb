namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Cuts text into the pieces the tagger decodes one at a time: after sentence ends and line breaks, and at most
/// <see cref="MaximumLength"/> characters long, so memory stays bounded on a megabyte without punctuation.
/// </summary>
internal static class NerSegments
{
    /// <summary>The longest piece decoded at once.</summary>
    public const int MaximumLength = 300;

    /// <summary>The (start, end exclusive) pieces of <paramref name="text"/>, covering it in order.</summary>
    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var boundary = c is '。' or '！' or '？' or '\n' or '\r' || i + 1 - start >= MaximumLength;
            if (!boundary)
            {
                continue;
            }

            // Keep a closing quote with its sentence.
            var end = i + 1;
            while (end < text.Length && end - start < MaximumLength && text[end] is '”' or '’' or '）' or '」' or '』')
            {
                end++;
            }

            yield return (start, end);
            start = end;
            i = end - 1;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }
}
