using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// query said and timeline from the index, and the statements of query entity: SaidQuery's rows built from the
// statements' records and their edges, with no part of the graph materialised.
public sealed partial class QueryIndex
{
    /// <summary><see cref="SaidQuery"/>'s report.</summary>
    public QueryResult<SaidReport> Said(string? by, string? about, string? from, string? to)
    {
        int? speaker = null, subject = null;
        if (by is not null)
        {
            var found = Lookup.Find(by, SaidQuery.Speakers);
            if (found.Node is null)
            {
                return QueryResult<SaidReport>.Failure(found.NotFoundMessage(by));
            }

            speaker = IndexOf(found.Node.Id);
        }

        if (about is not null)
        {
            var found = Lookup.Find(about, SaidQuery.Subjects);
            if (found.Node is null)
            {
                return QueryResult<SaidReport>.Failure(found.NotFoundMessage(about));
            }

            subject = IndexOf(found.Node.Id);
        }

        var rows = SaidRows(SaidPairs(speaker, subject, includeMembers: true), from, to);
        return QueryResult<SaidReport>.Success(new SaidReport(
            speaker is { } s ? RefOf(s) : null, subject is { } a ? RefOf(a) : null, from, to, rows));
    }

    /// <summary><see cref="TimelineQuery"/>'s report.</summary>
    public QueryResult<TimelineReport> Timeline(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var found = Lookup.Find(name, TimelineQuery.Preferred);
        if (found.Node is null)
        {
            found = Lookup.Find(name);
        }

        if (found.Node is null)
        {
            return QueryResult<TimelineReport>.Failure(found.NotFoundMessage(name));
        }

        var v = IndexOf(found.Node.Id);
        var mentions = new List<TimelineQuery.Mention>();
        foreach (var j in IncidentEdges(v))
        {
            if (EdgeTypeOf(j) == EdgeType.MENTIONS && Target(j) == v && DocumentAt(Source(j)) is { } document)
            {
                mentions.Add(new TimelineQuery.Mention(document, _file.GetInt(_nodeCount + j, "count") ?? 1));
            }
        }

        var statements = SaidRows(SaidPairs(null, v, includeMembers: false), null, null);
        return QueryResult<TimelineReport>.Success(TimelineQuery.Report(RefOf(v), mentions, statements, Publishers));
    }

    // The outlets of a document: the targets of its PUBLISHED_BY edges, in edge order.
    private List<NodeRef> Publishers(DocumentRef document)
    {
        var d = IndexOf(document.Id);
        var outlets = new List<NodeRef>();
        foreach (var j in IncidentEdges(d))
        {
            if (EdgeTypeOf(j) == EdgeType.PUBLISHED_BY && Source(j) == d)
            {
                outlets.Add(CachedRef(Target(j)));
            }
        }

        return outlets;
    }

    // As SaidQuery.Rows: the candidates' rows within the dates, in its order (which orders distinct (statement,
    // speaker) pairs totally, so the sort need not be stable).
    private List<StatementRow> SaidRows(List<Credit> pairs, string? from, string? to)
    {
        var rows = new List<StatementRow>(pairs.Count);
        foreach (var pair in pairs)
        {
            // The date first: a row is built only for a statement within the dates.
            var document = StatementDocument(pair.Statement);
            if (GraphFacts.InRange(document?.Published ?? string.Empty, from, to))
            {
                rows.Add(StatementRowOf(pair, document));
            }
        }

        rows.Sort(SaidQuery.RowOrder);
        return rows;
    }

    // As SaidQuery.Rows, the (statement, speaker, role) candidates, each pair once (the first role kept): what the
    // speaker said (with, for an organisation and includeMembers, what the holders of a post there said, with the
    // title), else who said each statement about the subject (or each statement of the graph), then only those
    // about the subject when both are given.
    private List<Credit> SaidPairs(int? speaker, int? subject, bool includeMembers)
    {
        var candidates = new List<Credit>();
        if (speaker is { } s)
        {
            AddSaid(candidates, s, string.Empty);
            if (includeMembers && TypeOf(s) == NodeType.Organization)
            {
                // Each (person, title) once; an organisation may have thousands of HOLDS_POSITION edges.
                var posts = new HashSet<string>(StringComparer.Ordinal);
                foreach (var j in IncidentEdges(s))
                {
                    if (EdgeTypeOf(j) == EdgeType.HOLDS_POSITION && Target(j) == s
                        && _file.GetString(_nodeCount + j, "title") is var title
                        && posts.Add(Source(j).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\0" + title))
                    {
                        AddSaid(candidates, Source(j), title);
                    }
                }
            }
        }
        else if (subject is { } a)
        {
            foreach (var j in IncidentEdges(a))
            {
                if (EdgeTypeOf(j) == EdgeType.ABOUT && Target(j) == a && TypeOf(Source(j)) == NodeType.Statement)
                {
                    AddSpeakers(candidates, Source(j));
                }
            }
        }
        else
        {
            for (var v = 0; v < _nodeCount; v++)
            {
                if (TypeOf(v) == NodeType.Statement)
                {
                    AddSpeakers(candidates, v);
                }
            }
        }

        // Each pair once: a statement's first speaker in an array by statement, any other speaker of it in a list
        // (a statement has one speaker, rarely two).
        var pairs = new List<Credit>(candidates.Count);
        var first = new int[_nodeCount];
        Array.Fill(first, -1);
        var others = new List<Credit>();
        foreach (var c in candidates)
        {
            if (subject is { } about && speaker is not null && !IsAbout(c.Statement, about))
            {
                continue;
            }

            if (first[c.Statement] < 0)
            {
                first[c.Statement] = c.Speaker;
            }
            else if (first[c.Statement] == c.Speaker || others.Exists(o => o.Statement == c.Statement && o.Speaker == c.Speaker))
            {
                continue;
            }
            else
            {
                others.Add(c);
            }

            pairs.Add(c);
        }

        return pairs;
    }

    // What v said: its SAID edges out, credited to it with the role given.
    private void AddSaid(List<Credit> candidates, int v, string role)
    {
        foreach (var j in IncidentEdges(v))
        {
            if (EdgeTypeOf(j) == EdgeType.SAID && Source(j) == v)
            {
                candidates.Add(new Credit(Target(j), v, role));
            }
        }
    }

    // Who said the statement: its SAID edges in, each speaker once.
    private void AddSpeakers(List<Credit> candidates, int statement)
    {
        // A statement has a speaker or two: a list is set enough.
        var speakers = new List<int>();
        foreach (var j in IncidentEdges(statement))
        {
            if (EdgeTypeOf(j) == EdgeType.SAID && Target(j) == statement && !speakers.Contains(Source(j)))
            {
                speakers.Add(Source(j));
                candidates.Add(new Credit(statement, Source(j), string.Empty));
            }
        }
    }

    private bool IsAbout(int statement, int subject)
    {
        foreach (var j in IncidentEdges(statement))
        {
            if (EdgeTypeOf(j) == EdgeType.ABOUT && Source(j) == statement && Target(j) == subject)
            {
                return true;
            }
        }

        return false;
    }

    // As SaidQuery's row of a statement credited to a speaker, reported in document.
    private StatementRow StatementRowOf(Credit pair, DocumentRef? document)
    {
        var (statement, speaker) = (pair.Statement, pair.Speaker);
        var p = NodeAt(statement).Properties;
        var about = new List<NodeRef>();
        var seen = new List<int>();
        foreach (var j in IncidentEdges(statement))
        {
            // A statement is about a few things: a list is set enough.
            if (EdgeTypeOf(j) == EdgeType.ABOUT && Source(j) == statement && !seen.Contains(Target(j)))
            {
                seen.Add(Target(j));
                about.Add(CachedRef(Target(j)));
            }
        }

        about.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name) is var c and not 0 ? c : string.CompareOrdinal(a.Id, b.Id));
        return new StatementRow(IdOf(statement), CachedRef(speaker), pair.Role, document?.Published ?? string.Empty, document,
            p.GetString("cue"), p.GetString("mode"), p.GetString("text"), about,
            p.TryGet("start", out var s) && s.Kind == PropertyKind.Int ? s.Integer : null,
            p.TryGet("end", out var e) && e.Kind == PropertyKind.Int ? e.Integer : null);
    }

    // The rows the human view shows: the first limit by latest date, then as SaidQuery orders rows. Only the fields
    // those orders read are filled in.
    private List<Credit> Latest(List<Credit> pairs, int limit)
    {
        // Dates first: only the pairs dated on or after the limit-th latest date can be among the rows, so only
        // they are given the rest of their keys.
        var documents = new DocumentRef?[pairs.Count];
        var dates = new string[pairs.Count];
        for (var i = 0; i < pairs.Count; i++)
        {
            documents[i] = StatementDocument(pairs[i].Statement);
            dates[i] = documents[i]?.Published ?? string.Empty;
        }

        var sorted = (string[])dates.Clone();
        Array.Sort(sorted, StringComparer.Ordinal);
        var threshold = sorted[^limit];
        var keys = new List<Credit>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (string.CompareOrdinal(dates[i], threshold) >= 0)
            {
                var (statement, speaker) = (pairs[i].Statement, pairs[i].Speaker);
                var key = new StatementRow(IdOf(statement), new NodeRef(IdOf(speaker), string.Empty, string.Empty), string.Empty,
                    dates[i], documents[i], string.Empty, string.Empty, string.Empty, [], _file.GetInt(statement, "start"), null);
                keys.Add(pairs[i] with { Key = key });
            }
        }

        // Latest first, then as SaidQuery orders rows (a total order of distinct pairs).
        keys.Sort((a, b) => string.CompareOrdinal(b.Key!.Date, a.Key!.Date) is var c and not 0 ? c : SaidQuery.RowOrder.Compare(a.Key, b.Key));
        return keys.GetRange(0, limit);
    }

    // As GraphFacts.StatementDocument: the document property, else the first REPORTED_IN edge; a Document node or null.
    private DocumentRef? StatementDocument(int statement)
    {
        switch (RecordDocument(statement))
        {
            case >= 0 and var d:
                return DocumentAt(d);
            case -2:
                return null;
        }

        foreach (var j in IncidentEdges(statement))
        {
            if (EdgeTypeOf(j) == EdgeType.REPORTED_IN && Source(j) == statement)
            {
                return DocumentAt(Target(j));
            }
        }

        return null;
    }

    /// <summary>A statement and a speaker credited with it (with the title, when through an organisation); with the fields the row orders read, once known.</summary>
    private sealed record Credit(int Statement, int Speaker, string Role)
    {
        public StatementRow? Key { get; init; }
    }
}
