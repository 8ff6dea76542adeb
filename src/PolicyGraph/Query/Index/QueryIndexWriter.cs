using PolicyGraph.Analysis;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>Writes the <see cref="QueryIndexFormat"/> of a graph; deterministic for the same graph, whatever the threads.</summary>
/// <remarks>
/// Every build writes one, so it is made cheap: the property records, the adjacency with its rankings, the name
/// tables and the node strings are computed in parallel (none depends on another, and each is deterministic),
/// fixed-width arrays are copied as they are, and no string is hashed but property keys: string numbers are
/// fixed by position (see <see cref="QueryIndexFormat.Section.Strings"/>) and property values are written in place.
/// </remarks>
internal static class QueryIndexWriter
{
    /// <summary>
    /// Writes the index of <paramref name="graph"/>, read from <paramref name="graphPath"/>, beside it, with every
    /// ranking a query may ask for (an estimate of betweenness too); false when the folder is not writable.
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
                Write(graph, source.Length, stream, estimates: true);
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

    /// <summary>
    /// Writes the index of <paramref name="graph"/>, whose graph.json is <paramref name="jsonLength"/> bytes long.
    /// Without <paramref name="estimates"/> (a build's index) the betweenness of a graph too large for the exact value
    /// is left out: its sampled estimate costs a build of the xwlb corpus 0.55 s of 3 s after a one-file change, and
    /// the first query that asks for it computes it and writes the index again with it (<see cref="TryWrite"/>).
    /// </summary>
    public static void Write(KnowledgeGraph graph, long jsonLength, Stream output, bool estimates = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        var nodeCount = graph.Nodes.Count;
        var aliasCount = IndexNames.CountAliases(graph);
        IndexRecords? records = null;
        IndexAdjacency? adjacency = null;
        IndexNames? names = null;
        ByteBuffer? rankings = null;
        (ByteBuffer Bytes, int[] Ends)? nodeStrings = null;
        ByteBuffer? documents = null;
        Parallel.Invoke(
            () => records = IndexRecords.Of(graph, (2 * nodeCount) + aliasCount),
            () => documents = DocumentsSection(graph),
            () =>
            {
                adjacency = IndexAdjacency.Of(graph);
                rankings = RankingsSection(graph, adjacency, estimates);
            },
            () => names = IndexNames.Of(graph, aliasCount),
            () => nodeStrings = NodeStrings(graph));

        var sections = new ByteBuffer[(int)QueryIndexFormat.Section.Count][];
        sections[(int)QueryIndexFormat.Section.Strings] = StringsSection(nodeStrings!.Value, names!.AliasStrings, records!.Keys);
        sections[(int)QueryIndexFormat.Section.Nodes] = [NodesSection(graph, adjacency!)];
        sections[(int)QueryIndexFormat.Section.Edges] = [EdgesSection(graph, adjacency!)];
        sections[(int)QueryIndexFormat.Section.Incident] = [IncidentSection(adjacency!)];
        sections[(int)QueryIndexFormat.Section.Properties] = records.Section;
        sections[(int)QueryIndexFormat.Section.Documents] = [documents!];
        sections[(int)QueryIndexFormat.Section.Names] = [names.NamesSection()];
        sections[(int)QueryIndexFormat.Section.Folded] = names.FoldedSection();
        sections[(int)QueryIndexFormat.Section.Rankings] = [rankings!];

        var header = new ByteBuffer(QueryIndexFormat.HeaderLength);
        header.WriteInt32(QueryIndexFormat.Magic);
        header.WriteInt32(QueryIndexFormat.Version);
        header.WriteInt64(jsonLength);
        long at = QueryIndexFormat.HeaderLength;
        foreach (var section in sections)
        {
            header.WriteInt64(at);
            at = Align(at + section.Sum(part => (long)part.Length));
        }

        header.CopyTo(output);
        Span<byte> padding = stackalloc byte[8];
        foreach (var section in sections)
        {
            var length = 0L;
            foreach (var part in section)
            {
                part.CopyTo(output);
                length += part.Length;
            }

            output.Write(padding[..(int)(Align(length) - length)]);
        }
    }

    private static long Align(long at) => (at + 7) & ~7L;

    // Node n's id is string n and its name string N + n (see NodeStrings).
    private static ByteBuffer NodesSection(KnowledgeGraph graph, IndexAdjacency adjacency)
    {
        var nodes = graph.Nodes;
        var section = new ByteBuffer(4 + (13 * nodes.Count));
        section.WriteInt32(nodes.Count);
        for (var i = 0; i < 2 * nodes.Count; i++)
        {
            section.WriteInt32(i);
        }

        section.WriteInt32s(adjacency.Degree);
        foreach (var node in nodes)
        {
            section.WriteByte((byte)node.Type);
        }

        return section;
    }

    // The UTF-8 bytes of every node's id, then of every node's name, and where each ends (from 0).
    private static (ByteBuffer Bytes, int[] Ends) NodeStrings(KnowledgeGraph graph)
    {
        var nodes = graph.Nodes;
        var bytes = new ByteBuffer(48 * nodes.Count);
        var ends = new int[2 * nodes.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            bytes.WriteUtf8(nodes[i].Id);
            ends[i] = bytes.Length;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            bytes.WriteUtf8(nodes[i].Name);
            ends[nodes.Count + i] = bytes.Length;
        }

        return (bytes, ends);
    }

    // Count S, S + 1 starts and the UTF-8 bytes: node ids and names, aliases, property keys.
    private static ByteBuffer[] StringsSection((ByteBuffer Bytes, int[] Ends) nodes, (ByteBuffer Bytes, List<int> Ends) aliases, List<string> keys)
    {
        var count = nodes.Ends.Length + aliases.Ends.Count + keys.Count;
        var starts = new ByteBuffer(8 + (4 * count));
        starts.WriteInt32(count);
        starts.WriteInt32(0);
        starts.WriteInt32s(nodes.Ends);
        var at = nodes.Bytes.Length;
        foreach (var end in aliases.Ends)
        {
            starts.WriteInt32(at + end);
        }

        at += aliases.Bytes.Length;
        var keyBytes = new ByteBuffer(16 * keys.Count);
        foreach (var key in keys)
        {
            keyBytes.WriteUtf8(key);
            starts.WriteInt32(at + keyBytes.Length);
        }

        return [starts, nodes.Bytes, aliases.Bytes, keyBytes];
    }

    // Per property record, the node number of the document its "document" property names; -1 without one, -2 when it names no document.
    private static ByteBuffer DocumentsSection(KnowledgeGraph graph)
    {
        var nodes = graph.Nodes;
        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].Type == NodeType.Document)
            {
                documents[nodes[i].Id] = i;
            }
        }

        var section = new ByteBuffer(4 * (nodes.Count + graph.Edges.Count));
        foreach (var node in nodes)
        {
            section.WriteInt32(DocumentNumber(node.Properties));
        }

        foreach (var edge in graph.Edges)
        {
            section.WriteInt32(DocumentNumber(edge.Properties));
        }

        return section;

        int DocumentNumber(Properties properties) =>
            !properties.TryGet("document", out var id) ? -1 : documents.TryGetValue(id.ToInvariantString(), out var d) ? d : -2;
    }

    private static ByteBuffer EdgesSection(KnowledgeGraph graph, IndexAdjacency adjacency)
    {
        var edges = graph.Edges;
        var section = new ByteBuffer(4 + (9 * edges.Count));
        section.WriteInt32(edges.Count);
        section.WriteInt32s(adjacency.Sources);
        section.WriteInt32s(adjacency.Targets);
        foreach (var edge in edges)
        {
            section.WriteByte((byte)edge.Type);
        }

        return section;
    }

    private static ByteBuffer IncidentSection(IndexAdjacency adjacency)
    {
        var section = new ByteBuffer(4 * (adjacency.IncidentStarts.Length + adjacency.Incident.Length));
        section.WriteInt32s(adjacency.IncidentStarts);
        section.WriteInt32s(adjacency.Incident);
        return section;
    }

    // Per ranked measure: stored and estimate flags, node numbers best first (padded to 8 bytes), scores by node.
    private static ByteBuffer RankingsSection(KnowledgeGraph graph, IndexAdjacency adjacency, bool estimates)
    {
        var n = adjacency.NodeCount;
        var section = new ByteBuffer(QueryIndexFormat.RankedMeasures.Length * (8 + (12 * (n + 1))));
        foreach (var measure in QueryIndexFormat.RankedMeasures)
        {
            var scores = TopQuery.Stored(graph, measure) ?? Computed(adjacency, measure, estimates);
            if (scores is null)
            {
                // Absent: the query computes it from the whole graph.
                section.WriteInt32(-1);
                section.WriteInt32(0);
                section.WriteInt32s(new int[n + (n % 2)]);
                section.WriteDoubles(new double[n]);
                continue;
            }

            var values = scores.Values;
            var order = BestFirst(values);
            section.WriteInt32(scores.Stored ? 1 : 0);
            section.WriteInt32(scores.Estimate ? 1 : 0);
            section.WriteInt32s(order);
            if (n % 2 == 1)
            {
                section.WriteInt32(0);
            }

            section.WriteDoubles(values);
        }

        return section;
    }

    // Node numbers by score, highest first, ties by number (a sort of ints: code the runtime ships precompiled).
    private static int[] BestFirst(double[] values)
    {
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => values[b].CompareTo(values[a]) is var c and not 0 ? c : a.CompareTo(b));
        return order;
    }

    // What TopQuery computes on the whole graph, from the arrays at hand; null for betweenness from more sources than
    // an estimate samples (an exact computation on a graph of 257 to 50,000 nodes, one search per node, would cost a
    // build more than all the rest of it: the 2018 xwlb year, 9,000 nodes, 2.2 s -> 4.1 s), and for an estimate
    // unless estimates are asked for.
    private static MeasureScores? Computed(IndexAdjacency adjacency, TopMeasure measure, bool estimates)
    {
        switch (measure)
        {
            case TopMeasure.PageRank:
                var pageRank = new PageRank(adjacency.NodeCount, adjacency.OutDegree, adjacency.InStarts, adjacency.InSources);
                pageRank.Compute();
                return new MeasureScores(pageRank.Ranks, false, false);
            case TopMeasure.Degree:
                var degree = new double[adjacency.NodeCount];
                for (var i = 0; i < degree.Length; i++)
                {
                    degree[i] = adjacency.Degree[i];
                }

                return new MeasureScores(degree, false, false);
            case TopMeasure.Betweenness when Betweenness.SourcesFor(adjacency.NodeCount) > Betweenness.DefaultSampleSize
                || (!estimates && Betweenness.SourcesFor(adjacency.NodeCount) < adjacency.NodeCount):
                return null;
            case TopMeasure.Betweenness:
                var (starts, neighbours, _) = GraphIndex.Undirected(adjacency.NodeCount, adjacency.Sources, adjacency.Targets, weighted: false);
                var betweenness = new Betweenness(adjacency.NodeCount, starts, neighbours);
                betweenness.Compute();
                return new MeasureScores(betweenness.Values, false, betweenness.IsEstimate);
            default:
                throw new ArgumentOutOfRangeException(nameof(measure), measure, "The query index stores no ranking by this measure.");
        }
    }
}
