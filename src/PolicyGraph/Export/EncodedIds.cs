using PolicyGraph.Graph;

namespace PolicyGraph.Export;

/// <summary>
/// Every node's id encoded once as a writer writes it (escaped and all), by node number: an edge names two nodes,
/// and a graph's edges name them hundreds of thousands of times, so a writer copies these bytes rather than
/// encoding the same ids again for every edge.
/// </summary>
internal sealed class EncodedIds
{
    private readonly byte[] _bytes;
    private readonly int[] _ends;

    private EncodedIds(byte[] bytes, int[] ends)
    {
        _bytes = bytes;
        _ends = ends;
    }

    /// <summary>The encoded id of node <paramref name="node"/>.</summary>
    public ReadOnlySpan<byte> this[int node] => _bytes.AsSpan(node == 0 ? 0 : _ends[node - 1], _ends[node] - (node == 0 ? 0 : _ends[node - 1]));

    /// <summary>The ids of <paramref name="nodes"/>, each as the encoder <paramref name="encoderFor"/> makes for an output writes it.</summary>
    public static EncodedIds Of(IReadOnlyList<Node> nodes, Func<Utf8Output, Action<string>> encoderFor)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(encoderFor);
        using var memory = new MemoryStream(nodes.Count * 20);
        var output = new Utf8Output(memory);
        var encode = encoderFor(output);
        var ends = new int[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            encode(nodes[i].Id);
            ends[i] = checked((int)output.Length);
        }

        output.Flush();
        return new EncodedIds(memory.ToArray(), ends);
    }
}
