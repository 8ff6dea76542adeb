using System.Security.Cryptography;
using PolicyGraph.Extraction;
using PolicyGraph.Ingest;
using PolicyGraph.Pipeline.Cache;

namespace PolicyGraph.Pipeline;

public sealed partial class BuildPipeline
{
    // keys: the cache key of each file when known (read and hashed before), else null.
    private FileResult[] ReadAll(IReadOnlyList<InputFile> files, string?[]? keys, ExtractionCache? cache, IProgress<BuildProgress>? progress,
        CancellationToken cancellationToken)
    {
        var sizes = files.Select(f => SizeOf(f.FullPath)).ToArray();
        var bytesTotal = sizes.Sum();
        var results = new FileResult[files.Count];
        int done = 0, cached = 0;
        long chars = 0, bytes = 0;

        // Largest files first, so that the last file a core takes is a small one and all cores finish together.
        var order = Enumerable.Range(0, files.Count).OrderByDescending(i => sizes[i]).ThenBy(i => i).ToArray();
        if (cache is not null)
        {
            LoadExtractorIfAnyMiss(files, keys, cache, cancellationToken);
        }

        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(order, loadBalance: true), parallel, i =>
        {
            var result = ReadOne(files[i], keys?[i], cache);
            results[i] = result;
            if (result.Cached)
            {
                Interlocked.Increment(ref cached);
            }

            var c = Interlocked.Add(ref chars, result.Documents.Sum(d => (long)d.Characters));
            var b = Interlocked.Add(ref bytes, sizes[i]);
            progress?.Report(new BuildProgress(Interlocked.Increment(ref done), files.Count, c)
            {
                BytesDone = b,
                BytesTotal = bytesTotal,
                FilesCached = Volatile.Read(ref cached),
            });
        });

        return results;
    }

    private FileResult ReadOne(InputFile file, string? knownKey, ExtractionCache? cache)
    {
        // A key computed before stands for the content the build's fingerprint was taken of.
        if (knownKey is not null && cache?.TryGet(knownKey) is { } known)
        {
            return new FileResult(known, [], Cached: true) { Key = knownKey };
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return FileResult.Skip(file.RelativePath, "cannot be read: " + ex.Message);
        }

        var key = cache is null ? null : KeyOf(file, bytes);
        if (key is not null && key != knownKey && cache!.TryGet(key) is { } hit)
        {
            return new FileResult(hit, [], Cached: true) { Key = key };
        }

        var ingest = _reader.Read(file.RelativePath, bytes);
        if (ingest.Document is not { } document)
        {
            return FileResult.Skip(ingest.Path, ingest.SkipReason ?? "cannot be read") with { Key = key };
        }

        DocumentExtractor extractor;
        try
        {
            extractor = _extractor.Value;
        }
#pragma warning disable CA1031 // Any failure to make the extractor fails the build; Run reports it in one line.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            _extractorFailure = ex;
            return FileResult.Skip(ingest.Path, "the extraction models could not be loaded") with { Key = key };
        }

        var documents = new List<CachedDocument>();
        var skipped = new List<SkippedFile>();
        foreach (var item in DayFileSplitter.Split(document))
        {
            try
            {
                documents.Add(CachedDocument.Of(item, extractor.Extract(item)));
            }
#pragma warning disable CA1031 // One failing document is recorded and skipped; the batch goes on (tier 3 of design/STYLE.md).
            catch (Exception ex)
#pragma warning restore CA1031
            {
                skipped.Add(new SkippedFile(item.Path, $"extraction failed ({ex.GetType().Name}: {ex.Message})"));
            }
        }

        // A file with a failed document is not cached, so that a fixed extractor retries it.
        if (key is not null && skipped.Count == 0)
        {
            cache!.Put(key, documents);
        }

        return new FileResult(documents, skipped, Cached: false) { Key = key };
    }

    private static string KeyOf(InputFile file, byte[] bytes) => ExtractionCache.KeyOf(file.RelativePath, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    // The cache key of every file, read on all cores; null for a file that cannot be read.
    private static string?[] KeysOf(IReadOnlyList<InputFile> files)
    {
        var keys = new string?[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try
            {
                keys[i] = KeyOf(files[i], File.ReadAllBytes(files[i].FullPath));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                keys[i] = null;
            }
        });
        return keys;
    }

    // Looks the files up in the cache on a thread of its own and, at the first that is not there, loads the
    // extractor: its models then load while the cached files are read, not when the changed file's turn comes.
    // A failure here is left to the lazy extractor, which throws it again where it is needed.
    private void LoadExtractorIfAnyMiss(IReadOnlyList<InputFile> files, string?[]? keys, ExtractionCache cache, CancellationToken cancellationToken) =>
        _ = Task.Run(() =>
        {
            try
            {
                for (var i = 0; i < files.Count; i++)
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        return;
                    }

                    if (!cache.Contains(keys?[i] ?? KeyOf(files[i], File.ReadAllBytes(files[i].FullPath))))
                    {
                        _ = _extractor.Value;
                        return;
                    }
                }
            }
#pragma warning disable CA1031 // Only a head start: whatever failed fails again, and is reported, where the file is read or extracted.
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }, CancellationToken.None);

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>What one input file gave, and its cache key when the build has a cache and the file could be read.</summary>
    private sealed record FileResult(IReadOnlyList<CachedDocument> Documents, IReadOnlyList<SkippedFile> Skipped, bool Cached)
    {
        public string? Key { get; init; }

        public static FileResult Skip(string path, string reason) => new([], [new SkippedFile(path, reason)], false);
    }
}
