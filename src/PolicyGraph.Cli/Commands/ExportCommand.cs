using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyGraph.Export;
using PolicyGraph.Export.GraphMl;
using PolicyGraph.Export.Json;
using PolicyGraph.Export.Neo4j;
using PolicyGraph.Export.Neo4j.Csv;
using PolicyGraph.Export.Neo4j.Cypher;
using PolicyGraph.Graph;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph export graphml|json|cypher|neo4j-csv [--graph G] [-o DIR]</c>: a built graph in another format.</summary>
internal sealed class ExportCommand : Command
{
    private readonly Argument<string> _format = new Argument<string>("format")
    {
        Description = "graphml, json, cypher (a cypher-shell script) or neo4j-csv (neo4j-admin import files and import.sh)",
    }.AcceptOnlyFromAmong("graphml", "json", "cypher", "neo4j-csv");

    private readonly Option<string> _graph = GraphOption.Create();

    private readonly Option<string?> _output = new("--output", "-o")
    {
        Description = "Output folder. Default: the --graph file's folder (for neo4j-csv, its subfolder neo4j-csv/)",
    };

    public ExportCommand()
        : base("export", "Write a built graph as GraphML, JSON, a Cypher script for cypher-shell, or neo4j-admin import CSV.")
    {
        Arguments.Add(_format);
        Options.Add(_graph);
        Options.Add(_output);
        SetAction((parse, token) => Task.FromResult(Execute(parse, token)));
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var format = parse.GetValue(_format)!;
        var graphPath = parse.GetValue(_graph)!;
        if (GraphOption.Read(graphPath, error) is not { } graph)
        {
            return CommandLine.Failed;
        }

        var graphFolder = Path.GetDirectoryName(Path.GetFullPath(graphPath)) ?? ".";
        var folder = parse.GetValue(_output) ?? (format == "neo4j-csv" ? Path.Combine(graphFolder, "neo4j-csv") : graphFolder);
        try
        {
            output.WriteLine(format switch
            {
                "graphml" => WriteOne(graph, new GraphMlWriter(), Path.Combine(folder, GraphFiles.GraphMl), cancellationToken),
                "json" => WriteOne(graph, new JsonGraphWriter(), Path.Combine(folder, GraphFiles.Json), cancellationToken),
                "cypher" => WriteCypher(graph, folder, cancellationToken),
                _ => WriteCsv(graph, folder, cancellationToken),
            });
            return CommandLine.Done;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("policygraph: export cancelled; the previous files are untouched.");
            return CommandLine.Failed;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"policygraph: cannot write the {format} export to '{folder}': {ex.Message} Choose a writable folder with -o.");
            return CommandLine.Failed;
        }
    }

    private static string WriteOne(KnowledgeGraph graph, IGraphWriter writer, string path, CancellationToken cancellationToken)
    {
        AtomicFile.Write(path, s => writer.Write(graph, s), cancellationToken);
        return string.Create(CultureInfo.InvariantCulture, $"Wrote {path} ({graph.Nodes.Count} nodes, {graph.Edges.Count} edges).");
    }

    private static string WriteCypher(KnowledgeGraph graph, string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, CypherScriptWriter.FileName);
        var plan = new LoadPlanner(CypherScriptWriter.DefaultBatchSize).Plan(graph);
        AtomicFile.Write(path, s =>
        {
            using var writer = new StreamWriter(s, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
            CypherScriptWriter.Write(plan, writer);
        }, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"Wrote {path} ({plan.NodeCount} nodes, {plan.RelationshipCount} relationships in {plan.Batches.Count} batches); load it with: cypher-shell -a bolt://HOST:7687 -u neo4j -f {path}");
    }

    private static string WriteCsv(KnowledgeGraph graph, string folder, CancellationToken cancellationToken)
    {
        var export = AdminCsvWriter.WriteTo(graph, folder, cancellationToken);
        return string.Create(CultureInfo.InvariantCulture,
            $"Wrote {export.Files.Count} CSV files ({graph.Nodes.Count} nodes, {graph.Edges.Count} relationships) to {folder}; import them with: NEO4J_HOME=/path/to/neo4j {Path.Combine(folder, AdminCsvWriter.ImportScriptName)}");
    }
}
