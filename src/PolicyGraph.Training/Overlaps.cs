namespace PolicyGraph.Training;

/// <summary>Keeps a flat set of entities: where annotations overlap, the longer (then earlier) one wins.</summary>
internal static class Overlaps
{
    public static List<(int Label, int Start, int End)> RemoveNested(IEnumerable<(int Label, int Start, int End)> entities)
    {
        var kept = new List<(int Label, int Start, int End)>();
        foreach (var e in entities.OrderByDescending(e => e.End - e.Start).ThenBy(e => e.Start).ThenBy(e => e.Label))
        {
            if (kept.All(k => e.End <= k.Start || e.Start >= k.End))
            {
                kept.Add(e);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }
}
