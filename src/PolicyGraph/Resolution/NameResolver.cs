using PolicyGraph.Graph;

namespace PolicyGraph.Resolution;

/// <summary>One resolved organisation, initiative or event.</summary>
/// <param name="Id">Its stable id: a hash of its type and canonical name.</param>
/// <param name="Canonical">Its canonical name, unique among nodes of its type.</param>
/// <param name="Aliases">Every surface form seen for it, sorted; never another node's canonical name.</param>
/// <param name="Kind">The kind given most often (ties: ordinal first), or empty.</param>
/// <param name="Date">The date given most often (ties: ordinal first), or empty.</param>
internal sealed record ResolvedName(string Id, string Canonical, IReadOnlyList<string> Aliases, string Kind, string Date);

/// <summary>
/// Resolves a <see cref="NameTable"/> into nodes. A canonical name that is a surface form of exactly one other
/// name merges into it (天津市科协 into 天津市科学技术协会). One that is a surface form of several (市政府 of
/// Tianjin's and of Hefei's government) is read, document by document, as the one candidate that document also
/// names; where no document context decides, it stays a node of its own and the form is withheld from the
/// others' aliases. So canonical names are unique and no alias equals another node's canonical name.
/// The result depends only on the set of observations, not on their order.
/// </summary>
internal sealed partial class NameResolver
{
    private readonly NodeType _type;
    private readonly NameTable _table;
    private readonly IReadOnlyList<string> _docIds;
    private readonly ResolutionLog _log;
    private readonly IReadOnlyList<string> _keys;
    private readonly UnionFind<string> _sets = new(StringComparer.Ordinal, StringComparer.Ordinal);
    private readonly Dictionary<(int Doc, string Key), string> _inContext = [];
    private readonly Dictionary<string, string> _idByRoot = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _nameById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _idByKey = new(StringComparer.Ordinal);

    private NameResolver(NodeType type, NameTable table, IReadOnlyList<string> docIds, ResolutionLog log)
    {
        _type = type;
        _table = table;
        _docIds = docIds;
        _log = log;
        _keys = table.SortedKeys();
    }

    /// <summary>The resolved nodes, ordered by id.</summary>
    public IReadOnlyList<ResolvedName> Nodes { get; private set; } = [];

    /// <summary>Resolves <paramref name="table"/>; decisions go to <paramref name="log"/>.</summary>
    public static NameResolver Resolve(NodeType type, NameTable table, IReadOnlyList<string> docIds, ResolutionLog log)
    {
        var resolver = new NameResolver(type, table, docIds, log);
        resolver.Run();
        return resolver;
    }

    /// <summary>The id of the node that <paramref name="key"/> (a standard canonical name) means in document <paramref name="doc"/>. Thread-safe: it only reads.</summary>
    /// <exception cref="KeyNotFoundException">The key is not in the table, or its node did not live.</exception>
    public string IdOf(int doc, string key) =>
        _inContext.TryGetValue((doc, key), out var root) ? _idByRoot[root] : _idByKey[key];

    /// <summary>The canonical name of the node with <paramref name="id"/>.</summary>
    public string NameOf(string id) => _nameById[id];

    private void Run()
    {
        var owners = AliasOwners();
        var ambiguous = new List<string>();
        foreach (var key in _keys)
        {
            if (!owners.TryGetValue(key, out var list))
            {
                continue;
            }

            if (list.Count == 1 && !IsPlaceRelative(key))
            {
                _sets.Union(list[0], key);
            }
            else
            {
                ambiguous.Add(key);
            }
        }

        foreach (var key in ambiguous)
        {
            var roots = owners[key].Select(_sets.Find).Where(r => r != _sets.Find(key)).Distinct(StringComparer.Ordinal).ToList();
            if (roots.Count == 1 && !IsPlaceRelative(key))
            {
                _sets.Union(roots[0], key);
                continue;
            }

            foreach (var doc in _table.Entries[key].Documents)
            {
                var here = owners[key].Where(o => _table.Entries[o].IsIn(doc)).Select(_sets.Find)
                    .Distinct(StringComparer.Ordinal).ToList();
                if (here.Count == 1)
                {
                    _inContext[(doc, key)] = here[0];
                }
            }
        }

        BuildNodes(owners);

        // Each key's node, found once: finding a set's root compresses paths, which concurrent readers must not do.
        foreach (var key in _keys)
        {
            if (_idByRoot.TryGetValue(_sets.Find(key), out var id))
            {
                _idByKey[key] = id;
            }
        }
    }

    // 县委, 市政府, 区发改委: a short form relative to a document's place names the body of one place only where a
    // document says which; a body elsewhere that happens to be the only one written so is no evidence.
    private static bool IsPlaceRelative(string key) =>
        key.Length >= 2 && Lexicon.Places.PlaceNames.LevelChars.Contains(key[0], StringComparison.Ordinal) && key[1] != '场';

    // Which other names list a canonical name among their surface forms.
    private Dictionary<string, List<string>> AliasOwners()
    {
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in _keys)
        {
            foreach (var form in _table.Entries[key].Forms.Keys)
            {
                if (form != key && _table.Entries.ContainsKey(form))
                {
                    if (!owners.TryGetValue(form, out var list))
                    {
                        owners[form] = list = [];
                    }

                    list.Add(key);
                }
            }
        }

        return owners;
    }

    private string DocId(int doc) => _docIds[doc];
}
