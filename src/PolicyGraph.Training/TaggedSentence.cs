namespace PolicyGraph.Training;

/// <summary>One training sentence: its text and its entities as (label index, start, end exclusive).</summary>
internal sealed record TaggedSentence(string Text, IReadOnlyList<(int Label, int Start, int End)> Entities)
{
    /// <summary>The BIO tag of every character (O = 0, B of label k = 1 + 2k, I = 2 + 2k).</summary>
    public int[] Tags()
    {
        var tags = new int[Text.Length];
        foreach (var (label, start, end) in Entities)
        {
            tags[start] = 1 + (2 * label);
            for (var i = start + 1; i < end; i++)
            {
                tags[i] = 2 + (2 * label);
            }
        }

        return tags;
    }
}
