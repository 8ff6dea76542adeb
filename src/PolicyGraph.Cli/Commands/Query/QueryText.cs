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
}
