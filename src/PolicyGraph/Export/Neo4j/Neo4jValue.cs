using System.Globalization;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Neo4j;

/// <summary>
/// Maps graph property values to the values every Neo4j route writes: <see langword="null"/>, <see cref="bool"/>,
/// <see cref="long"/>, <see cref="double"/>, <see cref="string"/>, <see cref="DateOnly"/>, <c>byte[]</c>, lists
/// (<see cref="IReadOnlyList{T}"/> of these) and maps (<see cref="IReadOnlyDictionary{TKey,TValue}"/> with string keys).
/// </summary>
public static class Neo4jValue
{
    /// <summary>
    /// The Neo4j value of <paramref name="value"/>, or <see langword="null"/> where it must be left out: an empty
    /// date (never <c>date('')</c>). A date that is not a full ISO date stays text rather than being guessed.
    /// </summary>
    public static object? From(PropertyValue value) => value.Kind switch
    {
        PropertyKind.String => value.Text ?? string.Empty,
        PropertyKind.Int => value.Integer,
        PropertyKind.Float => value.Number,
        PropertyKind.Bool => value.Flag,
        PropertyKind.StringList => value.List.IsDefault ? Array.Empty<string>() : value.List.ToArray(),
        PropertyKind.Date => ParseDate(value.Text),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "Unknown property kind."),
    };

    /// <summary>The date in <paramref name="iso"/> (yyyy-MM-dd), the text itself when it is no such date, or null when empty.</summary>
    public static object? ParseDate(string? iso)
    {
        if (string.IsNullOrEmpty(iso))
        {
            return null;
        }

        return TryParseDate(iso, out var date) ? date : iso;
    }

    /// <summary>Whether <paramref name="iso"/> is a full ISO calendar date.</summary>
    public static bool TryParseDate(string? iso, out DateOnly date) =>
        DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
