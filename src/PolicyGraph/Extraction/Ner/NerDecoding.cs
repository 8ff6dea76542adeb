namespace PolicyGraph.Extraction.Ner;

/// <summary>Turns a BIO tag path into entity spans.</summary>
internal static class NerDecoding
{
    /// <summary>The (label index, start, end exclusive) spans of <paramref name="path"/>, in order.</summary>
    public static List<(int Label, int Start, int End)> Spans(ReadOnlySpan<int> path)
    {
        var spans = new List<(int Label, int Start, int End)>();
        var position = 0;
        while (Next(path, ref position, out var span))
        {
            spans.Add(span);
        }

        return spans;
    }

    /// <summary>
    /// Reads the first span of <paramref name="path"/> that starts at or after <paramref name="position"/> into
    /// <paramref name="span"/> and moves <paramref name="position"/> past it; false when none is left.
    /// </summary>
    public static bool Next(ReadOnlySpan<int> path, ref int position, out (int Label, int Start, int End) span)
    {
        var i = position;
        while (i < path.Length)
        {
            var tag = path[i];
            if (tag == 0 || BioViterbi.IsInside(tag))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < path.Length && path[end] == tag + 1)
            {
                end++;
            }

            span = (BioViterbi.LabelOf(tag), i, end);
            position = end;
            return true;
        }

        position = i;
        span = default;
        return false;
    }
}
