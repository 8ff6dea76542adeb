namespace PolicyGraph.Export.Binary;

/// <summary>
/// <c>graph.bin</c>, a compact form of <c>graph.json</c> that loads fast: a header, a table of every distinct
/// string (UTF-8), then graph properties, nodes and edges in the graph's own order, each property as a string
/// index, a kind byte and its value. Written beside <c>graph.json</c> in the same atomic batch; the header records
/// the length of the <c>graph.json</c> it mirrors so that a reader can tell when it has gone stale.
/// </summary>
/// <remarks>
/// Layout (little-endian; "n" is a 7-bit encoded count as in <see cref="BinaryWriter.Write7BitEncodedInt(int)"/>):
/// magic <c>PGRAPHB1</c>, int32 format version, int32 schema version, int64 length of graph.json (-1 unknown);
/// n strings; graph properties; n nodes, int32 byte length, then the nodes (id, type byte, name, properties);
/// n edges, n chunks, each int32 edge count, int32 byte length, then its edges (source, target, type byte,
/// properties). Properties: n, then per property key, kind byte, value (string index, 7-bit int64, float64,
/// or n string indexes for a list). Sections carry their lengths so that a reader decodes them in parallel.
/// </remarks>
public static class BinaryGraphFormat
{
    /// <summary>The file's name beside <c>graph.json</c>.</summary>
    public const string FileName = "graph.bin";

    /// <summary>The version of this layout; a reader rejects any other.</summary>
    public const int FormatVersion = 2;

    /// <summary>Where the header holds the length of graph.json: after the magic and the two int32 versions.</summary>
    internal const int JsonLengthOffset = 16;

    /// <summary>How many edges one independently decodable chunk holds.</summary>
    internal const int EdgesPerChunk = 16384;

    /// <summary>The first eight bytes of every such file.</summary>
    internal static ReadOnlySpan<byte> Magic => "PGRAPHB1"u8;
}
