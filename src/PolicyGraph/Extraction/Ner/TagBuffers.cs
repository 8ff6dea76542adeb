namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Working space of <see cref="NerTagger.Tag"/> for one segment, one per thread and grown as needed, so tagging a
/// segment allocates only its results.
/// </summary>
internal sealed class TagBuffers
{
    [ThreadStatic]
    private static TagBuffers? _current;

    private TagBuffers(int length, int stride)
    {
        Folded = new char[length];
        Keys = new uint[length * NerFeatures.PerPosition];
        StackedKeys = new uint[length * NerFeatures.PerPosition];
        Sums = new int[length * stride];
        PeoplesDailyPath = new int[length];
        ClueNerPath = new int[length];
    }

    /// <summary>The folded characters.</summary>
    public char[] Folded { get; }

    /// <summary>The feature keys, <see cref="NerFeatures.PerPosition"/> a character.</summary>
    public uint[] Keys { get; }

    /// <summary>The feature keys with the People's Daily tags stacked on.</summary>
    public uint[] StackedKeys { get; }

    /// <summary>The summed weights of both models, one row of <see cref="WeightTable.Stride"/> a character.</summary>
    public int[] Sums { get; }

    /// <summary>The People's Daily model's tags.</summary>
    public int[] PeoplesDailyPath { get; }

    /// <summary>The CLUENER model's tags.</summary>
    public int[] ClueNerPath { get; }

    /// <summary>This thread's buffers for a segment of <paramref name="length"/> characters and score rows of <paramref name="stride"/>.</summary>
    public static TagBuffers ForThread(int length, int stride)
    {
        var buffers = _current;
        if (buffers is null || buffers.Folded.Length < length || buffers.Sums.Length < length * stride)
        {
            buffers = _current = new TagBuffers(Math.Max(length, NerSegments.MaximumLength), stride);
        }

        return buffers;
    }
}
