using System.Runtime;

namespace PolicyGraph.Pipeline;

/// <summary>
/// Runs a phase without garbage collections while its allocations stay within a budget. Meant for the build's
/// phases whose allocations either survive them (the assembled graph) or die all at once after them (the writers'
/// buffers): a collection in the middle finds little to free, and each full one walks the whole graph. Large
/// arrays are what start them (the runtime's large-object budget runs out every few tens of MB), so an xwlb build
/// had two or three full collections in each of these phases, 100-150 ms apiece on two cores.
/// </summary>
/// <remarks>
/// Starting a region costs one full collection (50-65 ms before an xwlb assembly, next to nothing before the
/// writers, which follow it). The garbage left over is collected after the phase, so peak memory grows by about
/// the budget used (an xwlb build: 420 -> 650 MB). A phase that allocates more than its budget is collected as
/// usual from there on. One phase at a time holds a budget; a phase that starts while another holds one runs as
/// usual.
/// </remarks>
internal static class CollectionFreePhase
{
    /// <summary>The largest budget a phase is given, whatever its estimate.</summary>
    public const long MaxBudget = 1L << 30;

    private static int _held;

    /// <summary>
    /// Runs <paramref name="phase"/> without collections while it allocates at most <paramref name="budget"/> bytes
    /// (capped at <see cref="MaxBudget"/> and at a quarter of the memory available to the process).
    /// </summary>
    public static T Run<T>(long budget, Func<T> phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        var started = Interlocked.CompareExchange(ref _held, 1, 0) == 0 && TryStart(budget);
        try
        {
            return phase();
        }
        finally
        {
            if (started)
            {
                End();
            }

            Volatile.Write(ref _held, 0);
        }
    }

    /// <summary>Runs <paramref name="phase"/> without collections while it allocates at most <paramref name="budget"/> bytes.</summary>
    public static void Run(long budget, Action phase)
    {
        ArgumentNullException.ThrowIfNull(phase);
        Run(budget, () =>
        {
            phase();
            return 0;
        });
    }

    private static bool TryStart(long budget)
    {
        var capped = Math.Min(Math.Min(budget, MaxBudget), GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 4);
        if (capped <= 0)
        {
            return false;
        }

        try
        {
            return GC.TryStartNoGCRegion(capped);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A budget the runtime cannot reserve, or a region begun elsewhere: the phase runs as usual.
            return false;
        }
    }

    private static void End()
    {
        if (GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return; // the phase outgrew its budget and was collected; the region is over
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended by a collection between the check and the call: nothing is left to end.
        }
    }
}
