using PolicyGraph.Graph;

namespace PolicyGraph.Tests.Export.Neo4j;

/// <summary>
/// A hand-built graph with every node label and relationship type of design/SCHEMA.md and the awkward cases of a
/// Neo4j export: aliases lists, quotes, backslashes, newlines and emoji in statement text, two positions that differ
/// only in title, edges without provenance (LOCATED_IN, SAID, PUBLISHED_BY), empty dates, a float and a flag.
/// </summary>
internal static class Neo4jSampleGraph
{
    public static KnowledgeGraph Create()
    {
        var doc1 = new Node("doc_1", NodeType.Document, "tianjin-ai-expo-2024.txt", Properties.Empty
            .With("path", "seeds/tianjin-ai-expo-2024.txt").With("published", PropertyValue.Date("2024-06-20"))
            .With("source", "天津日报").With("place", "天津市").With("sha256", "d1b8"));
        var doc2 = new Node("doc_2", NodeType.Document, "undated.html", Properties.Empty
            .With("path", "seeds/undated.html").With("published", PropertyValue.Date(string.Empty))
            .With("source", string.Empty).With("place", string.Empty).With("sha256", "00ff"));
        var yang = new Node("per_1", NodeType.Person, "杨柳", Properties.Empty
            .With("aliases", ["杨柳", "杨局长"]).With("pagerank", 0.25).With("central", PropertyValue.Of(true)));
        var obrien = new Node("per_2", NodeType.Person, "Seán O'Brien \"Jr\"", Properties.Empty.With("aliases", Array.Empty<string>()));
        var kexie = new Node("org_1", NodeType.Organization, "天津市科学技术协会", Properties.Empty
            .With("aliases", ["市科协", "天津市科协"]).With("kind", "association"));
        var gov = new Node("org_2", NodeType.Organization, "天津市人民政府", Properties.Empty
            .With("aliases", ["市政府"]).With("kind", "government"));
        var initiative = new Node("ini_1", NodeType.Initiative, "新质生产力", Properties.Empty.With("aliases", ["新质生产力"]));
        var expo = new Node("evt_1", NodeType.Event, "2024世界智能产业博览会", Properties.Empty
            .With("aliases", ["智博会"]).With("date", PropertyValue.Date("2024-06-20")));
        var undatedEvent = new Node("evt_2", NodeType.Event, "开幕式", Properties.Empty
            .With("aliases", Array.Empty<string>()).With("date", PropertyValue.Date(string.Empty)));
        var tianjin = new Node("plc_1", NodeType.Place, "天津市", Properties.Empty);
        var statement = new Node("stm_1", NodeType.Statement, "杨柳表示", Properties.Empty
            .With("text", "要加快发展“新质生产力”，他说：'a\\b' \"引号\"\n第二行\t制表 🚀").With("cue", "表示").With("mode", "direct")
            .With("document", "doc_1").With("start", 120L).With("end", 168L));
        var edges = new[]
        {
            new Edge("doc_1", "per_1", EdgeType.MENTIONS, Properties.Empty.With("count", 3L).With("start", 10L).With("end", 12L)),
            new Edge("doc_1", "org_1", EdgeType.MENTIONS, Properties.Empty.With("count", 1L).With("start", 30L).With("end", 33L)),
            new Edge("doc_1", "evt_1", EdgeType.MENTIONS, Properties.Empty.With("count", 2L).With("start", 0L).With("end", 13L)),
            new Edge("doc_1", "org_2", EdgeType.PUBLISHED_BY, Properties.Empty),
            new Edge("per_1", "org_1", EdgeType.HOLDS_POSITION, Properties.Empty.With("title", "党组书记").With("document", "doc_1")
                .With("date", PropertyValue.Date("2024-06-20")).With("status", "current").With("start", 20L).With("end", 30L)),
            new Edge("per_1", "org_1", EdgeType.HOLDS_POSITION, Properties.Empty.With("title", "主席").With("document", "doc_1")
                .With("date", PropertyValue.Date("2024-06-20")).With("status", "current").With("start", 20L).With("end", 30L)),
            new Edge("per_2", "org_2", EdgeType.HOLDS_POSITION, Properties.Empty.With("title", "顾问").With("document", "doc_2")
                .With("date", PropertyValue.Date(string.Empty)).With("status", string.Empty)),
            new Edge("per_1", "stm_1", EdgeType.SAID, Properties.Empty),
            new Edge("stm_1", "doc_1", EdgeType.REPORTED_IN, Properties.Empty),
            new Edge("stm_1", "ini_1", EdgeType.ABOUT, Properties.Empty.With("start", 130L).With("end", 135L)),
            new Edge("org_1", "org_2", EdgeType.PART_OF, Properties.Empty.With("document", "doc_1").With("start", 30L).With("end", 33L)),
            new Edge("org_1", "plc_1", EdgeType.LOCATED_IN, Properties.Empty),
            new Edge("org_2", "plc_1", EdgeType.LOCATED_IN, Properties.Empty),
        };
        return new KnowledgeGraph([doc1, doc2, yang, obrien, kexie, gov, initiative, expo, undatedEvent, tianjin, statement], edges);
    }
}
