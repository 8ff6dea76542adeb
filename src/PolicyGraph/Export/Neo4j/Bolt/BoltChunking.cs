using System.Buffers.Binary;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>
/// Bolt message framing: a message goes out as chunks of <c>[u16 size][bytes]</c> followed by the end marker
/// <c>00 00</c>; an empty chunk between messages is a NOOP keep-alive that a reader skips.
/// </summary>
internal static class BoltChunking
{
    /// <summary>The largest chunk the protocol allows.</summary>
    public const int MaxChunkSize = ushort.MaxValue;

    /// <summary>The framed bytes of <paramref name="message"/>, split into chunks of at most <paramref name="chunkSize"/> bytes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> message, int chunkSize = MaxChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, MaxChunkSize);
        var chunks = (message.Length + chunkSize - 1) / chunkSize;
        var framed = new byte[message.Length + (2 * chunks) + 2];
        var at = 0;
        for (var from = 0; from < message.Length; from += chunkSize)
        {
            var size = Math.Min(chunkSize, message.Length - from);
            BinaryPrimitives.WriteUInt16BigEndian(framed.AsSpan(at), (ushort)size);
            message.Slice(from, size).CopyTo(framed.AsSpan(at + 2));
            at += size + 2;
        }

        return framed; // the last two bytes are already the 00 00 end marker
    }

    /// <summary>
    /// Reads one whole message from <paramref name="stream"/>, skipping NOOPs before it.
    /// </summary>
    /// <exception cref="EndOfStreamException">The peer closed the connection before the message was complete.</exception>
    public static async Task<byte[]> ReadMessageAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var message = new MemoryStream();
        var header = new byte[2];
        var buffer = new byte[4096];
        while (true)
        {
            await stream.ReadExactlyAsync(header, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(header);
            if (size == 0)
            {
                if (message.Length == 0)
                {
                    continue; // NOOP keep-alive
                }

                return message.ToArray();
            }

            while (size > 0)
            {
                var n = Math.Min(size, buffer.Length);
                await stream.ReadExactlyAsync(buffer.AsMemory(0, n), cancellationToken).ConfigureAwait(false);
                message.Write(buffer, 0, n);
                size -= (ushort)n;
            }
        }
    }
}
