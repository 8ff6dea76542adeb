using System.Text;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>Reads <see cref="BinaryGraphFormat"/>; a damaged or foreign file is a result, not an exception.</summary>
public static class BinaryGraphReader
{
    /// <summary>The length of <c>graph.json</c> recorded in the file at <paramref name="path"/>, or null when it is no readable graph.bin.</summary>
    public static long? RecordedJsonLength(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = File.OpenRead(path);
            using var r = new BinaryReader(stream, Encoding.UTF8);
            return ReadHeader(r) ? r.ReadInt64() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads the graph at <paramref name="path"/>.</summary>
    public static GraphReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var bytes = File.ReadAllBytes(path);
            using var stream = new MemoryStream(bytes, writable: false);
            return Read(stream, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
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
            using var r = new BinaryReader(input, Encoding.UTF8, leaveOpen: true);
            if (!ReadHeader(r))
            {
                return GraphReadResult.Failure($"Graph file '{name}' is not a graph.bin of this version of policygraph; rebuild it with 'policygraph build'.");
            }

            r.ReadInt64();
            var strings = new string[r.Read7BitEncodedInt()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = r.ReadString();
            }

            var graphProperties = ReadProperties(r, strings);
            var nodes = new Node[r.Read7BitEncodedInt()];
            for (var i = 0; i < nodes.Length; i++)
            {
                var id = strings[r.Read7BitEncodedInt()];
                var type = (NodeType)r.ReadByte();
                nodes[i] = new Node(id, type, strings[r.Read7BitEncodedInt()], ReadProperties(r, strings));
            }

            var edges = new Edge[r.Read7BitEncodedInt()];
            for (var i = 0; i < edges.Length; i++)
            {
                var source = strings[r.Read7BitEncodedInt()];
                var target = strings[r.Read7BitEncodedInt()];
                edges[i] = new Edge(source, target, (EdgeType)r.ReadByte(), ReadProperties(r, strings));
            }

            return GraphReadResult.Success(KnowledgeGraph.FromOrdered(nodes, edges, graphProperties));
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or IndexOutOfRangeException or FormatException or ArgumentException or DecoderFallbackException)
        {
            return GraphReadResult.Failure($"Graph file '{name}' is corrupt ({ex.Message}); rebuild it with 'policygraph build'.");
        }
    }

    private static bool ReadHeader(BinaryReader r)
    {
        Span<byte> magic = stackalloc byte[8];
        return r.Read(magic) == 8 && magic.SequenceEqual(BinaryGraphFormat.Magic)
            && r.ReadInt32() == BinaryGraphFormat.FormatVersion && r.ReadInt32() == JsonGraphFormat.SchemaVersion;
    }

    private static Properties ReadProperties(BinaryReader r, string[] strings)
    {
        var count = r.Read7BitEncodedInt();
        if (count == 0)
        {
            return Properties.Empty;
        }

        var items = new KeyValuePair<string, PropertyValue>[count];
        for (var i = 0; i < count; i++)
        {
            var key = strings[r.Read7BitEncodedInt()];
            var kind = (PropertyKind)r.ReadByte();
            items[i] = new(key, kind switch
            {
                PropertyKind.Int => PropertyValue.Of(r.Read7BitEncodedInt64()),
                PropertyKind.Bool => PropertyValue.Of(r.Read7BitEncodedInt64() != 0),
                PropertyKind.Float => PropertyValue.Of(r.ReadDouble()),
                PropertyKind.StringList => PropertyValue.Of(ReadList(r, strings)),
                PropertyKind.Date => PropertyValue.Date(strings[r.Read7BitEncodedInt()]),
                PropertyKind.String => PropertyValue.Of(strings[r.Read7BitEncodedInt()]),
                _ => throw new FormatException($"unknown property kind {(int)kind}"),
            });
        }

        return Properties.FromOrdered(items);
    }

    private static string[] ReadList(BinaryReader r, string[] strings)
    {
        var list = new string[r.Read7BitEncodedInt()];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = strings[r.Read7BitEncodedInt()];
        }

        return list;
    }
}
