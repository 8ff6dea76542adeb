using System.Text.Json.Serialization;
using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>Everything the graph knows about one entity.</summary>
/// <param name="Entity">The entity.</param>
/// <param name="Match">How the name matched it.</param>
/// <param name="AlsoMatches">Other entities the name matched equally well.</param>
/// <param name="Aliases">Its aliases.</param>
/// <param name="Properties">Its other properties as text (kind, date, scores from <c>analyze</c> …).</param>
/// <param name="Documents">How many documents mention it.</param>
/// <param name="Mentions">How many times they mention it in all.</param>
/// <param name="Positions">Positions it holds (a person) or that are held in it (an organisation).</param>
/// <param name="Statements">What it said (a person or organisation), or what was said about it (anything else).</param>
/// <param name="Neighbours">Its neighbours grouped by relation.</param>
public sealed record EntityReport(
    NodeRef Entity,
    string Match,
    IReadOnlyList<NodeRef> AlsoMatches,
    IReadOnlyList<string> Aliases,
    IReadOnlyDictionary<string, string> Properties,
    int Documents,
    long Mentions,
    IReadOnlyList<PositionRow> Positions,
    IReadOnlyList<StatementRow> Statements,
    IReadOnlyList<RelationGroup> Neighbours)
{
    /// <summary>
    /// How many statements there are in all: more than <see cref="Statements"/> holds when the report is an
    /// overview that keeps only the latest (see <see cref="EntityQuery.Overview"/>); not part of the JSON document.
    /// </summary>
    [JsonIgnore]
    public int StatementCount { get; init; } = -1;

    /// <summary>The number of statements: <see cref="StatementCount"/> when set, else the statements held.</summary>
    [JsonIgnore]
    public int AllStatements => StatementCount >= 0 ? StatementCount : Statements.Count;
}

/// <summary>The neighbours reached over one relation in one direction.</summary>
/// <param name="Relation">The edge type.</param>
/// <param name="Direction"><c>out</c> when the entity is the edge's source, <c>in</c> when it is the target.</param>
/// <param name="Nodes">The nodes at the other end, each once.</param>
public sealed record RelationGroup(string Relation, string Direction, IReadOnlyList<NodeRef> Nodes);

/// <summary><c>query entity NAME</c>: type, aliases, positions, statements, mentions and neighbours of one entity.</summary>
public sealed class EntityQuery
{
    private static readonly HashSet<string> Shown = new(StringComparer.Ordinal) { "aliases" };

    private readonly GraphFacts _facts;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public EntityQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        _facts = new GraphFacts(graph);
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The report on <paramref name="name"/>.</summary>
    public QueryResult<EntityReport> Run(string name)
    {
        var found = _lookup.Find(name);
        if (found.Node is null)
        {
            return QueryResult<EntityReport>.Failure(found.NotFoundMessage(name));
        }

        // The lookup may come from the query index, whose nodes carry only names and aliases.
        var node = _facts.Graph[found.Node.Id];

        var structure = _facts.Graph.Structure;
        var mentions = _facts.In(node.Id, EdgeType.MENTIONS).ToList();
        var properties = ShownProperties(node);

        var positions = node.Type is NodeType.Person or NodeType.Organization
            ? PositionsQuery.Rows(_facts, node, asOf: null)
            : [];
        var speaks = node.Type is NodeType.Person or NodeType.Organization;
        var statements = SaidQuery.Rows(_facts, speaks ? node : null, speaks ? null : node, null, null, includeMembers: false);
        long mentionCount = 0;
        foreach (var e in mentions)
        {
            mentionCount += e.Properties.GetInt("count", 1);
        }

        return QueryResult<EntityReport>.Success(new EntityReport(
            NodeRef.Of(node), MatchName(found), found.Others, node.Properties.GetList("aliases"),
            properties,
            mentions.Select(e => e.Source).Distinct(StringComparer.Ordinal).Count(),
            mentionCount,
            positions, statements, Groups(structure.OutEdges(node.Id), structure.InEdges(node.Id))));
    }

    /// <summary>How many statements an overview keeps: the latest, which the human view shows.</summary>
    public const int Overview = 10;

    /// <summary>How the report names the way a name matched.</summary>
    internal static string MatchName(LookupResult found) => found.Kind.ToString().ToLowerInvariant();

    /// <summary>The properties a report lists: all but the aliases, as text, in ordinal order of key.</summary>
    internal static SortedDictionary<string, string> ShownProperties(Node node)
    {
        var properties = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Properties.All)
        {
            if (!Shown.Contains(key))
            {
                properties[key] = value.ToInvariantString();
            }
        }

        return properties;
    }

    // Neighbours by relation (edge type order), then direction ("in" before "out"); each node once, by name and id.
    private List<RelationGroup> Groups(IEnumerable<Edge> outEdges, IEnumerable<Edge> inEdges)
    {
        var byRelation = new Dictionary<int, HashSet<string>>();
        foreach (var e in outEdges)
        {
            Group(byRelation, e.Type, outward: true).Add(e.Target);
        }

        foreach (var e in inEdges)
        {
            Group(byRelation, e.Type, outward: false).Add(e.Source);
        }

        var keys = byRelation.Keys.ToArray();
        Array.Sort(keys);
        var groups = new List<RelationGroup>(keys.Length);
        foreach (var key in keys)
        {
            var ids = byRelation[key];
            var nodes = ids.Select(id => _facts.Graph[id]).Order(NameOrder).Select(NodeRef.Of).ToList();
            groups.Add(new RelationGroup(((EdgeType)(key >> 1)).ToString(), (key & 1) == 1 ? "out" : "in", nodes));
        }

        return groups;
    }

    private static HashSet<string> Group(Dictionary<int, HashSet<string>> groups, EdgeType type, bool outward)
    {
        var key = ((int)type << 1) | (outward ? 1 : 0);
        if (!groups.TryGetValue(key, out var ids))
        {
            groups[key] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        return ids;
    }

    private static readonly Comparer<Node> NameOrder = Comparer<Node>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
    });
}
