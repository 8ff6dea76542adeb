namespace PolicyGraph.Graph;

/// <summary>The relationship types of the graph contract (design/SCHEMA.md); names are exported verbatim.</summary>
#pragma warning disable CA1707 // The upper-case names are the contract's relationship types, exported as written.
public enum EdgeType
{
    MENTIONS,
    PUBLISHED_BY,
    HOLDS_POSITION,
    SAID,
    REPORTED_IN,
    ABOUT,
    PART_OF,
    LOCATED_IN,
}
#pragma warning restore CA1707
