using System.CommandLine;
using PolicyGraph.Query;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary><c>query neighbors NAME [--depth K] [--type T]</c>.</summary>
internal sealed class NeighborsSubcommand : Command
{
    private readonly Argument<string> _name = new("name") { Description = "The entity at the centre." };
    private readonly Option<int> _depth = new("--depth") { Description = "How many hops out.", DefaultValueFactory = _ => 1 };
    private readonly Option<Graph.NodeType?> _type = QueryOptions.TypeOption("List only nodes of this type (all types are walked through).");

    public NeighborsSubcommand(QueryOptions options)
        : base("neighbors", "The ego network of an entity: every node within K hops.")
    {
        Arguments.Add(_name);
        Options.Add(_depth);
        Options.Add(_type);
        _depth.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--depth must be 1 or more."); } });
        SetAction(parse => options.Run(parse, ix => (ix.Neighbors(parse.GetValue(_name)!, parse.GetValue(_depth), parse.GetValue(_type)), "query index, adjacency only"),
            (g, l) => new NeighborsQuery(g, l).Run(parse.GetValue(_name)!, parse.GetValue(_depth), parse.GetValue(_type)), Write));
    }

    private static void Write(NeighborsReport r, TextWriter output)
    {
        output.Write($"{r.Neighbours.Count} {r.Type ?? "node"}s within {r.Depth} hops of {QueryText.Name(r.Center)}\n");
        var table = new TextTable("hops", "name", "type", "via");
        foreach (var n in r.Neighbours)
        {
            table.Add(n.Distance, n.Node.Name, n.Node.Type, string.Join(" ", n.Via));
        }

        table.WriteTo(output);
    }
}
