using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PolicyGraph.Extraction;

namespace PolicyGraph.Pipeline.Cache;

/// <summary>
/// Remembers what extraction found in each input file, so a rebuild re-extracts only new and changed files.
/// An entry is keyed by the file's path and content hash and by the extractor: <see cref="DocumentExtractor.Version"/>
/// and the build of the library that holds the extraction rules and lexicons (its module version id, which a
/// deterministic build changes exactly when the code or embedded data change). Entries are written atomically,
/// one file each in <see cref="CacheCodec"/>'s binary form; an unreadable or corrupt entry counts as missing; entries a build no longer uses are pruned.
/// </summary>
public sealed class ExtractionCache
{
    /// <summary>The cache folder's name inside a build's output folder.</summary>
    public const string FolderName = ".pgcache";

    private const string Format = "pgcache/3";
    private const string Extension = ".entry";
    private static readonly string Salt = string.Join('\u001f', Format, DocumentExtractor.Version,
        typeof(DocumentExtractor).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    private readonly string _folder;
    private readonly ConcurrentDictionary<string, byte> _used = new(StringComparer.Ordinal);

    /// <summary>A cache kept in <paramref name="folder"/> (created on first write).</summary>
    public ExtractionCache(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        _folder = Path.GetFullPath(folder);
    }

    /// <summary>The cache folder of a build writing to <paramref name="outputFolder"/>.</summary>
    public static string FolderFor(string outputFolder) => Path.Combine(outputFolder, FolderName);

    /// <summary>The key of a file at <paramref name="relativePath"/> whose bytes hash to <paramref name="sha256"/>.</summary>
    public static string KeyOf(string relativePath, string sha256) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Salt + "\u001f" + relativePath + "\u001f" + sha256)));

    /// <summary>The documents stored under <paramref name="key"/>, or null when there is no usable entry.</summary>
    public IReadOnlyList<CachedDocument>? TryGet(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        _used.TryAdd(key, 0);
        var path = PathOf(key);
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var entry = CacheCodec.Decode(File.ReadAllBytes(path));
            return entry.Key == key ? entry.Documents : null;
        }
#pragma warning disable CA1031 // A damaged cache entry of any kind is a miss: the file is extracted again and the entry rewritten.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    /// <summary>Whether there is an entry under <paramref name="key"/> (not read, so not checked; not counted as used).</summary>
    public bool Contains(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return File.Exists(PathOf(key));
    }

    /// <summary>Stores <paramref name="documents"/> under <paramref name="key"/>; a failed write only costs a later re-extraction.</summary>
    public void Put(string key, IReadOnlyList<CachedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(documents);
        _used.TryAdd(key, 0);
        var path = PathOf(key);
        var temp = path + "." + Environment.ProcessId + "." + Environment.CurrentManagedThreadId + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(temp, CacheCodec.Encode(new CacheEntry(key, documents)));
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
        }
    }

    /// <summary>
    /// Deletes every entry this instance neither read nor wrote (files deleted or changed since), and stray
    /// temporaries. Best effort, like every cache write: a folder that cannot be listed ends it, and a stale entry
    /// left behind is only disk space.
    /// </summary>
    /// <returns>How many files were deleted.</returns>
    public int Prune()
    {
        var deleted = 0;
        try
        {
            if (!Directory.Exists(_folder))
            {
                return 0;
            }

            foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
            {
                var name = Path.GetFileName(file);
                var key = name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : null;
                if ((key is null || !_used.ContainsKey(key)) && TryDelete(file))
                {
                    deleted++;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The build it runs beside must not fail for it.
        }

        return deleted;
    }

    private string PathOf(string key) => Path.Combine(_folder, key[..2], key + Extension);

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
