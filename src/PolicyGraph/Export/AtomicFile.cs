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
    /// Like <see cref="WriteAll"/>, but every file is written at the same time; once all are written, each file's
    /// <see cref="PendingFile.Finish"/> runs (so it may use what the other writers found), then all are flushed
    /// and moved into place, only when all succeeded.
    /// </summary>
    public static void WriteAllParallel(IReadOnlyList<PendingFile> files, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(files);
        var targets = files.Select(f =>
        {
            var full = Path.GetFullPath(f.Path);
            var folder = Path.GetDirectoryName(full) ?? ".";
            return (Target: full, Temp: Path.Combine(folder, "." + Path.GetFileName(full) + "." + Environment.ProcessId + ".tmp"));
        }).ToList();
        var streams = new FileStream?[files.Count];
        try
        {
            // Folders first, on this thread: an output path that cannot be a folder fails here with one plain exception.
            foreach (var folder in targets.Select(f => Path.GetDirectoryName(f.Target) ?? ".").Distinct(StringComparer.Ordinal))
            {
                Directory.CreateDirectory(folder);
            }

            // One thread per file rather than the thread pool's few: the writers take very different times, and all
            // of them running at once keeps every core busy until the last one ends. Each file goes to disk as soon
            // as it is written, so that its flush waits on the disk while the slower writers still use the cores.
            RunAll(files.Count, i =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                streams[i] = new FileStream(targets[i].Temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16);
                files[i].Write(streams[i]!);
                PhaseTimer.Time("  flush " + Path.GetFileName(targets[i].Target), () => streams[i]!.Flush(flushToDisk: true));
            });
            cancellationToken.ThrowIfCancellationRequested();

            // Every file's content has reached the disk before any is finished, so that a finished file is never
            // older than the others; what a finish changes goes to disk after it.
            for (var i = 0; i < files.Count; i++)
            {
                if (files[i].Finish is { } finish)
                {
                    finish(streams[i]!);
                    streams[i]!.Flush(flushToDisk: true);
                }
            }

            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < files.Count; i++)
            {
                streams[i]!.Dispose();
                File.Move(targets[i].Temp, targets[i].Target, overwrite: true);
            }
        }
        finally
        {
            for (var i = 0; i < files.Count; i++)
            {
                streams[i]?.Dispose();
                if (File.Exists(targets[i].Temp))
                {
                    File.Delete(targets[i].Temp);
                }
            }
        }
    }

    // Runs action(0..count-1) each on its own thread; the first failure is rethrown as it is.
    private static void RunAll(int count, Action<int> action)
    {
        var tasks = new Task[count];
        for (var i = 0; i < count; i++)
        {
            var index = i;
            tasks[i] = Task.Factory.StartNew(() => action(index), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            Task.WaitAll(tasks);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
            throw;
        }
    }
}

/// <summary>A file for <see cref="AtomicFile.WriteAllParallel"/>.</summary>
/// <param name="Path">Where it goes.</param>
/// <param name="Write">Writes its content; runs at the same time as the other files' writers.</param>
/// <param name="Finish">Optionally completes it (for example a header field) after every file's <paramref name="Write"/> has run.</param>
public sealed record PendingFile(string Path, Action<Stream> Write, Action<Stream>? Finish = null);
