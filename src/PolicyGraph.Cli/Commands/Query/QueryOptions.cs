using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;
using PolicyGraph.Pipeline;
using PolicyGraph.Query;
using PolicyGraph.Query.Index;

namespace PolicyGraph.Cli.Commands.Query;

/// <summary>The options every query shares (<c>--graph</c>, <c>--json</c>) and how a query is run and printed.</summary>
internal sealed class QueryOptions
{
    // How much a query may allocate before the runtime collects (see AvoidCollections).
    private const long NoCollectionBudget = 256L << 20;

    public Option<string> Graph { get; } = new("--graph")
    {
        Description = "The graph.json to query.",
        DefaultValueFactory = _ => "graph-export/graph.json",
        Recursive = true,
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Print one JSON document instead of tables.", Recursive = true };

    public Option<bool> Timings { get; } = new("--timings") { Description = "Print how long loading the graph and answering took on stderr.", Recursive = true };

    public Option<bool> NoIndex { get; } = new("--no-index")
    {
        Description = "Read graph.json in full instead of the query index kept beside it (.graph.json.query-index).",
        Recursive = true,
    };

    /// <summary>
    /// Answers from the query index beside the graph when it is current (<paramref name="plan"/> picks the part
    /// of the graph the query reads); otherwise loads graph.json in full and writes the index for next time.
    /// Prints JSON or text; 1 when the graph or a name is not found.
    /// </summary>
    public int Run<T>(ParseResult parse, Func<QueryIndex, KnowledgeGraph>? plan, Func<KnowledgeGraph, EntityLookup?, QueryResult<T>> query, Action<T, TextWriter> writeText)
        where T : class =>
        Run(parse, plan is null ? null : index =>
        {
            var part = plan(index);
            return (query(part, index.Lookup), FormattableString.Invariant($"query index, {part.Nodes.Count} nodes read"));
        }, query, writeText);

    /// <summary>
    /// Answers with <paramref name="fromIndex"/> when the query index beside the graph is current and it gives an
    /// answer (with a note of what it read); otherwise with <paramref name="query"/> on the whole graph.
    /// </summary>
    public int Run<T>(ParseResult parse, Func<QueryIndex, (QueryResult<T> Result, string Source)?>? fromIndex, Func<KnowledgeGraph, EntityLookup?, QueryResult<T>> query, Action<T, TextWriter> writeText)
        where T : class
    {
        var clock = Stopwatch.StartNew();
        AvoidCollections();
        var given = parse.GetValue(Graph)!;
        // The index sits beside graph.json, whichever of graph.json, graph.bin or their folder was given.
        var path = GraphStore.JsonPathFor(given);
        var useIndex = fromIndex is not null && !parse.GetValue(NoIndex);
        QueryResult<T>? result = null;
        var loaded = TimeSpan.Zero;
        var source = "graph.json";
        if (useIndex && QueryIndex.TryLoad(path) is { } index)
        {
            loaded = clock.Elapsed;
            using (index)
            {
                if (fromIndex!(index) is { } answer)
                {
                    (result, source) = answer;
                }
            }
        }

        if (result is null)
        {
            if (CommandOutput.LoadGraph(parse, given) is not { } graph)
            {
                return CommandLine.Failed;
            }

            loaded = clock.Elapsed;
            result = query(graph, null);
            if (useIndex)
            {
                QueryIndexWriter.TryWrite(graph, path);
            }
        }

        if (parse.GetValue(Timings))
        {
            var answered = clock.Elapsed;
            var sinceStart = PhaseTimer.SinceProcessStart();
            parse.InvocationConfiguration.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"timing: load {loaded.TotalMilliseconds:0} ms ({source}), query {(answered - loaded).TotalMilliseconds:0} ms, since process start {sinceStart.Wall.TotalMilliseconds:0} ms (cpu {sinceStart.Cpu.TotalMilliseconds:0} ms), allocated {GC.GetTotalAllocatedBytes() / 1e6:0.0} MB"));
        }

        if (result.Value is not { } value)
        {
            return CommandOutput.Fail(parse, result.Error!);
        }

        if (parse.GetValue(Json))
        {
            CommandOutput.WriteJson(parse, value);
        }
        else
        {
            CommandOutput.WriteBuffered(parse, output => writeText(value, output));
        }

        return CommandLine.Done;
    }

    /// <summary>
    /// Lets a query allocate without garbage collections: the process is short-lived and its data mostly stays
    /// reachable to the end, so collecting (a gen-2 collection once large arrays pass the small initial budget)
    /// is pure cost. Past the budget the runtime collects as usual.
    /// </summary>
    private static void AvoidCollections()
    {
        try
        {
            GC.TryStartNoGCRegion(NoCollectionBudget);
        }
        catch (InvalidOperationException)
        {
            // Already in such a region (a test running several queries in one process).
        }
    }

    /// <summary>An option taking an ISO date, a month or a year (2024-05-03, 2024-05, 2024).</summary>
    public static Option<string?> DateOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description + " (yyyy-MM-dd, yyyy-MM or yyyy)" };
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !IsIsoPrefix(value))
            {
                result.AddError($"{name} '{value}' is not a date; write it as yyyy-MM-dd, yyyy-MM or yyyy.");
            }
        });
        return option;
    }

    /// <summary>An option naming a node type (Person, Organization, Initiative, Event, Place, Document, Statement).</summary>
    public static Option<NodeType?> TypeOption(string description) => new("--type")
    {
        Description = description,
        CustomParser = ParseType,
    };

    private static NodeType? ParseType(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (Enum.TryParse<NodeType>(text, ignoreCase: true, out var type) && Enum.IsDefined(type))
        {
            return type;
        }

        result.AddError($"--type '{text}' is not a node type; use one of {string.Join(", ", Enum.GetNames<NodeType>())}.");
        return null;
    }

    private static bool IsIsoPrefix(string value) =>
        DateTime.TryParseExact(value, ["yyyy-MM-dd", "yyyy-MM", "yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}
