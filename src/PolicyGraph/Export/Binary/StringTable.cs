using System.Runtime.InteropServices;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// Distinct strings numbered in the order first seen (the graph's order, so deterministic): the string table of
/// graph.bin, whose records refer to every string, key or value, by number.
/// </summary>
internal sealed class StringTable : IPropertyStrings
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _inOrder = [];

    /// <summary>The strings, by number.</summary>
    public IReadOnlyList<string> InOrder => _inOrder;

    /// <summary>How many strings.</summary>
    public int Count => _inOrder.Count;

    /// <summary>Adds <paramref name="s"/> if new; returns its number.</summary>
    public int Add(string s)
    {
        // One hash lookup whether the string is new or not.
        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(_index, s, out var exists);
        if (!exists)
        {
            number = _inOrder.Count;
            _inOrder.Add(s);
        }

        return number;
    }

    /// <inheritdoc />
    public void WriteKey(ByteBuffer w, string key) => w.WriteVarInt((uint)Add(key));

    /// <inheritdoc />
    public void WriteValue(ByteBuffer w, string value) => w.WriteVarInt((uint)Add(value));
}
