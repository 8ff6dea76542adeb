using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// Which nodes each query reads. Each plan resolves names exactly as the query will (same lookup, same type
// filters) and gathers what the query walks from there; Subgraph adds the documents the edges cite.
public sealed partial class QueryIndex
{
    /// <summary>The part of the graph <see cref="EntityQuery"/> reads for <paramref name="name"/>.</summary>
    public KnowledgeGraph ForEntity(string name)
    {
        var nodes = new HashSet<int>();
        var core = new HashSet<int>();
        if (Find(name, null) is { } v)
        {
            nodes.Add(v);
            core.Add(v);
            foreach (var (_, other, _) in Incident(v))
            {
                nodes.Add(other);
                if (TypeOf(other) == NodeType.Statement)
                {
                    core.Add(other);
                    AddNeighbours(nodes, other);
                }
            }
        }

        return Subgraph(nodes, core);
    }

    /// <summary>The part of the graph <see cref="PositionsQuery"/> reads.</summary>
    public KnowledgeGraph ForPositions(string name)
    {
        var nodes = new HashSet<int>();
        if (Find(name, PositionsQuery.Types) is { } v)
        {
            nodes.Add(v);
            nodes.UnionWith(Incident(v).Where(x => EdgeTypeOf(x.Edge) == EdgeType.HOLDS_POSITION).Select(x => x.Other));
            return Subgraph(nodes, [v]);
        }

        return Subgraph(nodes);
    }

    /// <summary>The part of the graph <see cref="SaidQuery"/> reads.</summary>
    public KnowledgeGraph ForSaid(string? by, string? about)
    {
        var nodes = new HashSet<int>();
        var speaker = by is null ? null : Find(by, SaidQuery.Speakers);
        var subject = about is null ? null : Find(about, SaidQuery.Subjects);
        if ((by is not null && speaker is null) || (about is not null && subject is null))
        {
            return Subgraph(nodes);
        }

        IEnumerable<int> statements;
        if (speaker is { } s)
        {
            var speakers = new List<int> { s };
            if (TypeOf(s) == NodeType.Organization)
            {
                speakers.AddRange(Incident(s).Where(x => !x.Out && EdgeTypeOf(x.Edge) == EdgeType.HOLDS_POSITION).Select(x => x.Other));
            }

            nodes.UnionWith(speakers);
            statements = speakers.SelectMany(p => Incident(p).Where(x => x.Out && EdgeTypeOf(x.Edge) == EdgeType.SAID).Select(x => x.Other)).ToList();
        }
        else if (subject is { } a)
        {
            statements = Incident(a).Where(x => !x.Out && EdgeTypeOf(x.Edge) == EdgeType.ABOUT).Select(x => x.Other).ToList();
        }
        else
        {
            statements = Enumerable.Range(0, _nodeCount).Where(i => TypeOf(i) == NodeType.Statement).ToList();
        }

        if (subject is { } t)
        {
            nodes.Add(t);
        }

        var core = new HashSet<int>(nodes);
        foreach (var statement in statements)
        {
            nodes.Add(statement);
            core.Add(statement);
            AddNeighbours(nodes, statement);
        }

        return Subgraph(nodes, core);
    }

    /// <summary>The part of the graph <see cref="NeighborsQuery"/> reads: everything within <paramref name="depth"/> hops.</summary>
    public KnowledgeGraph ForNeighbors(string name, int depth)
    {
        var nodes = new HashSet<int>();
        if (Find(name, null) is { } v)
        {
            nodes.Add(v);
            var inner = new HashSet<int>();
            var ring = new List<int> { v };
            for (var hop = 1; hop <= depth && ring.Count > 0; hop++)
            {
                inner.UnionWith(ring);
                ring = [.. ring.SelectMany(u => Incident(u).Select(x => x.Other)).Where(nodes.Add)];
            }

            return Subgraph(nodes, inner);
        }

        return Subgraph(nodes);
    }

    /// <summary>The part of the graph <see cref="TimelineQuery"/> reads.</summary>
    public KnowledgeGraph ForTimeline(string name)
    {
        var nodes = new HashSet<int>();
        var core = new HashSet<int>();
        if ((Find(name, TimelineQuery.Preferred) ?? Find(name, null)) is { } v)
        {
            nodes.Add(v);
            core.Add(v);
            foreach (var (j, other, outward) in Incident(v))
            {
                if (!outward && EdgeTypeOf(j) == EdgeType.MENTIONS)
                {
                    // The document's PUBLISHED_BY edges are read from the outlet's side: a document mentions
                    // a hundred other entities, an outlet has only its documents.
                    nodes.Add(other);
                    var outlets = Incident(other).Where(x => x.Out && EdgeTypeOf(x.Edge) == EdgeType.PUBLISHED_BY).Select(x => x.Other).ToList();
                    nodes.UnionWith(outlets);
                    core.UnionWith(outlets);
                }
                else if (!outward && EdgeTypeOf(j) == EdgeType.ABOUT)
                {
                    nodes.Add(other);
                    core.Add(other);
                    AddNeighbours(nodes, other);
                }
            }
        }

        return Subgraph(nodes, core);
    }

    /// <summary>The part of the graph <see cref="PathQuery"/> reads: every node on a shortest path within the limit.</summary>
    public KnowledgeGraph ForPath(string from, string to, int maxHops, bool throughDocuments)
    {
        var nodes = new HashSet<int>();
        if (Find(from, null) is not { } a || Find(to, null) is not { } b)
        {
            return Subgraph(nodes);
        }

        nodes.Add(a);
        nodes.Add(b);
        var distance = new Dictionary<int, int> { [a] = 0 };
        var ring = new List<int> { a };
        for (var hop = 1; hop <= maxHops && ring.Count > 0 && !distance.ContainsKey(b); hop++)
        {
            var next = new List<int>();
            foreach (var u in ring)
            {
                if (u != a && !throughDocuments && TypeOf(u) == NodeType.Document)
                {
                    continue;
                }

                foreach (var (_, w, _) in Incident(u))
                {
                    if (distance.TryAdd(w, hop))
                    {
                        next.Add(w);
                    }
                }
            }

            ring = next;
        }

        if (distance.TryGetValue(b, out var hops))
        {
            // Back from b through neighbours one hop closer, as the query walks.
            var layer = new HashSet<int> { b };
            for (var d = hops - 1; d >= 0; d--)
            {
                layer = [.. layer.SelectMany(u => Incident(u).Select(x => x.Other))
                    .Where(w => distance.TryGetValue(w, out var dw) && dw == d && (w == a || throughDocuments || TypeOf(w) != NodeType.Document))];
                nodes.UnionWith(layer);
            }
        }

        return Subgraph(nodes);
    }

    private void AddNeighbours(HashSet<int> nodes, int v)
    {
        foreach (var (_, other, _) in Incident(v))
        {
            nodes.Add(other);
        }
    }

    private int? Find(string name, IReadOnlySet<NodeType>? types) =>
        Lookup.Find(name, types).Node is { } node ? IndexOf(node.Id) : null;
}
