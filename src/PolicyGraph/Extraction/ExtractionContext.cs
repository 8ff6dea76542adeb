using PolicyGraph.Ingest;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction;

/// <summary>
/// The working state of one document's extraction. Steps run in the order <see cref="DocumentExtractor"/>
/// gives them; each reads what earlier steps found and adds its own facts.
/// </summary>
public sealed class ExtractionContext
{
    /// <summary>Starts the extraction of <paramref name="document"/>.</summary>
    public ExtractionContext(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Document = document;
    }

    /// <summary>The document being read.</summary>
    public SourceDocument Document { get; }

    /// <summary>The document's plain text.</summary>
    public string Text => Document.Text;

    /// <summary>Mentions found so far, in no particular order.</summary>
    public List<Mention> Mentions { get; } = [];

    /// <summary>Positions found so far.</summary>
    public List<PositionFact> Positions { get; } = [];

    /// <summary>Statements found so far.</summary>
    public List<StatementFact> Statements { get; } = [];

    /// <summary>Part-of relations found so far.</summary>
    public List<PartOfFact> PartOf { get; } = [];

    /// <summary>Located-in relations found so far.</summary>
    public List<LocatedInFact> LocatedIn { get; } = [];

    /// <summary>The short forms the document declares (（以下简称“市审批局”）) outside its page chrome, in text order.</summary>
    internal IReadOnlyList<ShortForm> ShortForms => _shortForms ??= [.. Extraction.ShortForms.Find(Text).Where(f => !IsChrome(f.Declaration))];

    private IReadOnlyList<ShortForm>? _shortForms;

    /// <summary>The administrative places the document's bare level prefixes (市, 省, 县) refer to.</summary>
    internal Entities.DocumentPlace Place => _place ??= Entities.DocumentPlace.Of(Document);

    private Entities.DocumentPlace? _place;

    /// <summary>Whether <paramref name="span"/> lies in page chrome and must be skipped.</summary>
    public bool IsChrome(TextSpan span) => Document.IsChrome(span);

    /// <summary>The finished, deterministically ordered result.</summary>
    public DocumentExtraction ToResult() => new(
        Ordered(Mentions, CompareMentions),
        Ordered(Positions, ComparePositions),
        [.. Statements.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End)],
        Ordered(PartOf, (a, b) => CompareThen(string.CompareOrdinal(a.Child, b.Child), string.CompareOrdinal(a.Parent, b.Parent))),
        Ordered(LocatedIn, (a, b) => CompareThen(string.CompareOrdinal(a.Organization, b.Organization), string.CompareOrdinal(a.Place, b.Place))));

    private static int CompareMentions(Mention a, Mention b)
    {
        var c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0)
        {
            c = a.Span.End.CompareTo(b.Span.End);
        }

        if (c == 0)
        {
            c = a.Type.CompareTo(b.Type);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Canonical, b.Canonical);
    }

    private static int ComparePositions(PositionFact a, PositionFact b)
    {
        var c = a.Span.Start.CompareTo(b.Span.Start);
        if (c == 0)
        {
            c = a.PersonSpan.Start.CompareTo(b.PersonSpan.Start);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Title, b.Title);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Organization, b.Organization);
    }

    private static int CompareThen(int first, int second) => first != 0 ? first : second;

    // The distinct items, first occurrences kept, sorted stably by compare: what Distinct().OrderBy(...) gives,
    // without the LINQ pipeline's sorter and key arrays.
    private static T[] Ordered<T>(List<T> items, Comparison<T> compare)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var seen = new HashSet<T>(items.Count);
        var distinct = new List<(T Item, int Index)>(items.Count);
        foreach (var item in items)
        {
            if (seen.Add(item))
            {
                distinct.Add((item, distinct.Count));
            }
        }

        distinct.Sort((a, b) => compare(a.Item, b.Item) is var c && c != 0 ? c : a.Index.CompareTo(b.Index));
        var result = new T[distinct.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = distinct[i].Item;
        }

        return result;
    }
}
