namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Working lists of the merge of the two models' spans, one set a thread (held by <see cref="TagBuffers"/>) and
/// cleared for each segment, so that merging allocates only the spans it finds.
/// </summary>
internal sealed class MergeBuffers
{
    /// <summary>The People's Daily model's spans.</summary>
    public List<NerSpan> PeoplesDaily { get; } = [];

    /// <summary>The CLUENER model's spans that pass the shape tests.</summary>
    public List<NerSpan> ClueNer { get; } = [];

    /// <summary>The spans kept so far.</summary>
    public List<NerSpan> Kept { get; } = [];

    /// <summary>The CLUENER spans other than the vetoing labels, in the order they are considered.</summary>
    public List<NerSpan> Others { get; } = [];
}
