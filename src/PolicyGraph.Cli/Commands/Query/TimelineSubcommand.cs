using System.CommandLine;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query timeline INITIATIVE</c>.</summary>
internal sealed class TimelineSubcommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "An initiative (or any entity)." };

    public TimelineSubcommand(QueryOptions options)
        : base("timeline", "First and last mention, mentions per month, and who speaks of it over time.")
    {
        Arguments.Add(_name);
        SetAction(parse => options.Run(
            parse,
            ix => (ix.Timeline(parse.GetValue(_name)!), "query index"),
            (g, l) => new TimelineQuery(g, l).Run(parse.GetValue(_name)!),
            Write));
    }

    private static void Write(TimelineReport r, TextWriter output)
    {
        output.Write($"{QueryText.Name(r.Entity)}: {r.Mentions} mentions in {r.Documents} documents ({r.UndatedDocuments} undated)\n");
        if (r.FirstMention is { } first && r.LastMention is { } last)
        {
            output.Write($"first mention {first.Date} in {first.Document.Name}; last {last.Date} in {last.Document.Name}\n");
        }

        if (r.Months.Count > 0)
        {
            QueryText.Heading(output, "By month");
            var table = new TextTable("month", "documents", "mentions", "statements", "speakers", "publishers");
            foreach (var m in r.Months)
            {
                table.Add(m.Month, m.Documents, m.Mentions, m.Statements, string.Join("、", m.Speakers.Select(s => s.Name)), string.Join("、", m.Publishers.Select(s => s.Name)));
            }

            table.WriteTo(output);
        }

        if (r.Speakers.Count > 0)
        {
            QueryText.Heading(output, "Who speaks of it, in order of first statement");
            var table = new TextTable("speaker", "type", "statements", "first", "last");
            foreach (var s in r.Speakers)
            {
                table.Add(s.Speaker.Name, s.Speaker.Type, s.Statements, QueryText.OrDash(s.First), QueryText.OrDash(s.Last));
            }

            table.WriteTo(output);
        }
    }
}
