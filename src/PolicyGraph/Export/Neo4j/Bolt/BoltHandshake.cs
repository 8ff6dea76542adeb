using System.Buffers.Binary;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>
/// The Bolt handshake: the magic preamble and four version proposals, most preferred first. We offer the range
/// 5.8 down to 5.0 and then 4.4, and no manifest slot, so a plain range is always what the server picks from.
/// </summary>
internal static class BoltHandshake
{
    /// <summary>The magic preamble <c>60 60 B0 17</c>.</summary>
    public static readonly byte[] Magic = [0x60, 0x60, 0xB0, 0x17];

    /// <summary>The newest version we speak.</summary>
    public static readonly BoltVersion Newest = new(5, 8);

    /// <summary>The versions we speak, newest first.</summary>
    public static readonly IReadOnlyList<BoltVersion> Supported =
        [.. Enumerable.Range(0, Newest.Minor + 1).Reverse().Select(m => new BoltVersion(5, m)), new BoltVersion(4, 4)];

    /// <summary>The 20 bytes the client sends: magic, then <c>00 08 08 05</c> (5.8..5.0), <c>00 00 04 04</c> (4.4) and two empty slots.</summary>
    public static byte[] Request()
    {
        var bytes = new byte[20];
        Magic.CopyTo(bytes, 0);
        bytes[5] = (byte)Newest.Minor; // range: Newest.Minor versions below it
        bytes[6] = (byte)Newest.Minor;
        bytes[7] = (byte)Newest.Major;
        bytes[10] = 4;
        bytes[11] = 4;
        return bytes;
    }

    /// <summary>The version a 4-byte server answer names, or null for <c>00 00 00 00</c> (none of ours).</summary>
    public static BoltVersion? ParseAnswer(ReadOnlySpan<byte> answer)
    {
        var raw = BinaryPrimitives.ReadUInt32BigEndian(answer);
        return raw == 0 ? null : new BoltVersion(answer[3], answer[2]);
    }

    /// <summary>Whether a 4-byte answer is the start of an HTTP response, a sign the URI names an HTTP port.</summary>
    public static bool LooksLikeHttp(ReadOnlySpan<byte> answer) => answer.SequenceEqual("HTTP"u8);
}
