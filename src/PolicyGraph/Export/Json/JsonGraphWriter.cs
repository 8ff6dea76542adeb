using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Json;

/// <summary>Writes the graph in the node-link form described by <see cref="JsonGraphFormat"/>.</summary>
/// <remarks>
/// The UTF-8 is produced directly, byte for byte what <see cref="Utf8JsonWriter"/> writes indented by two spaces
/// with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> (a test compares the two): a string that
/// encoder leaves alone is copied as it is; the rare one it would escape is escaped by a Utf8JsonWriter.
/// </remarks>
public sealed class JsonGraphWriter : IGraphWriter
{
    // Chinese stays readable; the JSON is still valid and escapes quotes, control characters and lone surrogates.
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    /// <inheritdoc />
    public void Write(KnowledgeGraph graph, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var w = new Writer(new Utf8Output(output));
        w.Raw("{\n  \"schemaVersion\": "u8);
        w.Integer(JsonGraphFormat.SchemaVersion);
        w.Raw(",\n  \"directed\": true,\n  \"multigraph\": true,\n  \"graph\": {\n    \"schemaVersion\": "u8);
        w.Integer(JsonGraphFormat.SchemaVersion);
        w.Properties(graph.GraphProperties, 2);
        w.Raw("\n  },\n  \"nodes\": ["u8);
        var ids = EncodedIds.Of(graph.Nodes, output => new Writer(output).String);

        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            w.Raw(i == 0 ? "\n    {\n      \"id\": "u8 : ",\n    {\n      \"id\": "u8);
            w.Raw(ids[i]);
            w.Raw(",\n      \"type\": \""u8);
            w.Raw(Utf8Output.NameOf(node.Type));
            w.Raw("\",\n      \"name\": "u8);
            w.String(node.Name);
            w.Properties(node.Properties, 3);
            w.Raw("\n    }"u8);
        }

        w.Raw(graph.Nodes.Count == 0 ? "],\n  \"edges\": ["u8 : "\n  ],\n  \"edges\": ["u8);
        var keys = new ParallelEdgeKeys(graph);
        var ends = graph.Ends;
        for (var i = 0; i < graph.Edges.Count; i++)
        {
            var edge = graph.Edges[i];
            var key = keys.Next(i);
            w.Raw(i == 0 ? "\n    {\n      \"source\": "u8 : ",\n    {\n      \"source\": "u8);
            w.Raw(ids[ends.Sources[i]]);
            w.Raw(",\n      \"target\": "u8);
            w.Raw(ids[ends.Targets[i]]);
            w.Raw(",\n      \"type\": \""u8);
            w.Raw(Utf8Output.NameOf(edge.Type));
            w.Raw("\",\n      \"key\": "u8);
            w.Integer(key);
            w.Properties(edge.Properties, 3);
            w.Raw("\n    }"u8);
        }

        w.Raw(graph.Edges.Count == 0 ? "]\n}\n"u8 : "\n  ]\n}\n"u8);
        w.Flush();
    }

    /// <summary>Numbers the edges between the same two nodes 0, 1, 2… in the order they are written.</summary>
    /// <remarks>
    /// Edges in <see cref="Edge.Order"/> come grouped by source, so only the targets of the current source need
    /// counting, by node number; edges in another order are counted by (source, target) pair.
    /// </remarks>
    private sealed class ParallelEdgeKeys(KnowledgeGraph graph)
    {
        private readonly EdgeEnds _ends = graph.Ends;
        private readonly bool _grouped = Enumerable.Range(1, Math.Max(0, graph.Edges.Count - 1))
            .All(i => graph.Ends.Sources[i - 1] <= graph.Ends.Sources[i]);

        private readonly int[] _byTarget = new int[graph.Nodes.Count];
        private readonly List<int> _counted = [];
        private readonly Dictionary<(int, int), int> _byPair = [];
        private int _source = -1;

        /// <summary>The key of edge <paramref name="i"/>, edges taken in order.</summary>
        public int Next(int i)
        {
            var (source, target) = (_ends.Sources[i], _ends.Targets[i]);
            if (!_grouped)
            {
                ref var n = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_byPair, (source, target), out var seen);
                return n = seen ? n + 1 : 0;
            }

            if (source != _source)
            {
                _source = source;
                foreach (var counted in _counted)
                {
                    _byTarget[counted] = 0;
                }

                _counted.Clear();
            }

            // Counts are kept plus one, so that 0 means a target not met yet.
            if (_byTarget[target]++ == 0)
            {
                _counted.Add(target);
            }

            return _byTarget[target] - 1;
        }
    }

    /// <summary>Writes JSON tokens to a <see cref="Utf8Output"/>, escaping strings as the framework's writer does.</summary>
    private sealed class Writer(Utf8Output output)
    {
        private readonly Dictionary<string, byte[]> _names = new(StringComparer.Ordinal);
        private readonly ArrayBufferWriter<byte> _escaped = new();
        private byte[] _scratch = new byte[1024];
        private Utf8JsonWriter? _escaper;

        public void Raw(ReadOnlySpan<byte> bytes) => output.Write(bytes);

        public void Integer(long value) => output.WriteInteger(value);

        public void Flush() => output.Flush();

        /// <summary>Writes every property as <c>,\n  "key": value</c> at <paramref name="depth"/>.</summary>
        public void Properties(Properties properties, int depth)
        {
            foreach (var (key, value) in properties.Items)
            {
                output.Write((byte)',');
                NewLine(depth);
                output.Write(Name(key));
                switch (value.Kind)
                {
                    case PropertyKind.Int or PropertyKind.Float or PropertyKind.Bool:
                        output.WriteScalar(value);
                        break;
                    case PropertyKind.StringList:
                        List(value.List.IsDefault ? [] : value.List, depth);
                        break;
                    default:
                        String(value.Text ?? string.Empty);
                        break;
                }
            }
        }

        /// <summary>Writes a quoted, escaped string value.</summary>
        public void String(string text)
        {
            if (text.Length == 0)
            {
                output.Write("\"\""u8);
                return;
            }

            if (_scratch.Length < text.Length * 3)
            {
                _scratch = new byte[Math.Max(text.Length * 3, _scratch.Length * 2)];
            }

            // Escaping is needed exactly when the encoder finds a character to encode; invalid UTF-16 always needs it.
            if (System.Text.Unicode.Utf8.FromUtf16(text, _scratch, out _, out var length, replaceInvalidSequences: false) == OperationStatus.Done
                && Encoder.FindFirstCharacterToEncodeUtf8(_scratch.AsSpan(0, length)) < 0)
            {
                output.Write((byte)'"');
                output.Write(_scratch.AsSpan(0, length));
                output.Write((byte)'"');
                return;
            }

            output.Write(Escaped(text));
        }

        private void List(System.Collections.Immutable.ImmutableArray<string> items, int depth)
        {
            output.Write((byte)'[');
            if (items.Length == 0)
            {
                output.Write((byte)']');
                return;
            }

            for (var i = 0; i < items.Length; i++)
            {
                if (i > 0)
                {
                    output.Write((byte)',');
                }

                NewLine(depth + 1);
                String(items[i]);
            }

            NewLine(depth);
            output.Write((byte)']');
        }

        private void NewLine(int depth)
        {
            output.Write((byte)'\n');
            output.Repeat((byte)' ', depth * 2);
        }

        // "key": with the key escaped; property names repeat, so each is escaped once.
        private byte[] Name(string key)
        {
            if (!_names.TryGetValue(key, out var name))
            {
                _names[key] = name = [.. Escaped(key), .. ": "u8];
            }

            return name;
        }

        // The quoted string exactly as Utf8JsonWriter escapes it.
        private ReadOnlySpan<byte> Escaped(string text)
        {
            _escaped.ResetWrittenCount();
            if (_escaper is null)
            {
                _escaper = new Utf8JsonWriter(_escaped, new JsonWriterOptions { Encoder = Encoder });
            }
            else
            {
                _escaper.Reset(_escaped);
            }

            _escaper.WriteStringValue(text);
            _escaper.Flush();
            return _escaped.WrittenSpan;
        }
    }
}
