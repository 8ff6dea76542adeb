using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// Distinct strings numbered in the order first seen (the graph's order, so deterministic): the string table of
/// graph.bin and of the query index, whose records refer to strings by number.
/// </summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _inOrder = [];

    /// <summary>The strings, by number.</summary>
    public IReadOnlyList<string> InOrder => _inOrder;

    /// <summary>How many strings.</summary>
    public int Count => _inOrder.Count;

    /// <summary>The number of a string already added.</summary>
    public int this[string s] => _index[s];

    /// <summary>Adds <paramref name="s"/> if new; returns its number.</summary>
    public int Add(string s)
    {
        // One hash lookup whether the string is new or not.
        ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, s, out var exists);
        if (!exists)
        {
            number = _inOrder.Count;
            _inOrder.Add(s);
        }

        return number;
    }

    /// <summary>Adds every key and string value of <paramref name="properties"/>.</summary>
    public void AddAll(Properties properties)
    {
        foreach (var (key, value) in properties.All)
        {
            Add(key);
            switch (value.Kind)
            {
                case PropertyKind.String:
                case PropertyKind.Date:
                    Add(value.Text ?? string.Empty);
                    break;
                case PropertyKind.StringList when !value.List.IsDefault:
                    foreach (var item in value.List)
                    {
                        Add(item);
                    }

                    break;
                default:
                    break;
            }
        }
    }
}
