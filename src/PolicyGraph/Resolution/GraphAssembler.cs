using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Ingest;
using PolicyGraph.Text;

namespace PolicyGraph.Resolution;

/// <summary>
/// Turns per-document extractions into one graph: one node per canonical entity, every surface form an alias,
/// and the edges of design/SCHEMA.md with their provenance.
/// </summary>
public sealed class GraphAssembler
{
    /// <summary>Assembles the graph of <paramref name="documents"/>, given in a stable order.</summary>
    public KnowledgeGraph Assemble(IReadOnlyList<(SourceDocument Document, DocumentExtraction Extraction)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var builder = new GraphBuilder();
        foreach (var (document, extraction) in documents)
        {
            AddDocument(builder, document, extraction);
        }

        return builder.Build();
    }

    private static void AddDocument(GraphBuilder builder, SourceDocument document, DocumentExtraction extraction)
    {
        var meta = document.Metadata;
        var docId = StableId.For(NodeType.Document, document.Path);
        builder.AddNode(new Node(docId, NodeType.Document, meta.Title.Length > 0 ? meta.Title : document.Path, Properties.Empty
            .With("path", document.Path)
            .With("published", PropertyValue.Date(meta.Published))
            .With("source", meta.Source)
            .With("place", meta.Place)
            .With("sha256", document.Sha256)));

        var mentions = new Dictionary<string, (Mention First, int Count)>(StringComparer.Ordinal);
        foreach (var mention in extraction.Mentions)
        {
            var id = AddEntity(builder, mention);
            if (id is null)
            {
                continue;
            }

            mentions[id] = mentions.TryGetValue(id, out var seen) ? (seen.First, seen.Count + 1) : (mention, 1);
        }

        foreach (var (id, (first, count)) in mentions)
        {
            builder.AddEdge(new Edge(docId, id, EdgeType.MENTIONS, Provenance(null, first.Span).With("count", count)));
        }

        if (meta.Source.Length > 0)
        {
            var outlet = OrganizationId(meta.Source);
            builder.AddNode(OrganizationNode(meta.Source, "media", [meta.Source]));
            builder.AddEdge(new Edge(docId, outlet, EdgeType.PUBLISHED_BY, Properties.Empty));
        }

        foreach (var position in extraction.Positions)
        {
            var personId = builder.AddNode(PersonNode(position.Person));
            var orgId = builder.AddNode(OrganizationNode(position.Organization, position.OrganizationKind, []));
            builder.AddEdge(new Edge(personId, orgId, EdgeType.HOLDS_POSITION, Provenance(docId, position.Span)
                .With("title", position.Title)
                .With("date", PropertyValue.Date(meta.Published))
                .With("status", StatusName(position.Status))));
        }

        foreach (var statement in extraction.Statements)
        {
            var stmId = StableId.For(NodeType.Statement, docId + "#" + statement.Span.Start + "-" + statement.Span.End);
            builder.AddNode(new Node(stmId, NodeType.Statement, Label(statement.Text), Properties.Empty
                .With("text", statement.Text)
                .With("cue", statement.Cue)
                .With("mode", statement.Mode.ToString().ToLowerInvariant())
                .With("document", docId)
                .With("start", statement.Span.Start)
                .With("end", statement.Span.End)));
            var speakerId = statement.Speaker.Type == MentionType.Person
                ? builder.AddNode(PersonNode(statement.Speaker.Canonical))
                : builder.AddNode(OrganizationNode(statement.Speaker.Canonical, statement.Speaker.Kind, []));
            builder.AddEdge(new Edge(speakerId, stmId, EdgeType.SAID, Properties.Empty));
            builder.AddEdge(new Edge(stmId, docId, EdgeType.REPORTED_IN, Properties.Empty));
            foreach (var mention in extraction.Mentions.Where(m => statement.Content.Any(c => c.Contains(m.Span))))
            {
                var target = AddEntity(builder, mention);
                if (target is not null && target != speakerId)
                {
                    builder.AddEdge(new Edge(stmId, target, EdgeType.ABOUT, Properties.Empty
                        .With("start", mention.Span.Start).With("end", mention.Span.End)));
                }
            }
        }

        foreach (var part in extraction.PartOf)
        {
            var child = builder.AddNode(OrganizationNode(part.Child, string.Empty, []));
            var parent = builder.AddNode(OrganizationNode(part.Parent, string.Empty, []));
            var props = part.Span is { } span ? Provenance(docId, span) : Properties.Empty.With("document", docId);
            builder.AddEdge(new Edge(child, parent, EdgeType.PART_OF, props));
        }

        foreach (var located in extraction.LocatedIn)
        {
            var org = builder.AddNode(OrganizationNode(located.Organization, string.Empty, []));
            var place = builder.AddNode(new Node(StableId.For(NodeType.Place, located.Place), NodeType.Place, located.Place, Properties.Empty));
            builder.AddEdge(new Edge(org, place, EdgeType.LOCATED_IN, Properties.Empty));
        }
    }

    private static string? AddEntity(GraphBuilder builder, Mention mention) => mention.Type switch
    {
        MentionType.Person => builder.AddNode(PersonNode(mention.Canonical, mention.Text)),
        MentionType.Organization => builder.AddNode(OrganizationNode(mention.Canonical, mention.Kind, [mention.Text])),
        MentionType.Place => builder.AddNode(new Node(StableId.For(NodeType.Place, mention.Canonical), NodeType.Place, mention.Canonical, Properties.Empty)),
        MentionType.Initiative => builder.AddNode(new Node(StableId.For(NodeType.Initiative, mention.Canonical), NodeType.Initiative, mention.Canonical,
            Properties.Empty.With("aliases", Aliases(mention.Canonical, mention.Text)))),
        MentionType.Event => builder.AddNode(new Node(StableId.For(NodeType.Event, mention.Canonical), NodeType.Event, mention.Canonical,
            Properties.Empty.With("aliases", Aliases(mention.Canonical, mention.Text)).With("date", PropertyValue.Date(mention.Date)))),
        _ => null,
    };

    private static Node PersonNode(string name, params string[] forms) =>
        new(StableId.For(NodeType.Person, name), NodeType.Person, name, Properties.Empty.With("aliases", Aliases(name, forms)));

    private static string OrganizationId(string canonical) => StableId.For(NodeType.Organization, canonical);

    private static Node OrganizationNode(string canonical, string kind, IEnumerable<string> forms) =>
        new(OrganizationId(canonical), NodeType.Organization, canonical, Properties.Empty
            .With("aliases", Aliases(canonical, [.. forms]))
            .With("kind", kind));

    private static string[] Aliases(string canonical, params string[] forms) =>
        [.. forms.Append(canonical).Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static Properties Provenance(string? documentId, TextSpan span)
    {
        var props = Properties.Empty.With("start", span.Start).With("end", span.End);
        return documentId is null ? props : props.With("document", documentId);
    }

    private static string StatusName(PositionStatus status) =>
        status == PositionStatus.Unspecified ? string.Empty : status.ToString().ToLowerInvariant();

    private static string Label(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
