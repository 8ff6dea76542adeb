using PolicyGraph.Graph;

namespace PolicyGraph.Resolution;

/// <summary>One resolved person.</summary>
internal sealed record ResolvedPerson(string Id, string Name, IReadOnlyList<string> Aliases);

/// <summary>
/// Decides which occurrences of a name across documents are one person. Two occurrences are one person when
/// they hold positions at the same organisation, or the same title in the same place; joined transitively.
/// An occurrence without a position joins the one such person whose organisations its document also names,
/// else the most documented person of that name. Same-name people with nothing in common stay apart.
/// </summary>
/// <remarks>
/// Ids: the most documented person of a name (ties: the smaller anchor) gets the id of the bare name, so a
/// well-known person's id does not change when a namesake turns up; every other person of that name gets the id
/// of name + anchor, where the anchor is the ordinally first of its organisations' canonical names (or
/// title@place). Ids thus depend on the set of documents, never on their order; they change only when a
/// person's standing among namesakes or its first organisation changes.
/// </remarks>
internal sealed partial class PersonResolver
{
    private readonly Dictionary<(int Doc, string Name), string> _ids = [];
    private readonly List<ResolvedPerson> _nodes = [];
    private readonly IReadOnlyList<string> _docIds;
    private readonly Func<int, string, string> _orgId;
    private readonly Func<string, string> _orgName;
    private readonly ResolutionLog _log;

    private PersonResolver(IReadOnlyList<string> docIds, Func<int, string, string> orgId, Func<string, string> orgName, ResolutionLog log)
    {
        _docIds = docIds;
        _orgId = orgId;
        _orgName = orgName;
        _log = log;
    }

    /// <summary>The resolved people, ordered by id.</summary>
    public IReadOnlyList<ResolvedPerson> Nodes => _nodes;

    /// <summary>Resolves every occurrence; <paramref name="orgId"/> gives the node id of an organisation's standard name in a document.</summary>
    public static PersonResolver Resolve(IEnumerable<PersonOccurrence> occurrences, IReadOnlyList<string> docIds,
        Func<int, string, string> orgId, Func<string, string> orgName, ResolutionLog log)
    {
        // Names are resolved independently of one another: on all cores, in fixed slices of the sorted names, each
        // slice into its own resolver, joined in slice order, so the ids, nodes and log are those of one resolver
        // taking the names in order, whatever the thread timing.
        var names = occurrences.GroupBy(o => o.Name, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToArray();
        var slices = OrderedSlices.Map(names.Length, (start, end) =>
        {
            var part = new PersonResolver(docIds, orgId, orgName, new ResolutionLog());
            for (var i = start; i < end; i++)
            {
                part.ResolveName(names[i].Key, [.. names[i].OrderBy(o => o.Doc)]);
            }

            return part;
        });

        var resolver = new PersonResolver(docIds, orgId, orgName, log);
        foreach (var part in slices)
        {
            foreach (var (key, id) in part._ids)
            {
                resolver._ids.Add(key, id);
            }

            resolver._nodes.AddRange(part._nodes);
            log.AddAll(part._log);
        }

        resolver._nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return resolver;
    }

    /// <summary>The id of the person <paramref name="name"/> means in document <paramref name="doc"/>.</summary>
    public string IdOf(int doc, string name) => _ids[(doc, name)];

    private void ResolveName(string name, List<PersonOccurrence> occurrences)
    {
        var clusters = FindClusters(occurrences);
        var loose = occurrences.Where(o => o.Positions.Count == 0).ToList();
        if (clusters.Count == 0)
        {
            clusters.Add(new Cluster(name, [.. occurrences], [], []));
            loose.Clear();
        }

        var main = clusters.OrderByDescending(c => c.Members.Count).ThenBy(c => c.Anchor, StringComparer.Ordinal).First();
        foreach (var cluster in clusters)
        {
            cluster.Id = cluster == main ? StableId.For(NodeType.Person, name) : StableId.For(NodeType.Person, name + "\u001f" + cluster.Anchor);
        }

        var attachedByDefault = new List<PersonOccurrence>();
        if (clusters.Count == 1)
        {
            // One person of this name: every occurrence is theirs, whatever its document names.
            main.Attached.AddRange(loose);
            loose.Clear();
        }

        foreach (var occurrence in loose)
        {
            var context = occurrence.Context.Select(k => _orgId(occurrence.Doc, k)).ToHashSet(StringComparer.Ordinal);
            var matching = clusters.Where(c => c.Organizations.Overlaps(context)).ToList();
            if (matching.Count == 1)
            {
                matching[0].Attached.Add(occurrence);
            }
            else
            {
                main.Attached.Add(occurrence);
                if (clusters.Count > 1)
                {
                    attachedByDefault.Add(occurrence);
                }
            }
        }

        foreach (var cluster in clusters)
        {
            var all = cluster.Members.Concat(cluster.Attached).ToList();
            foreach (var o in all)
            {
                _ids[(o.Doc, name)] = cluster.Id;
            }

            _nodes.Add(new ResolvedPerson(cluster.Id, name, [.. all.SelectMany(o => o.Forms).Append(name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]));
            LogCluster(name, cluster, clusters);
        }

        if (attachedByDefault.Count > 0)
        {
            _log.Add(main.Id, ResolutionDecision.Merged,
                $"These documents name '{name}' without a position or an organisation that tells the namesakes apart; they are counted to the most documented '{name}'.",
                clusters.Where(c => c != main).Select(c => c.Id), attachedByDefault.Select(o => _docIds[o.Doc]));
        }
    }
}
