using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

// neighbors answered from the adjacency, ids, names and types alone: it prints no property, so no record is read.
public sealed partial class QueryIndex
{
    // Relation labels by edge type value, as NeighborsQuery spells them.
    private static readonly string[] ForwardLabels = Array.ConvertAll(Enum.GetNames(typeof(EdgeType)), t => t + "→");
    private static readonly string[] BackwardLabels = Array.ConvertAll(Enum.GetNames(typeof(EdgeType)), t => "←" + t);

    /// <summary>
    /// <see cref="NeighborsQuery.Run"/> answered in place: the same walk, order and labels, reading only the
    /// adjacency and each reached node's id, name and type.
    /// </summary>
    public QueryResult<NeighborsReport> Neighbors(string name, int depth, NodeType? type)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        var found = Lookup.Find(name);
        if (found.Node is not { } center)
        {
            return QueryResult<NeighborsReport>.Failure(found.NotFoundMessage(name));
        }

        var start = IndexOf(center.Id);
        var distance = new int[_nodeCount];
        Array.Fill(distance, -1);
        distance[start] = 0;
        var via = new Dictionary<int, List<string>>();
        var reached = new List<int>();
        var ring = new List<int> { start };
        for (var hop = 1; hop <= depth && ring.Count > 0; hop++)
        {
            var next = new List<int>();
            foreach (var u in ring)
            {
                foreach (var j in IncidentEdges(u))
                {
                    var forward = Leaves(j, u);
                    var w = forward ? Target(j) : Source(j);
                    if (distance[w] < 0)
                    {
                        distance[w] = hop;
                        next.Add(w);
                        reached.Add(w);
                        via[w] = [];
                    }

                    if (distance[w] == hop)
                    {
                        via[w].Add(forward ? ForwardLabels[(int)EdgeTypeOf(j)] : BackwardLabels[(int)EdgeTypeOf(j)]);
                    }
                }
            }

            ring = next;
        }

        var listed = new List<(int V, NodeRef Ref)>();
        foreach (var v in reached)
        {
            if (type is null || TypeOf(v) == type)
            {
                listed.Add((v, RefOf(v)));
            }
        }

        // By distance, type, name and id.
        listed.Sort((a, b) =>
        {
            var c = distance[a.V].CompareTo(distance[b.V]);
            c = c != 0 ? c : ((int)TypeOf(a.V)).CompareTo((int)TypeOf(b.V));
            c = c != 0 ? c : string.CompareOrdinal(a.Ref.Name, b.Ref.Name);
            return c != 0 ? c : string.CompareOrdinal(a.Ref.Id, b.Ref.Id);
        });
        var neighbours = new List<Neighbour>(listed.Count);
        foreach (var (v, reference) in listed)
        {
            var labels = via[v];
            labels.Sort(StringComparer.Ordinal);
            var distinct = new List<string>(labels.Count);
            foreach (var label in labels)
            {
                if (distinct.Count == 0 || !string.Equals(distinct[^1], label, StringComparison.Ordinal))
                {
                    distinct.Add(label);
                }
            }

            neighbours.Add(new Neighbour(reference, distance[v], distinct));
        }

        return QueryResult<NeighborsReport>.Success(new NeighborsReport(RefOf(start), depth, type?.ToString(), neighbours));
    }
}
