using System.CommandLine;
using PolicyGraph.Cli.Commands.Query;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph query …</c>: relationship questions answered from a built graph.</summary>
internal sealed class QueryCommand : Command
{
    public QueryCommand()
        : base("query", "Answer questions from a built graph: entities, positions, statements, paths, neighbours, timelines, rankings.")
    {
        var options = new QueryOptions();
        Options.Add(options.Graph);
        Options.Add(options.Json);
        Options.Add(options.Timings);
        Options.Add(options.NoIndex);
        Subcommands.Add(new EntitySubcommand(options));
        Subcommands.Add(new PositionsSubcommand(options));
        Subcommands.Add(new SaidSubcommand(options));
        Subcommands.Add(new PathSubcommand(options));
        Subcommands.Add(new NeighborsSubcommand(options));
        Subcommands.Add(new TimelineSubcommand(options));
        Subcommands.Add(new TopSubcommand(options));
    }
}
