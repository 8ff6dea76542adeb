namespace PolicyGraph.Resolution;

/// <summary>What resolution decided about a node.</summary>
public enum ResolutionDecision
{
    /// <summary>Several names or occurrences were made one node.</summary>
    Merged,

    /// <summary>Same-name candidates were left as separate nodes.</summary>
    KeptApart,

    /// <summary>An ambiguous short name was resolved inside one document by what else that document names.</summary>
    ResolvedInContext,

    /// <summary>A surface form was not listed as an alias because it is another node's canonical name.</summary>
    AliasWithheld,
}

/// <summary>One decision about a node, with the documents that support it.</summary>
/// <param name="Decision">What was decided.</param>
/// <param name="Reason">One sentence saying why.</param>
/// <param name="Related">Ids of the other nodes the decision concerns (kept apart from, merged with), sorted.</param>
/// <param name="Documents">Ids of the evidence documents, sorted, at most <see cref="ResolutionLog.MaxEvidence"/>.</param>
/// <param name="DocumentCount">How many evidence documents there were in all.</param>
public sealed record ResolutionNote(ResolutionDecision Decision, string Reason, IReadOnlyList<string> Related, IReadOnlyList<string> Documents, int DocumentCount);

/// <summary>The decisions resolution took, by node id, for <c>policygraph explain</c>.</summary>
public sealed class ResolutionLog
{
    /// <summary>How many evidence documents a note lists (the count says how many there were).</summary>
    public const int MaxEvidence = 8;

    private readonly SortedDictionary<string, List<ResolutionNote>> _notes = new(StringComparer.Ordinal);

    /// <summary>The node ids that have notes, sorted.</summary>
    public IEnumerable<string> NodeIds => _notes.Keys;

    /// <summary>How many nodes have notes.</summary>
    public int Count => _notes.Count;

    /// <summary>The notes about <paramref name="nodeId"/>, in the order they were taken.</summary>
    public IReadOnlyList<ResolutionNote> For(string nodeId) =>
        _notes.TryGetValue(nodeId, out var notes) ? notes : [];

    /// <summary>Records a decision about <paramref name="nodeId"/>.</summary>
    public void Add(string nodeId, ResolutionDecision decision, string reason, IEnumerable<string> related, IEnumerable<string> documents)
    {
        ArgumentNullException.ThrowIfNull(nodeId);
        var docs = documents.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var note = new ResolutionNote(decision, reason, [.. related.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            [.. docs.Take(MaxEvidence)], docs.Count);
        if (!_notes.TryGetValue(nodeId, out var list))
        {
            _notes[nodeId] = list = [];
        }

        if (!list.Contains(note, NoteComparer.Instance))
        {
            list.Add(note);
        }
    }

    /// <summary>Records every decision of <paramref name="other"/> after those recorded here, as if added here in its order.</summary>
    public void AddAll(ResolutionLog other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (nodeId, notes) in other._notes)
        {
            if (!_notes.TryGetValue(nodeId, out var list))
            {
                _notes[nodeId] = [.. notes];
                continue;
            }

            foreach (var note in notes.Where(n => !list.Contains(n, NoteComparer.Instance)))
            {
                list.Add(note);
            }
        }
    }

    /// <summary>Adds a note read back from a file.</summary>
    internal void Restore(string nodeId, ResolutionNote note)
    {
        if (!_notes.TryGetValue(nodeId, out var list))
        {
            _notes[nodeId] = list = [];
        }

        list.Add(note);
    }

    private sealed class NoteComparer : IEqualityComparer<ResolutionNote>
    {
        public static readonly NoteComparer Instance = new();

        public bool Equals(ResolutionNote? x, ResolutionNote? y) =>
            x is not null && y is not null && x.Decision == y.Decision && x.Reason == y.Reason
            && x.Related.SequenceEqual(y.Related) && x.Documents.SequenceEqual(y.Documents);

        public int GetHashCode(ResolutionNote obj) => HashCode.Combine(obj.Decision, obj.Reason);
    }
}
