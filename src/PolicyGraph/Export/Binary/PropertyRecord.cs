using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>How a property record writes its strings: by number (graph.bin) or keys by number and values in place (the query index).</summary>
internal interface IPropertyStrings
{
    /// <summary>Writes a property key.</summary>
    void WriteKey(ByteBuffer w, string key);

    /// <summary>Writes a string value, or one item of a string list.</summary>
    void WriteValue(ByteBuffer w, string value);
}

/// <summary>
/// The binary record of a property set that graph.bin and the query index share: the count, then per property
/// its key, its kind byte and its value (7-bit integers, a double, or strings written as the
/// <see cref="IPropertyStrings"/> given decides). <see cref="Sections.ReadProperties"/> reads graph.bin's back.
/// </summary>
internal static class PropertyRecord
{
    /// <summary>Writes <paramref name="properties"/>, each string through <paramref name="strings"/>.</summary>
    public static void Write<TStrings>(ByteBuffer w, Properties properties, TStrings strings)
        where TStrings : IPropertyStrings
    {
        var items = properties.Items;
        w.WriteVarInt((uint)items.Length);
        foreach (var (key, value) in items)
        {
            strings.WriteKey(w, key);
            w.WriteByte((byte)value.Kind);
            switch (value.Kind)
            {
                case PropertyKind.Int:
                case PropertyKind.Bool:
                    w.WriteVarInt((ulong)value.Integer);
                    break;
                case PropertyKind.Float:
                    w.WriteDouble(value.Number);
                    break;
                case PropertyKind.StringList:
                    var list = value.List.IsDefault ? [] : value.List;
                    w.WriteVarInt((uint)list.Length);
                    foreach (var item in list)
                    {
                        strings.WriteValue(w, item);
                    }

                    break;
                default:
                    strings.WriteValue(w, value.Text ?? string.Empty);
                    break;
            }
        }
    }
}
