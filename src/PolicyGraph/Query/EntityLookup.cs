using System.Globalization;
using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>How a name was matched to a node.</summary>
public enum MatchKind
{
    /// <summary>The node's name, exactly.</summary>
    Name,

    /// <summary>One of the node's aliases, exactly.</summary>
    Alias,

    /// <summary>Equal after width and case folding, or one contains the other.</summary>
    Fuzzy,
}

/// <summary>The node a name found, or the names it might have meant.</summary>
/// <param name="Node">The best match, if any.</param>
/// <param name="Kind">How it matched.</param>
/// <param name="Others">Other nodes the name matches equally well (an alias can name several).</param>
/// <param name="Suggestions">When nothing matched, the closest names.</param>
public sealed record LookupResult(Node? Node, MatchKind Kind, IReadOnlyList<NodeRef> Others, IReadOnlyList<string> Suggestions)
{
    /// <summary>When the name matched only nodes of another type than asked for: one of them.</summary>
    public NodeRef? OfOtherType { get; init; }

    /// <summary>The types asked for, when restricted.</summary>
    public IReadOnlySet<NodeType>? Wanted { get; init; }

    /// <summary>The one-line message for a name that matched nothing.</summary>
    public string NotFoundMessage(string name)
    {
        if (OfOtherType is { } other && Wanted is { } wanted)
        {
            return $"no entity named {name} of type {string.Join(" or ", wanted.Order())}; {other.Name} is {("AEIOU".Contains(other.Type[0], StringComparison.Ordinal) ? "an" : "a")} {other.Type}.";
        }

        return Suggestions.Count == 0
            ? $"no entity named {name}; check the spelling or list names with 'policygraph query top'."
            : $"no entity named {name}; did you mean {string.Join(", ", Suggestions)}?";
    }
}

/// <summary>
/// Finds nodes by name or alias: exact name first, then exact alias, then fuzzy (width- and case-folded
/// equality, then containment either way). Among equal matches the better-connected node wins, then the
/// smaller id. Statements are not looked up by name.
/// </summary>
public sealed class EntityLookup
{
    private readonly Func<Node, int> _connections;
    private readonly Dictionary<string, List<Node>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Node>> _byAlias = new(StringComparer.Ordinal);
    private readonly List<(string Folded, string Surface, Node Node)> _folded = [];

    /// <summary>An index of <paramref name="graph"/>'s names and aliases.</summary>
    public EntityLookup(KnowledgeGraph graph)
        : this(graph?.Nodes ?? throw new ArgumentNullException(nameof(graph)), n => graph.Structure.InDegree(n.Id) + graph.Structure.OutDegree(n.Id))
    {
    }

    /// <summary>An index of <paramref name="nodes"/>, ranking equal matches by <paramref name="connections"/>.</summary>
    internal EntityLookup(IEnumerable<Node> nodes, Func<Node, int> connections)
    {
        _connections = connections;
        foreach (var node in nodes)
        {
            if (node.Type == NodeType.Statement)
            {
                continue;
            }

            Add(_byName, node.Name, node);
            _folded.Add((Fold(node.Name), node.Name, node));
            foreach (var alias in node.Properties.GetList("aliases"))
            {
                Add(_byAlias, alias, node);
                _folded.Add((Fold(alias), alias, node));
            }
        }
    }

    /// <summary>Finds <paramref name="name"/> among nodes of <paramref name="types"/> (all types when null).</summary>
    public LookupResult Find(string name, IReadOnlySet<NodeType>? types = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        bool Allowed(Node n) => types is null || types.Contains(n.Type);
        var query = name.Trim();
        foreach (var (index, kind) in new[] { (_byName, MatchKind.Name), (_byAlias, MatchKind.Alias) })
        {
            if (index.TryGetValue(query, out var hits) && hits.Where(Allowed).ToList() is { Count: > 0 } allowed)
            {
                return Best(allowed, kind);
            }
        }

        var folded = Fold(query);
        if (folded.Length == 0)
        {
            return new LookupResult(null, MatchKind.Fuzzy, [], []);
        }

        var candidates = _folded.Where(f => Allowed(f.Node)).ToList();
        var equal = candidates.Where(f => f.Folded == folded).Select(f => f.Node).ToList();
        if (equal.Count > 0)
        {
            return Best(equal, MatchKind.Fuzzy);
        }

        var containing = candidates
            .Where(f => folded.Length >= 2 && f.Folded.Contains(folded, StringComparison.Ordinal)
                || f.Folded.Length >= 2 && folded.Contains(f.Folded, StringComparison.Ordinal))
            .GroupBy(f => Math.Abs(f.Folded.Length - folded.Length))
            .OrderBy(g => g.Key)
            .FirstOrDefault();
        if (containing is not null)
        {
            return Best([.. containing.Select(f => f.Node)], MatchKind.Fuzzy);
        }

        if (types is not null && (_byName.TryGetValue(query, out var any) || _byAlias.TryGetValue(query, out any)))
        {
            return new LookupResult(null, MatchKind.Fuzzy, [], []) { OfOtherType = NodeRef.Of(any[0]), Wanted = types };
        }

        return new LookupResult(null, MatchKind.Fuzzy, [], Suggest(folded, candidates));
    }

    private LookupResult Best(List<Node> nodes, MatchKind kind)
    {
        var ranked = nodes.DistinctBy(n => n.Id).OrderByDescending(_connections).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new LookupResult(ranked[0], kind, [.. ranked.Skip(1).Select(NodeRef.Of)], []);
    }

    private static List<string> Suggest(string folded, List<(string Folded, string Surface, Node Node)> candidates)
    {
        var limit = Math.Max(1, (folded.Length + 1) / 2);
        return [.. candidates
            .Select(c => (c.Surface, Distance: EditDistance.Of(folded, c.Folded, limit)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance).ThenBy(c => c.Surface, StringComparer.Ordinal)
            .Select(c => c.Surface)
            .Distinct(StringComparer.Ordinal)
            .Take(5)];
    }

    /// <summary>Full-width ASCII to half-width, lower case, no white space or format characters.</summary>
    /// <remarks>By hand rather than NFKC: with invariant globalization the runtime has no normalisation tables.</remarks>
    internal static string Fold(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var folded = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (!char.IsWhiteSpace(folded) && CharUnicodeInfo.GetUnicodeCategory(folded) != UnicodeCategory.Format)
            {
                result.Append(char.ToLowerInvariant(folded));
            }
        }

        return result.ToString();
    }

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
