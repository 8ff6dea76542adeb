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

    /// <summary>Whether <paramref name="span"/> lies in page chrome and must be skipped.</summary>
    public bool IsChrome(TextSpan span) => Document.IsChrome(span);

    /// <summary>The finished, deterministically ordered result.</summary>
    public DocumentExtraction ToResult() => new(
        [.. Mentions.Distinct().OrderBy(m => m.Span.Start).ThenBy(m => m.Span.End).ThenBy(m => m.Type).ThenBy(m => m.Canonical, StringComparer.Ordinal)],
        [.. Positions.Distinct().OrderBy(p => p.Span.Start).ThenBy(p => p.PersonSpan.Start).ThenBy(p => p.Title, StringComparer.Ordinal).ThenBy(p => p.Organization, StringComparer.Ordinal)],
        [.. Statements.OrderBy(s => s.Span.Start).ThenBy(s => s.Span.End)],
        [.. PartOf.Distinct().OrderBy(p => p.Child, StringComparer.Ordinal).ThenBy(p => p.Parent, StringComparer.Ordinal)],
        [.. LocatedIn.Distinct().OrderBy(p => p.Organization, StringComparer.Ordinal).ThenBy(p => p.Place, StringComparer.Ordinal)]);
}
