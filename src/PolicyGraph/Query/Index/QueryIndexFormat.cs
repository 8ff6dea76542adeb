using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// The binary query index kept beside a graph.json (<c>.graph.json.query-index</c>) so that a query need not
/// parse and materialise the whole graph: it holds every node's id, type, name, aliases and degree (for
/// lookup), every edge's endpoints and type with incident-edge lists (for walking), and each node's and
/// edge's properties as separately decodable records (decoded only for the part of the graph a query reads).
/// It records the length and time of the graph.json it was made from and is remade when they change.
/// </summary>
internal static class QueryIndexFormat
{
    public const int Magic = 0x49514750; // "PGQI"
    public const int Version = 1;

    /// <summary>Where the index of <paramref name="graphPath"/> lives.</summary>
    public static string PathFor(string graphPath)
    {
        var full = System.IO.Path.GetFullPath(graphPath);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? ".", "." + System.IO.Path.GetFileName(full) + ".query-index");
    }

    public static void WriteProperties(BinaryWriter writer, Properties properties)
    {
        writer.Write(properties.Count);
        foreach (var (key, value) in properties.All)
        {
            writer.Write(key);
            writer.Write((byte)value.Kind);
            switch (value.Kind)
            {
                case PropertyKind.Int:
                case PropertyKind.Bool:
                    writer.Write(value.Integer);
                    break;
                case PropertyKind.Float:
                    writer.Write(value.Number);
                    break;
                case PropertyKind.StringList:
                    var list = value.List.IsDefault ? [] : value.List;
                    writer.Write(list.Length);
                    foreach (var item in list)
                    {
                        writer.Write(item);
                    }

                    break;
                default:
                    writer.Write(value.Text ?? string.Empty);
                    break;
            }
        }
    }

    public static Properties ReadProperties(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var properties = Properties.Empty;
        for (var i = 0; i < count; i++)
        {
            var key = reader.ReadString();
            var kind = (PropertyKind)reader.ReadByte();
            properties = properties.With(key, kind switch
            {
                PropertyKind.Int => PropertyValue.Of(reader.ReadInt64()),
                PropertyKind.Bool => PropertyValue.Of(reader.ReadInt64() != 0),
                PropertyKind.Float => PropertyValue.Of(reader.ReadDouble()),
                PropertyKind.StringList => PropertyValue.Of(ReadList(reader)),
                PropertyKind.Date => PropertyValue.Date(reader.ReadString()),
                PropertyKind.String => PropertyValue.Of(reader.ReadString()),
                _ => throw new InvalidDataException($"Unknown property kind {kind} in the query index."),
            });
        }

        return properties;
    }

    private static List<string> ReadList(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        var list = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            list.Add(reader.ReadString());
        }

        return list;
    }
}
