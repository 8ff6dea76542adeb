namespace PolicyGraph.Resolution;

internal sealed partial class PersonResolver
{
    private const string OrgKey = "org\u001f";
    private const string TitleKey = "title\u001f";
    private const string CompanyKey = "company\u001f";

    // Endings a company's name may be written with or without (阿里巴巴集团, 阿里巴巴), longest first.
    private static readonly string[] CompanyEndings = ["集团股份有限公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司", "控股集团", "集团", "公司"];

    // Occurrences with positions, joined when they share an organisation or a title in the same place.
    private List<Cluster> FindClusters(List<PersonOccurrence> occurrences)
    {
        var evidence = occurrences.Where(o => o.Positions.Count > 0).ToList();
        var sets = new UnionFind<int>(EqualityComparer<int>.Default, Comparer<int>.Default);
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = evidence.Select(Keys).ToList();
        for (var i = 0; i < evidence.Count; i++)
        {
            foreach (var key in keys[i])
            {
                if (first.TryGetValue(key, out var j))
                {
                    sets.Union(i, j);
                }
                else
                {
                    first[key] = i;
                }
            }
        }

        return [.. Enumerable.Range(0, evidence.Count).GroupBy(sets.Find).Select(g =>
        {
            var groupKeys = g.SelectMany(i => keys[i]).ToHashSet(StringComparer.Ordinal);
            var orgs = groupKeys.Where(k => k.StartsWith(OrgKey, StringComparison.Ordinal)).Select(k => k[OrgKey.Length..]).ToHashSet(StringComparer.Ordinal);
            var anchors = orgs.Select(_orgName).Concat(groupKeys.Where(k => k.StartsWith(TitleKey, StringComparison.Ordinal)).Select(k => k[TitleKey.Length..]));
            return new Cluster(evidence[g.First()].Name, [.. g.Select(i => evidence[i])], orgs, [.. groupKeys])
            {
                Anchor = anchors.Min(StringComparer.Ordinal) ?? string.Empty,
            };
        })];
    }

    private List<string> Keys(PersonOccurrence o)
    {
        var keys = new List<string>();
        foreach (var (title, org) in o.Positions)
        {
            var id = _orgId(o.Doc, org);
            keys.Add(OrgKey + id);

            // 董事局主席 at 阿里巴巴 and at 阿里巴巴集团: one company, whichever way it is written.
            keys.Add(CompanyKey + CompanyStem(_orgName(id)));
            if (o.Place.Length > 0 && title.Length > 0)
            {
                keys.Add(TitleKey + title + "@" + o.Place);
            }
        }

        return keys;
    }

    // A company's name without the ending that says it is one: 阿里巴巴集团 -> 阿里巴巴 (a name that is only an ending stays whole).
    private static string CompanyStem(string name)
    {
        foreach (var ending in CompanyEndings)
        {
            if (name.Length >= ending.Length + 2 && name.EndsWith(ending, StringComparison.Ordinal))
            {
                return name[..^ending.Length];
            }
        }

        return name;
    }

    private void LogCluster(string name, Cluster cluster, List<Cluster> all)
    {
        var docs = cluster.Members.Concat(cluster.Attached).Select(o => _docIds[o.Doc]).ToList();
        if (docs.Count > 1)
        {
            var orgs = cluster.Organizations.Select(_orgName).Order(StringComparer.Ordinal).ToList();
            var titles = cluster.Keys.Where(k => k.StartsWith(TitleKey, StringComparison.Ordinal)).Select(k => k[TitleKey.Length..]).Order(StringComparer.Ordinal).ToList();
            var why = orgs.Count > 0 || titles.Count > 0
                ? $"they give positions at {Few(orgs)}{(titles.Count > 0 ? " and titles in places " + Few(titles) : string.Empty)}, joined where documents share one"
                : "no document gives a position and no other person of that name is known";
            _log.Add(cluster.Id, ResolutionDecision.Merged, $"{docs.Count} documents naming '{name}' are one person: {why}.", [], docs);
        }

        if (all.Count > 1)
        {
            _log.Add(cluster.Id, ResolutionDecision.KeptApart,
                $"Other people named '{name}' are kept apart from this one: they share no organisation and no title in the same place with it (this one: {Few([.. cluster.Organizations.Select(_orgName).Order(StringComparer.Ordinal)])}).",
                all.Where(c => c != cluster).Select(c => c.Id), cluster.Members.Select(o => _docIds[o.Doc]));
        }
    }

    private static string Few(List<string> items) =>
        items.Count == 0 ? "none" : string.Join("、", items.Take(5)) + (items.Count > 5 ? $" and {items.Count - 5} more" : string.Empty);

    /// <summary>Occurrences of one name taken to be one person.</summary>
    private sealed class Cluster(string name, List<PersonOccurrence> members, HashSet<string> organizations, List<string> keys)
    {
        public string Name { get; } = name;

        public List<PersonOccurrence> Members { get; } = members;

        public HashSet<string> Organizations { get; } = organizations;

        public List<string> Keys { get; } = keys;

        public List<PersonOccurrence> Attached { get; } = [];

        public string Anchor { get; init; } = string.Empty;

        public string Id { get; set; } = string.Empty;
    }
}
