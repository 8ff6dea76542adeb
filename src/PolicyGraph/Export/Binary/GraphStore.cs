using PolicyGraph.Export.Json;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// Loads a built graph the fastest way it can: from <c>graph.bin</c> when that mirrors the <c>graph.json</c> beside
/// it, else from <c>graph.json</c>. Commands that read a graph (query, analyze, export, explain) load through here.
/// </summary>
public static class GraphStore
{
    /// <summary>
    /// Loads the graph at <paramref name="path"/>: a <c>graph.json</c> (its sibling <c>graph.bin</c> is used when fresh),
    /// a <c>graph.bin</c>, or a build's output folder.
    /// </summary>
    /// <remarks>
    /// <c>graph.bin</c> is fresh when it records the current length of <c>graph.json</c> and is not older than it:
    /// both are written in one atomic batch, so a <c>graph.json</c> rewritten alone makes the binary stale.
    /// A stale, damaged or foreign <c>graph.bin</c> is ignored in favour of <c>graph.json</c>.
    /// </remarks>
    public static GraphReadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = FileToRead(path);
        if (file.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(file))
            {
                return GraphReadResult.Failure($"Graph file '{file}' does not exist; run 'policygraph build' first or pass --graph.");
            }

            var fast = BinaryGraphReader.ReadFile(file);
            var json = JsonPathFor(path);
            return fast.Succeeded || !File.Exists(json) ? fast : JsonGraphReader.ReadFile(json);
        }

        return JsonGraphReader.ReadFile(file);
    }

    /// <summary>The file <see cref="Load"/> reads for <paramref name="path"/>: a fresh <c>graph.bin</c>, else the JSON graph.</summary>
    public static string FileToRead(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
        {
            return path;
        }

        var json = JsonPathFor(path);
        var bin = BinaryPathFor(json);
        return IsFresh(bin, json) ? bin : json;
    }

    /// <summary>The JSON graph that <paramref name="path"/> (graph.json, graph.bin or their folder) stands for.</summary>
    public static string JsonPathFor(string path) =>
        Directory.Exists(path) ? Path.Combine(path, GraphFiles.Json)
        : path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase) ? Path.ChangeExtension(path, ".json") : path;

    /// <summary>The <c>graph.bin</c> that mirrors the JSON graph at <paramref name="jsonPath"/>.</summary>
    public static string BinaryPathFor(string jsonPath) => Path.ChangeExtension(jsonPath, ".bin");

    private static bool IsFresh(string bin, string json)
    {
        if (!File.Exists(bin))
        {
            return false;
        }

        if (!File.Exists(json))
        {
            return true;
        }

        var jsonInfo = new FileInfo(json);
        return BinaryGraphReader.RecordedJsonLength(bin) == jsonInfo.Length
            && File.GetLastWriteTimeUtc(bin) >= jsonInfo.LastWriteTimeUtc;
    }
}
