using System.Globalization;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Neo4j.Csv;

/// <summary>
/// One property column of an admin-import file: its name and the neo4j-admin type every value of the column fits
/// (<c>int</c>, <c>long</c>, <c>double</c>, <c>boolean</c>, <c>date</c>, <c>string[]</c>, else <c>string</c>).
/// </summary>
internal sealed record CsvColumn(string Name, string Type)
{
    /// <summary>The header field: <c>name:type</c>, or the bare name for strings.</summary>
    public string Header => Type == "string" ? Name : Name + ":" + Type;

    /// <summary>The column for <paramref name="name"/>, typed to fit all of <paramref name="values"/>.</summary>
    public static CsvColumn For(string name, IReadOnlyCollection<PropertyValue> values)
    {
        var kinds = values.Select(v => v.Kind).Distinct().ToList();
        var type = kinds switch
        {
            [PropertyKind.Int] => values.All(v => v.Integer is >= int.MinValue and <= int.MaxValue) ? "int" : "long",
            [PropertyKind.Float] or [PropertyKind.Float, PropertyKind.Int] or [PropertyKind.Int, PropertyKind.Float] => "double",
            [PropertyKind.Bool] => "boolean",
            [PropertyKind.StringList] => "string[]",
            [PropertyKind.Date] when values.All(v => v.IsEmpty || Neo4jValue.TryParseDate(v.Text, out _)) => "date",
            _ => "string",
        };
        return new CsvColumn(name, type);
    }

    /// <summary>
    /// The field text of <paramref name="value"/> in this column, or null for an empty field (no property):
    /// a missing value, an empty date and an empty list (neo4j-admin cannot import an empty array anyway).
    /// </summary>
    public string? Field(PropertyValue? value, char arrayDelimiter)
    {
        if (value is not { } v)
        {
            return null;
        }

        return Type switch
        {
            "int" or "long" => v.Integer.ToString(CultureInfo.InvariantCulture),
            "double" => v.Kind == PropertyKind.Int ? v.Integer.ToString(CultureInfo.InvariantCulture) + ".0" : PropertyValue.FormatFloat(v.Number),
            "boolean" => v.Flag ? "true" : "false",
            "date" => v.IsEmpty ? null : v.Text,
            "string[]" => v.IsEmpty ? null : CsvText.Quote(string.Join(arrayDelimiter, v.List.Select(CsvText.ArrayItem))),
            _ => v.Kind == PropertyKind.Date && v.IsEmpty ? null : CsvText.Quote(v.ToInvariantString()),
        };
    }
}
