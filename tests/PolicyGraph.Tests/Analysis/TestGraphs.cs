using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Analysis;

/// <summary>Small hand-made graphs whose PageRank, betweenness and components were computed with networkx 2.8.8.</summary>
internal static class TestGraphs
{
    /// <summary>
    /// Seven nodes a–g: a→b twice (parallel), b→c, c→a, c→d, d→d (self-loop), f→a, b→e, g→f.
    /// e is dangling; d only points at itself.
    /// </summary>
    public static KnowledgeGraph Small() => Build("abcdefg".Select(c => c.ToString()),
        [("a", "b"), ("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "d"), ("f", "a"), ("b", "e"), ("g", "f")]);

    /// <summary>Zachary's karate club: 34 members, 78 friendships, each as two directed edges.</summary>
    public static KnowledgeGraph Karate() => Build(Enumerable.Range(0, 34).Select(Id),
        KarateEdges.SelectMany(e => new[] { (Id(e.A), Id(e.B)), (Id(e.B), Id(e.A)) }));

    public static readonly (int A, int B)[] KarateEdges =
    [
        (0, 1), (0, 2), (0, 3), (0, 4), (0, 5), (0, 6), (0, 7), (0, 8), (0, 10), (0, 11), (0, 12), (0, 13), (0, 17), (0, 19), (0, 21), (0, 31),
        (1, 2), (1, 3), (1, 7), (1, 13), (1, 17), (1, 19), (1, 21), (1, 30), (2, 3), (2, 7), (2, 8), (2, 9), (2, 13), (2, 27), (2, 28), (2, 32),
        (3, 7), (3, 12), (3, 13), (4, 6), (4, 10), (5, 6), (5, 10), (5, 16), (6, 16), (8, 30), (8, 32), (8, 33), (9, 33), (13, 33), (14, 32),
        (14, 33), (15, 32), (15, 33), (18, 32), (18, 33), (19, 33), (20, 32), (20, 33), (22, 32), (22, 33), (23, 25), (23, 27), (23, 29),
        (23, 32), (23, 33), (24, 25), (24, 27), (24, 31), (25, 31), (26, 29), (26, 33), (27, 33), (28, 31), (28, 33), (29, 32), (29, 33),
        (30, 32), (30, 33), (31, 32), (31, 33), (32, 33),
    ];

    /// <summary>Node ids that sort in numeric order.</summary>
    public static string Id(int i) => "k" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A graph of Person nodes; each edge gets its own document so parallel edges stay distinct.</summary>
    public static KnowledgeGraph Build(IEnumerable<string> ids, IEnumerable<(string From, string To)> edges)
    {
        var nodes = ids.Select(id => new Node(id, NodeType.Person, id, Properties.Empty));
        var list = edges.Select((e, i) => new Edge(e.From, e.To, EdgeType.MENTIONS, Properties.Empty.With("document", "doc" + i)));
        return new KnowledgeGraph(nodes, list);
    }
}
