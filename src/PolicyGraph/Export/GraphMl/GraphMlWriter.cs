using System.Text;
using System.Xml;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.GraphMl;

/// <summary>
/// Writes GraphML that Gephi, yEd, Cytoscape, networkx and igraph read with every attribute: one
/// <c>&lt;key&gt;</c> per property with <c>attr.name</c>/<c>attr.type</c>, <c>name</c>/<c>label</c> on nodes,
/// <c>type</c>/<c>label</c> on edges, lists <c>;</c>-joined, text cleaned of what XML 1.0 cannot hold.
/// </summary>
public sealed class GraphMlWriter : IGraphWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    /// <inheritdoc />
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var graphKeys = KeyTable.For("graph", [graph.GraphProperties], []);
        var nodeKeys = KeyTable.For("node", graph.Nodes.Select(n => n.Properties), ["id", "type", "name", "label"]);
        var edgeKeys = KeyTable.For("edge", graph.Edges.Select(e => e.Properties), ["type", "label"]);

        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
        };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        graphKeys.WriteDeclarations(xml);
        nodeKeys.WriteDeclarations(xml);
        edgeKeys.WriteDeclarations(xml);

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var (key, value) in graph.GraphProperties.All)
        {
            graphKeys.WriteData(xml, key, value);
        }

        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", XmlText.Clean(node.Id));
            nodeKeys.WriteData(xml, "id", PropertyValue.Of(node.Id));
            nodeKeys.WriteData(xml, "type", PropertyValue.Of(node.Type.ToString()));
            nodeKeys.WriteData(xml, "name", PropertyValue.Of(node.Name));
            nodeKeys.WriteData(xml, "label", PropertyValue.Of(node.Name));
            foreach (var (key, value) in node.Properties.All)
            {
                nodeKeys.WriteData(xml, key, value);
            }

            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + index++.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", XmlText.Clean(edge.Source));
            xml.WriteAttributeString("target", XmlText.Clean(edge.Target));
            edgeKeys.WriteData(xml, "type", PropertyValue.Of(edge.Type.ToString()));
            edgeKeys.WriteData(xml, "label", PropertyValue.Of(edge.Type.ToString()));
            foreach (var (key, value) in edge.Properties.All)
            {
                edgeKeys.WriteData(xml, key, value);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>The declared keys of one GraphML domain (graph, node or edge), each with one type.</summary>
    private sealed class KeyTable
    {
        private readonly string _domain;
        private readonly SortedDictionary<string, PropertyKind> _kinds;
        private readonly List<string> _fixed;

        private KeyTable(string domain, SortedDictionary<string, PropertyKind> kinds, List<string> fixedKeys)
        {
            _domain = domain;
            _kinds = kinds;
            _fixed = fixedKeys;
        }

        public static KeyTable For(string domain, IEnumerable<Properties> all, IReadOnlyList<string> fixedKeys)
        {
            // Collected in a hash table (a tree per lookup was a tenth of writing a large graph), sorted once at the end.
            var kinds = new Dictionary<string, PropertyKind>(StringComparer.Ordinal);
            foreach (var key in fixedKeys)
            {
                kinds[key] = PropertyKind.String;
            }

            foreach (var props in all)
            {
                foreach (var (key, value) in props.All)
                {
                    if (fixedKeys.Contains(key))
                    {
                        continue;
                    }

                    // A key seen with two kinds (which the pipeline never produces) is declared as text.
                    kinds[key] = kinds.TryGetValue(key, out var known) && known != value.Kind ? PropertyKind.String : value.Kind;
                }
            }

            return new KeyTable(domain, new SortedDictionary<string, PropertyKind>(kinds, StringComparer.Ordinal), [.. fixedKeys]);
        }

        public void WriteDeclarations(XmlWriter xml)
        {
            foreach (var key in _fixed.Concat(_kinds.Keys.Where(k => !_fixed.Contains(k))))
            {
                xml.WriteStartElement("key", Namespace);
                xml.WriteAttributeString("id", Id(key));
                xml.WriteAttributeString("for", _domain);
                xml.WriteAttributeString("attr.name", XmlText.Clean(key));
                xml.WriteAttributeString("attr.type", _kinds[key] switch
                {
                    PropertyKind.Int => "long",
                    PropertyKind.Float => "double",
                    PropertyKind.Bool => "boolean",
                    _ => "string",
                });
                xml.WriteEndElement();
            }
        }

        public void WriteData(XmlWriter xml, string key, PropertyValue value)
        {
            xml.WriteStartElement("data", Namespace);
            xml.WriteAttributeString("key", Id(key));
            xml.WriteString(XmlText.Clean(value.ToInvariantString()));
            xml.WriteEndElement();
        }

        private string Id(string key) => _domain[0] + "_" + key;
    }
}
