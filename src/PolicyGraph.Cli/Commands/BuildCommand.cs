using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Export;
using PolicyGraph.Graph;
using PolicyGraph.Pipeline;
using PolicyGraph.Pipeline.Cache;
using PolicyGraph.Resolution;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph build [INPUT…] [-o OUT]</c>: the graph of a folder of articles.</summary>
internal sealed class BuildCommand : Command
{
    private readonly Argument<string[]> _inputs = new("inputs")
    {
        Description = "Article files or folders (.txt, .html, .htm; UTF-8, GBK or GB18030). Default: seeds/",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string> _output = new("--output", "-o")
    {
        Description = "Folder for graph.graphml and graph.json. Default: graph-export/",
        DefaultValueFactory = _ => "graph-export",
    };

    private readonly Option<bool> _analyze = new("--analyze") { Description = "Also add pagerank, degree, betweenness and community to every node (as 'analyze -o' does)." };

    private readonly Option<bool> _noCache = new("--no-cache")
    {
        Description = "Extract every file again instead of reusing OUT/.pgcache (the cache of earlier builds).",
    };

    public BuildCommand()
        : base("build", "Extract every article under the inputs and write the graph as GraphML and JSON.")
    {
        // Unknown options would otherwise be taken for input paths.
        _inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Where(t => t.Value.StartsWith('-')))
            {
                result.AddError($"Unknown option '{token.Value}'.");
            }
        });
        Arguments.Add(_inputs);
        Options.Add(_output);
        Options.Add(_analyze);
        Options.Add(_noCache);
        SetAction((parse, token) => Task.FromResult(ExecuteUntilCtrlC(parse, token)));
    }

    // System.CommandLine 2.0.0 leaves Ctrl+C unhandled (its termination timeout is null), which ends the process at
    // once; this turns it into cancellation, seen between files, so the build stops with its message and exit 1.
    private int ExecuteUntilCtrlC(ParseResult parse, CancellationToken token)
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(token);
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        try
        {
            return Execute(parse, cancel.Token);
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var inputs = parse.GetValue(_inputs) is { Length: > 0 } given ? given : ["seeds"];
        var output = parse.GetValue(_output)!;
        var clock = Stopwatch.StartNew();
        PhaseTimer.SinceStart("process start");
        BuildResult result;
        try
        {
            using var progress = new BuildProgressPrinter();
            var options = new BuildOptions(parse.GetValue(_noCache) ? null : ExtractionCache.FolderFor(output));
            result = BuildPipeline.CreateDefault().Run(inputs, options, progress, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return CommandLine.Fail("build cancelled; the previous outputs are untouched.");
        }

        foreach (var skip in result.Skipped)
        {
            Console.Error.WriteLine($"policygraph: warning: skipped '{skip.Path}': {skip.Reason}");
        }

        if (result.Graph is not { } graph)
        {
            return CommandLine.Fail(result.Error!);
        }

        try
        {
            if (parse.GetValue(_analyze))
            {
                graph = new Analysis.GraphAnalyzer().Analyze(graph, cancellationToken).Annotate(graph);
            }

            GraphFiles.Write(graph, output, [(ResolutionLogFile.FileName, s => ResolutionLogFile.Write(result.Log, s))], cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return CommandLine.Fail("build cancelled; the previous outputs are untouched.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CommandLine.Fail($"cannot write the graph to '{output}': {ex.Message} Choose a writable folder with -o.");
        }

        PrintSummary(graph, result.Skipped.Count, output, clock.Elapsed);
        PhaseTimer.SinceStart("whole process");
        return CommandLine.Done;
    }

    private static void PrintSummary(KnowledgeGraph graph, int skipped, string output, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"Built {graph.NodesOf(NodeType.Document).Count()} documents into {Path.Combine(output, GraphFiles.GraphMl)} and {GraphFiles.Json} in {elapsed.TotalSeconds:0.0} s ({skipped} skipped)."));
        Console.WriteLine("nodes: " + string.Join(", ", graph.Nodes.GroupBy(n => n.Type).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
        Console.WriteLine("edges: " + string.Join(", ", graph.Edges.GroupBy(e => e.Type).OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")));
    }
}
