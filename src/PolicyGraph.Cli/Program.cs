using System.CommandLine;
using System.Text;
using PolicyGraph.Cli;
using PolicyGraph.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(false);
var root = new RootCommand("PolicyGraph: a knowledge graph of people, organisations, positions, initiatives, events and statements from Chinese policy news.")
{
    new BuildCommand(),
    new TextCommand(),
    new ExtractCommand(),
    new AnalyzeCommand(),
    new QueryCommand(),
    new ExportCommand(),
    new PushCommand(),
    new ExplainCommand(),
};
return await CommandLine.RunAsync(root, args).ConfigureAwait(false);
