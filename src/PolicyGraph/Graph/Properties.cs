using System.Collections.Immutable;

namespace PolicyGraph.Graph;

/// <summary>An immutable, ordinally sorted set of named property values, so exports are deterministic.</summary>
/// <remarks>
/// Held as one sorted array: graphs carry hundreds of thousands of small property sets (an edge has two to six
/// properties), and an array is several times cheaper to build, read back from a graph file and scan than a tree.
/// </remarks>
public sealed class Properties : IEquatable<Properties>
{
    /// <summary>No properties.</summary>
    public static readonly Properties Empty = new([]);

    private readonly KeyValuePair<string, PropertyValue>[] _values;

    private Properties(KeyValuePair<string, PropertyValue>[] values) => _values = values;

    /// <summary>Properties from key/value pairs (a graph file's, read back); taken as they are when already in ordinal key order, else sorted (a later duplicate key wins).</summary>
    internal static Properties FromOrdered(KeyValuePair<string, PropertyValue>[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = 1; i < items.Length; i++)
        {
            if (string.CompareOrdinal(items[i - 1].Key, items[i].Key) >= 0)
            {
                return items.Aggregate(Empty, (props, kv) => props.With(kv.Key, kv.Value));
            }
        }

        return items.Length == 0 ? Empty : new(items);
    }

    /// <summary>The properties in ordinal key order.</summary>
    public IEnumerable<KeyValuePair<string, PropertyValue>> All => Array.AsReadOnly(_values);

    /// <summary>The properties in ordinal key order, without an enumerator: for writers that visit every property of a large graph.</summary>
    internal ReadOnlySpan<KeyValuePair<string, PropertyValue>> Items => _values;

    /// <summary>How many properties there are.</summary>
    public int Count => _values.Length;

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    public bool TryGet(string key, out PropertyValue value)
    {
        var i = IndexOf(key);
        value = i >= 0 ? _values[i].Value : default;
        return i >= 0;
    }

    /// <summary>The text of a string or date property, or empty.</summary>
    public string GetString(string key) => TryGet(key, out var v) ? v.ToInvariantString() : string.Empty;

    /// <summary>The value of an integer property, or <paramref name="fallback"/>.</summary>
    public long GetInt(string key, long fallback = 0) =>
        TryGet(key, out var v) && v.Kind == PropertyKind.Int ? v.Integer : fallback;

    /// <summary>The value of a float property, or <paramref name="fallback"/>.</summary>
    public double GetFloat(string key, double fallback = 0) =>
        TryGet(key, out var v) && v.Kind == PropertyKind.Float ? v.Number : fallback;

    /// <summary>The items of a list property, or none.</summary>
    public ImmutableArray<string> GetList(string key) =>
        TryGet(key, out var v) && v.Kind == PropertyKind.StringList && !v.List.IsDefault ? v.List : [];

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public Properties With(string key, PropertyValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var i = IndexOf(key);
        if (i >= 0)
        {
            var replaced = (KeyValuePair<string, PropertyValue>[])_values.Clone();
            replaced[i] = new(key, value);
            return new(replaced);
        }

        var at = ~i;
        var added = new KeyValuePair<string, PropertyValue>[_values.Length + 1];
        Array.Copy(_values, added, at);
        added[at] = new(key, value);
        Array.Copy(_values, at, added, at + 1, _values.Length - at);
        return new(added);
    }

    /// <summary>A copy with <paramref name="key"/> set to a string.</summary>
    public Properties With(string key, string value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy with <paramref name="key"/> set to an integer.</summary>
    public Properties With(string key, long value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy with <paramref name="key"/> set to a float.</summary>
    public Properties With(string key, double value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy with <paramref name="key"/> set to a list of strings.</summary>
    public Properties With(string key, IEnumerable<string> value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public Properties Without(string key)
    {
        var i = IndexOf(key);
        return i < 0 ? this : new([.. _values.Where((_, j) => j != i)]);
    }

    /// <inheritdoc />
    public bool Equals(Properties? other) =>
        other is not null && other._values.Length == _values.Length
        && _values.AsSpan().SequenceEqual(other._values, PairComparer.Instance);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Properties);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in _values)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    // Binary search by ordinal key: the index, or the complement of where the key would go.
    private int IndexOf(string key)
    {
        int lo = 0, hi = _values.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = string.CompareOrdinal(_values[mid].Key, key);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return ~lo;
    }

    private sealed class PairComparer : IEqualityComparer<KeyValuePair<string, PropertyValue>>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(KeyValuePair<string, PropertyValue> x, KeyValuePair<string, PropertyValue> y) =>
            string.Equals(x.Key, y.Key, StringComparison.Ordinal) && x.Value.Equals(y.Value);

        public int GetHashCode(KeyValuePair<string, PropertyValue> obj) => HashCode.Combine(obj.Key, obj.Value);
    }
}
