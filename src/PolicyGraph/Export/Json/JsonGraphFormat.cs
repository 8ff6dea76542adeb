namespace PolicyGraph.Export.Json;

/// <summary>
/// The JSON form of the graph, a node-link document that networkx reads with
/// <c>networkx.node_link_graph(data, edges="edges")</c>:
/// <code>
/// { "schemaVersion": 1, "directed": true, "multigraph": true, "graph": { … },
///   "nodes": [ { "id": "per_…", "type": "Person", "name": "杨柳", "aliases": ["杨柳"], … } ],
///   "edges": [ { "source": "per_…", "target": "org_…", "type": "HOLDS_POSITION", "key": 0, "title": "局长", … } ] }
/// </code>
/// Node and edge properties sit beside <c>id</c>/<c>type</c>/<c>name</c> and <c>source</c>/<c>target</c>/<c>type</c>;
/// lists are JSON arrays, whole numbers JSON integers, floats always carry a decimal point, dates ISO strings.
/// <c>key</c> numbers parallel edges between the same two nodes.
/// </summary>
public static class JsonGraphFormat
{
    /// <summary>The version of design/SCHEMA.md this form carries; bumped on a breaking change.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Properties the reader must read back as dates rather than text.</summary>
    public static readonly IReadOnlySet<string> DateKeys = new HashSet<string>(StringComparer.Ordinal) { "published", "date" };

    /// <summary>Names that are the record's own fields in JSON, never properties.</summary>
    internal static readonly IReadOnlySet<string> NodeFields = new HashSet<string>(StringComparer.Ordinal) { "id", "type", "name" };

    /// <summary>Names that are an edge's own fields in JSON, never properties.</summary>
    internal static readonly IReadOnlySet<string> EdgeFields = new HashSet<string>(StringComparer.Ordinal) { "source", "target", "type", "key" };
}
