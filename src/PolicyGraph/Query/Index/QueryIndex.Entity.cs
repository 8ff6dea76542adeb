using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// query entity and positions from the index: the reports EntityQuery and PositionsQuery give, with the counts and
// neighbour groups read from the adjacency arrays (names and ids only: a hub has ten thousand neighbours), positions
// from the HOLDS_POSITION edges' records and statements as query said reads them (QueryIndex.Said.cs); nothing is
// copied into a graph.
public sealed partial class QueryIndex
{
    /// <summary>
    /// <see cref="EntityQuery"/>'s report on <paramref name="name"/>; with <paramref name="latestStatements"/>, an
    /// overview whose <see cref="EntityReport.Statements"/> hold at least the latest that many rows (by date, as the
    /// human view orders them) and whose <see cref="EntityReport.StatementCount"/> counts them all.
    /// </summary>
    public QueryResult<EntityReport> Entity(string name, int? latestStatements)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = Lookup.Find(name);
        if (found.Node is null)
        {
            return QueryResult<EntityReport>.Failure(found.NotFoundMessage(name));
        }

        var v = IndexOf(found.Node.Id);
        var node = NodeAt(v);
        var documents = NewSet();
        long mentions = 0;
        foreach (var j in IncidentEdges(v))
        {
            if (EdgeTypeOf(j) == EdgeType.MENTIONS && Target(j) == v)
            {
                documents.Add(Source(j));
                mentions += _file.GetInt(_nodeCount + j, "count") ?? 1;
            }
        }

        IReadOnlyList<PositionRow> positions = [];
        if (node.Type is NodeType.Person or NodeType.Organization)
        {
            positions = PositionRows(v, asOf: null);
        }

        var speaks = node.Type is NodeType.Person or NodeType.Organization;
        var pairs = SaidPairs(speaks ? v : null, speaks ? null : v, includeMembers: false);
        var rows = SaidRows(latestStatements is { } limit && pairs.Count > limit ? Latest(pairs, limit) : pairs, null, null);
        return QueryResult<EntityReport>.Success(new EntityReport(
            NodeRef.Of(node), EntityQuery.MatchName(found), found.Others, node.Properties.GetList("aliases"),
            EntityQuery.ShownProperties(node), documents.Count, mentions, positions, rows, Groups(v))
        {
            StatementCount = pairs.Count,
        });
    }

    /// <summary><see cref="PositionsQuery"/>'s report, read from the HOLDS_POSITION edges' records.</summary>
    public QueryResult<PositionsReport> Positions(string name, string? asOf)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = Lookup.Find(name, PositionsQuery.Types);
        return found.Node is { } node
            ? QueryResult<PositionsReport>.Success(new PositionsReport(NodeRef.Of(node), asOf, PositionRows(IndexOf(node.Id), asOf)))
            : QueryResult<PositionsReport>.Failure(found.NotFoundMessage(name));
    }

    // As PositionsQuery.Rows: a person's HOLDS_POSITION edges out, an organisation's in, each a row dated by the
    // edge or else by its document.
    private IReadOnlyList<PositionRow> PositionRows(int v, string? asOf)
    {
        var person = TypeOf(v) == NodeType.Person;
        var rows = new List<PositionRow>();
        Span<PropertyValue> values = new PropertyValue[PositionKeys.Length];
        foreach (var j in IncidentEdges(v))
        {
            if (EdgeTypeOf(j) != EdgeType.HOLDS_POSITION || (person ? Source(j) : Target(j)) != v)
            {
                continue;
            }

            var record = _nodeCount + j;
            var document = RecordDocument(record) is var d and >= 0 ? DocumentAt(d) : null;
            _file.GetProperties(record, PositionKeys, values);
            var date = values[2].ToInvariantString();
            rows.Add(new PositionRow(
                CachedRef(Source(j)), values[0].ToInvariantString(), CachedRef(Target(j)), values[1].ToInvariantString(),
                date.Length > 0 ? date : document?.Published ?? string.Empty, document, IntegerOf(values[3]), IntegerOf(values[4])));
        }

        return PositionsQuery.Finish(rows, asOf);
    }

    // The properties a position row reads from its HOLDS_POSITION edge, in one pass over the edge's record.
    private static readonly string[] PositionKeys = ["title", "status", "date", "start", "end"];

    // An integer property's value, or null when the record has none (as IndexFile.GetInt).
    private static long? IntegerOf(PropertyValue value) => value.Kind == PropertyKind.Int ? value.Integer : null;

    // The node number of the document property record k names (as GraphFacts.Document finds it by id): -1 when
    // the record has no document, -2 when it names none.
    private int RecordDocument(int k) => _file.Int32(_documents + (4L * k));

    // Node d as a document reference (read once), or null when it is not a document.
    private DocumentRef? DocumentAt(int d)
    {
        if (TypeOf(d) != NodeType.Document)
        {
            return null;
        }

        if (!_documentCache.TryGetValue(d, out var document))
        {
            document = new DocumentRef(IdOf(d), NameOf(d), _file.GetString(d, "published"));
            _documentCache[d] = document;
        }

        return document;
    }

    // The neighbours by relation (edge type order), "in" before "out", each node once, ordered by name then id, as
    // EntityQuery groups them; a loop is in both directions.
    private List<RelationGroup> Groups(int v)
    {
        // Keyed (edge type << 1) | out; a set keeps its members in the order added.
        var seen = new NodeSet?[2 * Enum.GetNames(typeof(EdgeType)).Length];
        foreach (var j in IncidentEdges(v))
        {
            var type = (int)EdgeTypeOf(j);
            if (Source(j) == v)
            {
                (seen[(type << 1) | 1] ??= NewSet()).Add(Target(j));
            }

            if (Target(j) == v)
            {
                (seen[type << 1] ??= NewSet()).Add(Source(j));
            }
        }

        var groups = new List<RelationGroup>();
        for (var key = 0; key < seen.Length; key++)
        {
            if (seen[key]?.Members is not { } nodes)
            {
                continue;
            }

            var refs = new NodeRef[nodes.Count];
            for (var i = 0; i < refs.Length; i++)
            {
                refs[i] = RefOf(nodes[i]);
            }

            Array.Sort(refs, (a, b) => string.CompareOrdinal(a.Name, b.Name) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id));
            groups.Add(new RelationGroup(((EdgeType)(key >> 1)).ToString(), (key & 1) == 1 ? "out" : "in", refs));
        }

        return groups;
    }
}
