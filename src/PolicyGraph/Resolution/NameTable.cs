using System.Collections.Concurrent;

namespace PolicyGraph.Resolution;

/// <summary>
/// The names of one entity type (organisations, initiatives or events) as every document gives them:
/// each canonical name with the surface forms, kinds and dates seen for it and the documents it was seen in.
/// <see cref="NameResolver"/> turns the table into nodes.
/// </summary>
internal sealed class NameTable
{
    private readonly Func<string, string> _normalize;
    private readonly ConcurrentDictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>A table whose canonical names are brought to standard form by <paramref name="normalize"/>.</summary>
    public NameTable(Func<string, string> normalize) => _normalize = normalize;

    /// <summary>The observations by standard canonical name.</summary>
    public Dictionary<string, NameEntry> Entries { get; } = new(StringComparer.Ordinal);

    /// <summary>The standard canonical names, in ordinal order.</summary>
    public IReadOnlyList<string> SortedKeys() => [.. Entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The standard canonical name <paramref name="canonical"/> is kept under. Thread-safe.</summary>
    public string Key(string canonical)
    {
        // The same few thousand names recur in every document: normalise each once.
        if (!_keys.TryGetValue(canonical, out var key))
        {
            key = _normalize(canonical);
            _keys.TryAdd(canonical, key);
        }

        return key;
    }

    /// <summary>
    /// Adds the observations of <paramref name="later"/>, all of documents after those observed here, as if they had
    /// been observed here in turn: names, forms, kinds and dates new to this table come after those it had.
    /// </summary>
    public void Append(NameTable later)
    {
        ArgumentNullException.ThrowIfNull(later);
        foreach (var (key, entry) in later.Entries)
        {
            if (Entries.TryGetValue(key, out var mine))
            {
                mine.Append(entry);
            }
            else
            {
                Entries.Add(key, entry);
            }
        }
    }

    /// <summary>Records that document <paramref name="doc"/> names <paramref name="canonical"/> as <paramref name="form"/>.</summary>
    /// <returns>The standard canonical name (the key to resolve it by), or null when the name is empty.</returns>
    public string? Observe(int doc, string canonical, string form, string kind = "", string date = "")
    {
        var key = Key(canonical);
        if (key.Length == 0)
        {
            return null;
        }

        if (!Entries.TryGetValue(key, out var entry))
        {
            Entries[key] = entry = new NameEntry(key);
        }

        entry.AddDocument(doc);
        entry.AddForm(canonical.Trim(), doc);
        entry.AddForm(form.Trim(), doc);
        NameEntry.Count(entry.Kinds, kind);
        NameEntry.Count(entry.Dates, date);
        return key;
    }
}

/// <summary>Everything seen for one standard canonical name.</summary>
/// <remarks>Documents are observed in index order, so the document lists stay sorted by appending.</remarks>
internal sealed class NameEntry(string key)
{
    /// <summary>The standard canonical name.</summary>
    public string Key { get; } = key;

    /// <summary>The documents that name it, by index, ascending.</summary>
    public List<int> Documents { get; } = [];

    /// <summary>Every surface form and raw canonical name seen, with the documents that use it (ascending).</summary>
    public Dictionary<string, List<int>> Forms { get; } = new(StringComparer.Ordinal);

    /// <summary>How often each non-empty kind was given.</summary>
    public Dictionary<string, int> Kinds { get; } = new(StringComparer.Ordinal);

    /// <summary>How often each non-empty date was given.</summary>
    public Dictionary<string, int> Dates { get; } = new(StringComparer.Ordinal);

    /// <summary>Whether document <paramref name="doc"/> names it.</summary>
    public bool IsIn(int doc) => Documents.BinarySearch(doc) >= 0;

    /// <summary>Records that document <paramref name="doc"/> names it.</summary>
    public void AddDocument(int doc) => AddSorted(Documents, doc);

    /// <summary>Adds a surface form seen in <paramref name="doc"/>.</summary>
    public void AddForm(string form, int doc)
    {
        if (form.Length == 0)
        {
            return;
        }

        if (!Forms.TryGetValue(form, out var docs))
        {
            Forms[form] = docs = [];
        }

        AddSorted(docs, doc);
    }

    /// <summary>Adds what <paramref name="later"/> recorded, from documents after all of this entry's.</summary>
    public void Append(NameEntry later)
    {
        ArgumentNullException.ThrowIfNull(later);
        AppendSorted(Documents, later.Documents);
        foreach (var (form, docs) in later.Forms)
        {
            if (Forms.TryGetValue(form, out var mine))
            {
                AppendSorted(mine, docs);
            }
            else
            {
                Forms.Add(form, docs);
            }
        }

        foreach (var (kind, n) in later.Kinds)
        {
            Kinds[kind] = Kinds.GetValueOrDefault(kind) + n;
        }

        foreach (var (date, n) in later.Dates)
        {
            Dates[date] = Dates.GetValueOrDefault(date) + n;
        }
    }

    /// <summary>Counts one more <paramref name="value"/> unless it is empty.</summary>
    public static void Count(Dictionary<string, int> counts, string value)
    {
        if (value.Length > 0)
        {
            counts[value] = counts.TryGetValue(value, out var n) ? n + 1 : 1;
        }
    }

    private static void AppendSorted(List<int> docs, List<int> later)
    {
        foreach (var doc in later)
        {
            AddSorted(docs, doc);
        }
    }

    private static void AddSorted(List<int> docs, int doc)
    {
        if (docs.Count == 0 || docs[^1] < doc)
        {
            docs.Add(doc);
        }
        else if (docs.BinarySearch(doc) is var at and < 0)
        {
            docs.Insert(~at, doc);
        }
    }
}
