using System.CommandLine;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query top --by pagerank|degree|betweenness [--type T] [--limit N]</c>.</summary>
internal sealed class TopSubcommand : Command
{
    private readonly Option<string> _by = new("--by") { Description = "The measure.", DefaultValueFactory = _ => "pagerank" };
    private readonly Option<Graph.NodeType?> _type = QueryOptions.TypeOption("Rank only nodes of this type.");
    private readonly Option<int> _limit = new("--limit", "-n") { Description = "How many to list.", DefaultValueFactory = _ => 20 };

    public TopSubcommand(QueryOptions options)
        : base("top", "The most central nodes by PageRank, degree or betweenness.")
    {
        _by.AcceptOnlyFromAmong("pagerank", "degree", "betweenness");
        Options.Add(_by);
        Options.Add(_type);
        Options.Add(_limit);
        _limit.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--limit must be 1 or more."); } });
        SetAction(parse =>
        {
            var measure = Enum.Parse<TopMeasure>(parse.GetValue(_by)!, ignoreCase: true);
            return options.Run(parse,
                index => index.Top(measure, parse.GetValue(_type), parse.GetValue(_limit)) is { } report
                    ? (QueryResult<TopReport>.Of(report), "query index, stored ranking")
                    : null,
                (g, _) => QueryResult<TopReport>.Of(new TopQuery(g).Run(measure, parse.GetValue(_type), parse.GetValue(_limit))), Write);
        });
    }

    private static void Write(TopReport r, TextWriter output)
    {
        var estimate = r.Estimate ? ", an estimate" : string.Empty;
        output.Write($"Top {r.Type ?? "node"}s by {r.Measure} ({r.Source}{estimate})\n");
        var table = new TextTable("#", "name", "type", r.Measure);
        foreach (var row in r.Rows)
        {
            table.Add(row.Rank, row.Node.Name, row.Node.Type, r.Measure == "degree" ? (object)(long)row.Score : row.Score);
        }

        table.WriteTo(output);
    }
}
