using System.Runtime.CompilerServices;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// The property records of a query index: every node's then every edge's properties in graph.bin's encoding
/// (<see cref="Export.Binary.PropertyRecord"/>), except that string values are written in place (a varint byte
/// length and UTF-8) and only keys are numbered. Values are read once per query, so numbering them would buy
/// nothing but a hash lookup of every string at every build.
/// </summary>
internal sealed class IndexRecords
{
    // Keys seen, by reference: a graph has a handful of keys, each the same instance on up to every edge.
    private readonly string?[] _recentKeys = new string?[64];
    private readonly int[] _recentNumbers = new int[64];
    private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly int _firstKey;

    private IndexRecords(int firstKey) => _firstKey = firstKey;

    /// <summary>The keys, in the order numbered from the first key number on.</summary>
    public List<string> Keys { get; } = [];

    /// <summary>The section: N + E + 1 record starts (node k, edge N + k), then the records.</summary>
    public ByteBuffer[] Section { get; private set; } = [];

    /// <summary>The records of <paramref name="graph"/>, keys numbered from <paramref name="firstKey"/> in order of first use.</summary>
    public static IndexRecords Of(KnowledgeGraph graph, int firstKey)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var records = new IndexRecords(firstKey);
        var nodes = graph.Nodes;
        var edges = graph.Edges;
        var starts = new int[nodes.Count + edges.Count + 1];
        var bytes = new ByteBuffer(16 * starts.Length);
        var k = 0;
        foreach (var node in nodes)
        {
            starts[k++] = bytes.Length;
            records.Write(bytes, node.Properties);
        }

        foreach (var edge in edges)
        {
            starts[k++] = bytes.Length;
            records.Write(bytes, edge.Properties);
        }

        starts[k] = bytes.Length;
        var offsets = new ByteBuffer(4 * starts.Length);
        offsets.WriteInt32s(starts);
        records.Section = [offsets, bytes];
        return records;
    }

    private void Write(ByteBuffer w, Properties properties)
    {
        var items = properties.Items;
        w.WriteVarInt((uint)items.Length);
        foreach (var (key, value) in items)
        {
            w.WriteVarInt((uint)Number(key));
            w.WriteByte((byte)value.Kind);
            switch (value.Kind)
            {
                case PropertyKind.Int:
                case PropertyKind.Bool:
                    w.WriteVarInt((ulong)value.Integer);
                    break;
                case PropertyKind.Float:
                    w.WriteDouble(value.Number);
                    break;
                case PropertyKind.StringList:
                    var list = value.List.IsDefault ? [] : value.List;
                    w.WriteVarInt((uint)list.Length);
                    foreach (var item in list)
                    {
                        w.WriteString(item);
                    }

                    break;
                default:
                    w.WriteString(value.Text ?? string.Empty);
                    break;
            }
        }
    }

    private int Number(string key)
    {
        var slot = RuntimeHelpers.GetHashCode(key) & (_recentKeys.Length - 1);
        if (!ReferenceEquals(_recentKeys[slot], key))
        {
            if (!_numbers.TryGetValue(key, out var number))
            {
                number = _firstKey + Keys.Count;
                _numbers.Add(key, number);
                Keys.Add(key);
            }

            _recentKeys[slot] = key;
            _recentNumbers[slot] = number;
        }

        return _recentNumbers[slot];
    }
}
