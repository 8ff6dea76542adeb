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
    private readonly Dictionary<(int Doc, string Name, string Title), string> _bodies = [];
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

            foreach (var (key, body) in part._bodies)
            {
                resolver._bodies.Add(key, body);
            }

            resolver._nodes.AddRange(part._nodes);
            log.AddAll(part._log);
        }

        resolver._nodes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return resolver;
    }

    /// <summary>The id of the person <paramref name="name"/> means in document <paramref name="doc"/>.</summary>
    public string IdOf(int doc, string name) => _ids[(doc, name)];

    /// <summary>
    /// The organisation node at which the person <paramref name="name"/> of document <paramref name="doc"/> holds
    /// <paramref name="title"/> when the document wrote no organisation for it: the one body the person's other
    /// documents name for that title, or null where they name none or several.
    /// </summary>
    public string? BodyOf(int doc, string name, string title) => _bodies.GetValueOrDefault((doc, name, title));

    private void ResolveName(string name, List<PersonOccurrence> occurrences)
    {
        SettleAssumed(occurrences);
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

            GiveAssumedBodies(name, cluster, all);

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

    // A national body assumed for a title is evidence like a written one (习近平总书记 and 中共中央总书记习近平 are one
    // person), unless no document writes the name at any of the bodies assumed for it (越共中央总书记阮富仲, 新加坡总理
    // 李显龙): then the name is not China's leader's, the assumption is no evidence of who is meant, and the post
    // waits for the person's own body.
    private void SettleAssumed(List<PersonOccurrence> occurrences)
    {
        if (!occurrences.Any(o => o.Assumed.Count > 0))
        {
            return;
        }

        var assumed = occurrences.SelectMany(o => o.Assumed.Select(p => _orgId(o.Doc, p.Organization))).ToHashSet(StringComparer.Ordinal);
        var foreign = occurrences.Any(o => o.Positions.Count > 0)
            && !occurrences.Any(o => o.Positions.Any(p => assumed.Contains(_orgId(o.Doc, p.Organization))));
        if (foreign)
        {
            return;
        }

        foreach (var o in occurrences.Where(o => o.Assumed.Count > 0))
        {
            o.Positions.UnionWith(o.Assumed);
            o.Assumed.Clear();
        }
    }

    // 阮富仲总书记 where other documents write 越共中央总书记阮富仲: a title the document wrote without a body is held at
    // the one body the person's own documents name for it, not at the national body assumed for it.
    private void GiveAssumedBodies(string name, Cluster cluster, List<PersonOccurrence> all)
    {
        if (!all.Any(o => o.Assumed.Count > 0))
        {
            return;
        }

        var named = cluster.Members.SelectMany(o => o.Positions.Select(p => (p.Title, Org: _orgId(o.Doc, p.Organization))))
            .GroupBy(p => p.Title, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Org).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var given = new List<int>();
        foreach (var o in all)
        {
            foreach (var (title, assumed) in o.Assumed)
            {
                if (named.TryGetValue(title, out var bodies) && bodies.Count == 1 && bodies[0] != _orgId(o.Doc, assumed))
                {
                    _bodies[(o.Doc, name, title)] = bodies[0];
                    given.Add(o.Doc);
                }
            }
        }

        if (given.Count > 0)
        {
            _log.Add(cluster.Id, ResolutionDecision.Merged,
                $"{given.Distinct().Count()} documents write a title after '{name}' without its organisation; the post is at the one body this person's other documents name for that title, not at the national body assumed.",
                [], given.Distinct().Order().Select(d => _docIds[d]));
        }
    }
}
