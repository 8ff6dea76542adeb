using PolicyGraph.Graph;

namespace PolicyGraph.Query;

/// <summary>One attributed statement.</summary>
/// <param name="Id">The Statement node's id.</param>
/// <param name="Speaker">Who said it.</param>
/// <param name="Role">When found through an organisation: the speaker's title there, else empty.</param>
/// <param name="Date">The publication date of its document, or empty.</param>
/// <param name="Document">Where it was reported.</param>
/// <param name="Cue">The speech verb (表示, 指出 …).</param>
/// <param name="Mode">direct, indirect or mixed.</param>
/// <param name="Text">The exact words.</param>
/// <param name="About">What it is about.</param>
/// <param name="Start">Offset of the turn in the document's text.</param>
/// <param name="End">End offset (exclusive).</param>
public sealed record StatementRow(string Id, NodeRef Speaker, string Role, string Date, DocumentRef? Document, string Cue, string Mode, string Text, IReadOnlyList<NodeRef> About, long? Start, long? End);

/// <summary>The statements that match the filters of <c>query said</c>.</summary>
/// <param name="By">The speaker asked about, if any.</param>
/// <param name="About">The subject asked about, if any.</param>
/// <param name="From">The earliest date asked for, if any.</param>
/// <param name="To">The latest date asked for, if any.</param>
/// <param name="Statements">The statements, by date, document and offset.</param>
public sealed record SaidReport(NodeRef? By, NodeRef? About, string? From, string? To, IReadOnlyList<StatementRow> Statements);

/// <summary>
/// <c>query said [--by PERSON|ORG] [--about X] [--from DATE] [--to DATE]</c>. An organisation as speaker also
/// brings in what the people holding a position there said, with their title as <see cref="StatementRow.Role"/>.
/// Dates compare as ISO prefixes, so <c>--to 2024-05</c> includes all of May; undated statements are left
/// out when a date bound is given.
/// </summary>
public sealed class SaidQuery
{
    internal static readonly HashSet<NodeType> Speakers = [NodeType.Person, NodeType.Organization];
    internal static readonly HashSet<NodeType> Subjects = [NodeType.Initiative, NodeType.Organization, NodeType.Event, NodeType.Person, NodeType.Place];

    private readonly GraphFacts _facts;
    private readonly EntityLookup _lookup;

    /// <summary>A query over <paramref name="graph"/>.</summary>
    public SaidQuery(KnowledgeGraph graph, EntityLookup? lookup = null)
    {
        _facts = new GraphFacts(graph);
        _lookup = lookup ?? new EntityLookup(graph);
    }

    /// <summary>The statements matching every given filter.</summary>
    public QueryResult<SaidReport> Run(string? by, string? about, string? from, string? to)
    {
        Node? speaker = null, subject = null;
        if (by is not null)
        {
            var found = _lookup.Find(by, Speakers);
            if (found.Node is null)
            {
                return QueryResult<SaidReport>.Failure(found.NotFoundMessage(by));
            }

            speaker = found.Node;
        }

        if (about is not null)
        {
            var found = _lookup.Find(about, Subjects);
            if (found.Node is null)
            {
                return QueryResult<SaidReport>.Failure(found.NotFoundMessage(about));
            }

            subject = found.Node;
        }

        var rows = Rows(_facts, speaker, subject, from, to, includeMembers: true);
        return QueryResult<SaidReport>.Success(new SaidReport(
            speaker is null ? null : NodeRef.Of(speaker), subject is null ? null : NodeRef.Of(subject), from, to, rows));
    }

    /// <summary>The statements <see cref="Run"/> finds for a speaker and (or) a subject already looked up, in order.</summary>
    internal static IReadOnlyList<StatementRow> Rows(GraphFacts facts, Node? speaker, Node? subject, string? from, string? to, bool includeMembers)
    {
        // Each candidate statement with the speaker it is credited to and, through an organisation, the title.
        var candidates = new List<Candidate>();
        if (speaker is not null)
        {
            candidates.AddRange(facts.Out(speaker.Id, EdgeType.SAID).Select(e => new Candidate(facts.Graph[e.Target], speaker, string.Empty)));
            if (includeMembers && speaker.Type == NodeType.Organization)
            {
                foreach (var position in facts.In(speaker.Id, EdgeType.HOLDS_POSITION).DistinctBy(e => Key(e.Source, e.Properties.GetString("title"))))
                {
                    var person = facts.Graph[position.Source];
                    candidates.AddRange(facts.Out(person.Id, EdgeType.SAID).Select(e => new Candidate(facts.Graph[e.Target], person, position.Properties.GetString("title"))));
                }
            }
        }
        else
        {
            var statements = subject is null
                ? facts.Graph.NodesOf(NodeType.Statement)
                : facts.In(subject.Id, EdgeType.ABOUT).Select(e => facts.Graph[e.Source]).Where(n => n.Type == NodeType.Statement);
            foreach (var statement in statements)
            {
                var said = facts.Speakers(statement.Id);
                candidates.AddRange(said.Select(s => new Candidate(statement, s, string.Empty)));
            }
        }

        return [.. candidates
            .Where(c => subject is null || facts.Out(c.Statement.Id, EdgeType.ABOUT).Any(e => e.Target == subject.Id))
            .DistinctBy(c => Key(c.Statement.Id, c.Speaker.Id))
            .Select(c => Row(facts, c.Statement, c.Speaker, c.Role))
            .Where(r => GraphFacts.InRange(r.Date, from, to))
            .Order(RowOrder)];
    }

    // By date, document, offset, id and speaker. One comparer over rows rather than ThenBy on a long? key:
    // LINQ over reference types runs precompiled code, over value types it is compiled at start-up.
    internal static readonly Comparer<StatementRow> RowOrder = Comparer<StatementRow>.Create((a, b) =>
    {
        var c = string.CompareOrdinal(a.Date, b.Date);
        c = c != 0 ? c : string.CompareOrdinal(a.Document?.Id, b.Document?.Id);
        c = c != 0 ? c : GraphFacts.CompareOffsets(a.Start, b.Start);
        c = c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        return c != 0 ? c : string.CompareOrdinal(a.Speaker.Id, b.Speaker.Id);
    });

    // A composite key as one string (ids and titles hold no NUL).
    private static string Key(string a, string b) => a + "\0" + b;

    /// <summary>A statement credited to a speaker, with the speaker's title when found through an organisation.</summary>
    private sealed record Candidate(Node Statement, Node Speaker, string Role);

    private static StatementRow Row(GraphFacts facts, Node statement, Node speaker, string role)
    {
        var document = facts.StatementDocument(statement);
        var p = statement.Properties;
        return new StatementRow(statement.Id, NodeRef.Of(speaker), role, document?.Published ?? string.Empty, document,
            p.GetString("cue"), p.GetString("mode"), p.GetString("text"), facts.About(statement.Id),
            p.TryGet("start", out var s) && s.Kind == PropertyKind.Int ? s.Integer : null,
            p.TryGet("end", out var e) && e.Kind == PropertyKind.Int ? e.Integer : null);
    }
}
