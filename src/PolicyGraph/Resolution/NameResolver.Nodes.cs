using PolicyGraph.Graph;

namespace PolicyGraph.Resolution;

internal sealed partial class NameResolver
{
    private void BuildNodes(Dictionary<string, List<string>> owners)
    {
        var groups = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var key in _keys)
        {
            var root = _sets.Find(key);
            if (!groups.TryGetValue(root, out var members))
            {
                groups[root] = members = [];
            }

            members.Add(key);
        }

        // Forms of a short name read in context travel with it to the node it was read as.
        var moved = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var targets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ((doc, key), root) in _inContext)
        {
            targets.Add(root);
            if (!moved.TryGetValue(root, out var forms))
            {
                moved[root] = forms = new SortedSet<string>(StringComparer.Ordinal);
            }

            forms.UnionWith(_table.Entries[key].Forms.Where(f => f.Value.Contains(doc)).Select(f => f.Key));
        }

        var movedCount = _inContext.Keys.GroupBy(k => k.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var canonicalOf = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (root, members) in groups)
        {
            // A group lives when some document still names one of its members after short names read in context moved away.
            var alive = targets.Contains(root)
                || members.Any(m => _table.Entries[m].Documents.Count > movedCount.GetValueOrDefault(m));
            if (alive)
            {
                canonicalOf[root] = Choose(members);
                _idByRoot[root] = StableId.For(_type, canonicalOf[root]);
            }
        }

        var canonicals = canonicalOf.ToDictionary(kv => kv.Value, kv => _idByRoot[kv.Key], StringComparer.Ordinal);
        var nodes = new List<ResolvedName>();
        foreach (var (root, canonical) in canonicalOf)
        {
            var id = _idByRoot[root];
            var members = groups[root];
            var aliases = new SortedSet<string>(members, StringComparer.Ordinal);
            foreach (var m in members)
            {
                aliases.UnionWith(_table.Entries[m].Forms.Keys);
            }

            if (moved.TryGetValue(root, out var extra))
            {
                aliases.UnionWith(extra);
            }

            foreach (var withheld in aliases.Where(a => a != canonical && canonicals.ContainsKey(a)).ToList())
            {
                aliases.Remove(withheld);
                _log.Add(id, ResolutionDecision.AliasWithheld,
                    $"The surface form '{withheld}' is not listed as an alias of '{canonical}' because it is the canonical name of another node.",
                    [canonicals[withheld]], Evidence(members, withheld));
            }

            _nameById[id] = canonical;
            nodes.Add(new ResolvedName(id, canonical, [.. aliases], Majority(members, e => e.Kinds), Majority(members, e => e.Dates)));
            LogMerges(id, canonical, members);
        }

        LogContext(owners);
        Nodes = [.. nodes.OrderBy(n => n.Id, StringComparer.Ordinal)];
    }

    // The fullest name of a group: the one that lists most of the others as its surface forms, then the longest.
    private string Choose(List<string> members) => members
        .OrderByDescending(m => members.Count(o => o != m && _table.Entries[m].Forms.ContainsKey(o)))
        .ThenByDescending(m => m.Length)
        .ThenBy(m => m, StringComparer.Ordinal)
        .First();

    private string Majority(List<string> members, Func<NameEntry, Dictionary<string, int>> counts)
    {
        var total = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (value, n) in members.SelectMany(m => counts(_table.Entries[m])))
        {
            total[value] = total.TryGetValue(value, out var t) ? t + n : n;
        }

        return total.Count == 0 ? string.Empty : total.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    private void LogMerges(string id, string canonical, List<string> members)
    {
        foreach (var m in members.Where(m => m != canonical))
        {
            var evidence = Evidence(members, m).Concat(_table.Entries[m].Documents.Select(DocId));
            _log.Add(id, ResolutionDecision.Merged,
                $"'{m}' was merged into '{canonical}': documents use it as a surface form of the same {_type.ToString().ToLowerInvariant()}.",
                [StableId.For(_type, m)], evidence);
            _log.Add(StableId.For(_type, m), ResolutionDecision.Merged,
                $"'{m}' is not a node of its own: it was merged into '{canonical}', which documents also call '{m}'.", [id], evidence);
        }
    }

    private void LogContext(Dictionary<string, List<string>> owners)
    {
        foreach (var group in _inContext.GroupBy(kv => (kv.Key.Key, kv.Value)).OrderBy(g => g.Key.Key, StringComparer.Ordinal).ThenBy(g => g.Key.Value, StringComparer.Ordinal))
        {
            var (key, root) = group.Key;
            var others = owners[key].Select(o => _idByRoot.GetValueOrDefault(_sets.Find(o))).OfType<string>().Where(o => o != _idByRoot[root]);
            _log.Add(_idByRoot[root], ResolutionDecision.ResolvedInContext,
                $"The short name '{key}' names several nodes; in these documents it was read as this one because they also name it.",
                others, group.Select(kv => DocId(kv.Key.Doc)));
        }

        foreach (var key in _inContext.Keys.Select(k => k.Key).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (_idByRoot.TryGetValue(_sets.Find(key), out var own))
            {
                var left = _table.Entries[key].Documents.Where(d => !_inContext.ContainsKey((d, key))).Select(DocId);
                _log.Add(own, ResolutionDecision.KeptApart,
                    $"'{key}' is a surface form of several nodes; it stays a node of its own in documents that name none or several of them.",
                    owners[key].Select(o => _idByRoot.GetValueOrDefault(_sets.Find(o))).OfType<string>().Where(o => o != own), left);
            }
        }
    }

    private IEnumerable<string> Evidence(List<string> members, string form) => members
        .SelectMany(m => _table.Entries[m].Forms.TryGetValue(form, out var docs) ? docs : [])
        .Select(DocId);
}
