namespace PolicyGraph.Extraction.Ner;

/// <summary>Turns a BIO tag path into entity spans.</summary>
internal static class NerDecoding
{
    /// <summary>The (label index, start, end exclusive) spans of <paramref name="path"/>, in order.</summary>
    public static List<(int Label, int Start, int End)> Spans(ReadOnlySpan<int> path)
    {
        var spans = new List<(int Label, int Start, int End)>();
        var i = 0;
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

            spans.Add((BioViterbi.LabelOf(tag), i, end));
            i = end;
        }

        return spans;
    }
}
