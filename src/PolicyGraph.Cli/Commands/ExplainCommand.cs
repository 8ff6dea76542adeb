using System.CommandLine;
using System.Globalization;
using System.Text;
using PolicyGraph.Export;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;
using PolicyGraph.Resolution;

namespace PolicyGraph.Cli.Commands;

/// <summary><c>policygraph explain ID|NAME [--graph OUT/graph.json]</c>: why a node was merged or kept apart, with the evidence documents.</summary>
internal sealed class ExplainCommand : Command
{
    private readonly Argument<string> _id = new("id") { Description = "A node id (per_…, org_…), or a name or alias to look up." };

    private readonly Option<string> _graph = new("--graph")
    {
        Description = "The built graph (graph.json, graph.bin or its folder); resolution.json is read from beside it. Default: graph-export/graph.json",
        DefaultValueFactory = _ => Path.Combine("graph-export", GraphFiles.Json),
    };

    public ExplainCommand()
        : base("explain", "Explain why a node was merged from several names or documents, or kept apart from namesakes, with the evidence documents.")
    {
        Arguments.Add(_id);
        Options.Add(_graph);
        SetAction(Execute);
    }

    private int Execute(ParseResult parse)
    {
        var query = parse.GetValue(_id)!.Trim();
        var graphPath = parse.GetValue(_graph)!;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var read = GraphStore.Load(graphPath);
        if (Environment.GetEnvironmentVariable("POLICYGRAPH_TIMING") == "1")
        {
            // For bench/build/run.sh: how long loading the graph took, and from which file.
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"graph loaded in {clock.Elapsed.TotalMilliseconds:0} ms ({(Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds:0} ms CPU) from {GraphStore.FileToRead(graphPath)}"));
        }

        if (read.Graph is not { } graph)
        {
            return CommandLine.Fail(read.Error!);
        }

        var folder = Directory.Exists(graphPath) ? graphPath : Path.GetDirectoryName(Path.GetFullPath(graphPath))!;
        var (log, error) = ResolutionLogFile.Read(Path.Combine(folder, ResolutionLogFile.FileName));
        if (log is null)
        {
            return CommandLine.Fail(error!);
        }

        var ids = graph.TryGetNode(query, out _) || log.For(query).Count > 0
            ? [query]
            : graph.Nodes.Where(n => n.Type != NodeType.Statement && n.Type != NodeType.Document
                && (n.Name == query || n.Properties.GetList("aliases").Contains(query))).Select(n => n.Id).ToList();
        if (ids.Count == 0)
        {
            return CommandLine.Fail($"no node has the id, name or alias '{query}' in '{graphPath}'; give an id from graph.json or a name.");
        }

        var text = new StringBuilder();
        if (ids.Count > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"{ids.Count} nodes are named '{query}':\n\n");
        }

        foreach (var id in ids)
        {
            Describe(text, graph, log, id);
        }

        Console.Out.Write(text.ToString());
        return CommandLine.Done;
    }

    private static void Describe(StringBuilder text, KnowledgeGraph graph, ResolutionLog log, string id)
    {
        var inv = CultureInfo.InvariantCulture;
        if (graph.TryGetNode(id, out var node))
        {
            text.Append(inv, $"{node.Id}  {node.Type}  {node.Name}\n");
            if (node.Properties.GetList("aliases") is { Length: > 0 } aliases)
            {
                text.Append("  aliases: ").Append(string.Join("、", aliases)).Append('\n');
            }

            var mentions = graph.Structure.InEdges(id).Count(e => e.Type == EdgeType.MENTIONS);
            text.Append(inv, $"  mentioned in {mentions} documents\n");
            foreach (var e in graph.Structure.OutEdges(id).Where(e => e.Type == EdgeType.HOLDS_POSITION).Take(12))
            {
                text.Append(inv, $"  {e.Properties.GetString("title")} @ {graph[e.Target].Name}  {e.Properties.GetString("date")} {e.Properties.GetString("status")}  [{DocumentName(graph, e.Properties.GetString("document"))}]\n");
            }
        }
        else
        {
            text.Append(inv, $"{id}  (not a node of the graph)\n");
        }

        var notes = log.For(id);
        if (notes.Count == 0)
        {
            text.Append("  no resolution decision: one name, nothing merged into it and no namesake kept apart\n");
        }

        foreach (var note in notes)
        {
            text.Append(inv, $"  {Label(note.Decision)}: {note.Reason}\n");
            foreach (var related in note.Related)
            {
                text.Append(inv, $"    related: {related} {(graph.TryGetNode(related, out var r) ? r.Name : "(merged away)")}\n");
            }

            foreach (var doc in note.Documents)
            {
                text.Append("    evidence: ").Append(DocumentName(graph, doc)).Append('\n');
            }

            if (note.DocumentCount > note.Documents.Count)
            {
                text.Append(inv, $"    … and {note.DocumentCount - note.Documents.Count} more documents\n");
            }
        }

        text.Append('\n');
    }

    private static string DocumentName(KnowledgeGraph graph, string docId) =>
        graph.TryGetNode(docId, out var doc) ? doc.Properties.GetString("path") + " (" + doc.Name + ")" : docId;

    private static string Label(ResolutionDecision decision) => decision switch
    {
        ResolutionDecision.Merged => "merged",
        ResolutionDecision.KeptApart => "kept apart",
        ResolutionDecision.ResolvedInContext => "resolved in context",
        ResolutionDecision.AliasWithheld => "alias withheld",
        _ => decision.ToString(),
    };
}
