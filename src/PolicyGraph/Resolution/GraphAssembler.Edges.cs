using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Ingest;
using PolicyGraph.Text;

namespace PolicyGraph.Resolution;

public sealed partial class GraphAssembler
{
    private static void AddDocument(DocumentParts builder, Resolved r, int doc, SourceDocument document, DocumentExtraction extraction)
    {
        var meta = document.Metadata;
        var docId = r.Seen.DocumentIds[doc];
        builder.AddNode(new Node(docId, NodeType.Document, meta.Title.Length > 0 ? meta.Title : document.Path, Sorted(
            ("path", PropertyValue.Of(document.Path)),
            ("place", PropertyValue.Of(meta.Place)),
            ("published", PropertyValue.Date(meta.Published)),
            ("sha256", PropertyValue.Of(document.Sha256)),
            ("source", PropertyValue.Of(meta.Source)))));

        var mentions = new Dictionary<string, (TextSpan First, int Count)>(StringComparer.Ordinal);
        foreach (var mention in extraction.Mentions)
        {
            if (EntityId(r, doc, mention) is { } id)
            {
                mentions[id] = mentions.TryGetValue(id, out var seen)
                    ? (seen.First.Start <= mention.Span.Start ? seen.First : mention.Span, seen.Count + 1)
                    : (mention.Span, 1);
            }
        }

        foreach (var (id, (first, count)) in mentions)
        {
            builder.AddEdge(new Edge(docId, id, EdgeType.MENTIONS, Sorted(
                ("count", PropertyValue.Of(count)),
                ("end", PropertyValue.Of(first.End)),
                ("start", PropertyValue.Of(first.Start)))));
        }

        var outlet = OrgId(r, doc, meta.Source);
        if (outlet is not null)
        {
            builder.AddEdge(new Edge(docId, outlet, EdgeType.PUBLISHED_BY, Properties.Empty));
        }

        // The body that runs the site publishes the page too (SCHEMA: the outlet of the 来源 line or the site).
        if (meta.Site.Length > 0 && OrgId(r, doc, meta.Site) is { } site && site != outlet)
        {
            builder.AddEdge(new Edge(docId, site, EdgeType.PUBLISHED_BY, Properties.Empty));
        }

        AddPositions(builder, r, doc, docId, meta.Published, extraction.Positions);
        AddStatements(builder, r, doc, docId, extraction);

        foreach (var part in extraction.PartOf)
        {
            if (OrgId(r, doc, part.Child) is { } child && OrgId(r, doc, part.Parent) is { } parent && child != parent)
            {
                var props = part.Span is { } span ? Provenance(docId, span) : Sorted(("document", PropertyValue.Of(docId)));
                builder.AddEdge(new Edge(child, parent, EdgeType.PART_OF, props));
            }
        }

        foreach (var located in extraction.LocatedIn)
        {
            if (OrgId(r, doc, located.Organization) is { } org && located.Place.Trim().Length > 0)
            {
                builder.AddEdge(new Edge(org, r.Seen.PlaceId(located.Place.Trim()), EdgeType.LOCATED_IN, Properties.Empty));
            }
        }
    }

    // One edge per (person, title, organisation, document): the first evidence in the text, the first status said.
    private static void AddPositions(DocumentParts builder, Resolved r, int doc, string docId, string date, IReadOnlyList<PositionFact> positions)
    {
        var edges = new Dictionary<(string Person, string Title, string Org), (TextSpan Span, PositionStatus Status)>();
        var order = new List<(string Person, string Title, string Org)>();
        foreach (var p in positions)
        {
            if (p.Person.Trim().Length == 0 || OrgId(r, doc, p.Organization) is not { } org)
            {
                continue;
            }

            if (p.Assumed && r.Persons.BodyOf(doc, p.Person.Trim(), p.Title) is { } named)
            {
                org = named;
            }

            var key = (r.Persons.IdOf(doc, p.Person.Trim()), p.Title, org);
            if (!edges.TryGetValue(key, out var seen))
            {
                edges[key] = (p.Span, p.Status);
                order.Add(key);
            }
            else if (seen.Status == PositionStatus.Unspecified && p.Status != PositionStatus.Unspecified)
            {
                edges[key] = (seen.Span, p.Status);
            }
        }

        foreach (var key in order)
        {
            var (span, status) = edges[key];
            builder.AddEdge(new Edge(key.Person, key.Org, EdgeType.HOLDS_POSITION, Sorted(
                ("date", PropertyValue.Date(date)),
                ("document", PropertyValue.Of(docId)),
                ("end", PropertyValue.Of(span.End)),
                ("start", PropertyValue.Of(span.Start)),
                ("status", PropertyValue.Of(StatusName(status))),
                ("title", PropertyValue.Of(key.Title)))));
        }
    }

    private static void AddStatements(DocumentParts builder, Resolved r, int doc, string docId, DocumentExtraction extraction)
    {
        foreach (var statement in extraction.Statements)
        {
            var speakerId = statement.Speaker.Type == MentionType.Person
                ? (statement.Speaker.Canonical.Trim().Length > 0 ? r.Persons.IdOf(doc, statement.Speaker.Canonical.Trim()) : null)
                : OrgId(r, doc, statement.Speaker.Canonical);
            if (speakerId is null)
            {
                continue;
            }

            var stmId = StableId.For(NodeType.Statement, docId + "#" + statement.Span.Start + "-" + statement.Span.End);
            builder.AddNode(new Node(stmId, NodeType.Statement, Label(statement.Text), Sorted(
                ("cue", PropertyValue.Of(statement.Cue)),
                ("document", PropertyValue.Of(docId)),
                ("end", PropertyValue.Of(statement.Span.End)),
                ("mode", PropertyValue.Of(statement.Mode.ToString().ToLowerInvariant())),
                ("start", PropertyValue.Of(statement.Span.Start)),
                ("text", PropertyValue.Of(statement.Text)))));
            builder.AddEdge(new Edge(speakerId, stmId, EdgeType.SAID, Properties.Empty));
            builder.AddEdge(new Edge(stmId, docId, EdgeType.REPORTED_IN, Properties.Empty));
            foreach (var mention in extraction.Mentions)
            {
                if (WithinAny(statement.Content, mention.Span) && EntityId(r, doc, mention) is { } target && target != speakerId)
                {
                    builder.AddEdge(new Edge(stmId, target, EdgeType.ABOUT, Provenance(null, mention.Span)));
                }
            }
        }
    }

    // A loop rather than Any(): it runs for every mention of every statement, and a capturing lambda allocated each time.
    private static bool WithinAny(IReadOnlyList<TextSpan> content, TextSpan span)
    {
        for (var i = 0; i < content.Count; i++)
        {
            if (content[i].Contains(span))
            {
                return true;
            }
        }

        return false;
    }

    private static string? EntityId(Resolved r, int doc, Mention mention)
    {
        var name = mention.Canonical.Trim();
        return name.Length == 0 ? null : mention.Type switch
        {
            MentionType.Person => r.Persons.IdOf(doc, name),
            MentionType.Organization => OrgId(r, doc, name),
            MentionType.Place => r.Seen.PlaceId(name),
            MentionType.Initiative => r.Initiatives.IdOf(doc, r.Seen.Initiatives.Key(name)),
            MentionType.Event => r.Events.IdOf(doc, r.Seen.Events.Key(name)),
            _ => null,
        };
    }

    private static string? OrgId(Resolved r, int doc, string canonical)
    {
        var key = r.Seen.Organizations.Key(canonical);
        return key.Length == 0 ? null : r.Organizations.IdOf(doc, key);
    }

    private static Properties Provenance(string? documentId, TextSpan span) => documentId is null
        ? Sorted(("end", PropertyValue.Of(span.End)), ("start", PropertyValue.Of(span.Start)))
        : Sorted(("document", PropertyValue.Of(documentId)), ("end", PropertyValue.Of(span.End)), ("start", PropertyValue.Of(span.Start)));

    // Properties from pairs given in ordinal key order: one array, where a chain of With calls copies one per key.
    private static Properties Sorted(params ReadOnlySpan<(string Key, PropertyValue Value)> pairs)
    {
        var items = new KeyValuePair<string, PropertyValue>[pairs.Length];
        for (var i = 0; i < pairs.Length; i++)
        {
            items[i] = new(pairs[i].Key, pairs[i].Value);
        }

        return Properties.FromOrdered(items);
    }

    private static string StatusName(PositionStatus status) =>
        status == PositionStatus.Unspecified ? string.Empty : status.ToString().ToLowerInvariant();

    private static string Label(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
