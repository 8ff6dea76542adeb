using System.Collections.Immutable;
using System.Globalization;

namespace PolicyGraph.Graph;

/// <summary>One typed property value of a node or edge.</summary>
public readonly record struct PropertyValue
{
    private PropertyValue(PropertyKind kind, string? text, long integer, double number, ImmutableArray<string> list)
    {
        Kind = kind;
        Text = text;
        Integer = integer;
        Number = number;
        List = list;
    }

    /// <summary>The kind of value held.</summary>
    public PropertyKind Kind { get; }

    /// <summary>The text of a <see cref="PropertyKind.String"/> or <see cref="PropertyKind.Date"/> value.</summary>
    public string? Text { get; }

    /// <summary>The value of an <see cref="PropertyKind.Int"/> or <see cref="PropertyKind.Bool"/> (0 or 1).</summary>
    public long Integer { get; }

    /// <summary>The value of a <see cref="PropertyKind.Float"/>.</summary>
    public double Number { get; }

    /// <summary>The items of a <see cref="PropertyKind.StringList"/>.</summary>
    public ImmutableArray<string> List { get; }

    /// <summary>A string value.</summary>
    public static PropertyValue Of(string value) => new(PropertyKind.String, value ?? string.Empty, 0, 0, default);

    /// <summary>An integer value.</summary>
    public static PropertyValue Of(long value) => new(PropertyKind.Int, null, value, 0, default);

    /// <summary>A floating-point value.</summary>
    public static PropertyValue Of(double value) => new(PropertyKind.Float, null, 0, value, default);

    /// <summary>A boolean value.</summary>
    public static PropertyValue Of(bool value) => new(PropertyKind.Bool, null, value ? 1 : 0, 0, default);

    /// <summary>A list of strings.</summary>
    public static PropertyValue Of(IEnumerable<string> values) =>
        new(PropertyKind.StringList, null, 0, 0, [.. values]);

    /// <summary>A date, ISO yyyy-MM-dd, or empty when unknown.</summary>
    public static PropertyValue Date(string isoDateOrEmpty) => new(PropertyKind.Date, isoDateOrEmpty ?? string.Empty, 0, 0, default);

    /// <summary>The boolean held by a <see cref="PropertyKind.Bool"/> value.</summary>
    public bool Flag => Integer != 0;

    /// <summary>The value as one string: lists <c>;</c>-joined, numbers in invariant round-trip form.</summary>
    public string ToInvariantString() => Kind switch
    {
        PropertyKind.String or PropertyKind.Date => Text ?? string.Empty,
        PropertyKind.Int => Integer.ToString(CultureInfo.InvariantCulture),
        PropertyKind.Float => FormatFloat(Number),
        PropertyKind.Bool => Flag ? "true" : "false",
        PropertyKind.StringList => string.Join(';', List.IsDefault ? [] : List),
        _ => throw new InvalidOperationException($"Unknown property kind {Kind}."),
    };

    /// <summary>Whether the value carries nothing (empty string, empty date or empty list).</summary>
    public bool IsEmpty => Kind switch
    {
        PropertyKind.String or PropertyKind.Date => string.IsNullOrEmpty(Text),
        PropertyKind.StringList => List.IsDefaultOrEmpty,
        _ => false,
    };

    /// <summary>Formats a double so that it reads back as the same double and always as a float (1.0, not 1).</summary>
    public static string FormatFloat(double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Graph properties must be finite numbers.");
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    /// <inheritdoc />
    public bool Equals(PropertyValue other) =>
        Kind == other.Kind && Text == other.Text && Integer == other.Integer && Number.Equals(other.Number)
        && (Kind != PropertyKind.StringList || List.SequenceEqual(other.List));

    /// <inheritdoc />
    public override int GetHashCode()
    {
        // Without formatting the value: graphs hash hundreds of thousands of edge properties while being built.
        var hash = default(HashCode);
        hash.Add(Kind);
        hash.Add(Text, StringComparer.Ordinal);
        hash.Add(Integer);
        hash.Add(Number);
        if (Kind == PropertyKind.StringList && !List.IsDefault)
        {
            foreach (var item in List)
            {
                hash.Add(item, StringComparer.Ordinal);
            }
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => ToInvariantString();
}
