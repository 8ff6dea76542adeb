using System.CommandLine;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query path A B [--max-hops N] [--through-documents]</c>.</summary>
internal sealed class PathSubcommand : Command
{
    private readonly Argument<string> _from = new("from") { Description = "Where the path starts." };
    private readonly Argument<string> _to = new("to") { Description = "Where it ends." };
    private readonly Option<int> _maxHops = new("--max-hops") { Description = "The longest path to look for.", DefaultValueFactory = _ => 6 };
    private readonly Option<bool> _documents = new("--through-documents") { Description = "Also step through documents (entities named in one article are two hops apart through it)." };

    public PathSubcommand(QueryOptions options)
        : base("path", "Shortest paths between two entities, with each edge's type and evidence.")
    {
        Arguments.Add(_from);
        Arguments.Add(_to);
        Options.Add(_maxHops);
        Options.Add(_documents);
        _maxHops.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--max-hops must be 1 or more."); } });
        SetAction(parse => options.Run(parse,
            ix => ix.ForPath(parse.GetValue(_from)!, parse.GetValue(_to)!, parse.GetValue(_maxHops), parse.GetValue(_documents)),
            (g, l) => new PathQuery(g, l).Run(parse.GetValue(_from)!, parse.GetValue(_to)!, parse.GetValue(_maxHops), parse.GetValue(_documents)), Write));
    }

    private static void Write(PathReport r, TextWriter output)
    {
        if (r.Hops is null)
        {
            output.Write($"No path of at most {r.MaxHops} hops between {QueryText.Name(r.From)} and {QueryText.Name(r.To)}.\n");
            return;
        }

        output.Write($"{r.Paths.Count}{(r.Truncated ? "+" : string.Empty)} shortest paths of {r.Hops} hops from {QueryText.Name(r.From)} to {QueryText.Name(r.To)}\n");
        for (var i = 0; i < r.Paths.Count; i++)
        {
            output.Write($"\n{i + 1}. {string.Join(" — ", [r.Paths[i].Count > 0 ? r.Paths[i][0].From.Name : r.From.Name, .. r.Paths[i].Select(s => s.To.Name)])}\n");
            foreach (var step in r.Paths[i])
            {
                foreach (var e in step.Edges)
                {
                    var forward = e.Source == step.From.Id;
                    var arrow = forward ? $"{step.From.Name} -{e.Type}-> {step.To.Name}" : $"{step.To.Name} -{e.Type}-> {step.From.Name}";
                    var extra = string.Join(", ", e.Properties.Select(kv => $"{kv.Key}={kv.Value}"));
                    var source = QueryText.Source(e.Document, e.Start, e.End);
                    output.Write($"   {arrow}{(extra.Length > 0 ? "  " + extra : string.Empty)}{(source.Length > 0 ? "  [" + source + "]" : string.Empty)}\n");
                }
            }
        }
    }
}
