using System.Buffers.Binary;
using System.Text;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// A growable byte array written with the encodings of <see cref="BinaryWriter"/> (little-endian numbers, 7-bit
/// encoded counts, length-prefixed UTF-8 strings) without a stream call per value.
/// </summary>
internal sealed class ByteBuffer(int capacity = 1 << 16)
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private byte[] _bytes = new byte[Math.Max(capacity, 16)];

    /// <summary>How many bytes have been written.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written.</summary>
    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    /// <summary>Writes one byte.</summary>
    public void Write(byte value) => Room(1)[0] = value;

    /// <summary>Writes bytes as they are.</summary>
    public void Write(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Room(bytes.Length));

    /// <summary>Writes a little-endian int32.</summary>
    public void WriteInt32(int value) => BinaryPrimitives.WriteInt32LittleEndian(Room(4), value);

    /// <summary>Writes a little-endian int64.</summary>
    public void WriteInt64(long value) => BinaryPrimitives.WriteInt64LittleEndian(Room(8), value);

    /// <summary>Writes a little-endian double.</summary>
    public void WriteDouble(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Room(8), value);

    /// <summary>Writes an int as <see cref="BinaryWriter.Write7BitEncodedInt(int)"/> does.</summary>
    public void Write7BitEncodedInt(int value) => Write7BitEncodedInt64((uint)value);

    /// <summary>Writes a long as <see cref="BinaryWriter.Write7BitEncodedInt64(long)"/> does.</summary>
    public void Write7BitEncodedInt64(long value)
    {
        var span = Room(10);
        var n = 0;
        var rest = (ulong)value;
        while (rest > 0x7Fu)
        {
            span[n++] = (byte)((uint)rest | ~0x7Fu);
            rest >>= 7;
        }

        span[n++] = (byte)rest;
        Length -= 10 - n;
    }

    /// <summary>Writes a string as <see cref="BinaryWriter.Write(string)"/> does: its UTF-8 byte count, then the bytes.</summary>
    public void WriteString(string text)
    {
        var count = Utf8.GetByteCount(text);
        Write7BitEncodedInt(count);
        Utf8.GetBytes(text, Room(count));
    }

    /// <summary>Writes everything to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output) => output.Write(_bytes, 0, Length);

    // The next count bytes, counted as written.
    private Span<byte> Room(int count)
    {
        if (_bytes.Length - Length < count)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + count));
        }

        var span = _bytes.AsSpan(Length, count);
        Length += count;
        return span;
    }
}
