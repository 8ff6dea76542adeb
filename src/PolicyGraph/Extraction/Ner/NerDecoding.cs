namespace PolicyGraph.Extraction.Ner;

/// <summary>Turns a BIO tag path into entity spans.</summary>
internal static class NerDecoding
{
    /// <summary>The (label index, start, end exclusive) spans of <paramref name="path"/>, in order.</summary>
    public static IEnumerable<(int Label, int Start, int End)> Spans(IReadOnlyList<int> path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var i = 0;
        while (i < path.Count)
        {
            var tag = path[i];
            if (tag == 0 || BioViterbi.IsInside(tag))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < path.Count && path[end] == tag + 1)
            {
                end++;
            }

            yield return (BioViterbi.LabelOf(tag), i, end);
            i = end;
        }
    }
}
