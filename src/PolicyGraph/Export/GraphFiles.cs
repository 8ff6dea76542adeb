using PolicyGraph.Export.Binary;
using PolicyGraph.Export.GraphMl;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Pipeline;

namespace PolicyGraph.Export;

/// <summary>
/// The files a build writes: <c>graph.graphml</c>, <c>graph.json</c> and <c>graph.bin</c> (the fast-loading mirror
/// of graph.json, see <see cref="GraphStore"/>), replaced together or not at all.
/// </summary>
public static class GraphFiles
{
    /// <summary>The GraphML file's name.</summary>
    public const string GraphMl = "graph.graphml";

    /// <summary>The JSON file's name.</summary>
    public const string Json = "graph.json";

    /// <summary>Writes the files into <paramref name="folder"/> atomically.</summary>
    public static void Write(KnowledgeGraph graph, string folder, CancellationToken cancellationToken = default) =>
        Write(graph, folder, [], cancellationToken);

    /// <summary>Writes the files and <paramref name="extra"/> ones (name in the folder, writer) into <paramref name="folder"/>, all atomically together.</summary>
    public static void Write(KnowledgeGraph graph, string folder, IReadOnlyList<(string Name, Action<Stream> Write)> extra, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(extra);
        long jsonLength = -1;
        IReadOnlyList<(string, Action<Stream>)> json =
        [
            (Path.Combine(folder, Json), s =>
            {
                PhaseTimer.Time("  write graph.json", () => new JsonGraphWriter().Write(graph, s));
                jsonLength = s.Position;
            }),
            // Written after graph.json so that it records graph.json's length and is not older than it.
            (Path.Combine(folder, BinaryGraphFormat.FileName), s => PhaseTimer.Time("  write graph.bin", () => new BinaryGraphWriter(jsonLength).Write(graph, s))),
        ];
        PhaseTimer.Time("write files", () => AtomicFile.WriteAllParallel(
        [
            [(Path.Combine(folder, GraphMl), s => PhaseTimer.Time("  write graph.graphml", () => new GraphMlWriter().Write(graph, s)))],
            json,
            .. extra.Select(e => (IReadOnlyList<(string, Action<Stream>)>)[(Path.Combine(folder, e.Name), s => PhaseTimer.Time("  write " + e.Name, () => e.Write(s)))]),
        ], cancellationToken));
    }
}
