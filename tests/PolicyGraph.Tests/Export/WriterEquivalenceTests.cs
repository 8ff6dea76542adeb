using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using PolicyGraph.Export.GraphMl;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;
using PolicyGraph.Tests.Graph;

namespace PolicyGraph.Tests.Export;

/// <summary>
/// The GraphML and JSON writers produce their UTF-8 themselves; these tests hold them to the bytes that
/// <see cref="XmlWriter"/> and <see cref="Utf8JsonWriter"/> give for the same graph (the writers' former form,
/// kept here as the reference), on random graphs full of characters that need escaping.
/// </summary>
public sealed class WriterEquivalenceTests
{
    // Every character class an escaper treats specially, besides plain ASCII and Chinese.
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", "&", "<", ">", "\"", "'", "\\", "/", "+", "`", ";", "=", "]]>", "\t", "\n", "\r", "\r\n",
        "\u0001", "\u001F", "\u007F", "\u0085", "\u00A0", "\u00E9", "\u2002", "\u2028", "\u2029", "\u3000", "中", "国务院",
        "“", "”", "·", "\uFEFF", "\uFFFD", "\uFFFE", "\uE000", "😀", "\uD83D", "\uDE00", "\u0378",
    ];

    [Fact]
    public void GraphMl_is_byte_for_byte_what_XmlWriter_writes()
    {
        foreach (var graph in Graphs())
        {
            Assert.Equal(Reference.GraphMl(graph), Bytes(graph, new GraphMlWriter()));
        }
    }

    [Fact]
    public void Json_is_byte_for_byte_what_Utf8JsonWriter_writes()
    {
        foreach (var graph in Graphs())
        {
            Assert.Equal(Reference.Json(graph), Bytes(graph, new JsonGraphWriter()));
        }
    }

    private static byte[] Bytes(KnowledgeGraph graph, PolicyGraph.Export.IGraphWriter writer)
    {
        using var stream = new MemoryStream();
        writer.Write(graph, stream);
        return stream.ToArray();
    }

    private static IEnumerable<KnowledgeGraph> Graphs()
    {
        yield return new KnowledgeGraph([], []);
        yield return new KnowledgeGraph([], [], Properties.Empty.With("modularity", 0.5));
        yield return new KnowledgeGraph([new Node("n", NodeType.Place, string.Empty, Properties.Empty)], []);
        yield return SampleGraphs.Mixed();
        var random = new Random(20261127);
        for (var i = 0; i < 150; i++)
        {
            yield return RandomGraph(random, i % 3 == 0);
        }
    }

    // A graph whose text is drawn from Pieces; lone surrogates only when the test allows invalid UTF-16.
    private static KnowledgeGraph RandomGraph(Random random, bool loneSurrogates)
    {
        // Property keys are not cleaned for XML (the pipeline's are plain words), so they get XML characters only.
        string Text(int maxPieces, bool forKey = false)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(maxPieces + 1); n > 0; n--)
            {
                var piece = Pieces[random.Next(Pieces.Length)];
                if ((forKey || !loneSurrogates) && piece.Length == 1 && char.IsSurrogate(piece[0]))
                {
                    piece = "x";
                }

                if (forKey && piece is "\u0001" or "\u001F" or "\uFFFE")
                {
                    piece = "y";
                }

                sb.Append(piece);
            }

            return sb.ToString();
        }

        Properties Props()
        {
            var props = Properties.Empty;
            for (var n = random.Next(5); n > 0; n--)
            {
                var key = random.Next(4) == 0 ? "k" + Text(3, forKey: true) : "k" + random.Next(6);
                props = random.Next(6) switch
                {
                    0 => props.With(key, random.NextInt64(-1_000_000_000_000, 1_000_000_000_000)),
                    1 => props.With(key, random.NextDouble() * Math.Pow(10, random.Next(-8, 25)) * (random.Next(2) == 0 ? 1 : -1)),
                    2 => props.With(key, PropertyValue.Of(random.Next(2) == 0)),
                    3 => props.With(key, Enumerable.Range(0, random.Next(4)).Select(_ => Text(4)).ToList()),
                    4 => props.With(key, PropertyValue.Date(random.Next(2) == 0 ? string.Empty : "2024-01-0" + random.Next(1, 9))),
                    _ => props.With(key, Text(8)),
                };
            }

            return props;
        }

        var nodes = Enumerable.Range(0, random.Next(0, 8))
            .Select(i => new Node("n" + i + Text(2), (NodeType)random.Next(7), Text(6), Props()))
            .DistinctBy(n => n.Id, StringComparer.Ordinal).ToList();
        var edges = nodes.Count == 0 ? [] : Enumerable.Range(0, random.Next(0, 12))
            .Select(_ => new Edge(nodes[random.Next(nodes.Count)].Id, nodes[random.Next(nodes.Count)].Id, (EdgeType)random.Next(8), Props()))
            .ToList();
        return new KnowledgeGraph(nodes, edges, random.Next(3) == 0 ? Props() : null);
    }

    /// <summary>The writers as they were, on XmlWriter and Utf8JsonWriter.</summary>
    private static class Reference
    {
        private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

        public static byte[] Json(KnowledgeGraph graph)
        {
            using var output = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
            using (var json = new Utf8JsonWriter(output, options))
            {
                json.WriteStartObject();
                json.WriteNumber("schemaVersion", JsonGraphFormat.SchemaVersion);
                json.WriteBoolean("directed", true);
                json.WriteBoolean("multigraph", true);
                json.WriteStartObject("graph");
                json.WriteNumber("schemaVersion", JsonGraphFormat.SchemaVersion);
                JsonProperties(json, graph.GraphProperties);
                json.WriteEndObject();
                json.WriteStartArray("nodes");
                foreach (var node in graph.Nodes)
                {
                    json.WriteStartObject();
                    json.WriteString("id", node.Id);
                    json.WriteString("type", node.Type.ToString());
                    json.WriteString("name", node.Name);
                    JsonProperties(json, node.Properties);
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
                    JsonProperties(json, edge.Properties);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
            return output.ToArray();
        }

        private static void JsonProperties(Utf8JsonWriter json, Properties properties)
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

        public static byte[] GraphMl(KnowledgeGraph graph)
        {
            using var output = new MemoryStream();
            var graphKeys = Keys([graph.GraphProperties], []);
            var nodeKeys = Keys(graph.Nodes.Select(n => n.Properties), ["id", "type", "name", "label"]);
            var edgeKeys = Keys(graph.Edges.Select(e => e.Properties), ["type", "label"]);
            var settings = new XmlWriterSettings
            {
                Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
                Indent = true,
                IndentChars = "  ",
                NewLineChars = "\n",
                NewLineHandling = NewLineHandling.Entitize,
            };
            using (var xml = XmlWriter.Create(output, settings))
            {
                xml.WriteStartDocument();
                xml.WriteStartElement("graphml", Namespace);
                xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
                xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                    Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
                Declare(xml, "graph", graphKeys, []);
                Declare(xml, "node", nodeKeys, ["id", "type", "name", "label"]);
                Declare(xml, "edge", edgeKeys, ["type", "label"]);
                xml.WriteStartElement("graph", Namespace);
                xml.WriteAttributeString("id", "G");
                xml.WriteAttributeString("edgedefault", "directed");
                foreach (var (key, value) in graph.GraphProperties.All)
                {
                    Data(xml, "g", key, value);
                }

                foreach (var node in graph.Nodes)
                {
                    xml.WriteStartElement("node", Namespace);
                    xml.WriteAttributeString("id", Clean(node.Id));
                    Data(xml, "n", "id", PropertyValue.Of(node.Id));
                    Data(xml, "n", "type", PropertyValue.Of(node.Type.ToString()));
                    Data(xml, "n", "name", PropertyValue.Of(node.Name));
                    Data(xml, "n", "label", PropertyValue.Of(node.Name));
                    foreach (var (key, value) in node.Properties.All)
                    {
                        Data(xml, "n", key, value);
                    }

                    xml.WriteEndElement();
                }

                var index = 0;
                foreach (var edge in graph.Edges)
                {
                    xml.WriteStartElement("edge", Namespace);
                    xml.WriteAttributeString("id", "e" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("source", Clean(edge.Source));
                    xml.WriteAttributeString("target", Clean(edge.Target));
                    Data(xml, "e", "type", PropertyValue.Of(edge.Type.ToString()));
                    Data(xml, "e", "label", PropertyValue.Of(edge.Type.ToString()));
                    foreach (var (key, value) in edge.Properties.All)
                    {
                        Data(xml, "e", key, value);
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
                xml.WriteEndElement();
                xml.WriteEndDocument();
            }

            output.WriteByte((byte)'\n');
            return output.ToArray();
        }

        private static SortedDictionary<string, PropertyKind> Keys(IEnumerable<Properties> all, string[] fixedKeys)
        {
            var kinds = new SortedDictionary<string, PropertyKind>(StringComparer.Ordinal);
            foreach (var key in fixedKeys)
            {
                kinds[key] = PropertyKind.String;
            }

            foreach (var (key, value) in all.SelectMany(p => p.All).Where(kv => !fixedKeys.Contains(kv.Key)))
            {
                kinds[key] = kinds.TryGetValue(key, out var known) && known != value.Kind ? PropertyKind.String : value.Kind;
            }

            return kinds;
        }

        private static void Declare(XmlWriter xml, string domain, SortedDictionary<string, PropertyKind> kinds, string[] fixedKeys)
        {
            foreach (var key in fixedKeys.Concat(kinds.Keys.Where(k => !fixedKeys.Contains(k))))
            {
                xml.WriteStartElement("key", Namespace);
                xml.WriteAttributeString("id", domain[0] + "_" + key);
                xml.WriteAttributeString("for", domain);
                xml.WriteAttributeString("attr.name", Clean(key));
                xml.WriteAttributeString("attr.type", kinds[key] switch
                {
                    PropertyKind.Int => "long",
                    PropertyKind.Float => "double",
                    PropertyKind.Bool => "boolean",
                    _ => "string",
                });
                xml.WriteEndElement();
            }
        }

        private static void Data(XmlWriter xml, string prefix, string key, PropertyValue value)
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", prefix + "_" + key);
            xml.WriteString(Clean(value.ToInvariantString()));
            xml.WriteEndElement();
        }

        // XML 1.0's characters, each other one replaced with U+FFFD (as the writer's XmlText does).
        private static string Clean(string text)
        {
            var sb = new StringBuilder(text.Length);
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[++i]);
                }
                else
                {
                    sb.Append(c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ? c : '\uFFFD');
                }
            }

            return sb.ToString();
        }
    }
}
