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
    private readonly INameTable _table;

    // Answers given, for a query that plans which part of the graph to read and then looks the same name up again.
    private readonly List<Answer> _answered = [];

    /// <summary>An index of <paramref name="graph"/>'s names and aliases.</summary>
    public EntityLookup(KnowledgeGraph graph)
        : this(new GraphNameTable(graph ?? throw new ArgumentNullException(nameof(graph))))
    {
    }

    /// <summary>A lookup over <paramref name="table"/>.</summary>
    internal EntityLookup(INameTable table) => _table = table;

    /// <summary>Finds <paramref name="name"/> among nodes of <paramref name="types"/> (all types when null).</summary>
    public LookupResult Find(string name, IReadOnlySet<NodeType>? types = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var answer in _answered)
        {
            if (answer.Name == name && ReferenceEquals(answer.Types, types))
            {
                return answer.Result;
            }
        }

        var result = Search(name, types);
        _answered.Add(new Answer(name, types, result));
        return result;
    }

    private LookupResult Search(string name, IReadOnlySet<NodeType>? types)
    {
        var query = name.Trim();
        var named = _table.Named(query);
        if (Allowed(named, types) is { Count: > 0 } byName)
        {
            return Best(byName, MatchKind.Name);
        }

        var aliased = _table.Aliased(query);
        if (Allowed(aliased, types) is { Count: > 0 } byAlias)
        {
            return Best(byAlias, MatchKind.Alias);
        }

        var folded = Fold(query);
        if (folded.Length == 0)
        {
            return new LookupResult(null, MatchKind.Fuzzy, [], []);
        }

        var equal = _table.FoldedEqual(folded, types);
        if (equal.Count > 0)
        {
            return Best(equal, MatchKind.Fuzzy);
        }

        var containing = _table.Closest(folded, types);
        if (containing.Count > 0)
        {
            return Best(containing, MatchKind.Fuzzy);
        }

        if (types is not null && (named.Count > 0 || aliased.Count > 0))
        {
            return new LookupResult(null, MatchKind.Fuzzy, [], []) { OfOtherType = NodeRef.Of(named.Count > 0 ? named[0] : aliased[0]), Wanted = types };
        }

        return new LookupResult(null, MatchKind.Fuzzy, [], _table.Suggest(folded, types));
    }

    private static List<Node> Allowed(IReadOnlyList<Node> nodes, IReadOnlySet<NodeType>? types)
    {
        var allowed = new List<Node>(nodes.Count);
        foreach (var node in nodes)
        {
            if (types is null || types.Contains(node.Type))
            {
                allowed.Add(node);
            }
        }

        return allowed;
    }

    private LookupResult Best(IReadOnlyList<Node> nodes, MatchKind kind)
    {
        var ranked = nodes.DistinctBy(n => n.Id).OrderByDescending(_table.Connections).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        return new LookupResult(ranked[0], kind, [.. ranked.Skip(1).Select(NodeRef.Of)], []);
    }

    /// <summary>How far a name may be from the query, in edits, to be suggested.</summary>
    internal static int SuggestionLimit(string folded) => Math.Max(1, (folded.Length + 1) / 2);

    /// <summary>
    /// The closest names to <paramref name="folded"/> among <paramref name="candidates"/> (folded name, surface name):
    /// at most five, nearest first, then in ordinal order.
    /// </summary>
    internal static List<string> Suggest(string folded, IEnumerable<KeyValuePair<string, string>> candidates)
    {
        var limit = SuggestionLimit(folded);
        var near = new List<Suggestion>();
        foreach (var (candidate, surface) in candidates)
        {
            var distance = EditDistance.Of(folded, candidate, limit);
            if (distance <= limit)
            {
                near.Add(new Suggestion(surface, distance));
            }
        }

        return [.. near.Order(SuggestionOrder).Select(s => s.Surface).Distinct(StringComparer.Ordinal).Take(5)];
    }

    private static readonly Comparer<Suggestion> SuggestionOrder = Comparer<Suggestion>.Create((a, b) =>
        a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : string.CompareOrdinal(a.Surface, b.Surface));

    /// <summary>A lookup done: the name, the types asked for and the result.</summary>
    private sealed record Answer(string Name, IReadOnlySet<NodeType>? Types, LookupResult Result);

    /// <summary>A name within the edit limit and its distance.</summary>
    private sealed record Suggestion(string Surface, int Distance);

    /// <summary>Full-width ASCII to half-width, lower case, no white space or format characters.</summary>
    /// <remarks>By hand rather than NFKC: with invariant globalization the runtime has no normalisation tables.</remarks>
    internal static string Fold(string text)
    {
        if (IsFolded(text))
        {
            return text;
        }

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

    // Whether folding would leave text as it is, judged quickly for the common names: CJK ideographs and lower-case ASCII.
    private static bool IsFolded(string text)
    {
        foreach (var c in text)
        {
            var unchanged = c is >= '\u4E00' and <= '\u9FFF' || (c is > ' ' and < '\u007F' && !char.IsAsciiLetterUpper(c));
            if (!unchanged)
            {
                return false;
            }
        }

        return true;
    }
}
