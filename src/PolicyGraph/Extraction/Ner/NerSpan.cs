namespace PolicyGraph.Extraction.Ner;

/// <summary>One entity the statistical tagger found.</summary>
/// <param name="Type">Person, Organization, Place or Title.</param>
/// <param name="Kind">For organisations the kind (government, party, company, education, media, association, other); else empty.</param>
/// <param name="Start">First UTF-16 offset in the tagged text.</param>
/// <param name="End">Offset one past the last code unit.</param>
internal sealed record NerSpan(MentionType Type, string Kind, int Start, int End)
{
    /// <summary>How many code units the span covers.</summary>
    public int Length => End - Start;
}
