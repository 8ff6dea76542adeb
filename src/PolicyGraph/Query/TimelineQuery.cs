using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>A dated mention: the first or last document that names the entity.</summary>
/// <param name="Date">The document's publication date.</param>
/// <param name="Document">The document.</param>
public sealed record DatedMention(string Date, DocumentRef Document);

/// <summary>One month of an entity's timeline.</summary>
/// <param name="Month">yyyy-MM.</param>
/// <param name="Documents">Documents that mention it.</param>
/// <param name="Mentions">How many times they mention it.</param>
/// <param name="Statements">Statements about it.</param>
/// <param name="Speakers">Who spoke about it that month.</param>
/// <param name="Publishers">The outlets of the documents that mention it.</param>
public sealed record TimelineMonth(string Month, int Documents, long Mentions, int Statements, IReadOnlyList<NodeRef> Speakers, IReadOnlyList<NodeRef> Publishers);

/// <summary>Someone who spoke of the entity, and when.</summary>
/// <param name="Speaker">The person or organisation.</param>
/// <param name="Statements">How many of their statements are about it.</param>
/// <param name="First">Date of the first (empty when all are undated).</param>
/// <param name="Last">Date of the last.</param>
public sealed record TimelineSpeaker(NodeRef Speaker, int Statements, string First, string Last);

/// <summary>How an initiative (or any entity) appears over time.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Documents">Documents that mention it.</param>
/// <param name="Mentions">Mentions in all.</param>
/// <param name="UndatedDocuments">Mentioning documents without a date (not in any month).</param>
/// <param name="FirstMention">The earliest dated mention.</param>
/// <param name="LastMention">The latest dated mention.</param>
/// <param name="Months">Month by month, oldest first.</param>
/// <param name="Speakers">Who spoke of it, in the order they first did: how a slogan spreads.</param>
public sealed record TimelineReport(NodeRef Entity, int Documents, long Mentions, int UndatedDocuments, DatedMention? FirstMention, DatedMention? LastMention,
    IReadOnlyList<TimelineMonth> Months, IReadOnlyList<TimelineSpeaker> Speakers);

/// <summary><c>query timeline INITIATIVE</c>: first and last mention, mentions per month, and who speaks of it over time.</summary>
public sealed class TimelineQuery
{
    internal static readonly HashSet<NodeType> Preferred = [NodeType.Initiative];

    private readonly GraphFacts _facts;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public TimelineQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        _facts = new GraphFacts(graph);
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The timeline of <paramref name="name"/>; initiatives are preferred when the name is shared.</summary>
    public QueryResult<TimelineReport> Run(string name)
    {
        var found = _lookup.Find(name, Preferred);
        if (found.Node is null)
        {
            found = _lookup.Find(name);
        }

        if (found.Node is not { } node)
        {
            return QueryResult<TimelineReport>.Failure(found.NotFoundMessage(name));
        }

        var mentions = new List<Mention>();
        foreach (var e in _facts.In(node.Id, EdgeType.MENTIONS))
        {
            if (_facts.Document(e.Source) is { } document)
            {
                mentions.Add(new Mention(document, e.Properties.GetInt("count", 1)));
            }
        }

        var statements = SaidQuery.Rows(_facts, null, node, null, null, includeMembers: false);
        return QueryResult<TimelineReport>.Success(Report(NodeRef.Of(node), mentions, statements,
            document => _facts.Out(document.Id, EdgeType.PUBLISHED_BY).Select(e => NodeRef.Of(_facts.Graph[e.Target]))));
    }

    /// <summary>
    /// The timeline of <paramref name="entity"/> from the documents that mention it (in edge order),
    /// the statements about it (as <see cref="SaidQuery"/> orders them) and each document's outlets.
    /// </summary>
    internal static TimelineReport Report(NodeRef entity, List<Mention> mentions, IReadOnlyList<StatementRow> statements, Func<DocumentRef, IEnumerable<NodeRef>> publishers)
    {
        var dated = mentions.Where(m => m.Document.Published.Length > 0).Order(DateOrder).ToList();
        // Each month's mentions and statements, gathered in one pass (in the order of dated and statements).
        var docsByMonth = ByMonth(dated, m => m.Document.Published);
        var saidByMonth = ByMonth(statements.Where(s => s.Date.Length > 0), s => s.Date);
        var months = docsByMonth.Keys.Concat(saidByMonth.Keys)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(month =>
            {
                var docs = docsByMonth.GetValueOrDefault(month) ?? [];
                var said = saidByMonth.GetValueOrDefault(month) ?? [];
                return new TimelineMonth(month, docs.Count, Total(docs), said.Count,
                    Distinct(said.Select(s => s.Speaker)),
                    Distinct(docs.SelectMany(m => publishers(m.Document))));
            })
            .ToList();
        var speakers = statements.GroupBy(s => s.Speaker.Id)
            .Select(g =>
            {
                var dates = g.Select(s => s.Date).Where(d => d.Length > 0).Order(StringComparer.Ordinal).ToList();
                return new TimelineSpeaker(g.First().Speaker, g.Count(), dates.FirstOrDefault() ?? string.Empty, dates.LastOrDefault() ?? string.Empty);
            })
            .Order(SpeakerOrder)
            .ToList();
        return new TimelineReport(entity,
            mentions.Select(m => m.Document.Id).Distinct(StringComparer.Ordinal).Count(), Total(mentions),
            mentions.Count(m => m.Document.Published.Length == 0),
            dated.Count == 0 ? null : new DatedMention(dated[0].Document.Published, dated[0].Document),
            dated.Count == 0 ? null : new DatedMention(dated[^1].Document.Published, dated[^1].Document),
            months, speakers);
    }

    // Dated mentions by date, then document.
    private static readonly Comparer<Mention> DateOrder = Comparer<Mention>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Document.Published, b.Document.Published);
        return c != 0 ? c : string.CompareOrdinal(a.Document.Id, b.Document.Id);
    });

    // Speakers with a dated statement first, by first date, then by name and id.
    private static readonly Comparer<TimelineSpeaker> SpeakerOrder = Comparer<TimelineSpeaker>.Create((a, b) =>
    {
        var c = (a.First.Length == 0).CompareTo(b.First.Length == 0);
        c = c != 0 ? c : string.CompareOrdinal(a.First, b.First);
        c = c != 0 ? c : string.CompareOrdinal(a.Speaker.Name, b.Speaker.Name);
        return c != 0 ? c : string.CompareOrdinal(a.Speaker.Id, b.Speaker.Id);
    });

    /// <summary>A document that mentions the entity, and how many times.</summary>
    internal sealed record Mention(DocumentRef Document, long Count);

    private static long Total(List<Mention> mentions)
    {
        long total = 0;
        foreach (var m in mentions)
        {
            total += m.Count;
        }

        return total;
    }

    private static string Month(string date) => date.Length >= 7 ? date[..7] : date;

    // The items by the month of their date, each month's in the order given.
    private static Dictionary<string, List<T>> ByMonth<T>(IEnumerable<T> items, Func<T, string> date)
    {
        var byMonth = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var month = Month(date(item));
            if (!byMonth.TryGetValue(month, out var list))
            {
                list = [];
                byMonth.Add(month, list);
            }

            list.Add(item);
        }

        return byMonth;
    }

    private static List<NodeRef> Distinct(IEnumerable<NodeRef> nodes) =>
        [.. nodes.DistinctBy(n => n.Id).OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)];
}
