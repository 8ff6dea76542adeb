using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// Which nodes each query reads. Each plan resolves names exactly as the query will (same lookup, same type
// filters) and gathers what the query walks from there; Subgraph adds the documents the edges cite.
// Loops over int arrays rather than LINQ over tuples: code the runtime need not compile at start-up.
public sealed partial class QueryIndex
{
    /// <summary>The part of the graph <see cref="PositionsQuery"/> reads.</summary>
    public KnowledgeGraph ForPositions(string name)
    {
        return Find(name, PositionsQuery.Types) is { } v ? PositionsPart(v) : Subgraph(NewSet());
    }

    /// <summary>The part of the graph <see cref="SaidQuery"/> reads.</summary>
    public KnowledgeGraph ForSaid(string? by, string? about)
    {
        var nodes = NewSet();
        var speaker = by is null ? null : Find(by, SaidQuery.Speakers);
        var subject = about is null ? null : Find(about, SaidQuery.Subjects);
        if ((by is not null && speaker is null) || (about is not null && subject is null))
        {
            return Subgraph(nodes);
        }

        var statements = new List<int>();
        if (speaker is { } s)
        {
            var speakers = new List<int> { s };
            if (TypeOf(s) == NodeType.Organization)
            {
                speakers.AddRange(Walk(s, EdgeType.HOLDS_POSITION, outward: false));
            }

            foreach (var p in speakers)
            {
                nodes.Add(p);
            }

            foreach (var p in speakers)
            {
                statements.AddRange(Walk(p, EdgeType.SAID, outward: true));
            }
        }
        else if (subject is { } a)
        {
            statements.AddRange(Walk(a, EdgeType.ABOUT, outward: false));
        }
        else
        {
            for (var i = 0; i < _nodeCount; i++)
            {
                if (TypeOf(i) == NodeType.Statement)
                {
                    statements.Add(i);
                }
            }
        }

        if (subject is { } t)
        {
            nodes.Add(t);
        }

        var core = NewSet();
        foreach (var v in nodes.Members)
        {
            core.Add(v);
        }

        foreach (var statement in statements)
        {
            nodes.Add(statement);
            core.Add(statement);
            AddNeighbours(nodes, statement);
        }

        return Subgraph(nodes, core);
    }

    /// <summary>The part of the graph <see cref="TimelineQuery"/> reads.</summary>
    public KnowledgeGraph ForTimeline(string name)
    {
        var nodes = NewSet();
        var core = NewSet();
        if ((Find(name, TimelineQuery.Preferred) ?? Find(name, null)) is { } v)
        {
            nodes.Add(v);
            core.Add(v);
            foreach (var j in IncidentEdges(v))
            {
                if (Leaves(j, v))
                {
                    continue;
                }

                var other = Other(j, v);
                if (EdgeTypeOf(j) == EdgeType.MENTIONS)
                {
                    // The document's PUBLISHED_BY edges are read from the outlet's side: a document mentions
                    // a hundred other entities, an outlet has only its documents.
                    nodes.Add(other);
                    foreach (var outlet in Walk(other, EdgeType.PUBLISHED_BY, outward: true))
                    {
                        nodes.Add(outlet);
                        core.Add(outlet);
                    }
                }
                else if (EdgeTypeOf(j) == EdgeType.ABOUT)
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
        var nodes = NewSet();
        if (Find(from, null) is not { } a || Find(to, null) is not { } b)
        {
            return Subgraph(nodes);
        }

        nodes.Add(a);
        nodes.Add(b);
        var distance = new int[_nodeCount];
        Array.Fill(distance, -1);
        distance[a] = 0;
        var ring = new List<int> { a };
        for (var hop = 1; hop <= maxHops && ring.Count > 0 && distance[b] < 0; hop++)
        {
            var next = new List<int>();
            foreach (var u in ring)
            {
                if (u != a && !throughDocuments && TypeOf(u) == NodeType.Document)
                {
                    continue;
                }

                foreach (var j in IncidentEdges(u))
                {
                    var w = Other(j, u);
                    if (distance[w] < 0)
                    {
                        distance[w] = hop;
                        next.Add(w);
                    }
                }
            }

            ring = next;
        }

        if (distance[b] >= 0)
        {
            // Back from b through neighbours one hop closer, as the query walks.
            var layer = new List<int> { b };
            for (var d = distance[b] - 1; d >= 0; d--)
            {
                var closer = NewSet();
                foreach (var u in layer)
                {
                    foreach (var j in IncidentEdges(u))
                    {
                        var w = Other(j, u);
                        if (distance[w] == d && (w == a || throughDocuments || TypeOf(w) != NodeType.Document))
                        {
                            closer.Add(w);
                        }
                    }
                }

                layer = closer.Members;
                foreach (var w in layer)
                {
                    nodes.Add(w);
                }
            }
        }

        return Subgraph(nodes);
    }

    private NodeSet NewSet() => new(_nodeCount);

    private void AddNeighbours(NodeSet nodes, int v)
    {
        foreach (var j in IncidentEdges(v))
        {
            nodes.Add(Other(j, v));
        }
    }

    // The nodes one edge of type away from v, along (outward) or against the edge.
    private List<int> Walk(int v, EdgeType type, bool outward)
    {
        var found = new List<int>();
        foreach (var j in IncidentEdges(v))
        {
            if (EdgeTypeOf(j) == type && Leaves(j, v) == outward)
            {
                found.Add(Other(j, v));
            }
        }

        return found;
    }

    private int? Find(string name, IReadOnlySet<NodeType>? types) =>
        Lookup.Find(name, types).Node is { } node ? IndexOf(node.Id) : null;
}
