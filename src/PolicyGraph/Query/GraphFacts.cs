using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>Reads the facts of the graph contract (design/SCHEMA.md) that several queries need: dates, speakers, subjects.</summary>
internal sealed class GraphFacts
{
    public GraphFacts(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        Graph = graph;
    }

    public KnowledgeGraph Graph { get; }

    public IEnumerable<Edge> Out(string id, EdgeType type) => Graph.Structure.OutEdges(id).Where(e => e.Type == type);

    public IEnumerable<Edge> In(string id, EdgeType type) => Graph.Structure.InEdges(id).Where(e => e.Type == type);

    /// <summary>The document named by id, cited with its date; null for an empty or unknown id.</summary>
    public DocumentRef? Document(string documentId) =>
        documentId.Length > 0 && Graph.TryGetNode(documentId, out var doc) && doc.Type == NodeType.Document
            ? new DocumentRef(doc.Id, doc.Name, doc.Properties.GetString("published"))
            : null;

    /// <summary>The document a statement was reported in: its <c>document</c> property, else its REPORTED_IN edge.</summary>
    public DocumentRef? StatementDocument(Node statement)
    {
        var id = statement.Properties.GetString("document");
        if (id.Length == 0)
        {
            id = Out(statement.Id, EdgeType.REPORTED_IN).Select(e => e.Target).FirstOrDefault() ?? string.Empty;
        }

        return Document(id);
    }

    /// <summary>Who said the statement (SAID edges into it), by id.</summary>
    public IReadOnlyList<Node> Speakers(string statementId) =>
        [.. In(statementId, EdgeType.SAID).Select(e => Graph[e.Source]).DistinctBy(n => n.Id).OrderBy(n => n.Id, StringComparer.Ordinal)];

    /// <summary>What the statement is about (ABOUT edges out of it).</summary>
    public IReadOnlyList<NodeRef> About(string statementId) =>
        [.. Out(statementId, EdgeType.ABOUT).Select(e => Graph[e.Target]).DistinctBy(n => n.Id)
            .OrderBy(n => n.Name, StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).Select(NodeRef.Of)];

    /// <summary>An edge's date: its <c>date</c> property, else its document's publication date, else empty.</summary>
    public string EdgeDate(Edge edge)
    {
        var date = edge.Properties.GetString("date");
        return date.Length > 0 ? date : Document(edge.Properties.GetString("document"))?.Published ?? string.Empty;
    }

    /// <summary>
    /// Offsets in order, a missing one first (as <see cref="Nullable.Compare{T}(T?, T?)"/>, whose generic code the
    /// runtime would compile at start-up).
    /// </summary>
    public static int CompareOffsets(long? a, long? b) =>
        a is { } x ? (b is { } y ? x.CompareTo(y) : 1) : (b is null ? 0 : -1);

    /// <summary>An integer offset property, or null when the edge has none.</summary>
    public static long? Offset(Edge edge, string key) =>
        edge.Properties.TryGet(key, out var v) && v.Kind == PropertyKind.Int ? v.Integer : null;

    /// <summary>Whether an ISO date lies in [from, to]; an empty date lies in no bounded range.</summary>
    public static bool InRange(string date, string? from, string? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        return date.Length > 0
            && (from is null || string.CompareOrdinal(date, from) >= 0)
            && (to is null || string.CompareOrdinal(date[..Math.Min(date.Length, to.Length)], to) <= 0);
    }
}
