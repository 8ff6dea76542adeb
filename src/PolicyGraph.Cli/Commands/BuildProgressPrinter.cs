using System.Diagnostics;
using System.Globalization;
using PolicyGraph.Pipeline;

namespace PolicyGraph.Cli.Commands;

/// <summary>
/// Shows a long build's progress on stderr: files done, how many came from the cache, characters per second and
/// the time left (by bytes still to read). Quiet for the first second, so short builds print nothing; on a
/// terminal one line is rewritten in place, otherwise (builds of 200 files or more) a line every few seconds.
/// </summary>
internal sealed class BuildProgressPrinter : IProgress<BuildProgress>, IDisposable
{
    private const long QuietMilliseconds = 1000;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _terminal = !Console.IsErrorRedirected;
    private readonly Lock _gate = new();
    private long _lastTick = -1;
    private bool _open;

    public void Report(BuildProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var now = _clock.ElapsedMilliseconds;
        var every = _terminal ? 250 : 5000;
        var last = value.FilesDone == value.FilesTotal;
        // Redirected, only builds of many files report: scripts and tests of small builds keep a clean stderr.
        if (now < QuietMilliseconds || (!_terminal && value.FilesTotal < 200) || (!last && now - Interlocked.Read(ref _lastTick) < every))
        {
            return;
        }

        lock (_gate)
        {
            if (!last && now - _lastTick < every)
            {
                return;
            }

            _lastTick = now;
            var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
            var rate = value.Characters / seconds;
            var eta = value.BytesDone == 0 ? 0 : seconds * (value.BytesTotal - value.BytesDone) / value.BytesDone;
            var line = string.Create(CultureInfo.InvariantCulture,
                $"[{value.FilesDone}/{value.FilesTotal} files, {value.FilesCached} cached] {rate / 1000:0} k chars/s, ETA {eta:0} s");
            if (_terminal)
            {
                Console.Error.Write("\r" + line.PadRight(60));
                _open = !last;
                if (last)
                {
                    Console.Error.WriteLine();
                }
            }
            else
            {
                Console.Error.WriteLine(line);
            }
        }
    }

    /// <summary>Ends a progress line left open (a cancelled build).</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_open)
            {
                Console.Error.WriteLine();
                _open = false;
            }
        }
    }
}
