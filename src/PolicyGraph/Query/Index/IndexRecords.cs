using System.Runtime.CompilerServices;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// The property records of a query index: every node's then every edge's properties in graph.bin's encoding
/// (<see cref="Export.Binary.PropertyRecord"/>), except that string values are written in place (a varint byte
/// length and UTF-8) and only keys are numbered. Values are read once per query, so numbering them would buy
/// nothing but a hash lookup of every string at every build.
/// </summary>
internal sealed class IndexRecords : IPropertyStrings
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
            PropertyRecord.Write(bytes, node.Properties, records);
        }

        foreach (var edge in edges)
        {
            starts[k++] = bytes.Length;
            PropertyRecord.Write(bytes, edge.Properties, records);
        }

        starts[k] = bytes.Length;
        var offsets = new ByteBuffer(4 * starts.Length);
        offsets.WriteInt32s(starts);
        records.Section = [offsets, bytes];
        return records;
    }

    /// <inheritdoc />
    void IPropertyStrings.WriteKey(ByteBuffer w, string key) => w.WriteVarInt((uint)Number(key));

    /// <inheritdoc />
    void IPropertyStrings.WriteValue(ByteBuffer w, string value) => w.WriteString(value);

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
