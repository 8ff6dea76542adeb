using System.Diagnostics;
using System.Globalization;

namespace PolicyGraph.Pipeline;

/// <summary>
/// Reports how long each phase of a build took (wall and process CPU time) on standard error, when the environment
/// variable <c>POLICYGRAPH_TIMING</c> is <c>1</c>; otherwise does nothing. For profiling, not for output.
/// </summary>
public static class PhaseTimer
{
    /// <summary>Whether phases are reported.</summary>
    public static bool Enabled { get; } = Environment.GetEnvironmentVariable("POLICYGRAPH_TIMING") == "1";

    /// <summary>Runs <paramref name="phase"/> and reports its time under <paramref name="name"/>.</summary>
    public static T Time<T>(string name, Func<T> phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        if (!Enabled)
        {
            return phase();
        }

        var clock = Stopwatch.StartNew();
        var cpu = Environment.CpuUsage.TotalTime;
        var allocated = GC.GetTotalAllocatedBytes();
        var collections = GC.CollectionCount(0);
        var full = GC.CollectionCount(2);
        var paused = GC.GetTotalPauseDuration();
        var result = phase();
        Report(name, clock.Elapsed, Environment.CpuUsage.TotalTime - cpu, GC.GetTotalAllocatedBytes() - allocated, GC.CollectionCount(0) - collections,
            GC.CollectionCount(2) - full, GC.GetTotalPauseDuration() - paused);
        return result;
    }

    /// <summary>Runs <paramref name="phase"/> and reports its time under <paramref name="name"/>.</summary>
    public static void Time(string name, Action phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        Time(name, () =>
        {
            phase();
            return 0;
        });
    }

    /// <summary>Reports the time since the process started, under <paramref name="name"/>.</summary>
    public static void SinceStart(string name)
    {
        if (Enabled)
        {
            var (wall, cpu) = SinceProcessStart();
            Report(name, wall, cpu, GC.GetTotalAllocatedBytes(), GC.CollectionCount(0), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        }
    }

    /// <summary>Wall and CPU time since the process started.</summary>
    public static (TimeSpan Wall, TimeSpan Cpu) SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime, Environment.CpuUsage.TotalTime);
    }

    // Allocated bytes and garbage collections (of any generation: a collection counts in generation 0's count; the
    // full ones, of generation 2, apart) too: on a virtual machine, memory touched for the first time costs page
    // faults as dear as the work itself.
    private static void Report(string name, TimeSpan wall, TimeSpan cpu, long allocated, int collections, int full, TimeSpan paused) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timing: {name,-28} {wall.TotalMilliseconds,7:0} ms wall {cpu.TotalMilliseconds,7:0} ms CPU {allocated / 1e6,8:0} MB allocated {collections,4} GCs ({full} full) {paused.TotalMilliseconds,6:0} ms paused"));
}
