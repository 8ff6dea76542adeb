using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// query entity from the index: the report EntityQuery gives, with the counts and neighbour groups read from the
// adjacency arrays (names and ids only: a hub has ten thousand neighbours), and positions and statements by
// PositionsQuery and SaidQuery over the small part of the graph they read.
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
                mentions += _file.Properties(_nodeCount + j).GetInt("count", 1);
            }
        }

        IReadOnlyList<PositionRow> positions = [];
        if (node.Type is NodeType.Person or NodeType.Organization)
        {
            var part = PositionsPart(v);
            positions = PositionsQuery.Rows(new GraphFacts(part), part[node.Id], asOf: null);
        }

        var speaks = node.Type is NodeType.Person or NodeType.Organization;
        var pairs = StatementPairs(v, speaks);
        var statements = NewSet();
        foreach (var pair in latestStatements is { } limit && pairs.Count > limit ? Latest(pairs, limit) : pairs)
        {
            statements.Add(pair.Statement);
        }

        var said = StatementsPart(v, statements);
        var rows = SaidQuery.Rows(new GraphFacts(said), speaks ? node : null, speaks ? null : node, null, null, includeMembers: false);
        return QueryResult<EntityReport>.Success(new EntityReport(
            NodeRef.Of(node), EntityQuery.MatchName(found), found.Others, node.Properties.GetList("aliases"),
            EntityQuery.ShownProperties(node), documents.Count, mentions, positions, rows, Groups(v))
        {
            StatementCount = pairs.Count,
        });
    }

    // The node, the other ends of its HOLDS_POSITION edges and the documents they cite: what PositionsQuery reads.
    private KnowledgeGraph PositionsPart(int v)
    {
        var nodes = NewSet();
        nodes.Add(v);
        foreach (var j in IncidentEdges(v))
        {
            if (EdgeTypeOf(j) == EdgeType.HOLDS_POSITION)
            {
                nodes.Add(Other(j, v));
            }
        }

        var core = NewSet();
        core.Add(v);
        return Subgraph(nodes, core);
    }

    // The node and the statements with their neighbours (speakers, subjects, documents).
    private KnowledgeGraph StatementsPart(int v, NodeSet statements)
    {
        var nodes = NewSet();
        var core = NewSet();
        nodes.Add(v);
        core.Add(v);
        foreach (var s in statements.Members)
        {
            nodes.Add(s);
            core.Add(s);
            AddNeighbours(nodes, s);
        }

        return Subgraph(nodes, core);
    }

    // The (statement, speaker) rows SaidQuery gives the entity, each once: what a speaker said, or who said
    // something about anything else.
    private List<Said> StatementPairs(int v, bool speaks)
    {
        var pairs = new List<Said>();
        var seen = NewSet();
        foreach (var j in IncidentEdges(v))
        {
            if (speaks && EdgeTypeOf(j) == EdgeType.SAID && Source(j) == v)
            {
                if (seen.Add(Target(j)))
                {
                    pairs.Add(new Said(Target(j), v));
                }
            }
            else if (!speaks && EdgeTypeOf(j) == EdgeType.ABOUT && Target(j) == v && TypeOf(Source(j)) == NodeType.Statement && seen.Add(Source(j)))
            {
                var statement = Source(j);
                var speakers = NewSet();
                foreach (var k in IncidentEdges(statement))
                {
                    if (EdgeTypeOf(k) == EdgeType.SAID && Target(k) == statement && speakers.Add(Source(k)))
                    {
                        pairs.Add(new Said(statement, Source(k)));
                    }
                }
            }
        }

        return pairs;
    }

    // The rows the human view shows: ordered as SaidQuery orders rows, then latest date first (a stable sort), the
    // first limit. Only the fields those orders read are filled in.
    private List<Said> Latest(List<Said> pairs, int limit)
    {
        var keys = new List<Said>(pairs.Count);
        foreach (var pair in pairs)
        {
            var (statement, speaker) = (pair.Statement, pair.Speaker);
            var p = NodeAt(statement).Properties;
            var document = StatementDocument(statement, p);
            var key = new StatementRow(IdOf(statement), new NodeRef(IdOf(speaker), string.Empty, string.Empty), string.Empty,
                document?.Published ?? string.Empty, document, string.Empty, string.Empty, string.Empty, [],
                p.TryGet("start", out var s) && s.Kind == PropertyKind.Int ? s.Integer : null, null);
            keys.Add(pair with { Key = key });
        }

        keys.Sort((a, b) => SaidQuery.RowOrder.Compare(a.Key, b.Key));
        return [.. keys.OrderByDescending(k => k.Key!.Date, StringComparer.Ordinal).Take(limit)];
    }

    // As GraphFacts.StatementDocument: the document property, else the first REPORTED_IN edge; a Document node or null.
    private DocumentRef? StatementDocument(int statement, Properties properties)
    {
        var id = properties.GetString("document");
        if (id.Length == 0)
        {
            foreach (var j in IncidentEdges(statement))
            {
                if (EdgeTypeOf(j) == EdgeType.REPORTED_IN && Source(j) == statement)
                {
                    id = IdOf(Target(j));
                    break;
                }
            }
        }

        var d = id.Length == 0 ? -1 : IndexOf(id);
        if (d < 0 || TypeOf(d) != NodeType.Document)
        {
            return null;
        }

        var document = NodeAt(d);
        return new DocumentRef(document.Id, document.Name, document.Properties.GetString("published"));
    }

    // The neighbours by relation (edge type order), "in" before "out", each node once, ordered by name then id, as
    // EntityQuery groups them; a loop is in both directions.
    private List<RelationGroup> Groups(int v)
    {
        // Keyed (edge type << 1) | out; a set keeps its members in the order added.
        var seen = new NodeSet?[2 * Enum.GetValues<EdgeType>().Length];
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

    /// <summary>A statement and a speaker credited with it; with the fields the row orders read, once known.</summary>
    private sealed record Said(int Statement, int Speaker)
    {
        public StatementRow? Key { get; init; }
    }
}
