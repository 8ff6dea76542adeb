using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary>Small pieces of the human-readable query output.</summary>
internal static class QueryText
{
    public static string Name(NodeRef node) => $"{node.Name} ({node.Type})";

    public static string Source(DocumentRef? document, long? start, long? end)
    {
        if (document is null)
        {
            return string.Empty;
        }

        var span = start is { } s && end is { } e ? FormattableString.Invariant($" @{s}-{e}") : string.Empty;
        return document.Name + span;
    }

    public static string OrDash(string text) => text.Length == 0 ? "-" : text;

    public static void Heading(TextWriter output, string text)
    {
        output.Write('\n');
        output.Write(text);
        output.Write('\n');
    }

    public static void Positions(TextWriter output, IReadOnlyList<PositionRow> rows)
    {
        var table = new TextTable("person", "title", "organization", "status", "date", "source");
        foreach (var r in rows)
        {
            table.Add(r.Person.Name, r.Title, r.Organization.Name, OrDash(r.Status), OrDash(r.Date), Source(r.Document, r.Start, r.End));
        }

        table.WriteTo(output);
    }

    public static void Statements(TextWriter output, IReadOnlyList<StatementRow> rows)
    {
        foreach (var r in rows)
        {
            var role = r.Role.Length > 0 ? $" ({r.Role})" : string.Empty;
            output.Write($"{OrDash(r.Date)}  {r.Speaker.Name}{role} {r.Cue}: {r.Text}\n");
            var about = r.About.Count > 0 ? "about " + string.Join(", ", r.About.Select(a => a.Name)) + "; " : string.Empty;
            output.Write($"    {about}{Source(r.Document, r.Start, r.End)}\n");
        }
    }

    /// <summary>
    /// Positions folded to one row per person, title and organisation: the first and last dated document, how many
    /// documents name it and the latest status a document gives — an overview; <c>query positions</c> lists every document.
    /// </summary>
    public static void PositionSummary(TextWriter output, IReadOnlyList<PositionRow> rows)
    {
        // Keyed by one string rather than a tuple: code the runtime ships precompiled (ids and titles hold no NUL).
        var posts = new Dictionary<string, PostSummary>(StringComparer.Ordinal);
        var order = new List<PostSummary>();
        foreach (var r in rows)
        {
            var key = r.Person.Id + "\0" + r.Title + "\0" + r.Organization.Id;
            if (!posts.TryGetValue(key, out var post))
            {
                post = posts[key] = new PostSummary(r);
                order.Add(post);
            }

            post.Add(r);
        }

        var table = new TextTable("person", "title", "organization", "status", "first", "last", "documents");
        foreach (var post in order.Order(PostOrder))
        {
            table.Add(post.Row.Person.Name, post.Row.Title, post.Row.Organization.Name, OrDash(post.Status), OrDash(post.First), OrDash(post.Last),
                post.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.WriteTo(output);
    }

    /// <summary>Writes "… and N more (HINT)" when <paramref name="shown"/> of <paramref name="total"/> were written.</summary>
    public static void More(TextWriter output, int shown, int total, string hint)
    {
        if (total > shown)
        {
            output.Write(FormattableString.Invariant($"… and {total - shown} more ({hint})\n"));
        }
    }

    // Latest post first, then the one most documents report; a stable sort keeps the rest in the rows' order.
    private static readonly Comparer<PostSummary> PostOrder = Comparer<PostSummary>.Create((a, b) =>
        string.CompareOrdinal(b.Last, a.Last) is var c and not 0 ? c : b.Documents.CompareTo(a.Documents));

    /// <summary>One post of a position summary, folded over its documents.</summary>
    private sealed class PostSummary(PositionRow row)
    {
        private string _statusDate = string.Empty;

        public PositionRow Row { get; } = row;

        public string First { get; private set; } = string.Empty;

        public string Last { get; private set; } = string.Empty;

        public string Status { get; private set; } = string.Empty;

        public int Documents { get; private set; }

        public void Add(PositionRow r)
        {
            Documents++;
            if (r.Date.Length == 0)
            {
                return;
            }

            if (First.Length == 0 || string.CompareOrdinal(r.Date, First) < 0)
            {
                First = r.Date;
            }

            if (string.CompareOrdinal(r.Date, Last) >= 0)
            {
                Last = r.Date;
            }

            // The latest status any document gives (任命 in one, none in a later report of the same post).
            if (r.Status.Length > 0 && string.CompareOrdinal(r.Date, _statusDate) >= 0)
            {
                _statusDate = r.Date;
                Status = r.Status;
            }
        }
    }
}
