using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// The binary record of a property set that graph.bin and the query index share: the count, then per property
/// its key's string number, its kind byte and its value (7-bit integers, a double, or string numbers).
/// <see cref="Sections.ReadProperties"/> reads it back.
/// </summary>
internal static class PropertyRecord
{
    /// <summary>Writes <paramref name="properties"/> as <see cref="Write(BinaryWriter, Properties, Func{string, int})"/> does, into a buffer.</summary>
    public static void Write(ByteBuffer w, Properties properties, StringTable strings)
    {
        var items = properties.Items;
        w.Write7BitEncodedInt(items.Length);
        foreach (var (key, value) in items)
        {
            w.Write7BitEncodedInt(strings.Add(key));
            w.Write((byte)value.Kind);
            switch (value.Kind)
            {
                case PropertyKind.Int:
                case PropertyKind.Bool:
                    w.Write7BitEncodedInt64(value.Integer);
                    break;
                case PropertyKind.Float:
                    w.WriteDouble(value.Number);
                    break;
                case PropertyKind.StringList:
                    var list = value.List.IsDefault ? [] : value.List;
                    w.Write7BitEncodedInt(list.Length);
                    foreach (var item in list)
                    {
                        w.Write7BitEncodedInt(strings.Add(item));
                    }

                    break;
                default:
                    w.Write7BitEncodedInt(strings.Add(value.Text ?? string.Empty));
                    break;
            }
        }
    }

    /// <summary>Writes <paramref name="properties"/>, numbering every string with <paramref name="number"/>.</summary>
    public static void Write(BinaryWriter w, Properties properties, Func<string, int> number)
    {
        w.Write7BitEncodedInt(properties.Count);
        foreach (var (key, value) in properties.All)
        {
            w.Write7BitEncodedInt(number(key));
            w.Write((byte)value.Kind);
            switch (value.Kind)
            {
                case PropertyKind.Int:
                case PropertyKind.Bool:
                    w.Write7BitEncodedInt64(value.Integer);
                    break;
                case PropertyKind.Float:
                    w.Write(value.Number);
                    break;
                case PropertyKind.StringList:
                    var list = value.List.IsDefault ? [] : value.List;
                    w.Write7BitEncodedInt(list.Length);
                    foreach (var item in list)
                    {
                        w.Write7BitEncodedInt(number(item));
                    }

                    break;
                default:
                    w.Write7BitEncodedInt(number(value.Text ?? string.Empty));
                    break;
            }
        }
    }
}
