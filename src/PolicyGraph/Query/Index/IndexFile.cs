using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using System.Text;
using PolicyGraph.Export.Binary;
using PolicyGraph.Graph;

namespace PolicyGraph.Query.Index;

/// <summary>
/// A <see cref="QueryIndexFormat"/> file mapped into memory: fixed-width values, property records and string bytes
/// read where they lie; strings decoded on first use and kept.
/// </summary>
/// <remarks>
/// Values are read through the address of the mapping (held for the file's lifetime), every read checked against
/// its length: the view accessor's own reads take and release the mapping's handle each time, which cost a query
/// more than the reading itself.
/// </remarks>
internal sealed class IndexFile : IDisposable
{
    private static readonly UTF8Encoding Strict = new(false, true);

    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly nint _base;
    private readonly long _length;
    private readonly long[] _sections;
    private readonly long _stringStarts;
    private readonly long _stringBytes;
    private readonly string?[] _strings;
    private readonly long _recordStarts;
    private readonly long _recordBytes;

    private IndexFile(MemoryMappedFile map, MemoryMappedViewAccessor view, long length, long[] sections)
    {
        _map = map;
        _view = view;
        var added = false;
        view.SafeMemoryMappedViewHandle.DangerousAddRef(ref added);
        _base = view.SafeMemoryMappedViewHandle.DangerousGetHandle() + (nint)view.PointerOffset;
        _length = length;
        _sections = sections;
        var strings = Section(QueryIndexFormat.Section.Strings);
        var stringCount = Int32(strings);
        _stringStarts = strings + 4;
        _stringBytes = _stringStarts + (4L * (stringCount + 1));
        _strings = new string?[stringCount];
        var nodes = Int32(Section(QueryIndexFormat.Section.Nodes));
        var edges = Int32(Section(QueryIndexFormat.Section.Edges));
        _recordStarts = Section(QueryIndexFormat.Section.Properties);
        _recordBytes = _recordStarts + (4L * (nodes + edges + 1));
    }

    /// <summary>Opens the index at <paramref name="path"/> if it is one of this version mirroring a graph.json of <paramref name="jsonLength"/> bytes.</summary>
    public static IndexFile? TryOpen(string path, long jsonLength)
    {
        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            var length = new FileInfo(path).Length;
            if (length < QueryIndexFormat.HeaderLength)
            {
                return null;
            }

            map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            if (view.ReadInt32(0) != QueryIndexFormat.Magic || view.ReadInt32(4) != QueryIndexFormat.Version || view.ReadInt64(8) != jsonLength)
            {
                view.Dispose();
                map.Dispose();
                return null;
            }

            var sections = new long[(int)QueryIndexFormat.Section.Count];
            for (var s = 0; s < sections.Length; s++)
            {
                sections[s] = view.ReadInt64(16 + (8L * s));
                if (sections[s] < QueryIndexFormat.HeaderLength || sections[s] > length || (s > 0 && sections[s] < sections[s - 1]))
                {
                    // Truncated or damaged.
                    view.Dispose();
                    map.Dispose();
                    return null;
                }
            }

            var file = new IndexFile(map, view, length, sections);
            if (file.End() != length)
            {
                file.Dispose();
                return null;
            }

            return file;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // A damaged or foreign index is ignored; the query reads graph.json and writes a new one.
            view?.Dispose();
            map?.Dispose();
            return null;
        }
    }

    /// <summary>Where <paramref name="section"/> starts.</summary>
    public long Section(QueryIndexFormat.Section section) => _sections[(int)section];

    public int Int32(long at) => Marshal.ReadInt32(At(at, 4));

    public byte Byte(long at) => Marshal.ReadByte(At(at, 1));

    public double Double(long at) => BitConverter.Int64BitsToDouble(Marshal.ReadInt64(At(at, 8)));

    /// <summary>
    /// The <paramref name="length"/> bytes at <paramref name="at"/>, in place: valid until the file is disposed
    /// (a query reads its answer before it disposes the index), so never kept beyond the call that asked.
    /// </summary>
    public unsafe ReadOnlySpan<byte> Span(long at, int length) => new((void*)At(at, length), length);

    /// <summary>String number <paramref name="s"/>.</summary>
    public string String(int s)
    {
        if (_strings[s] is { } known)
        {
            return known;
        }

        var start = Int32(_stringStarts + (4L * s));
        var length = Int32(_stringStarts + (4L * (s + 1))) - start;
        return _strings[s] = length == 0 ? string.Empty : Strict.GetString(Span(_stringBytes + start, length));
    }

    /// <summary>
    /// String number <paramref name="s"/> compared with <paramref name="utf8"/> by byte (the ordinal order of
    /// strings without surrogates), read in place rather than decoded.
    /// </summary>
    public int CompareString(int s, ReadOnlySpan<byte> utf8)
    {
        var start = Int32(_stringStarts + (4L * s));
        var length = Int32(_stringStarts + (4L * (s + 1))) - start;
        return Span(_stringBytes + start, length).SequenceCompareTo(utf8);
    }

    /// <summary>Property record <paramref name="k"/>: node k, or edge k − N.</summary>
    public Properties Properties(int k)
    {
        var r = Record(k);
        var count = r.ReadCount();
        if (count == 0)
        {
            return Graph.Properties.Empty;
        }

        var items = new KeyValuePair<string, PropertyValue>[count];
        for (var i = 0; i < count; i++)
        {
            var key = String(r.ReadCount());
            items[i] = new(key, ReadValue(ref r));
        }

        return Graph.Properties.FromOrdered(items);
    }

    /// <summary>
    /// The value of <paramref name="key"/> in property record <paramref name="k"/>, the others skipped rather
    /// than decoded; false when the record has no such key.
    /// </summary>
    public bool TryGetProperty(int k, string key, out PropertyValue value)
    {
        var r = Record(k);
        var count = r.ReadCount();
        for (var i = 0; i < count; i++)
        {
            if (string.Equals(String(r.ReadCount()), key, StringComparison.Ordinal))
            {
                value = ReadValue(ref r);
                return true;
            }

            SkipValue(ref r);
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The values of <paramref name="keys"/> in property record <paramref name="k"/>, read in one pass over it:
    /// <paramref name="values"/>[i] is key i's, or the default (an empty string) when the record has none. For a
    /// query that reads several properties of thousands of records (a hub's positions).
    /// </summary>
    public void GetProperties(int k, ReadOnlySpan<string> keys, Span<PropertyValue> values)
    {
        values.Clear();
        var r = Record(k);
        var count = r.ReadCount();
        for (var i = 0; i < count; i++)
        {
            var key = String(r.ReadCount());
            var at = keys.IndexOf(key);
            if (at >= 0)
            {
                values[at] = ReadValue(ref r);
            }
            else
            {
                SkipValue(ref r);
            }
        }
    }

    /// <summary>As <see cref="Graph.Properties.GetString"/> on record <paramref name="k"/>.</summary>
    public string GetString(int k, string key) => TryGetProperty(k, key, out var value) ? value.ToInvariantString() : string.Empty;

    /// <summary>An integer property of record <paramref name="k"/>, or null when it has none (or not an integer).</summary>
    public long? GetInt(int k, string key) => TryGetProperty(k, key, out var value) && value.Kind == PropertyKind.Int ? value.Integer : null;

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.DangerousRelease();
        _view.Dispose();
        _map.Dispose();
    }

    private static PropertyValue ReadValue(ref ByteReader r)
    {
        var kind = (PropertyKind)r.ReadByte();
        return kind switch
        {
            PropertyKind.Int => PropertyValue.Of(r.ReadVarLong()),
            PropertyKind.Bool => PropertyValue.Of(r.ReadVarLong() != 0),
            PropertyKind.Float => PropertyValue.Of(r.ReadDouble()),
            PropertyKind.StringList => PropertyValue.Of(ReadList(ref r)),
            PropertyKind.Date => PropertyValue.Date(r.ReadString()),
            PropertyKind.String => PropertyValue.Of(r.ReadString()),
            _ => throw new InvalidDataException($"Unknown property kind {(int)kind} in the query index."),
        };
    }

    private static void SkipValue(ref ByteReader r)
    {
        var kind = (PropertyKind)r.ReadByte();
        switch (kind)
        {
            case PropertyKind.Int:
            case PropertyKind.Bool:
                r.ReadVarLong();
                break;
            case PropertyKind.Float:
                r.Take(8);
                break;
            case PropertyKind.StringList:
                for (var n = r.ReadCount(); n > 0; n--)
                {
                    r.Take(r.ReadCount());
                }

                break;
            case PropertyKind.Date:
            case PropertyKind.String:
                r.Take(r.ReadCount());
                break;
            default:
                throw new InvalidDataException($"Unknown property kind {(int)kind} in the query index.");
        }
    }

    // Record k, read in place.
    private ByteReader Record(int k)
    {
        var start = Int32(_recordStarts + (4L * k));
        var length = Int32(_recordStarts + (4L * (k + 1))) - start;
        return new ByteReader(Span(_recordBytes + start, length));
    }

    private static string[] ReadList(ref ByteReader r)
    {
        var list = new string[r.ReadCount()];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = r.ReadString();
        }

        return list;
    }

    // The address of size bytes at offset at, which must lie within the file (a damaged index can point anywhere).
    private nint At(long at, long size) =>
        at >= 0 && size >= 0 && at <= _length - size ? _base + (nint)at : throw new ArgumentOutOfRangeException(nameof(at), at, "The query index is damaged: a read past its end.");

    // Where the last section, the rankings, ends: the length of a whole file.
    private long End()
    {
        var nodes = (long)Int32(Section(QueryIndexFormat.Section.Nodes));
        var perMeasure = 8 + (4 * (nodes + (nodes % 2))) + (8 * nodes);
        var end = Section(QueryIndexFormat.Section.Rankings) + (QueryIndexFormat.RankedMeasures.Length * perMeasure);
        return (end + 7) & ~7L;
    }
}
