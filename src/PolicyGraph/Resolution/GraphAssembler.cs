using PolicyGraph.Extraction;
using PolicyGraph.Graph;
using PolicyGraph.Ingest;
using PolicyGraph.Pipeline;

namespace PolicyGraph.Resolution;

/// <summary>A graph and the resolution decisions that shaped it.</summary>
/// <param name="Graph">The assembled graph.</param>
/// <param name="Log">Why nodes were merged or kept apart, by node id.</param>
public sealed record AssembledGraph(KnowledgeGraph Graph, ResolutionLog Log);

/// <summary>
/// Turns per-document extractions into one graph: one node per real-world entity across documents
/// (organisations, initiatives and events by canonical name and alias, people by name and the organisations,
/// titles and places they are seen with), every surface form an alias, and the edges of design/SCHEMA.md with
/// their provenance. Reads everything first, then resolves, then writes nodes and edges, so the result depends on
/// the set of documents, not on their order.
/// </summary>
public sealed partial class GraphAssembler
{
    /// <summary>Assembles the graph of <paramref name="documents"/>.</summary>
    public KnowledgeGraph Assemble(IReadOnlyList<(SourceDocument Document, DocumentExtraction Extraction)> documents) =>
        AssembleWithLog(documents).Graph;

    /// <summary>Assembles the graph of <paramref name="documents"/> and records why nodes were merged or kept apart.</summary>
    public AssembledGraph AssembleWithLog(IReadOnlyList<(SourceDocument Document, DocumentExtraction Extraction)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var seen = PhaseTimer.Time("  observe", () => Observe(documents));

        // Initiatives and events are resolved beside organisations and persons (which need the organisations), each
        // into its own log; the logs are joined in the order the resolvers would run one after another.
        ResolutionLog orgLog = new(), initiativeLog = new(), eventLog = new(), personLog = new();
        var initiativesTask = Task.Run(() => PhaseTimer.Time("  resolve initiatives", () =>
            NameResolver.Resolve(NodeType.Initiative, seen.Initiatives, seen.DocumentIds, initiativeLog)));
        var eventsTask = Task.Run(() => PhaseTimer.Time("  resolve events", () => NameResolver.Resolve(NodeType.Event, seen.Events, seen.DocumentIds, eventLog)));
        var orgs = PhaseTimer.Time("  resolve organizations", () => NameResolver.Resolve(NodeType.Organization, seen.Organizations, seen.DocumentIds, orgLog));
        var persons = PhaseTimer.Time("  resolve persons", () => PersonResolver.Resolve(seen.Persons, seen.DocumentIds, orgs.IdOf,
            orgs.NameOf, personLog));
        var initiatives = initiativesTask.GetAwaiter().GetResult();
        var events = eventsTask.GetAwaiter().GetResult();
        var log = new ResolutionLog();
        foreach (var part in (ResolutionLog[])[orgLog, initiativeLog, eventLog, personLog])
        {
            log.AddAll(part);
        }

        var resolved = new Resolved(seen, orgs, initiatives, events, persons);

        var builder = new GraphBuilder(seen.DocumentIds.Count + seen.Places.Count + seen.Persons.Count + orgs.Nodes.Count + initiatives.Nodes.Count + events.Nodes.Count,
            (int)Math.Min(int.MaxValue, EdgeEstimate(documents)));
        PhaseTimer.Time("  add nodes and edges", () =>
        {
            AddEntityNodes(builder, resolved);

            // Each document's nodes and edges are made on all cores (resolution is done: lookups only read), then
            // added in document order, so that nodes merge as they would one document after another.
            var parts = new DocumentParts[documents.Count];
            Parallel.For(0, documents.Count, i =>
            {
                parts[i] = new DocumentParts();
                AddDocument(parts[i], resolved, i, documents[i].Document, documents[i].Extraction);
            });
            foreach (var part in parts)
            {
                part.AddTo(builder);
            }
        });

        return new AssembledGraph(PhaseTimer.Time("  sort graph", () => builder.Build()), log);
    }

    /// <summary>
    /// About how many edges <paramref name="documents"/> give (each mention, position and link one, a statement three,
    /// a document one more): what the graph is sized by, and so what assembling them allocates.
    /// </summary>
    internal static long EdgeEstimate(IReadOnlyList<(SourceDocument Document, DocumentExtraction Extraction)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var edges = 0L;
        foreach (var (_, extraction) in documents)
        {
            edges += 1L + extraction.Mentions.Count + extraction.Positions.Count + (3L * extraction.Statements.Count) + extraction.PartOf.Count
                + extraction.LocatedIn.Count;
        }

        return edges;
    }

    private static void AddEntityNodes(GraphBuilder builder, Resolved r)
    {
        foreach (var org in r.Organizations.Nodes)
        {
            builder.AddNode(new Node(org.Id, NodeType.Organization, org.Canonical, Properties.Empty
                .With("aliases", org.Aliases).With("kind", org.Kind)));
        }

        foreach (var initiative in r.Initiatives.Nodes)
        {
            builder.AddNode(new Node(initiative.Id, NodeType.Initiative, initiative.Canonical, Properties.Empty.With("aliases", initiative.Aliases)));
        }

        foreach (var e in r.Events.Nodes)
        {
            builder.AddNode(new Node(e.Id, NodeType.Event, e.Canonical, Properties.Empty
                .With("aliases", e.Aliases).With("date", PropertyValue.Date(e.Date))));
        }

        foreach (var person in r.Persons.Nodes)
        {
            builder.AddNode(new Node(person.Id, NodeType.Person, person.Name, Properties.Empty.With("aliases", person.Aliases)));
        }

        foreach (var place in r.Seen.Places.Order(StringComparer.Ordinal))
        {
            builder.AddNode(new Node(r.Seen.PlaceId(place), NodeType.Place, place, Properties.Empty));
        }
    }



    /// <summary>The nodes and edges one document gives, in the order it gives them.</summary>
    private sealed class DocumentParts
    {
        private readonly List<Node> _nodes = [];
        private readonly List<Edge> _edges = [];

        public void AddNode(Node node) => _nodes.Add(node);

        public void AddEdge(Edge edge) => _edges.Add(edge);

        public void AddTo(GraphBuilder builder)
        {
            foreach (var node in _nodes)
            {
                builder.AddNode(node);
            }

            builder.AddEdges(_edges);
        }
    }

    /// <summary>The resolvers of one assembly.</summary>
    private sealed record Resolved(Observations Seen, NameResolver Organizations, NameResolver Initiatives, NameResolver Events, PersonResolver Persons);
}
