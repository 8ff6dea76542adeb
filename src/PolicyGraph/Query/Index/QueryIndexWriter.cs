using System.Text;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>Writes the <see cref="QueryIndexFormat"/> of a graph; deterministic for the same graph.</summary>
internal static class QueryIndexWriter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Writes the index of <paramref name="graph"/>, read from <paramref name="graphPath"/>, beside it; false when
    /// the folder is not writable.
    /// </summary>
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
                Write(graph, source.Length, stream);
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

    /// <summary>Writes the index of <paramref name="graph"/>, whose graph.json is <paramref name="jsonLength"/> bytes long.</summary>
    public static void Write(KnowledgeGraph graph, long jsonLength, Stream output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var nodes = graph.Nodes;
        var edges = graph.Edges;
        var strings = new StringTable();
        var indexOf = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            indexOf[nodes[i].Id] = i;
        }

        var sections = new byte[(int)QueryIndexFormat.Section.Count][];
        var properties = PropertiesSection(graph, strings);
        var (names, folded) = NameSections(graph, strings);
        sections[(int)QueryIndexFormat.Section.Nodes] = NodesSection(graph, strings);
        sections[(int)QueryIndexFormat.Section.Edges] = Build(w =>
        {
            w.Write(edges.Count);
            foreach (var edge in edges)
            {
                w.Write(indexOf[edge.Source]);
            }

            foreach (var edge in edges)
            {
                w.Write(indexOf[edge.Target]);
            }

            foreach (var edge in edges)
            {
                w.Write((byte)edge.Type);
            }
        });
        sections[(int)QueryIndexFormat.Section.Incident] = IncidentSection(graph, indexOf);
        sections[(int)QueryIndexFormat.Section.Properties] = properties;
        sections[(int)QueryIndexFormat.Section.Names] = names;
        sections[(int)QueryIndexFormat.Section.Folded] = folded;
        sections[(int)QueryIndexFormat.Section.Rankings] = RankingsSection(graph);
        sections[(int)QueryIndexFormat.Section.Strings] = StringsSection(strings);

        using var writer = new BinaryWriter(output, Utf8, leaveOpen: true);
        writer.Write(QueryIndexFormat.Magic);
        writer.Write(QueryIndexFormat.Version);
        writer.Write(jsonLength);
        long at = QueryIndexFormat.HeaderLength;
        foreach (var section in sections)
        {
            writer.Write(at);
            at = Align(at + section.Length);
        }

        foreach (var section in sections)
        {
            writer.Write(section);
            writer.Write(new byte[Align(section.Length) - section.Length]);
        }
    }

    private static long Align(long at) => (at + 7) & ~7L;

    private static byte[] Build(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Utf8, leaveOpen: true))
        {
            write(w);
        }

        return buffer.ToArray();
    }

    private static byte[] NodesSection(KnowledgeGraph graph, StringTable strings)
    {
        var nodes = graph.Nodes;
        var degree = new int[nodes.Count];
        var indexOf = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            indexOf[nodes[i].Id] = i;
        }

        foreach (var edge in graph.Edges)
        {
            degree[indexOf[edge.Source]]++;
            degree[indexOf[edge.Target]]++;
        }

        return Build(w =>
        {
            w.Write(nodes.Count);
            foreach (var node in nodes)
            {
                w.Write(strings.Add(node.Id));
            }

            foreach (var node in nodes)
            {
                w.Write(strings.Add(node.Name));
            }

            foreach (var d in degree)
            {
                w.Write(d);
            }

            foreach (var node in nodes)
            {
                w.Write((byte)node.Type);
            }
        });
    }

    private static byte[] IncidentSection(KnowledgeGraph graph, Dictionary<string, int> indexOf)
    {
        var count = new int[graph.Nodes.Count + 1];
        var ends = new (int Source, int Target)[graph.Edges.Count];
        for (var j = 0; j < ends.Length; j++)
        {
            ends[j] = (indexOf[graph.Edges[j].Source], indexOf[graph.Edges[j].Target]);
            count[ends[j].Source + 1]++;
            if (ends[j].Target != ends[j].Source)
            {
                count[ends[j].Target + 1]++;
            }
        }

        for (var i = 1; i < count.Length; i++)
        {
            count[i] += count[i - 1];
        }

        var incident = new int[count[^1]];
        var next = count[..^1];
        for (var j = 0; j < ends.Length; j++)
        {
            incident[next[ends[j].Source]++] = j;
            if (ends[j].Target != ends[j].Source)
            {
                incident[next[ends[j].Target]++] = j;
            }
        }

        return Build(w =>
        {
            foreach (var start in count)
            {
                w.Write(start);
            }

            foreach (var j in incident)
            {
                w.Write(j);
            }
        });
    }

    private static byte[] PropertiesSection(KnowledgeGraph graph, StringTable strings)
    {
        using var records = new MemoryStream();
        var starts = new List<int>(graph.Nodes.Count + graph.Edges.Count + 1);
        using (var w = new BinaryWriter(records, Utf8, leaveOpen: true))
        {
            foreach (var properties in graph.Nodes.Select(n => n.Properties).Concat(graph.Edges.Select(e => e.Properties)))
            {
                w.Flush();
                starts.Add(checked((int)records.Length));
                WriteProperties(w, strings, properties);
            }

            w.Flush();
            starts.Add(checked((int)records.Length));
        }

        return Build(w =>
        {
            foreach (var start in starts)
            {
                w.Write(start);
            }

            w.Write(records.ToArray());
        });
    }

    // Byte strings as count + 1 running offsets (from 0) followed by the bytes themselves.
    private static void WriteBlobs(BinaryWriter w, IReadOnlyList<byte[]> blobs)
    {
        var start = 0;
        w.Write(start);
        foreach (var b in blobs)
        {
            start += b.Length;
            w.Write(start);
        }

        foreach (var b in blobs)
        {
            w.Write(b);
        }
    }

    private static void WriteProperties(BinaryWriter w, StringTable strings, Properties properties) =>
        PropertyRecord.Write(w, properties, strings.Add);

    private static (byte[] Names, byte[] Folded) NameSections(KnowledgeGraph graph, StringTable strings)
    {
        var names = new List<(string Key, int Node)>();
        var aliases = new List<(string Key, int Node)>();
        var folded = new List<(string Folded, string Surface, int Node)>();
        for (var i = 0; i < graph.Nodes.Count; i++)
        {
            var node = graph.Nodes[i];
            if (node.Type == NodeType.Statement)
            {
                continue;
            }

            if (node.Name.Length > 0)
            {
                names.Add((node.Name, i));
            }

            folded.Add((EntityLookup.Fold(node.Name), node.Name, i));
            foreach (var alias in node.Properties.GetList("aliases"))
            {
                if (alias.Length > 0)
                {
                    aliases.Add((alias, i));
                }

                folded.Add((EntityLookup.Fold(alias), alias, i));
            }
        }

        var nameSection = Build(w =>
        {
            foreach (var table in new[] { names, aliases })
            {
                table.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var c and not 0 ? c : a.Node.CompareTo(b.Node));
                w.Write(table.Count);
                foreach (var (key, node) in table)
                {
                    w.Write(strings.Add(key));
                    w.Write(node);
                }
            }
        });
        var foldedSection = Build(w =>
        {
            w.Write(folded.Count);
            foreach (var f in folded)
            {
                w.Write(strings.Add(f.Surface));
            }

            foreach (var f in folded)
            {
                w.Write(f.Node);
            }

            foreach (var f in folded)
            {
                w.Write(f.Folded.Length);
            }

            WriteBlobs(w, [.. folded.Select(f => Utf8.GetBytes(f.Folded))]);
        });
        return (nameSection, foldedSection);
    }

    private static byte[] RankingsSection(KnowledgeGraph graph) => Build(w =>
    {
        foreach (var measure in QueryIndexFormat.RankedMeasures)
        {
            var scores = TopQuery.Score(graph, measure);
            var values = scores.Values;
            var order = Enumerable.Range(0, values.Length).ToArray();
            Array.Sort(order, (a, b) => values[b].CompareTo(values[a]) is var c and not 0 ? c : a.CompareTo(b));
            w.Write(scores.Stored ? 1 : 0);
            w.Write(scores.Estimate ? 1 : 0);
            foreach (var i in order)
            {
                w.Write(i);
            }

            if (values.Length % 2 == 1)
            {
                w.Write(0);
            }

            foreach (var value in values)
            {
                w.Write(value);
            }
        }
    });

    // The strings by number: count, offsets, UTF-8 bytes.
    private static byte[] StringsSection(StringTable strings)
    {
        var bytes = strings.InOrder.Select(Utf8.GetBytes).ToList();
        return Build(w =>
        {
            w.Write(bytes.Count);
            WriteBlobs(w, bytes);
        });
    }
}
