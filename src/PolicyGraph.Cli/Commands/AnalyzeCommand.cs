using System.CommandLine;
using System.Globalization;
using PolicyGraph.Analysis;
using PolicyGraph.Export;
using PolicyGraph.Graph;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph analyze [--graph …] [-o DIR] [--json] [--top N]</c>: rankings, components and communities.</summary>
internal sealed class AnalyzeCommand : Command
{
    private static readonly NodeType[] RankedTypes = [NodeType.Person, NodeType.Organization, NodeType.Initiative];

    private readonly Option<string> _graph = new("--graph") { Description = "The graph.json to analyse.", DefaultValueFactory = _ => "graph-export/graph.json" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Also write graph.graphml and graph.json with pagerank, degree, betweenness and community on every node into this folder." };
    private readonly Option<bool> _json = new("--json") { Description = "Print one JSON document instead of tables." };
    private readonly Option<int> _top = new("--top") { Description = "How many nodes to list per ranking.", DefaultValueFactory = _ => 10 };
    private readonly Option<int> _seed = new("--seed") { Description = "Seed of the betweenness sample and the community search.", DefaultValueFactory = _ => 42 };
    private readonly Option<int> _samples = new("--betweenness-samples") { Description = "Sources that estimate betweenness on graphs of more than 50,000 nodes.", DefaultValueFactory = _ => 256 };
    private readonly Option<bool> _timings = new("--timings") { Description = "Print how long each phase took on stderr." };

    public AnalyzeCommand()
        : base("analyze", "Rank nodes by PageRank, degree and betweenness; find components and communities.")
    {
        Options.Add(_graph);
        Options.Add(_output);
        Options.Add(_json);
        Options.Add(_top);
        Options.Add(_seed);
        Options.Add(_samples);
        Options.Add(_timings);
        _top.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 0) { r.AddError("--top must be 0 or more."); } });
        _samples.Validators.Add(r => { if (r.GetValueOrDefault<int>() < 1) { r.AddError("--betweenness-samples must be 1 or more."); } });
        SetAction((parse, token) => Task.FromResult(Execute(parse, token)));
    }

    private int Execute(ParseResult parse, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = ProcessorTime();
        if (CommandOutput.LoadGraph(parse, parse.GetValue(_graph)!) is not { } graph)
        {
            return CommandLine.Failed;
        }

        var loaded = (clock.Elapsed, ProcessorTime() - cpu);
        AnalysisResult result;
        try
        {
            var options = new AnalysisOptions(Seed: parse.GetValue(_seed), BetweennessSamples: parse.GetValue(_samples));
            result = new GraphAnalyzer(options).Analyze(graph, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return CommandOutput.Fail(parse, "analysis cancelled; nothing was written.");
        }

        if (parse.GetValue(_timings))
        {
            PrintTimings(parse, loaded, result);
        }

        if (parse.GetValue(_output) is { } folder)
        {
            try
            {
                GraphFiles.Write(result.Annotate(graph), folder, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return CommandOutput.Fail(parse, $"cannot write the analysed graph to '{folder}': {ex.Message} Choose a writable folder with -o.");
            }
        }

        var report = AnalysisReport.From(graph, result, parse.GetValue(_top));
        if (parse.GetValue(_json))
        {
            CommandOutput.WriteJson(parse, report);
        }
        else
        {
            CommandOutput.WriteBuffered(parse, report.WriteText);
        }

        return CommandLine.Done;
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static void PrintTimings(ParseResult parse, (TimeSpan Wall, TimeSpan Cpu) loaded, AnalysisResult result)
    {
        var error = parse.InvocationConfiguration.Error;
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: load {loaded.Wall.TotalSeconds:0.000} s (cpu {loaded.Cpu.TotalSeconds:0.000} s)"));
        foreach (var t in result.Timings)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timing: {t.Phase} {t.Elapsed.TotalSeconds:0.000} s (cpu {t.Cpu.TotalSeconds:0.000} s)"));
        }
    }

    /// <summary>The JSON shape of <c>analyze --json</c>; the tables print the same data.</summary>
    internal sealed record AnalysisReport(
        int Nodes,
        int Edges,
        int Components,
        int LargestComponent,
        int Communities,
        double Modularity,
        int PageRankIterations,
        BetweennessInfo Betweenness,
        IReadOnlyDictionary<string, IReadOnlyList<RankedNode>> Top)
    {
        public static AnalysisReport From(KnowledgeGraph graph, AnalysisResult result, int top)
        {
            var rankings = new SortedDictionary<string, IReadOnlyList<RankedNode>>(StringComparer.Ordinal)
            {
                ["all"] = Rank(graph.Nodes, result, top),
            };
            foreach (var type in RankedTypes)
            {
                rankings[type.ToString()] = Rank(graph.NodesOf(type), result, top);
            }

            return new AnalysisReport(graph.Nodes.Count, graph.Edges.Count, result.ComponentSizes.Length,
                result.ComponentSizes.IsEmpty ? 0 : result.ComponentSizes[0], result.CommunityCount, result.Modularity,
                result.PageRankIterations, new BetweennessInfo(result.BetweennessIsEstimate, result.BetweennessSources, result.Seed), rankings);
        }

        private static List<RankedNode> Rank(IEnumerable<Node> nodes, AnalysisResult result, int top) =>
            [.. nodes.Select(n => (Node: n, Score: result.Scores[n.Id]))
                .OrderByDescending(x => x.Score.PageRank).ThenBy(x => x.Node.Id, StringComparer.Ordinal)
                .Take(top)
                .Select(x => new RankedNode(x.Node.Id, x.Node.Type.ToString(), x.Node.Name, x.Score.PageRank, x.Score.Degree,
                    x.Score.InDegree, x.Score.OutDegree, x.Score.Betweenness, x.Score.Community))];

        public void WriteText(TextWriter output)
        {
            var inv = CultureInfo.InvariantCulture;
            output.Write(string.Create(inv, $"{Nodes} nodes, {Edges} edges; {Components} weakly connected components (largest {LargestComponent} nodes); {Communities} communities, modularity {Modularity:0.0000}.\n"));
            output.Write(string.Create(inv, $"PageRank: damping 0.85, {PageRankIterations} iterations. Betweenness: "));
            output.Write(Betweenness.Estimate
                ? string.Create(inv, $"an estimate from {Betweenness.Sources} sampled sources (seed {Betweenness.Seed}).\n")
                : "exact.\n");
            foreach (var type in RankedTypes.Select(t => t.ToString()))
            {
                var rows = Top[type];
                if (rows.Count == 0)
                {
                    continue;
                }

                output.Write($"\nTop {type} by PageRank\n");
                var table = new TextTable("#", "name", "pagerank", "degree", "betweenness", "community");
                for (var i = 0; i < rows.Count; i++)
                {
                    table.Add(i + 1, rows[i].Name, rows[i].PageRank, rows[i].Degree, rows[i].Betweenness, rows[i].Community);
                }

                table.WriteTo(output);
            }
        }
    }

    internal sealed record BetweennessInfo(bool Estimate, int Sources, int Seed);

    internal sealed record RankedNode(string Id, string Type, string Name, double PageRank, int Degree, int InDegree, int OutDegree, double Betweenness, int Community);
}
