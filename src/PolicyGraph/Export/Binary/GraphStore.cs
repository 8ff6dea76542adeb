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
        if (Directory.Exists(path))
        {
            path = Path.Combine(path, GraphFiles.Json);
        }

        if (path.EndsWith(".bin", StringComparison.OrdinalIgnoreCase))
        {
            return File.Exists(path)
                ? BinaryGraphReader.ReadFile(path)
                : GraphReadResult.Failure($"Graph file '{path}' does not exist; run 'policygraph build' first or pass --graph.");
        }

        var bin = BinaryPathFor(path);
        if (IsFresh(bin, path) && BinaryGraphReader.ReadFile(bin) is { Succeeded: true } fast)
        {
            return fast;
        }

        return JsonGraphReader.ReadFile(path);
    }

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
