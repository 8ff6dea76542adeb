using System.Buffers;
using System.Buffers.Binary;
using System.Collections;
using System.Text;

namespace PolicyGraph.Export.Neo4j.Bolt;

/// <summary>
/// Encodes PackStream v1 values, always in the most compact form: null, booleans, integers (tiny, 8, 16, 32 or
/// 64 bits), floats (64-bit), UTF-8 strings, bytes, lists, string-keyed dictionaries, structures, and
/// <see cref="DateOnly"/> as the Bolt Date structure. Whole numbers stay Integers; nothing becomes a Float by accident.
/// </summary>
internal sealed class PackStreamWriter
{
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private readonly ArrayBufferWriter<byte> _buffer = new(256);

    /// <summary>The bytes written so far.</summary>
    public ReadOnlyMemory<byte> Written => _buffer.WrittenMemory;

    /// <summary>Forgets what was written.</summary>
    public void Clear() => _buffer.Clear();

    /// <summary>Encodes <paramref name="value"/> on its own.</summary>
    public static byte[] Encode(object? value)
    {
        var writer = new PackStreamWriter();
        writer.Write(value);
        return writer.Written.ToArray();
    }

    /// <summary>Appends <paramref name="value"/>.</summary>
    public void Write(object? value)
    {
        switch (value)
        {
            case null: Byte(0xC0); break;
            case bool b: Byte(b ? (byte)0xC3 : (byte)0xC2); break;
            case long l: WriteInteger(l); break;
            case int i: WriteInteger(i); break;
            case short s: WriteInteger(s); break;
            case sbyte sb: WriteInteger(sb); break;
            case byte by: WriteInteger(by); break;
            case uint ui: WriteInteger(ui); break;
            case double d: WriteFloat(d); break;
            case float f: WriteFloat(f); break;
            case string s: WriteString(s); break;
            case byte[] bytes: WriteBytes(bytes); break;
            case DateOnly date: WriteStructure(new PackStructure(PackStructure.DateTag, [(long)(date.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber)])); break;
            case PackStructure structure: WriteStructure(structure); break;
            case IReadOnlyDictionary<string, object?> map: WriteMap(map); break;
            case IEnumerable list: WriteList(list); break;
            default: throw new ArgumentException($"A {value.GetType().Name} has no PackStream form.", nameof(value));
        }
    }

    /// <summary>Appends an Integer in the smallest of its encodings.</summary>
    public void WriteInteger(long value)
    {
        if (value is >= -16 and <= 127)
        {
            Byte(unchecked((byte)value));
        }
        else if (value is >= sbyte.MinValue and <= sbyte.MaxValue)
        {
            Byte(0xC8);
            Byte(unchecked((byte)value));
        }
        else if (value is >= short.MinValue and <= short.MaxValue)
        {
            Byte(0xC9);
            BinaryPrimitives.WriteInt16BigEndian(_buffer.GetSpan(2), (short)value);
            _buffer.Advance(2);
        }
        else if (value is >= int.MinValue and <= int.MaxValue)
        {
            Byte(0xCA);
            BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), (int)value);
            _buffer.Advance(4);
        }
        else
        {
            Byte(0xCB);
            BinaryPrimitives.WriteInt64BigEndian(_buffer.GetSpan(8), value);
            _buffer.Advance(8);
        }
    }

    /// <summary>Appends a Float (always 64-bit).</summary>
    public void WriteFloat(double value)
    {
        Byte(0xC1);
        BinaryPrimitives.WriteDoubleBigEndian(_buffer.GetSpan(8), value);
        _buffer.Advance(8);
    }

    /// <summary>Appends a String; its size is its UTF-8 byte count (lone surrogates become U+FFFD).</summary>
    public void WriteString(string value)
    {
        var length = Utf8.GetByteCount(value);
        Header(length, 0x80, 0xD0, 0xD1, 0xD2);
        Utf8.GetBytes(value, _buffer.GetSpan(length));
        _buffer.Advance(length);
    }

    /// <summary>Appends Bytes (there is no tiny form: empty bytes are <c>CC 00</c>).</summary>
    public void WriteBytes(ReadOnlySpan<byte> value)
    {
        Header(value.Length, null, 0xCC, 0xCD, 0xCE);
        _buffer.Write(value);
    }

    /// <summary>Appends a List.</summary>
    public void WriteList(IEnumerable items)
    {
        var list = items as IList ?? items.Cast<object?>().ToList();
        Header(list.Count, 0x90, 0xD4, 0xD5, 0xD6);
        foreach (var item in list)
        {
            Write(item);
        }
    }

    /// <summary>Appends a Dictionary in its enumeration order.</summary>
    public void WriteMap(IReadOnlyDictionary<string, object?> map)
    {
        Header(map.Count, 0xA0, 0xD8, 0xD9, 0xDA);
        foreach (var (key, item) in map)
        {
            WriteString(key);
            Write(item);
        }
    }

    /// <summary>Appends a Structure (at most 15 fields).</summary>
    public void WriteStructure(PackStructure structure)
    {
        if (structure.Fields.Count > 15)
        {
            throw new ArgumentException("A PackStream structure has at most 15 fields.", nameof(structure));
        }

        Byte((byte)(0xB0 | structure.Fields.Count));
        Byte(structure.Tag);
        foreach (var field in structure.Fields)
        {
            Write(field);
        }
    }

    private void Header(int size, byte? tiny, byte marker8, byte marker16, byte marker32)
    {
        if (tiny is { } t && size < 16)
        {
            Byte((byte)(t | size));
        }
        else if (size <= byte.MaxValue)
        {
            Byte(marker8);
            Byte((byte)size);
        }
        else if (size <= ushort.MaxValue)
        {
            Byte(marker16);
            BinaryPrimitives.WriteUInt16BigEndian(_buffer.GetSpan(2), (ushort)size);
            _buffer.Advance(2);
        }
        else
        {
            Byte(marker32);
            BinaryPrimitives.WriteInt32BigEndian(_buffer.GetSpan(4), size);
            _buffer.Advance(4);
        }
    }

    private void Byte(byte value)
    {
        _buffer.GetSpan(1)[0] = value;
        _buffer.Advance(1);
    }
}
