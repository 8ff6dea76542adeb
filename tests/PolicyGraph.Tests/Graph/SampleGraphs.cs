using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Graph;

/// <summary>Small hand-made graphs with every property kind and awkward text.</summary>
internal static class SampleGraphs
{
    public static KnowledgeGraph Mixed()
    {
        var doc = new Node("doc_1", NodeType.Document, "标题 <测试> & \"引号\"", Properties.Empty
            .With("path", "a/b.txt").With("published", PropertyValue.Date("2024-06-25")).With("source", "天津政务网")
            .With("place", "天津市").With("sha256", "00ff"));
        var person = new Node("per_1", NodeType.Person, "杨柳", Properties.Empty.With("aliases", ["杨柳", "杨局长"]));
        var org = new Node("org_1", NodeType.Organization, "天津市投资促进局", Properties.Empty
            .With("aliases", ["市投资促进局", "天津市投资促进局"]).With("kind", "government"));
        var stm = new Node("stm_1", NodeType.Statement, "控制\u0001字符", Properties.Empty
            .With("text", "他说：“a\\b”\r\n第二行\u0001 😀").With("cue", "说").With("mode", "direct")
            .With("document", "doc_1").With("start", 10L).With("end", 42L).With("score", 0.5));
        var evt = new Node("evt_1", NodeType.Event, "2024世界智能产业博览会", Properties.Empty
            .With("aliases", Array.Empty<string>()).With("date", PropertyValue.Date(string.Empty)));
        var edges = new[]
        {
            new Edge("doc_1", "per_1", EdgeType.MENTIONS, Properties.Empty.With("count", 3L).With("start", 5L).With("end", 7L)),
            new Edge("per_1", "org_1", EdgeType.HOLDS_POSITION, Properties.Empty.With("title", "局长").With("document", "doc_1")
                .With("date", PropertyValue.Date("2024-06-25")).With("status", string.Empty).With("start", 1L).With("end", 9L)),
            new Edge("per_1", "org_1", EdgeType.HOLDS_POSITION, Properties.Empty.With("title", "党组书记").With("document", "doc_1")
                .With("date", PropertyValue.Date("2024-06-25")).With("status", string.Empty).With("start", 1L).With("end", 9L)),
            new Edge("per_1", "stm_1", EdgeType.SAID, Properties.Empty),
            new Edge("stm_1", "doc_1", EdgeType.REPORTED_IN, Properties.Empty),
            new Edge("doc_1", "evt_1", EdgeType.MENTIONS, Properties.Empty.With("count", 1L).With("start", 0L).With("end", 4L)),
        };
        return new KnowledgeGraph([stm, org, person, doc, evt], edges, Properties.Empty.With("modularity", 0.25));
    }
}
