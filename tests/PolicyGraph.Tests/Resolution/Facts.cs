using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Ingest;
using PolicyGraph.Resolution;
using PolicyGraph.Text;
using Xunit;

namespace PolicyGraph.Tests.Resolution;

/// <summary>Builds small documents and extractions by hand, so resolution is tested apart from extraction quality.</summary>
internal static class Facts
{
    public static (SourceDocument, DocumentExtraction) Doc(string path, string date, string place, params object[] facts) =>
        (new SourceDocument(path, new string('0', 64), string.Empty, new DocumentMetadata(path, date, string.Empty, place), []),
         new DocumentExtraction(
            [.. facts.OfType<Mention>()],
            [.. facts.OfType<PositionFact>()],
            [.. facts.OfType<StatementFact>()],
            [.. facts.OfType<PartOfFact>()],
            [.. facts.OfType<LocatedInFact>()]));

    public static Mention Person(string name, int at = 0) => new(MentionType.Person, new TextSpan(at, at + name.Length), name, name);

    public static Mention Org(string text, string canonical, string kind = "company", int at = 0) =>
        new(MentionType.Organization, new TextSpan(at, at + text.Length), text, canonical, kind);

    public static Mention Initiative(string text, string canonical, int at = 0) =>
        new(MentionType.Initiative, new TextSpan(at, at + text.Length), text, canonical);

    public static PositionFact Holds(string person, string title, string org, PositionStatus status = PositionStatus.Unspecified, int at = 0) =>
        new(person, new TextSpan(at, at + person.Length), title, org, "company", status, new TextSpan(at, at + 10));

    public static AssembledGraph Assemble(params (SourceDocument, DocumentExtraction)[] docs) =>
        new GraphAssembler().AssembleWithLog(docs);

    public static List<Node> Nodes(this AssembledGraph a, NodeType type, string name) =>
        [.. a.Graph.NodesOf(type).Where(n => n.Name == name)];
}
