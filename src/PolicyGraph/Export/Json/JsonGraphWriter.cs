using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Json;

/// <summary>Writes the graph in the node-link form described by <see cref="JsonGraphFormat"/>.</summary>
public sealed class JsonGraphWriter : IGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Chinese stays readable; the JSON is still valid and escapes quotes, control characters and lone surrogates.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        NewLine = "\n",
    };

    /// <inheritdoc />
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", JsonGraphFormat.SchemaVersion);
            json.WriteBoolean("directed", true);
            json.WriteBoolean("multigraph", true);
            json.WriteStartObject("graph");
            json.WriteNumber("schemaVersion", JsonGraphFormat.SchemaVersion);
            WriteProperties(json, graph.GraphProperties);
            json.WriteEndObject();

            json.WriteStartArray("nodes");
            foreach (var node in graph.Nodes)
            {
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                json.WriteString("type", node.Type.ToString());
                json.WriteString("name", node.Name);
                WriteProperties(json, node.Properties);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("edges");
            var parallel = new Dictionary<(string, string), int>();
            foreach (var edge in graph.Edges)
            {
                var pair = (edge.Source, edge.Target);
                parallel[pair] = parallel.TryGetValue(pair, out var k) ? k + 1 : 0;
                json.WriteStartObject();
                json.WriteString("source", edge.Source);
                json.WriteString("target", edge.Target);
                json.WriteString("type", edge.Type.ToString());
                json.WriteNumber("key", parallel[pair]);
                WriteProperties(json, edge.Properties);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteByte((byte)'\n');
    }

    private static void WriteProperties(Utf8JsonWriter json, Properties properties)
    {
        foreach (var (key, value) in properties.All)
        {
            json.WritePropertyName(key);
            switch (value.Kind)
            {
                case PropertyKind.Int:
                    json.WriteNumberValue(value.Integer);
                    break;
                case PropertyKind.Float:
                    json.WriteRawValue(PropertyValue.FormatFloat(value.Number));
                    break;
                case PropertyKind.Bool:
                    json.WriteBooleanValue(value.Flag);
                    break;
                case PropertyKind.StringList:
                    json.WriteStartArray();
                    foreach (var item in value.List)
                    {
                        json.WriteStringValue(item);
                    }

                    json.WriteEndArray();
                    break;
                default:
                    json.WriteStringValue(value.Text);
                    break;
            }
        }
    }
}
