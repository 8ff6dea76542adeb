using System.Buffers;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.GraphMl;

/// <summary>
/// Writes GraphML that Gephi, yEd, Cytoscape, networkx and igraph read with every attribute: one
/// <c>&lt;key&gt;</c> per property with <c>attr.name</c>/<c>attr.type</c>, <c>name</c>/<c>label</c> on nodes,
/// <c>type</c>/<c>label</c> on edges, lists <c>;</c>-joined, text cleaned of what XML 1.0 cannot hold.
/// </summary>
/// <remarks>
/// The UTF-8 is produced directly, byte for byte what <see cref="System.Xml.XmlWriter"/> writes with two-space
/// indentation and entitized new lines (a test compares the two): in text <c>&amp; &lt; &gt;</c> and carriage
/// returns are escaped, in attributes also <c>"</c>, tabs and line feeds.
/// </remarks>
public sealed class GraphMlWriter : IGraphWriter
{
    private static readonly SearchValues<char> TextSpecials = SearchValues.Create("&<>\r");
    private static readonly SearchValues<char> AttributeSpecials = SearchValues.Create("&<>\"\t\n\r");

    /// <inheritdoc />
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var graphKeys = KeyTable.For("graph", [graph.GraphProperties], []);
        var nodeKeys = KeyTable.For("node", graph.Nodes.Select(n => n.Properties), ["id", "type", "name", "label"]);
        var edgeKeys = KeyTable.For("edge", graph.Edges.Select(e => e.Properties), ["type", "label"]);

        var o = new Utf8Output(output);
        o.Write("""
            <?xml version="1.0" encoding="utf-8"?>
            <graphml xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd" xmlns="http://graphml.graphdrawing.org/xmlns">
            """u8);
        graphKeys.WriteDeclarations(o);
        nodeKeys.WriteDeclarations(o);
        edgeKeys.WriteDeclarations(o);

        o.Write("\n  <graph id=\"G\" edgedefault=\"directed\""u8);
        if (graph.GraphProperties.Count == 0 && graph.Nodes.Count == 0 && graph.Edges.Count == 0)
        {
            o.Write(" />"u8);
        }
        else
        {
            o.Write((byte)'>');
            foreach (var (key, value) in graph.GraphProperties.Items)
            {
                graphKeys.WriteData(o, key, value);
            }

            var ids = EncodedIds.Of(graph.Nodes, output => id => WriteEscaped(output, XmlText.Clean(id), AttributeSpecials));
            WriteNodes(o, graph.Nodes, ids, nodeKeys);
            WriteEdges(o, graph, ids, edgeKeys);
            o.Write("\n  </graph>"u8);
        }

        o.Write("\n</graphml>\n"u8);
        o.Flush();
    }

    private static void WriteNodes(Utf8Output o, IReadOnlyList<Node> nodes, EncodedIds ids, KeyTable keys)
    {
        for (var n = 0; n < nodes.Count; n++)
        {
            var node = nodes[n];
            o.Write("\n    <node id=\""u8);
            o.Write(ids[n]);
            o.Write("\">"u8);
            keys.WriteData(o, "id", PropertyValue.Of(node.Id));
            keys.WriteData(o, "type", Utf8Output.NameOf(node.Type));
            keys.WriteData(o, "name", PropertyValue.Of(node.Name));
            keys.WriteData(o, "label", PropertyValue.Of(node.Name));
            foreach (var (key, value) in node.Properties.Items)
            {
                keys.WriteData(o, key, value);
            }

            o.Write("\n    </node>"u8);
        }
    }

    private static void WriteEdges(Utf8Output o, KnowledgeGraph graph, EncodedIds ids, KeyTable keys)
    {
        var edges = graph.Edges;
        var ends = graph.Ends;
        for (var index = 0; index < edges.Count; index++)
        {
            var edge = edges[index];
            o.Write("\n    <edge id=\"e"u8);
            o.WriteInteger(index);
            o.Write("\" source=\""u8);
            o.Write(ids[ends.Sources[index]]);
            o.Write("\" target=\""u8);
            o.Write(ids[ends.Targets[index]]);
            o.Write("\">"u8);
            var type = Utf8Output.NameOf(edge.Type);
            keys.WriteData(o, "type", type);
            keys.WriteData(o, "label", type);
            foreach (var (key, value) in edge.Properties.Items)
            {
                keys.WriteData(o, key, value);
            }

            o.Write("\n    </edge>"u8);
        }
    }

    // Text with XML's special characters escaped as XmlWriter escapes them in the given context.
    private static void WriteEscaped(Utf8Output o, ReadOnlySpan<char> text, SearchValues<char> specials)
    {
        while (true)
        {
            var i = text.IndexOfAny(specials);
            if (i < 0)
            {
                o.WriteUtf8(text);
                return;
            }

            o.WriteUtf8(text[..i]);
            o.Write(text[i] switch
            {
                '&' => "&amp;"u8,
                '<' => "&lt;"u8,
                '>' => "&gt;"u8,
                '"' => "&quot;"u8,
                '\t' => "&#x9;"u8,
                '\n' => "&#xA;"u8,
                _ => "&#xD;"u8,
            });
            text = text[(i + 1)..];
        }
    }

    /// <summary>The declared keys of one GraphML domain (graph, node or edge), each with one type.</summary>
    private sealed class KeyTable
    {
        private readonly string _domain;
        private readonly SortedDictionary<string, PropertyKind> _kinds;
        private readonly List<string> _fixed;
        private readonly Dictionary<string, byte[]> _dataStart = new(StringComparer.Ordinal);

        private KeyTable(string domain, SortedDictionary<string, PropertyKind> kinds, List<string> fixedKeys)
        {
            _domain = domain;
            _kinds = kinds;
            _fixed = fixedKeys;
            var indent = domain == "graph" ? "\n    " : "\n      ";
            foreach (var key in kinds.Keys)
            {
                var start = new Utf8Bytes();
                start.Append(indent + "<data key=\"");
                start.AppendEscaped(Id(key));
                start.Append("\">");
                _dataStart[key] = start.ToArray();
            }
        }

        public static KeyTable For(string domain, IEnumerable<Properties> all, IReadOnlyList<string> fixedKeys)
        {
            // Collected in a hash table (a tree per lookup was a tenth of writing a large graph), sorted once at the end.
            var kinds = new Dictionary<string, PropertyKind>(StringComparer.Ordinal);
            foreach (var key in fixedKeys)
            {
                kinds[key] = PropertyKind.String;
            }

            // Most property sets repeat the keys and kinds of the one before (the same key strings, in the same
            // order): those are known already and need no lookup.
            ReadOnlySpan<KeyValuePair<string, PropertyValue>> previous = [];
            foreach (var props in all)
            {
                var items = props.Items;
                for (var i = 0; i < items.Length; i++)
                {
                    var (key, value) = items[i];
                    if (i < previous.Length && ReferenceEquals(previous[i].Key, key) && previous[i].Value.Kind == value.Kind)
                    {
                        continue;
                    }

                    if (kinds.TryGetValue(key, out var known))
                    {
                        // A key seen with two kinds (which the pipeline never produces) is declared as text.
                        if (known != value.Kind && !fixedKeys.Contains(key))
                        {
                            kinds[key] = PropertyKind.String;
                        }
                    }
                    else
                    {
                        kinds[key] = value.Kind;
                    }
                }

                previous = items;
            }

            return new KeyTable(domain, new SortedDictionary<string, PropertyKind>(kinds, StringComparer.Ordinal), [.. fixedKeys]);
        }

        public void WriteDeclarations(Utf8Output o)
        {
            foreach (var key in _fixed.Concat(_kinds.Keys.Where(k => !_fixed.Contains(k))))
            {
                o.Write("\n  <key id=\""u8);
                WriteEscaped(o, Id(key), AttributeSpecials);
                o.Write("\" for=\""u8);
                WriteEscaped(o, _domain, AttributeSpecials);
                o.Write("\" attr.name=\""u8);
                WriteEscaped(o, XmlText.Clean(key), AttributeSpecials);
                o.Write("\" attr.type=\""u8);
                o.Write(_kinds[key] switch
                {
                    PropertyKind.Int => "long"u8,
                    PropertyKind.Float => "double"u8,
                    PropertyKind.Bool => "boolean"u8,
                    _ => "string"u8,
                });
                o.Write("\" />"u8);
            }
        }

        public void WriteData(Utf8Output o, string key, PropertyValue value)
        {
            o.Write(_dataStart[key]);
            switch (value.Kind)
            {
                case PropertyKind.Int or PropertyKind.Float or PropertyKind.Bool:
                    o.WriteScalar(value);
                    break;
                case PropertyKind.StringList:
                    // Cleaning each item is cleaning the joined text: ';' ends no surrogate pair.
                    var first = true;
                    foreach (var item in value.List.IsDefault ? [] : value.List)
                    {
                        if (!first)
                        {
                            o.Write((byte)';');
                        }

                        first = false;
                        WriteEscaped(o, XmlText.Clean(item), TextSpecials);
                    }

                    break;
                default:
                    WriteEscaped(o, XmlText.Clean(value.Text ?? string.Empty), TextSpecials);
                    break;
            }

            o.Write("</data>"u8);
        }

        public void WriteData(Utf8Output o, string key, byte[] plainText)
        {
            o.Write(_dataStart[key]);
            o.Write(plainText);
            o.Write("</data>"u8);
        }

        private string Id(string key) => _domain[0] + "_" + key;
    }

    /// <summary>Collects the bytes of a short fixed fragment.</summary>
    private sealed class Utf8Bytes
    {
        private readonly MemoryStream _bytes = new();

        public void Append(string text) => _bytes.Write(Utf8Output.Bytes(text));

        public void AppendEscaped(string text)
        {
            var o = new Utf8Output(_bytes, 64);
            WriteEscaped(o, text, AttributeSpecials);
            o.Flush();
        }

        public byte[] ToArray() => _bytes.ToArray();
    }
}
