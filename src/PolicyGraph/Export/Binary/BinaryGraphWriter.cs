using System.Text;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>Writes <see cref="BinaryGraphFormat"/>; deterministic for the same graph.</summary>
public sealed class BinaryGraphWriter : IGraphWriter
{
    private readonly long _jsonLength;

    /// <summary>A writer recording that the mirrored <c>graph.json</c> is <paramref name="jsonLength"/> bytes long (-1: unknown).</summary>
    public BinaryGraphWriter(long jsonLength = -1) => _jsonLength = jsonLength;

    /// <inheritdoc />
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var strings = new StringTable();
        strings.AddAll(graph.GraphProperties);
        foreach (var node in graph.Nodes)
        {
            strings.Add(node.Id);
            strings.Add(node.Name);
            strings.AddAll(node.Properties);
        }

        foreach (var edge in graph.Edges)
        {
            strings.AddAll(edge.Properties);
        }

        using var w = new BinaryWriter(output, new UTF8Encoding(false), leaveOpen: true);
        w.Write(BinaryGraphFormat.Magic);
        w.Write(BinaryGraphFormat.FormatVersion);
        w.Write(JsonGraphFormat.SchemaVersion);
        w.Write(_jsonLength);
        w.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings.InOrder)
        {
            w.Write(s);
        }

        WriteProperties(w, strings, graph.GraphProperties);

        // Nodes in one section and edges in chunks, each with its byte length, so a reader can decode them in parallel.
        w.Write7BitEncodedInt(graph.Nodes.Count);
        WriteSection(w, graph.Nodes, (s, node) =>
        {
            s.Write7BitEncodedInt(strings[node.Id]);
            s.Write((byte)node.Type);
            s.Write7BitEncodedInt(strings[node.Name]);
            WriteProperties(s, strings, node.Properties);
        });

        w.Write7BitEncodedInt(graph.Edges.Count);
        var chunks = graph.Edges.Chunk(BinaryGraphFormat.EdgesPerChunk).ToList();
        w.Write7BitEncodedInt(chunks.Count);
        foreach (var chunk in chunks)
        {
            w.Write(chunk.Length);
            WriteSection(w, chunk, (s, edge) =>
            {
                s.Write7BitEncodedInt(strings[edge.Source]);
                s.Write7BitEncodedInt(strings[edge.Target]);
                s.Write((byte)edge.Type);
                WriteProperties(s, strings, edge.Properties);
            });
        }
    }

    private static void WriteSection<T>(BinaryWriter w, IEnumerable<T> items, Action<BinaryWriter, T> write)
    {
        using var buffer = new MemoryStream();
        using (var s = new BinaryWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            foreach (var item in items)
            {
                write(s, item);
            }
        }

        w.Write(checked((int)buffer.Length));
        w.Flush();
        buffer.Position = 0;
        buffer.CopyTo(w.BaseStream);
    }

    private static void WriteProperties(BinaryWriter w, StringTable strings, Properties properties) =>
        PropertyRecord.Write(w, properties, s => strings[s]);
}
