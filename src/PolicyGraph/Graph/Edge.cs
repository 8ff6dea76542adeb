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
            c = ComparePropertyKeys(a.Properties, b.Properties);
        }

        return c;
    }

    // Compares the canonical texts of two property sets (each pair as key=value, values of whole numbers padded to
    // twelve digits so that offsets sort numerically and edges read in text order, pairs joined by U+001F) without
    // making strings: the texts are written into per-thread buffers and compared ordinally.
    private static int ComparePropertyKeys(Properties a, Properties b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        var left = PropertyKey(a, ref t_left);
        var right = PropertyKey(b, ref t_right);
        return left.SequenceCompareTo(right);
    }

    [ThreadStatic]
    private static char[]? t_left;

    [ThreadStatic]
    private static char[]? t_right;

    /// <summary>
    /// The text <see cref="Order"/> compares two edges' properties by, when their source, type and target are the
    /// same: ordinal order of these texts is that order. For sorting many edges of one source, type and target,
    /// where each text is made once rather than at every comparison.
    /// </summary>
    internal static string PropertyText(Properties properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        return new string(PropertyKey(properties, ref t_left));
    }

    private static ReadOnlySpan<char> PropertyKey(Properties properties, ref char[]? buffer)
    {
        buffer ??= new char[256];
        var length = 0;
        var items = properties.Items;
        Span<char> digits = stackalloc char[24];
        for (var i = 0; i < items.Length; i++)
        {
            var (key, value) = items[i];
            if (i > 0)
            {
                Append(ref buffer, ref length, "\u001f");
            }

            Append(ref buffer, ref length, key);
            Append(ref buffer, ref length, "=");
            if (value.Kind == PropertyKind.Int)
            {
                value.Integer.TryFormat(digits, out var written, "D12", System.Globalization.CultureInfo.InvariantCulture);
                Append(ref buffer, ref length, digits[..written]);
            }
            else
            {
                Append(ref buffer, ref length, value.Kind is PropertyKind.String or PropertyKind.Date ? value.Text ?? string.Empty : value.ToInvariantString());
            }
        }

        return buffer.AsSpan(0, length);
    }

    private static void Append(ref char[] buffer, ref int length, ReadOnlySpan<char> text)
    {
        if (length + text.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + text.Length));
        }

        text.CopyTo(buffer.AsSpan(length));
        length += text.Length;
    }
}
