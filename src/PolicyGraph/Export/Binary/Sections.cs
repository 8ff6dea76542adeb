using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// The node section and edge chunks of a <c>graph.bin</c>, decoded in parallel into their slots of the node and
/// edge arrays; then every edge is checked to name nodes of the file.
/// </summary>
internal sealed class Sections(byte[] bytes, string[] strings)
{
    private readonly List<(int Start, int End, int First, int Count, bool IsNodes)> _parts = [];

    /// <summary>Notes a section of <paramref name="count"/> items starting at item <paramref name="first"/> and skips over it.</summary>
    public void Add(ref ByteReader r, int first, int count, bool isNodes)
    {
        var length = r.ReadInt32();
        var start = r.Position;
        r.Take(length);
        _parts.Add((start, start + length, first, count, isNodes));
    }

    /// <summary>Decodes every section into <paramref name="nodes"/> and <paramref name="edges"/>.</summary>
    /// <exception cref="FormatException">A section is malformed or an edge names no node.</exception>
    public void Decode(Node[] nodes, Edge[] edges)
    {
        var nodeIds = new int[nodes.Length];
        var ends = new int[edges.Length * 2];
        Parallel.ForEach(_parts, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, part =>
        {
            var r = new ByteReader(bytes, part.Start, part.End);
            for (var i = part.First; i < part.First + part.Count; i++)
            {
                if (part.IsNodes)
                {
                    nodeIds[i] = r.ReadCount();
                    var type = (NodeType)r.ReadByte();
                    nodes[i] = new Node(strings[nodeIds[i]], type, strings[r.ReadCount()], ReadProperties(ref r, strings));
                }
                else
                {
                    ends[2 * i] = r.ReadCount();
                    ends[(2 * i) + 1] = r.ReadCount();
                    var type = (EdgeType)r.ReadByte();
                    edges[i] = new Edge(strings[ends[2 * i]], strings[ends[(2 * i) + 1]], type, ReadProperties(ref r, strings));
                }
            }

            if (r.Position != part.End)
            {
                throw new FormatException("a section has bytes left over");
            }
        });

        var isNode = new bool[strings.Length];
        foreach (var id in nodeIds)
        {
            isNode[id] = true;
        }

        foreach (var end in ends)
        {
            if (!isNode[end])
            {
                throw new FormatException($"an edge names '{strings[end]}', which is no node of the graph");
            }
        }
    }

    /// <summary>Reads one property set.</summary>
    public static Properties ReadProperties(ref ByteReader r, string[] strings)
    {
        var count = r.ReadCount();
        if (count == 0)
        {
            return Properties.Empty;
        }

        var items = new KeyValuePair<string, PropertyValue>[count];
        for (var i = 0; i < count; i++)
        {
            var key = strings[r.ReadCount()];
            var kind = (PropertyKind)r.ReadByte();
            items[i] = new(key, kind switch
            {
                PropertyKind.Int => PropertyValue.Of(r.ReadVarLong()),
                PropertyKind.Bool => PropertyValue.Of(r.ReadVarLong() != 0),
                PropertyKind.Float => PropertyValue.Of(r.ReadDouble()),
                PropertyKind.StringList => PropertyValue.Of(ReadList(ref r, strings)),
                PropertyKind.Date => PropertyValue.Date(strings[r.ReadCount()]),
                PropertyKind.String => PropertyValue.Of(strings[r.ReadCount()]),
                _ => throw new FormatException($"unknown property kind {(int)kind}"),
            });
        }

        return Properties.FromOrdered(items);
    }

    private static string[] ReadList(ref ByteReader r, string[] strings)
    {
        var list = new string[r.ReadCount()];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = strings[r.ReadCount()];
        }

        return list;
    }
}
