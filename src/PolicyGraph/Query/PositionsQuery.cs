using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>One position: a person holding a title in an organisation, as a document says on a date.</summary>
/// <param name="Person">The holder.</param>
/// <param name="Title">The title (one per row).</param>
/// <param name="Organization">Where.</param>
/// <param name="Status">current, former, acting, new, designate, or empty when not said.</param>
/// <param name="Date">The date the document speaks as of (ISO) or empty.</param>
/// <param name="Document">The source document.</param>
/// <param name="Start">Offset of the evidence in the document's text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record PositionRow(NodeRef Person, string Title, NodeRef Organization, string Status, string Date, DocumentRef? Document, long? Start, long? End);

/// <summary>The positions of a person or in an organisation.</summary>
/// <param name="Entity">The person or organisation asked about.</param>
/// <param name="AsOf">The date asked about, or null for every recorded position.</param>
/// <param name="Positions">The positions, by organisation, title, person and date.</param>
public sealed record PositionsReport(NodeRef Entity, string? AsOf, IReadOnlyList<PositionRow> Positions);

/// <summary>
/// <c>query positions ORG|PERSON [--as-of DATE]</c>. Without a date every recorded position is listed with its
/// date and source. With one, each (person, title, organisation) keeps its latest record dated on or before
/// the date, and is dropped if that record says the position is former or only designated (提名, 拟任); undated
/// records are left out.
/// </summary>
public sealed class PositionsQuery
{
    internal static readonly HashSet<NodeType> Types = [NodeType.Person, NodeType.Organization];

    private readonly GraphFacts _facts;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public PositionsQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        _facts = new GraphFacts(graph);
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The positions of or in <paramref name="name"/>, as of <paramref name="asOf"/> when given.</summary>
    public QueryResult<PositionsReport> Run(string name, string? asOf = null)
    {
        var found = _lookup.Find(name, Types);
        if (found.Node is not { } node)
        {
            return QueryResult<PositionsReport>.Failure(found.NotFoundMessage(name));
        }

        return QueryResult<PositionsReport>.Success(new PositionsReport(NodeRef.Of(node), asOf, Rows(_facts, node, asOf)));
    }

    internal static IReadOnlyList<PositionRow> Rows(GraphFacts facts, Node node, string? asOf)
    {
        var edges = node.Type == NodeType.Person
            ? facts.Out(node.Id, EdgeType.HOLDS_POSITION)
            : facts.In(node.Id, EdgeType.HOLDS_POSITION);
        return Finish(edges.Select(e => new PositionRow(
            NodeRef.Of(facts.Graph[e.Source]), e.Properties.GetString("title"), NodeRef.Of(facts.Graph[e.Target]),
            e.Properties.GetString("status"), facts.EdgeDate(e), facts.Document(e.Properties.GetString("document")),
            GraphFacts.Offset(e, "start"), GraphFacts.Offset(e, "end"))), asOf);
    }

    /// <summary>The rows of every HOLDS_POSITION edge of an entity, as of <paramref name="asOf"/> when given, in order.</summary>
    internal static IReadOnlyList<PositionRow> Finish(IEnumerable<PositionRow> rows, string? asOf)
    {
        if (asOf is not null)
        {
            rows = rows.Where(r => GraphFacts.InRange(r.Date, null, asOf))
                .GroupBy(r => r.Person.Id + "\0" + r.Title + "\0" + r.Organization.Id)
                .Select(g => g.OrderByDescending(r => r.Date, StringComparer.Ordinal).ThenBy(r => r.Document?.Id, StringComparer.Ordinal).First())
                .Where(r => r.Status is not ("former" or "designate"));
        }

        return [.. rows.Order(RowOrder)];
    }

    // By organisation, title, person, date, document and offset; one comparer (see SaidQuery's).
    private static readonly Comparer<PositionRow> RowOrder = Comparer<PositionRow>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Organization.Name, b.Organization.Name);
        c = c != 0 ? c : string.CompareOrdinal(a.Organization.Id, b.Organization.Id);
        c = c != 0 ? c : string.CompareOrdinal(a.Title, b.Title);
        c = c != 0 ? c : string.CompareOrdinal(a.Person.Name, b.Person.Name);
        c = c != 0 ? c : string.CompareOrdinal(a.Person.Id, b.Person.Id);
        c = c != 0 ? c : string.CompareOrdinal(a.Date, b.Date);
        c = c != 0 ? c : string.CompareOrdinal(a.Document?.Id, b.Document?.Id);
        return c != 0 ? c : GraphFacts.CompareOffsets(a.Start, b.Start);
    });
}
