namespace PolicyGraph.Query.Index;

/// <summary>
/// The binary query index kept beside a graph.json (<c>.graph.json.query-index</c>) so that a query need not
/// parse and materialise the whole graph. It is memory-mapped and nothing is decoded when it is opened: a query
/// binary-searches the name tables, walks the adjacency arrays from the nodes it finds, and decodes only the
/// strings and property records of the part of the graph it reads.
/// </summary>
/// <remarks>
/// Layout (little-endian): a header of magic, version, the length of the graph.json it mirrors, then the
/// offset of each <see cref="Section"/>; each section starts on an 8-byte boundary and holds fixed-width arrays.
/// Strings are UTF-8 and numbered by position: node n's id is string n, its name string N + n, then the aliases of
/// the name tables in node order, then the property keys; nodes are in the graph's (id) order and edges in its
/// edge order, so ids are binary-searchable and a set of indexes sorted ascending is already in graph order.
/// Property records use the varint encoding of graph.bin with keys as string numbers and string values in place. The index is fresh when it records graph.json's
/// current length and is not older than it (the build writes both in one batch; a query writes the index after
/// reading graph.json).
/// </remarks>
internal static class QueryIndexFormat
{
    public const int Magic = 0x49514750; // "PGQI"
    public const int Version = 6;

    /// <summary>Where the header holds the length of graph.json: after the int32 magic and the int32 version.</summary>
    public const int JsonLengthOffset = 8;

    /// <summary>Bytes before the first section: magic, version, json length, section offsets.</summary>
    public const int HeaderLength = 16 + (8 * (int)Section.Count);

    /// <summary>The sections, in file order.</summary>
    public enum Section
    {
        /// <summary>int32 string count S, int32 start of each string and the end of the last (S + 1), then the UTF-8 bytes.</summary>
        Strings,

        /// <summary>int32 N, then per node: id string, name string (int32 each), degree (int32), type (byte).</summary>
        Nodes,

        /// <summary>int32 E, then per edge: source, target (node numbers), then types (byte).</summary>
        Edges,

        /// <summary>int32 N + 1 starts, then each node's incident edge numbers, ascending.</summary>
        Incident,

        /// <summary>int32 start of each node's then each edge's property record, and the end (N + E + 1), then the records (string values in place: varint byte length, UTF-8).</summary>
        Properties,

        /// <summary>
        /// Per property record (N + E, as <see cref="Properties"/>), int32: the node number of the document its
        /// "document" property names, −1 when it has none, −2 when it names no document. A position's or a
        /// statement's document is then read without searching the ids.
        /// </summary>
        Documents,

        /// <summary>
        /// Exact names, then exact aliases, each a hash table: int32 count K, int32 bucket count B (a power of two),
        /// B + 1 starts into the pairs, then K (string, node) pairs by bucket (<see cref="NameHash"/> &amp; (B − 1)), then node.
        /// </summary>
        Names,

        /// <summary>int32 F, then per folded name: string, surface string, node, UTF-16 length (int32 each); then F + 1 starts of the folded UTF-8 bytes and the bytes.</summary>
        Folded,

        /// <summary>
        /// Per ranked measure: source int32 (0 computed, 1 stored, -1 absent: not worth computing at every build),
        /// estimate int32, N node numbers best first (padded to 8 bytes), N float64 scores by node.
        /// </summary>
        Rankings,

        /// <summary>The number of sections.</summary>
        Count,
    }

    /// <summary>Where the index of <paramref name="graphPath"/> lives.</summary>
    public static string PathFor(string graphPath)
    {
        var full = System.IO.Path.GetFullPath(graphPath);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? ".", "." + System.IO.Path.GetFileName(full) + ".query-index");
    }

    /// <summary>The hash of a name in the name tables: 32-bit FNV-1a over its UTF-16 code units.</summary>
    public static uint NameHash(string name)
    {
        var hash = 2166136261u;
        foreach (var c in name)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>The measures whose rankings the index stores, in file order.</summary>
    public static readonly TopMeasure[] RankedMeasures = [TopMeasure.PageRank, TopMeasure.Degree, TopMeasure.Betweenness];
}
