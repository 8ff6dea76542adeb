using PolicyGraph.Pipeline;

namespace PolicyGraph.Export;

/// <summary>
/// Writes files so that a reader never sees half of one: the content goes to a temporary file in the same
/// folder, which then replaces the target in one rename. A failure leaves the previous file untouched.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it only on success.</summary>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
                cancellationToken.ThrowIfCancellationRequested();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>
    /// Writes several files as one unit: every file is written to a temporary first, and only when all
    /// succeeded are they moved into place, so a failure part-way leaves all previous files untouched.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var temps = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, write) in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var full = Path.GetFullPath(path);
                var folder = Path.GetDirectoryName(full) ?? ".";
                Directory.CreateDirectory(folder);
                var temp = Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp");
                temps.Add((temp, full));
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (temp, target) in temps)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        finally
        {
            foreach (var (temp, _) in temps)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }

    /// <summary>
    /// Like <see cref="WriteAll"/>, but the groups are written at the same time (the files of one group in order,
    /// so a later one may use what an earlier one found); all files are moved into place only when all succeeded.
    /// </summary>
    public static void WriteAllParallel(IReadOnlyList<IReadOnlyList<(string Path, Action<Stream> Write)>> groups, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var files = groups.SelectMany(g => g).Select(f =>
        {
            var full = Path.GetFullPath(f.Path);
            var folder = Path.GetDirectoryName(full) ?? ".";
            return (Target: full, Temp: Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp"));
        }).ToList();
        var temps = files.ToDictionary(f => f.Target, f => f.Temp, StringComparer.Ordinal);
        try
        {
            // Folders first, on this thread: an output path that cannot be a folder fails here with one plain exception.
            foreach (var folder in files.Select(f => Path.GetDirectoryName(f.Target) ?? ".").Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            Parallel.ForEach(groups, new ParallelOptions { CancellationToken = cancellationToken }, group =>
            {
                foreach (var (path, write) in group)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var full = Path.GetFullPath(path);
                    using var stream = new FileStream(temps[full], FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
                    write(stream);
                    PhaseTimer.Time("  flush " + Path.GetFileName(full), () => stream.Flush(flushToDisk: true));
                }
            });

            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (target, temp) in files)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            // The first failure stands for all: callers handle IOException and cancellation, not aggregates.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
        finally
        {
            foreach (var (_, temp) in files)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}
