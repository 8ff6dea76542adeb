using System.Text;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>Writes the <see cref="QueryIndexFormat"/> of a graph read from a graph.json.</summary>
internal static class QueryIndexWriter
{
    /// <summary>Writes the index of <paramref name="graph"/>, read from <paramref name="graphPath"/>; false when the folder is not writable.</summary>
    public static bool TryWrite(KnowledgeGraph graph, string graphPath)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var source = new FileInfo(graphPath);
        var target = QueryIndexFormat.PathFor(graphPath);
        var temp = target + "." + Environment.ProcessId + ".tmp";
        try
        {
            using (var stream = File.Create(temp))
            {
                Write(graph, source.Length, source.LastWriteTimeUtc.Ticks, stream);
            }

            File.Move(temp, target, overwrite: true);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only folder only costs speed: the next query loads graph.json again.
            File.Delete(temp);
            return false;
        }
    }

    internal static void Write(KnowledgeGraph graph, long sourceLength, long sourceTicks, Stream output)
    {
        var nodes = graph.Nodes;
        var edges = graph.Edges;
        var indexOf = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            indexOf[nodes[i].Id] = i;
        }

        var blobs = new MemoryStream();
        var nodeOffsets = new long[nodes.Count];
        var edgeOffsets = new long[edges.Count];
        using (var blob = new BinaryWriter(blobs, Encoding.UTF8, leaveOpen: true))
        {
            for (var i = 0; i < nodes.Count; i++)
            {
                nodeOffsets[i] = blobs.Position;
                QueryIndexFormat.WriteProperties(blob, nodes[i].Properties);
            }

            for (var j = 0; j < edges.Count; j++)
            {
                edgeOffsets[j] = blobs.Position;
                QueryIndexFormat.WriteProperties(blob, edges[j].Properties);
            }
        }

        var incident = new List<int>[nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            incident[i] = [];
        }

        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(QueryIndexFormat.Magic);
        writer.Write(QueryIndexFormat.Version);
        writer.Write(sourceLength);
        writer.Write(sourceTicks);
        writer.Write(nodes.Count);
        writer.Write(edges.Count);
        foreach (var node in nodes)
        {
            writer.Write((byte)node.Type);
            writer.Write(node.Id);
            writer.Write(node.Name);
            var aliases = node.Properties.GetList("aliases");
            writer.Write(aliases.Length);
            foreach (var alias in aliases)
            {
                writer.Write(alias);
            }
        }

        for (var j = 0; j < edges.Count; j++)
        {
            var s = indexOf[edges[j].Source];
            var t = indexOf[edges[j].Target];
            writer.Write(s);
            writer.Write(t);
            writer.Write((byte)edges[j].Type);
            incident[s].Add(j);
            if (t != s)
            {
                incident[t].Add(j);
            }
        }

        var start = 0;
        writer.Write(start);
        foreach (var list in incident)
        {
            start += list.Count;
            writer.Write(start);
        }

        foreach (var list in incident)
        {
            foreach (var j in list)
            {
                writer.Write(j);
            }
        }

        foreach (var offset in nodeOffsets)
        {
            writer.Write(offset);
        }

        foreach (var offset in edgeOffsets)
        {
            writer.Write(offset);
        }

        writer.Write(blobs.Length);
        writer.Flush();
        blobs.Position = 0;
        blobs.CopyTo(output);
    }
}
