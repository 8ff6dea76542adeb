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
        StackedKeys = new uint[length * NerFeatures.StackedPerPosition];
        Sums = new int[length * stride];
        PeoplesDailyPath = new int[length];
        ClueNerPath = new int[length];
    }

    /// <summary>The People's Daily model's spans of the segment (label, start, end), refilled for each segment.</summary>
    public List<(string Label, int Start, int End)> PeoplesDailySpans { get; } = [];

    /// <summary>The CLUENER model's spans of the segment, refilled for each segment.</summary>
    public List<(string Label, int Start, int End)> ClueNerSpans { get; } = [];

    /// <summary>The working lists of the merge of both models' spans.</summary>
    public MergeBuffers Merge { get; } = new();

    /// <summary>The folded characters.</summary>
    public char[] Folded { get; }

    /// <summary>The feature keys, <see cref="NerFeatures.PerPosition"/> a character.</summary>
    public uint[] Keys { get; }

    /// <summary>The feature keys that read the People's Daily tags, <see cref="NerFeatures.StackedPerPosition"/> a character.</summary>
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
