using System.Text.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Json;

/// <summary>Reads a graph written by <see cref="JsonGraphWriter"/>; bad input is a result, not an exception.</summary>
public static class JsonGraphReader
{
    /// <summary>Reads the graph at <paramref name="path"/>.</summary>
    public static GraphReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return GraphReadResult.Failure($"Graph file '{path}' does not exist; run 'policygraph build' first or pass --graph.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return Read(stream, path);
        }
        catch (IOException ex)
        {
            return GraphReadResult.Failure($"Cannot read graph file '{path}': {ex.Message}");
        }
        catch (UnauthorizedAccessException ex)
        {
            return GraphReadResult.Failure($"Cannot read graph file '{path}': {ex.Message}");
        }
    }

    /// <summary>Reads a graph from <paramref name="input"/>; <paramref name="name"/> names it in messages.</summary>
    public static GraphReadResult Read(Stream input, string name)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            using var doc = JsonDocument.Parse(input, new JsonDocumentOptions { MaxDepth = 16 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("nodes", out var nodes) || !root.TryGetProperty("edges", out var edges))
            {
                return GraphReadResult.Failure($"Graph file '{name}' is not a PolicyGraph graph.json (no nodes/edges); rebuild it with 'policygraph build'.");
            }

            if (!root.TryGetProperty("schemaVersion", out var version) || version.GetInt32() != JsonGraphFormat.SchemaVersion)
            {
                return GraphReadResult.Failure($"Graph file '{name}' has another schemaVersion than {JsonGraphFormat.SchemaVersion}; rebuild it with this version of policygraph.");
            }

            var graphProps = Properties.Empty;
            if (root.TryGetProperty("graph", out var graphElement))
            {
                graphProps = ReadProperties(graphElement, new HashSet<string>(StringComparer.Ordinal) { "schemaVersion" });
            }

            var nodeList = new List<Node>();
            foreach (var n in nodes.EnumerateArray())
            {
                var type = Enum.Parse<NodeType>(n.GetProperty("type").GetString()!);
                nodeList.Add(new Node(n.GetProperty("id").GetString()!, type, n.GetProperty("name").GetString() ?? string.Empty,
                    ReadProperties(n, JsonGraphFormat.NodeFields)));
            }

            var edgeList = new List<Edge>();
            foreach (var e in edges.EnumerateArray())
            {
                var type = Enum.Parse<EdgeType>(e.GetProperty("type").GetString()!);
                edgeList.Add(new Edge(e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!, type,
                    ReadProperties(e, JsonGraphFormat.EdgeFields)));
            }

            return GraphReadResult.Success(new KnowledgeGraph(nodeList, edgeList, graphProps));
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or FormatException)
        {
            return GraphReadResult.Failure($"Graph file '{name}' is corrupt ({ex.Message.Split('\n')[0]}); rebuild it with 'policygraph build'.");
        }
    }

    private static Properties ReadProperties(JsonElement element, IReadOnlySet<string> skip)
    {
        var props = Properties.Empty;
        foreach (var p in element.EnumerateObject())
        {
            if (skip.Contains(p.Name))
            {
                continue;
            }

            props = props.With(p.Name, p.Value.ValueKind switch
            {
                JsonValueKind.String when JsonGraphFormat.DateKeys.Contains(p.Name) => PropertyValue.Date(p.Value.GetString()!),
                JsonValueKind.String => PropertyValue.Of(p.Value.GetString()!),
                JsonValueKind.True => PropertyValue.Of(true),
                JsonValueKind.False => PropertyValue.Of(false),
                JsonValueKind.Number when IsInteger(p.Value) => PropertyValue.Of(p.Value.GetInt64()),
                JsonValueKind.Number => PropertyValue.Of(p.Value.GetDouble()),
                JsonValueKind.Array => PropertyValue.Of(p.Value.EnumerateArray().Select(i => i.GetString() ?? string.Empty).ToList()),
                _ => throw new FormatException($"property '{p.Name}' has an unsupported JSON value"),
            });
        }

        return props;
    }

    private static bool IsInteger(JsonElement number)
    {
        var raw = number.GetRawText();
        return raw.IndexOfAny(['.', 'e', 'E']) < 0;
    }
}

/// <summary>A graph read from a file, or why it could not be read.</summary>
public sealed record GraphReadResult(KnowledgeGraph? Graph, string? Error)
{
    /// <summary>Whether the graph was read.</summary>
    public bool Succeeded => Graph is not null;

    internal static GraphReadResult Success(KnowledgeGraph graph) => new(graph, null);

    internal static GraphReadResult Failure(string error) => new(null, error);
}
