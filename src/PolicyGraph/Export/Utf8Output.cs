using System.Globalization;
using System.Text;
using System.Text.Unicode;
using PolicyGraph.Graph;

namespace PolicyGraph.Export;

/// <summary>
/// A large byte buffer in front of a stream, for writers that produce UTF-8 themselves: literal bytes, text
/// transcoded from UTF-16 and integers go straight into the buffer, which is written to the stream when full
/// and on <see cref="Flush"/>. Writing a 100 MB graph file this way costs a fraction of an XmlWriter or
/// Utf8JsonWriter, whose per-call state checks and small internal buffers dominate on hundreds of thousands of
/// short values.
/// </summary>
internal sealed class Utf8Output
{
    private readonly Stream _stream;
    private readonly byte[] _buffer;
    private int _used;
    private long _flushed;

    /// <summary>An output to <paramref name="stream"/> through a buffer of <paramref name="capacity"/> bytes.</summary>
    public Utf8Output(Stream stream, int capacity = 1 << 20)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 64);
        _stream = stream;
        _buffer = new byte[capacity];
    }

    /// <summary>How many bytes have been written, buffered or not.</summary>
    public long Length => _flushed + _used;

    /// <summary>Writes bytes as they are.</summary>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _buffer.Length - _used)
        {
            Flush();
            if (bytes.Length > _buffer.Length)
            {
                _stream.Write(bytes);
                _flushed += bytes.Length;
                return;
            }
        }

        bytes.CopyTo(_buffer.AsSpan(_used));
        _used += bytes.Length;
    }

    /// <summary>Writes one byte.</summary>
    public void Write(byte value)
    {
        if (_used == _buffer.Length)
        {
            Flush();
        }

        _buffer[_used++] = value;
    }

    /// <summary>Writes <paramref name="count"/> copies of <paramref name="value"/>.</summary>
    public void Repeat(byte value, int count)
    {
        while (count > 0)
        {
            if (_used == _buffer.Length)
            {
                Flush();
            }

            var n = Math.Min(count, _buffer.Length - _used);
            _buffer.AsSpan(_used, n).Fill(value);
            _used += n;
            count -= n;
        }
    }

    /// <summary>Writes <paramref name="text"/> as UTF-8; a lone surrogate is an error, as it is for the framework's writers.</summary>
    /// <exception cref="ArgumentException">The text holds a lone surrogate.</exception>
    public void WriteUtf8(ReadOnlySpan<char> text)
    {
        while (true)
        {
            var status = Utf8.FromUtf16(text, _buffer.AsSpan(_used), out var read, out var written, replaceInvalidSequences: false);
            _used += written;
            switch (status)
            {
                case System.Buffers.OperationStatus.Done:
                    return;
                case System.Buffers.OperationStatus.DestinationTooSmall:
                    text = text[read..];
                    Flush();
                    break;
                default:
                    throw new ArgumentException("The text holds a lone surrogate, which UTF-8 cannot carry.", nameof(text));
            }
        }
    }

    /// <summary>Writes <paramref name="value"/> in invariant decimal form.</summary>
    public void WriteInteger(long value)
    {
        if (_buffer.Length - _used < 20)
        {
            Flush();
        }

        value.TryFormat(_buffer.AsSpan(_used), out var written, default, CultureInfo.InvariantCulture);
        _used += written;
    }

    /// <summary>Writes a number or a flag as GraphML and JSON both spell it: invariant integer, round-trip float, true/false.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is text, which each format escapes its own way.</exception>
    public void WriteScalar(PropertyValue value)
    {
        switch (value.Kind)
        {
            case PropertyKind.Int:
                WriteInteger(value.Integer);
                break;
            case PropertyKind.Float:
                WriteUtf8(PropertyValue.FormatFloat(value.Number));
                break;
            case PropertyKind.Bool:
                Write(value.Flag ? "true"u8 : "false"u8);
                break;
            default:
                throw new ArgumentException($"A {value.Kind} value is text, not a number or a flag.", nameof(value));
        }
    }

    /// <summary>Writes what the buffer holds to the stream.</summary>
    public void Flush()
    {
        if (_used > 0)
        {
            _stream.Write(_buffer, 0, _used);
            _flushed += _used;
            _used = 0;
        }
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>.</summary>
    public static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The UTF-8 bytes of <paramref name="value"/>'s name (a node or edge type), encoded once per process.</summary>
    public static byte[] NameOf<T>(T value)
        where T : struct, Enum => EnumNames<T>.Bytes[value];

    // The names of T's values, made on first use.
    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly Dictionary<T, byte[]> Bytes = Enum.GetValues<T>().ToDictionary(t => t, t => Utf8Output.Bytes(t.ToString()));
    }
}
