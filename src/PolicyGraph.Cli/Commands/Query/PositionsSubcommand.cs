using System.CommandLine;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query positions ORG|PERSON [--as-of DATE]</c>.</summary>
internal sealed class PositionsSubcommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "A person or an organisation." };
    private readonly Option<string?> _asOf = QueryOptions.DateOption("--as-of", "Only positions held on this date");

    public PositionsSubcommand(QueryOptions options)
        : base("positions", "Who holds which title where, with dates and source documents.")
    {
        Arguments.Add(_name);
        Options.Add(_asOf);
        SetAction(parse => options.Run(
            parse,
            ix => (ix.Positions(parse.GetValue(_name)!, parse.GetValue(_asOf)), "query index"),
            (g, l) => new PositionsQuery(g, l).Run(parse.GetValue(_name)!, parse.GetValue(_asOf)),
            Write));
    }

    private static void Write(PositionsReport r, TextWriter output)
    {
        var asOf = r.AsOf is null ? string.Empty : $" as of {r.AsOf}";
        output.Write($"Positions of {QueryText.Name(r.Entity)}{asOf}: {r.Positions.Count}\n");
        if (r.Positions.Count > 0)
        {
            QueryText.Positions(output, r.Positions);
        }
    }
}
