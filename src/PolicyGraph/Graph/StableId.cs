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
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(type + "\u001f" + key));
        return Prefix(type) + "_" + Convert.ToHexStringLower(hash, 0, 6);
    }

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
