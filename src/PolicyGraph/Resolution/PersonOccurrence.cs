namespace PolicyGraph.Resolution;

/// <summary>A person's name as one document uses it, with the evidence that identifies who is meant.</summary>
/// <param name="Doc">The document's index.</param>
/// <param name="Name">The full name.</param>
internal sealed class PersonOccurrence(int Doc, string Name)
{
    /// <summary>The document's index.</summary>
    public int Doc { get; } = Doc;

    /// <summary>The full name.</summary>
    public string Name { get; } = Name;

    /// <summary>The surface forms used for the person in this document.</summary>
    public HashSet<string> Forms { get; } = new(StringComparer.Ordinal);

    /// <summary>The positions the document gives the person: title and the organisation's standard name.</summary>
    public SortedSet<(string Title, string Organization)> Positions { get; } = new(PositionOrder);

    /// <summary>
    /// The titles the document writes after the name without an organisation (阮富仲总书记), with the national body
    /// assumed for them: no evidence of who is meant, and given the body the person's other documents name.
    /// </summary>
    public SortedSet<(string Title, string Organization)> Assumed { get; } = new(PositionOrder);

    /// <summary>The standard names of every organisation the document names (context for occurrences without a position); shared by the document's occurrences.</summary>
    public IReadOnlySet<string> Context { get; set; } = NoContext;

    private static readonly IReadOnlySet<string> NoContext = new HashSet<string>(StringComparer.Ordinal);

    private static readonly Comparer<(string Title, string Organization)> PositionOrder = Comparer<(string Title, string Organization)>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Title, b.Title);
        return c != 0 ? c : string.CompareOrdinal(a.Organization, b.Organization);
    });

    /// <summary>The place the document speaks from, or empty.</summary>
    public string Place { get; set; } = string.Empty;
}
