using System.Security.Cryptography;
using System.Text;

namespace PolicyGraph.Graph;

/// <summary>Deterministic node ids: a type prefix and a hash of the node's identifying key.</summary>
public static class StableId
{
    /// <summary>The id of a node of <paramref name="type"/> identified by <paramref name="key"/>.</summary>
    public static string For(NodeType type, string key)
    {
        ArgumentNullException.ThrowIfNull(key);

        // The hash of UTF-8 "Type\u001fkey", without building that string: a build makes ids for every node it writes.
        var name = HashedName(type);
        var max = name.Length + Encoding.UTF8.GetMaxByteCount(key.Length);
        var rented = max > 1024 ? new byte[max] : null;
        Span<byte> bytes = rented ?? stackalloc byte[1024];
        name.CopyTo(bytes);
        var length = name.Length + Encoding.UTF8.GetBytes(key, bytes[name.Length..]);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(bytes[..length], hash);
        return string.Concat(Prefix(type), "_", Convert.ToHexStringLower(hash[..6]));
    }

    private static ReadOnlySpan<byte> HashedName(NodeType type) => type switch
    {
        NodeType.Document => "Document\u001f"u8,
        NodeType.Person => "Person\u001f"u8,
        NodeType.Organization => "Organization\u001f"u8,
        NodeType.Initiative => "Initiative\u001f"u8,
        NodeType.Event => "Event\u001f"u8,
        NodeType.Place => "Place\u001f"u8,
        NodeType.Statement => "Statement\u001f"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown node type."),
    };

    private static string Prefix(NodeType type) => type switch
    {
        NodeType.Document => "doc",
        NodeType.Person => "per",
        NodeType.Organization => "org",
        NodeType.Initiative => "ini",
        NodeType.Event => "evt",
        NodeType.Place => "plc",
        NodeType.Statement => "stm",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown node type."),
    };
}
