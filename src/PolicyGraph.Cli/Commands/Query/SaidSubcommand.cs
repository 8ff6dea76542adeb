using System.CommandLine;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query said [--by PERSON|ORG] [--about X] [--from DATE] [--to DATE]</c>.</summary>
internal sealed class SaidSubcommand : Command
{
    private readonly Option<string?> _by = new("--by") { Description = "The speaker: a person, or an organisation (with the people holding positions there)." };
    private readonly Option<string?> _about = new("--about") { Description = "What the statements are about: an initiative, organisation, event, person or place." };
    private readonly Option<string?> _from = QueryOptions.DateOption("--from", "The earliest date");
    private readonly Option<string?> _to = QueryOptions.DateOption("--to", "The latest date, inclusive");

    public SaidSubcommand(QueryOptions options)
        : base("said", "Statements with speaker, date, document and the exact words.")
    {
        Options.Add(_by);
        Options.Add(_about);
        Options.Add(_from);
        Options.Add(_to);
        SetAction(parse => options.Run(
            parse,
            ix => (ix.Said(parse.GetValue(_by), parse.GetValue(_about), parse.GetValue(_from), parse.GetValue(_to)), "query index"),
            (g, l) => new SaidQuery(g, l).Run(parse.GetValue(_by), parse.GetValue(_about), parse.GetValue(_from), parse.GetValue(_to)), Write));
    }

    private static void Write(SaidReport r, TextWriter output)
    {
        var filters = new List<string>();
        if (r.By is not null)
        {
            filters.Add("by " + QueryText.Name(r.By));
        }

        if (r.About is not null)
        {
            filters.Add("about " + QueryText.Name(r.About));
        }

        if (r.From is not null || r.To is not null)
        {
            filters.Add($"from {r.From ?? "the start"} to {r.To ?? "the end"}");
        }

        output.Write($"{r.Statements.Count} statements{(filters.Count > 0 ? " " + string.Join(", ", filters) : string.Empty)}\n");
        QueryText.Statements(output, r.Statements);
    }
}
