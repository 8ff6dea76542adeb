namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Working space of <see cref="SequenceModel.Decode(ReadOnlySpan{int}, int, int, int, Span{int})"/>, one per thread and grown as
/// needed, so decoding a segment allocates nothing.
/// </summary>
internal sealed class DecodeBuffers
{
    [ThreadStatic]
    private static DecodeBuffers? _current;

    private DecodeBuffers(int size, int stride)
    {
        Emissions = new float[size];
        Back = new int[size];
        Scores = new float[2 * stride];
    }

    /// <summary>Emission scores, padded rows.</summary>
    public float[] Emissions { get; }

    /// <summary>Viterbi back pointers, padded rows.</summary>
    public int[] Back { get; }

    /// <summary>Viterbi scores of the previous and the current position.</summary>
    public float[] Scores { get; }

    /// <summary>This thread's buffers: <paramref name="size"/> values of emissions and back pointers, two rows of <paramref name="stride"/> scores.</summary>
    public static DecodeBuffers ForThread(int size, int stride)
    {
        var buffers = _current;
        if (buffers is null || buffers.Back.Length < size || buffers.Scores.Length < 2 * stride)
        {
            buffers = _current = new DecodeBuffers(Math.Max(size, NerSegments.MaximumLength * stride), stride);
        }

        return buffers;
    }
}
