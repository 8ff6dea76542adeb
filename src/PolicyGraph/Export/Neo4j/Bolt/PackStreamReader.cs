using System.Buffers.Binary;
using System.Text;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>
/// Decodes PackStream v1 values from one message: null, <see cref="bool"/>, <see cref="long"/>, <see cref="double"/>,
/// <see cref="string"/>, <c>byte[]</c>, lists, dictionaries (<see cref="OrderedDictionary{TKey,TValue}"/>; a repeated
/// key keeps its last value), <see cref="DateOnly"/> for a Date, and <see cref="PackStructure"/> for other structures.
/// Malformed input throws <see cref="FormatException"/>.
/// </summary>
internal sealed class PackStreamReader
{
    private static readonly UTF8Encoding Utf8 = new(false, true);
    private static readonly int EpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    /// <summary>Reads from <paramref name="data"/>.</summary>
    public PackStreamReader(ReadOnlyMemory<byte> data) => _data = data;

    /// <summary>Whether every byte has been read.</summary>
    public bool AtEnd => _position >= _data.Length;

    /// <summary>Decodes the single value that fills <paramref name="data"/>.</summary>
    public static object? Decode(ReadOnlyMemory<byte> data)
    {
        var reader = new PackStreamReader(data);
        var value = reader.Read();
        if (!reader.AtEnd)
        {
            throw new FormatException($"PackStream value ends at byte {reader._position} of {data.Length}.");
        }

        return value;
    }

    /// <summary>Reads the next value.</summary>
    public object? Read()
    {
        var marker = Next();
        switch (marker)
        {
            case < 0x80: return (long)marker;
            case >= 0xF0: return (long)unchecked((sbyte)marker);
            case >= 0x80 and <= 0x8F: return ReadString(marker & 0x0F);
            case >= 0x90 and <= 0x9F: return ReadList(marker & 0x0F);
            case >= 0xA0 and <= 0xAF: return ReadMap(marker & 0x0F);
            case >= 0xB0 and <= 0xBF: return ReadStructure(marker & 0x0F);
            case 0xC0: return null;
            case 0xC1: return BinaryPrimitives.ReadDoubleBigEndian(Take(8));
            case 0xC2: return false;
            case 0xC3: return true;
            case 0xC8: return (long)unchecked((sbyte)Next());
            case 0xC9: return (long)BinaryPrimitives.ReadInt16BigEndian(Take(2));
            case 0xCA: return (long)BinaryPrimitives.ReadInt32BigEndian(Take(4));
            case 0xCB: return BinaryPrimitives.ReadInt64BigEndian(Take(8));
            case 0xCC or 0xCD or 0xCE: return Take(Size(marker - 0xCC)).ToArray();
            case 0xD0 or 0xD1 or 0xD2: return ReadString(Size(marker - 0xD0));
            case 0xD4 or 0xD5 or 0xD6: return ReadList(Size(marker - 0xD4));
            case 0xD8 or 0xD9 or 0xDA: return ReadMap(Size(marker - 0xD8));
            default: throw new FormatException($"Reserved PackStream marker 0x{marker:X2} at byte {_position - 1}.");
        }
    }

    private string ReadString(int length) => Utf8.GetString(Take(length));

    private List<object?> ReadList(int count)
    {
        var list = new List<object?>(Math.Min(count, 1024));
        for (var i = 0; i < count; i++)
        {
            list.Add(Read());
        }

        return list;
    }

    private OrderedDictionary<string, object?> ReadMap(int count)
    {
        var map = new OrderedDictionary<string, object?>(Math.Min(count, 1024), StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            if (Read() is not string key)
            {
                throw new FormatException($"PackStream dictionary key before byte {_position} is not a string.");
            }

            map[key] = Read();
        }

        return map;
    }

    private object ReadStructure(int fieldCount)
    {
        var tag = Next();
        var fields = ReadList(fieldCount);
        if (tag == PackStructure.DateTag && fields is [long days])
        {
            return DateOnly.FromDayNumber(checked((int)(EpochDay + days)));
        }

        return new PackStructure(tag, fields);
    }

    // The three size widths of a sized marker family: u8, u16, u32 (at most int.MaxValue).
    private int Size(int width) => width switch
    {
        0 => Next(),
        1 => BinaryPrimitives.ReadUInt16BigEndian(Take(2)),
        _ => BinaryPrimitives.ReadInt32BigEndian(Take(4)) is var n and >= 0 ? n : throw new FormatException("PackStream size above 2,147,483,647."),
    };

    private byte Next() => Take(1)[0];

    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new FormatException($"PackStream data ends after {_data.Length} bytes; {count} more were expected at byte {_position}.");
        }

        var span = _data.Span.Slice(_position, count);
        _position += count;
        return span;
    }
}
