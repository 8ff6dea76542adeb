using System.CommandLine;
using PolicyGraph.Export;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;

namespace PolicyGraph.Cli.Commands;

/// <summary>The <c>--graph FILE</c> option of commands that read a built graph, and reading it.</summary>
internal static class GraphOption
{
    /// <summary>The default graph file: what <c>policygraph build</c> writes.</summary>
    public static readonly string DefaultPath = Path.Combine("graph-export", GraphFiles.Json);

    /// <summary>A new <c>--graph</c> option.</summary>
    public static Option<string> Create() => new("--graph")
    {
        Description = "The graph written by 'policygraph build': graph.json (its fresh graph.bin is read instead), graph.bin or their folder.",
        DefaultValueFactory = _ => DefaultPath,
    };

    /// <summary>Reads the graph, or writes one error line to <paramref name="error"/> and returns null.</summary>
    public static KnowledgeGraph? Read(string path, TextWriter error)
    {
        var result = GraphStore.Load(path);
        if (result.Graph is null)
        {
            error.WriteLine("policygraph: " + result.Error);
        }

        return result.Graph;
    }
}
