using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>The names and aliases of a loaded graph, indexed in memory.</summary>
internal sealed class GraphNameTable : INameTable
{
    private readonly KnowledgeGraph _graph;
    private readonly Dictionary<string, List<Node>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Node>> _byAlias = new(StringComparer.Ordinal);
    private readonly List<(string Folded, string Surface, Node Node)> _folded = [];

    /// <summary>Indexes the names and aliases of <paramref name="graph"/>'s nodes other than statements.</summary>
    public GraphNameTable(KnowledgeGraph graph)
    {
        _graph = graph;
        foreach (var node in graph.Nodes)
        {
            if (node.Type == NodeType.Statement)
            {
                continue;
            }

            Add(_byName, node.Name, node);
            _folded.Add((EntityLookup.Fold(node.Name), node.Name, node));
            foreach (var alias in node.Properties.GetList("aliases"))
            {
                Add(_byAlias, alias, node);
                _folded.Add((EntityLookup.Fold(alias), alias, node));
            }
        }
    }

    public IReadOnlyList<Node> Named(string name) => _byName.TryGetValue(name, out var hits) ? hits : [];

    public IReadOnlyList<Node> Aliased(string alias) => _byAlias.TryGetValue(alias, out var hits) ? hits : [];

    public IReadOnlyList<Node> FoldedEqual(string folded, IReadOnlySet<NodeType>? types) =>
        [.. Candidates(types).Where(f => f.Folded == folded).Select(f => f.Node)];

    public IReadOnlyList<Node> Closest(string folded, IReadOnlySet<NodeType>? types) =>
        Candidates(types)
            .Where(f => folded.Length >= 2 && f.Folded.Contains(folded, StringComparison.Ordinal)
                || f.Folded.Length >= 2 && folded.Contains(f.Folded, StringComparison.Ordinal))
            .GroupBy(f => Math.Abs(f.Folded.Length - folded.Length))
            .OrderBy(g => g.Key)
            .FirstOrDefault()?.Select(f => f.Node).ToList() ?? [];

    public IReadOnlyList<string> Suggest(string folded, IReadOnlySet<NodeType>? types) =>
        EntityLookup.Suggest(folded, Candidates(types).Select(f => new KeyValuePair<string, string>(f.Folded, f.Surface)));

    public int Connections(Node node) => _graph.Structure.InDegree(node.Id) + _graph.Structure.OutDegree(node.Id);

    private IEnumerable<(string Folded, string Surface, Node Node)> Candidates(IReadOnlySet<NodeType>? types) =>
        types is null ? _folded : _folded.Where(f => types.Contains(f.Node.Type));

    private static void Add(Dictionary<string, List<Node>> index, string key, Node node)
    {
        if (key.Length == 0)
        {
            return;
        }

        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }

        list.Add(node);
    }
}
