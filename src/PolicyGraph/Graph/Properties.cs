using System.Collections.Immutable;

namespace PolicyGraph.Graph;

/// <summary>An immutable, ordinally sorted set of named property values, so exports are deterministic.</summary>
public sealed class Properties : IEquatable<Properties>
{
    /// <summary>No properties.</summary>
    public static readonly Properties Empty = new(ImmutableSortedDictionary.Create<string, PropertyValue>(StringComparer.Ordinal));

    private readonly ImmutableSortedDictionary<string, PropertyValue> _values;

    private Properties(ImmutableSortedDictionary<string, PropertyValue> values) => _values = values;

    /// <summary>Properties from key/value pairs (a graph file's, read back); a later duplicate key wins.</summary>
    internal static Properties FromOrdered(IEnumerable<KeyValuePair<string, PropertyValue>> items) =>
        new(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, items));

    /// <summary>The properties in ordinal key order.</summary>
    public IEnumerable<KeyValuePair<string, PropertyValue>> All => _values;

    /// <summary>How many properties there are.</summary>
    public int Count => _values.Count;

    /// <summary>The value of <paramref name="key"/>, if present.</summary>
    public bool TryGet(string key, out PropertyValue value) => _values.TryGetValue(key, out value);

    /// <summary>The text of a string or date property, or empty.</summary>
    public string GetString(string key) => _values.TryGetValue(key, out var v) ? v.ToInvariantString() : string.Empty;

    /// <summary>The value of an integer property, or <paramref name="fallback"/>.</summary>
    public long GetInt(string key, long fallback = 0) =>
        _values.TryGetValue(key, out var v) && v.Kind == PropertyKind.Int ? v.Integer : fallback;

    /// <summary>The value of a float property, or <paramref name="fallback"/>.</summary>
    public double GetFloat(string key, double fallback = 0) =>
        _values.TryGetValue(key, out var v) && v.Kind == PropertyKind.Float ? v.Number : fallback;

    /// <summary>The items of a list property, or none.</summary>
    public ImmutableArray<string> GetList(string key) =>
        _values.TryGetValue(key, out var v) && v.Kind == PropertyKind.StringList && !v.List.IsDefault ? v.List : [];

    /// <summary>A copy with <paramref name="key"/> set to <paramref name="value"/>.</summary>
    public Properties With(string key, PropertyValue value) => new(_values.SetItem(key, value));

    /// <summary>A copy with <paramref name="key"/> set to a string.</summary>
    public Properties With(string key, string value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy with <paramref name="key"/> set to an integer.</summary>
    public Properties With(string key, long value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy with <paramref name="key"/> set to a float.</summary>
    public Properties With(string key, double value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy with <paramref name="key"/> set to a list of strings.</summary>
    public Properties With(string key, IEnumerable<string> value) => With(key, PropertyValue.Of(value));

    /// <summary>A copy without <paramref name="key"/>.</summary>
    public Properties Without(string key) => new(_values.Remove(key));

    /// <inheritdoc />
    public bool Equals(Properties? other) =>
        other is not null && other._values.Count == _values.Count
        && _values.All(kv => other._values.TryGetValue(kv.Key, out var v) && v.Equals(kv.Value));

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
}
