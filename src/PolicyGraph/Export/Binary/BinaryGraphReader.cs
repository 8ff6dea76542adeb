using System.Text;
using PolicyGraph.Export.Json;
using PolicyGraph.Graph;

namespace PolicyGraph.Export.Binary;

/// <summary>Reads <see cref="BinaryGraphFormat"/>; a damaged or foreign file is a result, not an exception.</summary>
public static class BinaryGraphReader
{
    /// <summary>The length of <c>graph.json</c> recorded in the file at <paramref name="path"/>, or null when it is no readable graph.bin.</summary>
    public static long? RecordedJsonLength(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var header = new byte[24];
            using (var stream = File.OpenRead(path))
            {
                if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length)
                {
                    return null;
                }
            }

            var r = new ByteReader(header, 0, header.Length);
            return ReadHeader(ref r) ? r.ReadInt64() : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Reads the graph at <paramref name="path"/>.</summary>
    public static GraphReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Read(File.ReadAllBytes(path), path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return GraphReadResult.Failure($"Cannot read graph file '{path}': {ex.Message}");
        }
    }

    /// <summary>Reads a graph from <paramref name="input"/>; <paramref name="name"/> names it in messages.</summary>
    public static GraphReadResult Read(Stream input, string name)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return Read(buffer.ToArray(), name);
    }

    private static GraphReadResult Read(byte[] bytes, string name)
    {
        try
        {
            var r = new ByteReader(bytes, 0, bytes.Length);
            if (!ReadHeader(ref r))
            {
                return GraphReadResult.Failure($"Graph file '{name}' is not a graph.bin of this version of policygraph; rebuild it with 'policygraph build'.");
            }

            r.ReadInt64();
            var strings = new string[r.ReadCount()];
            for (var i = 0; i < strings.Length; i++)
            {
                strings[i] = r.ReadString();
            }

            var graphProperties = Sections.ReadProperties(ref r, strings);
            var sections = new Sections(bytes, strings);
            var nodes = new Node[r.ReadCount()];
            sections.Add(ref r, 0, nodes.Length, isNodes: true);
            var edges = new Edge[r.ReadCount()];
            var chunks = r.ReadCount();
            var at = 0;
            for (var c = 0; c < chunks; c++)
            {
                var count = r.ReadInt32();
                sections.Add(ref r, at, count, isNodes: false);
                at += count;
            }

            if (at != edges.Length || r.Position != bytes.Length)
            {
                throw new FormatException("the edge chunks do not add up");
            }

            sections.Decode(nodes, edges);
            return GraphReadResult.Success(KnowledgeGraph.FromOrdered(nodes, edges, graphProperties, edgesChecked: true));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(Expected))
        {
            return Corrupt(name, ex.InnerExceptions[0]);
        }
        catch (Exception ex) when (Expected(ex))
        {
            return Corrupt(name, ex);
        }
    }

    private static bool Expected(Exception ex) =>
        ex is EndOfStreamException or IndexOutOfRangeException or FormatException or ArgumentException or DecoderFallbackException or OverflowException;

    private static GraphReadResult Corrupt(string name, Exception ex) =>
        GraphReadResult.Failure($"Graph file '{name}' is corrupt ({ex.Message}); rebuild it with 'policygraph build'.");

    private static bool ReadHeader(ref ByteReader r) =>
        r.Take(8).SequenceEqual(BinaryGraphFormat.Magic)
        && r.ReadInt32() == BinaryGraphFormat.FormatVersion && r.ReadInt32() == JsonGraphFormat.SchemaVersion;
}
