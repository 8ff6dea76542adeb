namespace PolicyGraph.Resolution;

/// <summary>
/// Work over a sequence cut into a fixed number of consecutive slices, done on all cores, each slice's result
/// returned at its place. The caller joins the results in slice order, so the outcome is that of one pass over the
/// sequence in order, whatever the core count and the thread timing.
/// </summary>
internal static class OrderedSlices
{
    /// <summary>How many slices a sequence is cut into (fewer when it is shorter): a fixed number, not the core count.</summary>
    public const int Count = 16;

    /// <summary>
    /// Runs <paramref name="slice"/> on the consecutive ranges [start, end) that together cover 0 to
    /// <paramref name="length"/>, on all cores; the results in range order.
    /// </summary>
    public static T[] Map<T>(int length, Func<int, int, T> slice)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentNullException.ThrowIfNull(slice);
        var results = new T[Math.Max(1, Math.Min(Count, length))];
        Parallel.For(0, results.Length, i =>
            results[i] = slice((int)((long)length * i / results.Length), (int)((long)length * (i + 1) / results.Length)));
        return results;
    }
}
