using System.Text.Encodings.Web;
using System.Text.Json;

namespace PolicyGraph.Resolution;

/// <summary>
/// <c>resolution.json</c>, written beside the graph by a build: for every node resolution decided something
/// about, the decisions with their reasons and evidence documents. <c>policygraph explain</c> reads it.
/// </summary>
public static class ResolutionLogFile
{
    /// <summary>The file's name in a build's output folder.</summary>
    public const string FileName = "resolution.json";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <summary>Writes <paramref name="log"/> to <paramref name="output"/>, nodes in id order; deterministic.</summary>
    public static void Write(ResolutionLog log, Stream output)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(output);
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("version", 1);
            w.WriteStartObject("nodes");
            foreach (var id in log.NodeIds)
            {
                w.WriteStartArray(id);
                foreach (var note in log.For(id))
                {
                    w.WriteStartObject();
                    w.WriteString("decision", note.Decision.ToString());
                    w.WriteString("reason", note.Reason);
                    WriteList(w, "related", note.Related);
                    WriteList(w, "documents", note.Documents);
                    w.WriteNumber("documentCount", note.DocumentCount);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    /// <summary>Reads the log at <paramref name="path"/>, or null (with the reason) when it is missing or unreadable.</summary>
    public static (ResolutionLog? Log, string? Error) Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return (null, $"No resolution record '{path}'; rebuild the graph with 'policygraph build' to get one.");
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var log = new ResolutionLog();
            foreach (var node in doc.RootElement.GetProperty("nodes").EnumerateObject())
            {
                foreach (var n in node.Value.EnumerateArray())
                {
                    log.Restore(node.Name, new ResolutionNote(
                        Enum.Parse<ResolutionDecision>(n.GetProperty("decision").GetString()!),
                        n.GetProperty("reason").GetString() ?? string.Empty,
                        [.. n.GetProperty("related").EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
                        [.. n.GetProperty("documents").EnumerateArray().Select(e => e.GetString() ?? string.Empty)],
                        n.GetProperty("documentCount").GetInt32()));
                }
            }

            return (log, null);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            return (null, $"Resolution record '{path}' is unreadable ({ex.Message}); rebuild the graph with 'policygraph build'.");
        }
    }

    private static void WriteList(Utf8JsonWriter w, string name, IReadOnlyList<string> items)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            w.WriteStringValue(item);
        }

        w.WriteEndArray();
    }
}
