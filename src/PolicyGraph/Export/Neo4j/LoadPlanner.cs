using System.Globalization;
using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Neo4j;

/// <summary>
/// Turns a graph into a <see cref="LoadPlan"/>. Nodes are MERGEd on their label and <c>id</c>; relationships on
/// their endpoints, type and the identifying properties the edge actually has (<see cref="MergeKeys"/>), so facts
/// with distinct provenance stay distinct while a property that is absent is never part of a MERGE pattern
/// (MERGE cannot match a null). Labels and types are those of design/SCHEMA.md.
/// </summary>
public sealed class LoadPlanner
{
    /// <summary>The default number of rows per batch.</summary>
    public const int DefaultBatchSize = 1000;

    /// <summary>
    /// Relationship properties that tell two facts between the same nodes apart: the provenance (<c>document</c>,
    /// <c>start</c>, <c>end</c>) and a position's <c>title</c> (one edge per title, even where offsets are absent).
    /// MENTIONS is the exception: there is one per (document, entity), and its offsets only locate the first
    /// mention, so it is merged on its endpoints and a rebuild that moves the first mention updates it.
    /// </summary>
    public static readonly IReadOnlyList<string> MergeKeys = ["document", "start", "end", "title"];

    private readonly int _batchSize;

    /// <summary>Creates a planner writing at most <paramref name="batchSize"/> rows per batch.</summary>
    public LoadPlanner(int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _batchSize = batchSize;
    }

    /// <summary>The name of the uniqueness constraint on <paramref name="label"/>'s id.</summary>
    public static string ConstraintName(NodeType label) => "policygraph_" + label.ToString().ToLowerInvariant() + "_id";

    /// <summary>The constraint command for <paramref name="label"/>; idempotent (IF NOT EXISTS).</summary>
    public static string ConstraintStatement(NodeType label) =>
        $"CREATE CONSTRAINT {ConstraintName(label)} IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE";

    /// <summary>
    /// The schema commands, all idempotent: a uniqueness constraint on <c>id</c> for every label (it also indexes
    /// the MERGE lookups), then an index on <c>name</c> for every label, for finding things by what they are called.
    /// </summary>
    public static IReadOnlyList<string> SchemaStatements() =>
    [
        .. Enum.GetValues<NodeType>().Select(ConstraintStatement),
        .. Enum.GetValues<NodeType>().Select(l =>
            $"CREATE INDEX policygraph_{l.ToString().ToLowerInvariant()}_name IF NOT EXISTS FOR (n:{l}) ON (n.name)"),
    ];

    /// <summary>The plan for <paramref name="graph"/>.</summary>
    public LoadPlan Plan(KnowledgeGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var schema = SchemaStatements();
        var batches = new List<LoadBatch>();
        foreach (var label in Enum.GetValues<NodeType>())
        {
            var rows = graph.NodesOf(label).Select(NodeRow).ToList();
            AddBatches(batches, rows, NodeQuery(label), $"{label} nodes", isRelationships: false);
        }

        var groups = graph.Edges
            .GroupBy(e => new EdgeGroup(e.Type, graph[e.Source].Type, graph[e.Target].Type, PresentKeys(e)))
            .OrderBy(g => g.Key.Type).ThenBy(g => g.Key.From).ThenBy(g => g.Key.To).ThenBy(g => g.Key.KeyMask);
        foreach (var group in groups)
        {
            var key = group.Key;
            var keys = key.Keys;
            var rows = group.Select(e => RelationshipRow(e, keys)).ToList();
            var on = keys.Count == 0 ? string.Empty : $" (merged on {string.Join(", ", keys)})";
            AddBatches(batches, rows, RelationshipQuery(key), $"{key.Type} {key.From}->{key.To} relationships{on}", isRelationships: true);
        }

        return new LoadPlan(schema, batches, graph.Nodes.Count, graph.Edges.Count);
    }

    private void AddBatches(List<LoadBatch> batches, List<IReadOnlyDictionary<string, object?>> rows, string query, string what, bool isRelationships)
    {
        for (var from = 0; from < rows.Count; from += _batchSize)
        {
            var chunk = rows.GetRange(from, Math.Min(_batchSize, rows.Count - from));
            var description = string.Create(CultureInfo.InvariantCulture, $"{what} {from + 1}-{from + chunk.Count}");
            batches.Add(new LoadBatch(batches.Count + 1, description, query, chunk, isRelationships));
        }
    }

    private static string NodeQuery(NodeType label) =>
        $"UNWIND ${LoadPlan.RowsParameter} AS row\nMERGE (n:{label} {{id: row.id}})\nSET n += row.props";

    private static string RelationshipQuery(EdgeGroup group)
    {
        var sb = new StringBuilder();
        sb.Append("UNWIND $").Append(LoadPlan.RowsParameter).Append(" AS row\n")
          .Append("MATCH (a:").Append(group.From).Append(" {id: row.from})\n")
          .Append("MATCH (b:").Append(group.To).Append(" {id: row.to})\n")
          .Append("MERGE (a)-[r:").Append(group.Type);
        if (group.Keys.Count > 0)
        {
            sb.Append(" {").AppendJoin(", ", group.Keys.Select(k => $"{k}: row.{k}")).Append('}');
        }

        return sb.Append("]->(b)\nSET r += row.props").ToString();
    }

    private static IReadOnlyDictionary<string, object?> NodeRow(Node node)
    {
        var props = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["name"] = node.Name };
        foreach (var (key, value) in node.Properties.All)
        {
            if (key is not ("id" or "name") && Neo4jValue.From(value) is { } v)
            {
                props[key] = v;
            }
        }

        return new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["id"] = node.Id, ["props"] = props };
    }

    private static IReadOnlyDictionary<string, object?> RelationshipRow(Edge edge, IReadOnlyList<string> keys)
    {
        var row = new OrderedDictionary<string, object?>(StringComparer.Ordinal) { ["from"] = edge.Source, ["to"] = edge.Target };
        foreach (var key in keys)
        {
            edge.Properties.TryGet(key, out var value);
            row[key] = Neo4jValue.From(value);
        }

        var props = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in edge.Properties.All)
        {
            if (!keys.Contains(key, StringComparer.Ordinal) && Neo4jValue.From(value) is { } v)
            {
                props[key] = v;
            }
        }

        row["props"] = props;
        return row;
    }

    // Which of MergeKeys the edge has, as bits in MergeKeys order (cheap to group on).
    private static int PresentKeys(Edge edge)
    {
        var mask = 0;
        if (edge.Type == EdgeType.MENTIONS)
        {
            return mask;
        }

        for (var i = 0; i < MergeKeys.Count; i++)
        {
            if (edge.Properties.TryGet(MergeKeys[i], out var v) && !v.IsEmpty)
            {
                mask |= 1 << i;
            }
        }

        return mask;
    }

    private readonly record struct EdgeGroup(EdgeType Type, NodeType From, NodeType To, int KeyMask)
    {
        public IReadOnlyList<string> Keys
        {
            get
            {
                var mask = KeyMask;
                return [.. MergeKeys.Where((_, i) => (mask & (1 << i)) != 0)];
            }
        }
    }
}
