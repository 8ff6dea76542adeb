using System.Buffers.Binary;
using System.Text;

namespace PolicyGraph.Export.Binary;

/// <summary>
/// Reads the primitives of <see cref="BinaryGraphFormat"/> from bytes in memory (an array, or a memory-mapped file
/// read in place) without virtual calls per byte.
/// </summary>
internal ref struct ByteReader
{
    private static readonly UTF8Encoding Strict = new(false, true);
    private readonly ReadOnlySpan<byte> _bytes;
    private int _at;

    /// <summary>A reader of <paramref name="bytes"/> from <paramref name="start"/> to <paramref name="end"/>; positions count from the array's start.</summary>
    public ByteReader(byte[] bytes, int start, int end)
        : this(bytes.AsSpan(0, end), start)
    {
    }

    /// <summary>A reader of <paramref name="bytes"/> from <paramref name="start"/> to their end.</summary>
    public ByteReader(ReadOnlySpan<byte> bytes, int start = 0)
    {
        _bytes = bytes;
        _at = start;
    }

    /// <summary>Where the next read starts.</summary>
    public readonly int Position => _at;

    public byte ReadByte() => _at < _bytes.Length ? _bytes[_at++] : throw new EndOfStreamException("The graph file ends early.");

    public int ReadInt32()
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(Take(4));
        return value;
    }

    public long ReadInt64() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public double ReadDouble() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public int ReadCount()
    {
        var value = ReadVarLong();
        return value is >= 0 and <= int.MaxValue ? (int)value : throw new FormatException("A count in the graph file is out of range.");
    }

    public long ReadVarLong()
    {
        ulong result = 0;
        for (var shift = 0; shift < 70; shift += 7)
        {
            var b = ReadByte();
            result |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (long)result;
            }
        }

        throw new FormatException("A number in the graph file is malformed.");
    }

    public string ReadString()
    {
        var length = ReadCount();
        return length == 0 ? string.Empty : Strict.GetString(Take(length));
    }

    public ReadOnlySpan<byte> Take(int length)
    {
        if (length < 0 || length > _bytes.Length - _at)
        {
            throw new EndOfStreamException("The graph file ends early.");
        }

        var span = _bytes.Slice(_at, length);
        _at += length;
        return span;
    }
}
