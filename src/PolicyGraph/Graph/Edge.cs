using QuikGraph;

namespace PolicyGraph.Graph;

/// <summary>A directed, typed edge with properties; parallel edges are allowed (one per provenance).</summary>
/// <param name="Source">The id of the node it starts at.</param>
/// <param name="Target">The id of the node it ends at.</param>
/// <param name="Type">The relationship type.</param>
/// <param name="Properties">Its properties, provenance (<c>document</c>, <c>start</c>, <c>end</c>) among them.</param>
public sealed record Edge(string Source, string Target, EdgeType Type, Properties Properties) : IEdge<string>
{
    /// <summary>Orders edges deterministically: by source, type, target, then properties.</summary>
    public static readonly IComparer<Edge> Order = Comparer<Edge>.Create(Compare);

    private static int Compare(Edge? a, Edge? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var c = string.CompareOrdinal(a.Source, b.Source);
        if (c == 0)
        {
            c = a.Type.CompareTo(b.Type);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.Target, b.Target);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(a.PropertyKey(), b.PropertyKey());
        }

        return c;
    }

    /// <summary>A canonical text of the properties, used for ordering and de-duplication.</summary>
    internal string PropertyKey() =>
        string.Join('\u001f', Properties.All.Select(kv => kv.Key + "=" + SortKey(kv.Value)));

    // Offsets sort numerically so that edges read in text order.
    private static string SortKey(PropertyValue value) =>
        value.Kind == PropertyKind.Int ? value.Integer.ToString("D12", System.Globalization.CultureInfo.InvariantCulture) : value.ToInvariantString();
}
