using System.Buffers.Binary;
using PolicyGraph.Export.Binary;
using PolicyGraph.Export.GraphMl;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Pipeline;
using PolicyGraph.Query.Index;

namespace PolicyGraph.Export;

/// <summary>
/// The files a build writes: <c>graph.graphml</c>, <c>graph.json</c>, <c>graph.bin</c> (the fast-loading mirror
/// of graph.json, see <see cref="GraphStore"/>) and the query index beside graph.json, replaced together or not at all.
/// </summary>
public static class GraphFiles
{
    /// <summary>The GraphML file's name.</summary>
    public const string GraphMl = "graph.graphml";

    /// <summary>The JSON file's name.</summary>
    public const string Json = "graph.json";

    /// <summary>The names of the files <see cref="Write(KnowledgeGraph, string, CancellationToken)"/> writes into its folder.</summary>
    public static IReadOnlyList<string> Names { get; } = [GraphMl, Json, BinaryGraphFormat.FileName, Path.GetFileName(QueryIndexFormat.PathFor(Json))];

    // graph.bin and the query index record graph.json's length in their headers. They are written at the same time
    // as graph.json with this stand-in, which is replaced once graph.json's length is known.
    private const long PendingJsonLength = -1;

    /// <summary>Writes the files into <paramref name="folder"/> atomically.</summary>
    public static void Write(KnowledgeGraph graph, string folder, CancellationToken cancellationToken = default) =>
        Write(graph, folder, [], cancellationToken);

    /// <summary>Writes the files and <paramref name="extra"/> ones (name in the folder, writer) into <paramref name="folder"/>, all atomically together.</summary>
    /// <remarks>
    /// All files are written at the same time, each on its own thread. graph.bin and the query index are completed
    /// with graph.json's length after all are written, so that they are never older than graph.json.
    /// </remarks>
    public static void Write(KnowledgeGraph graph, string folder, IReadOnlyList<(string Name, Action<Stream> Write)> extra, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(extra);
        long jsonLength = -1;
        var indexPath = QueryIndexFormat.PathFor(Path.Combine(folder, Json));
        PendingFile[] files =
        [
            // The longest writer first, so that it starts first.
            new(indexPath, s => PhaseTimer.Time("  write query index", () => QueryIndexWriter.Write(graph, PendingJsonLength, s)),
                s => RecordJsonLength(s, QueryIndexFormat.JsonLengthOffset, jsonLength)),
            new(Path.Combine(folder, GraphMl), s => PhaseTimer.Time("  write graph.graphml", () => new GraphMlWriter().Write(graph, s))),
            new(Path.Combine(folder, Json), s =>
            {
                PhaseTimer.Time("  write graph.json", () => new JsonGraphWriter().Write(graph, s));
                jsonLength = s.Position;
            }),
            new(Path.Combine(folder, BinaryGraphFormat.FileName), s => PhaseTimer.Time("  write graph.bin", () => new BinaryGraphWriter(PendingJsonLength).Write(graph, s)),
                s => RecordJsonLength(s, BinaryGraphFormat.JsonLengthOffset, jsonLength)),
            .. extra.Select(e => new PendingFile(Path.Combine(folder, e.Name), s => PhaseTimer.Time("  write " + e.Name, () => e.Write(s)))),
        ];
        // What the writers allocate dies when they finish (an xwlb graph, 371,000 nodes and edges: 146 MB), so they
        // run without collections.
        var budget = (64L << 20) + (640L * (graph.Nodes.Count + graph.Edges.Count));
        CollectionFreePhase.Run(budget, () => PhaseTimer.Time("write files", () => AtomicFile.WriteAllParallel(files, cancellationToken)));
    }

    // Replaces the stand-in length at offset, in a header the writer laid out, with graph.json's.
    private static void RecordJsonLength(Stream stream, int offset, long jsonLength)
    {
        Span<byte> field = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64LittleEndian(field, jsonLength);
        stream.Flush();
        stream.Position = offset;
        stream.Write(field);
    }
}
