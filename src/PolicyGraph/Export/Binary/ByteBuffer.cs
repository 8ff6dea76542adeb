using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// A growable little-endian byte sequence that a section of graph.bin or of a query index is written into, with the
/// encodings of <see cref="BinaryWriter"/> (7-bit encoded counts, length-prefixed UTF-8 strings): plain array writes
/// instead of a stream call per value, grown by adding segments rather than copying, written out segment by segment.
/// </summary>
internal sealed class ByteBuffer(int capacity = 256)
{
    // Segments filled before the current one, and how much of each.
    private readonly List<byte[]> _full = [];
    private readonly List<int> _fullLengths = [];
    private byte[] _bytes = GC.AllocateUninitializedArray<byte>(Math.Clamp(capacity, 16, LargestSegment));
    private int _used;

    /// <summary>How many bytes have been written.</summary>
    public int Length { get; private set; }

    /// <summary>Writes the bytes written to <paramref name="output"/>.</summary>
    public void CopyTo(Stream output)
    {
        for (var i = 0; i < _full.Count; i++)
        {
            output.Write(_full[i], 0, _fullLengths[i]);
        }

        output.Write(_bytes, 0, _used);
    }

    /// <summary>Appends the bytes written to <paramref name="other"/>.</summary>
    public void CopyTo(ByteBuffer other)
    {
        for (var i = 0; i < _full.Count; i++)
        {
            other.WriteBytes(_full[i].AsSpan(0, _fullLengths[i]));
        }

        other.WriteBytes(_bytes.AsSpan(0, _used));
    }

    /// <summary>Writes one byte.</summary>
    public void WriteByte(byte value)
    {
        Reserve(1)[0] = value;
        Advance(1);
    }

    /// <summary>Writes a little-endian int32.</summary>
    public void WriteInt32(int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(Reserve(4), value);
        Advance(4);
    }

    /// <summary>Writes a little-endian int64.</summary>
    public void WriteInt64(long value)
    {
        BinaryPrimitives.WriteInt64LittleEndian(Reserve(8), value);
        Advance(8);
    }

    /// <summary>Writes a little-endian float64.</summary>
    public void WriteDouble(double value)
    {
        BinaryPrimitives.WriteDoubleLittleEndian(Reserve(8), value);
        Advance(8);
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="BinaryWriter.Write7BitEncodedInt64"/> does (a negative int as its unsigned 32 bits, as <see cref="BinaryWriter.Write7BitEncodedInt"/> does).</summary>
    public void WriteVarInt(ulong value)
    {
        var span = Reserve(10);
        var n = 0;
        while (value > 0x7F)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        Advance(n);
    }

    /// <summary>Writes bytes as they are.</summary>
    public void WriteBytes(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        Advance(bytes.Length);
    }

    /// <summary>Writes <paramref name="s"/> in UTF-8 (a lone surrogate as U+FFFD).</summary>
    public void WriteUtf8(string s)
    {
        var span = Reserve(Encoding.UTF8.GetMaxByteCount(s.Length));
        Advance(Encoding.UTF8.GetBytes(s, span));
    }

    /// <summary>Writes <paramref name="s"/> as <see cref="BinaryWriter.Write(string)"/> does: its UTF-8 byte length as a varint, then the bytes.</summary>
    public void WriteString(string s)
    {
        if (Encoding.UTF8.GetMaxByteCount(s.Length) < 0x80)
        {
            // The length fits one byte whatever the characters: encode straight after it.
            var span = Reserve(1 + Encoding.UTF8.GetMaxByteCount(s.Length));
            var written = Encoding.UTF8.GetBytes(s, span[1..]);
            span[0] = (byte)written;
            Advance(1 + written);
            return;
        }

        var length = Encoding.UTF8.GetByteCount(s);
        WriteVarInt((uint)length);
        Advance(Encoding.UTF8.GetBytes(s, Reserve(length)));
    }

    /// <summary>Writes <paramref name="values"/> as little-endian int32s.</summary>
    public void WriteInt32s(ReadOnlySpan<int> values)
    {
        if (BitConverter.IsLittleEndian)
        {
            WriteBytes(MemoryMarshal.AsBytes(values));
            return;
        }

        foreach (var v in values)
        {
            WriteInt32(v);
        }
    }

    /// <summary>Writes <paramref name="values"/> as little-endian float64s.</summary>
    public void WriteDoubles(ReadOnlySpan<double> values)
    {
        if (BitConverter.IsLittleEndian)
        {
            WriteBytes(MemoryMarshal.AsBytes(values));
            return;
        }

        foreach (var v in values)
        {
            WriteDouble(v);
        }
    }

    // Segments grow no larger than this: below the large-object threshold (85,000 bytes), so that a build's tens of
    // megabytes of sections are not large objects, each of which counts towards the next full collection.
    private const int LargestSegment = 64 * 1024;

    // Room for at least count more bytes in one span: a new segment, twice as large as the last up to
    // LargestSegment, when short.
    private Span<byte> Reserve(int count)
    {
        if (_used + count > _bytes.Length)
        {
            _full.Add(_bytes);
            _fullLengths.Add(_used);
            _bytes = GC.AllocateUninitializedArray<byte>(Math.Max(count, Math.Min(2 * _bytes.Length, LargestSegment)));
            _used = 0;
        }

        return _bytes.AsSpan(_used);
    }

    private void Advance(int count)
    {
        _used += count;
        Length += count;
    }
}
