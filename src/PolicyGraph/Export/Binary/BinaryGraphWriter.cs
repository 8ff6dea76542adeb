using PolicyGraph.Export.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>Writes <see cref="BinaryGraphFormat"/>; deterministic for the same graph.</summary>
/// <remarks>
/// One pass over the graph: strings are numbered as the sections are encoded, in the order the reader meets them
/// (graph properties, then each node's id, name and properties, then each edge's ends and properties), and the
/// string table is written before the sections once all are known.
/// </remarks>
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
        var graphProperties = new ByteBuffer(64);
        PropertyRecord.Write(graphProperties, graph.GraphProperties, strings);

        // Nodes in one section and edges in chunks, so a reader can decode them in parallel.
        var nodes = new ByteBuffer(graph.Nodes.Count * 48);
        var idNumbers = new uint[graph.Nodes.Count];
        for (var n = 0; n < idNumbers.Length; n++)
        {
            var node = graph.Nodes[n];
            nodes.WriteVarInt(idNumbers[n] = (uint)strings.Add(node.Id));
            nodes.WriteByte((byte)node.Type);
            nodes.WriteVarInt((uint)strings.Add(node.Name));
            PropertyRecord.Write(nodes, node.Properties, strings);
        }

        // An edge's ends are node ids, numbered with the nodes: found by the ends' node numbers, not looked up.
        var edges = graph.Edges;
        var ends = graph.Ends;
        var chunks = new List<ByteBuffer>((edges.Count + BinaryGraphFormat.EdgesPerChunk - 1) / BinaryGraphFormat.EdgesPerChunk);
        for (var start = 0; start < edges.Count; start += BinaryGraphFormat.EdgesPerChunk)
        {
            var end = Math.Min(edges.Count, start + BinaryGraphFormat.EdgesPerChunk);
            var chunk = new ByteBuffer((end - start) * 24);
            for (var i = start; i < end; i++)
            {
                var edge = edges[i];
                chunk.WriteVarInt(idNumbers[ends.Sources[i]]);
                chunk.WriteVarInt(idNumbers[ends.Targets[i]]);
                chunk.WriteByte((byte)edge.Type);
                PropertyRecord.Write(chunk, edge.Properties, strings);
            }

            chunks.Add(chunk);
        }

        var head = new ByteBuffer(1 << 20);
        head.WriteBytes(BinaryGraphFormat.Magic);
        head.WriteInt32(BinaryGraphFormat.FormatVersion);
        head.WriteInt32(JsonGraphFormat.SchemaVersion);
        head.WriteInt64(_jsonLength);
        head.WriteVarInt((uint)strings.Count);
        foreach (var s in strings.InOrder)
        {
            head.WriteString(s);
        }

        graphProperties.CopyTo(head);
        head.WriteVarInt((uint)graph.Nodes.Count);
        head.WriteInt32(nodes.Length);
        head.CopyTo(output);
        nodes.CopyTo(output);

        var counts = new ByteBuffer(16);
        counts.WriteVarInt((uint)edges.Count);
        counts.WriteVarInt((uint)chunks.Count);
        counts.CopyTo(output);
        for (var c = 0; c < chunks.Count; c++)
        {
            var prefix = new ByteBuffer(16);
            prefix.WriteInt32(Math.Min(BinaryGraphFormat.EdgesPerChunk, edges.Count - (c * BinaryGraphFormat.EdgesPerChunk)));
            prefix.WriteInt32(chunks[c].Length);
            prefix.CopyTo(output);
            chunks[c].CopyTo(output);
        }
    }
}
