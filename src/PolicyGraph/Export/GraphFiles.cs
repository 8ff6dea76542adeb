using PolicyGraph.Export.GraphMl;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export;

/// <summary>The files a build writes: <c>graph.graphml</c> and <c>graph.json</c>, replaced together or not at all.</summary>
public static class GraphFiles
{
    /// <summary>The GraphML file's name.</summary>
    public const string GraphMl = "graph.graphml";

    /// <summary>The JSON file's name.</summary>
    public const string Json = "graph.json";

    /// <summary>Writes both files into <paramref name="folder"/> atomically.</summary>
    public static void Write(KnowledgeGraph graph, string folder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(folder);
        AtomicFile.WriteAll(
        [
            (Path.Combine(folder, GraphMl), s => new GraphMlWriter().Write(graph, s)),
            (Path.Combine(folder, Json), s => new JsonGraphWriter().Write(graph, s)),
        ], cancellationToken);
    }
}
