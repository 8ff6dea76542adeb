using PolicyGraph.Extraction.Initiatives;

namespace PolicyGraph.Extraction.Events;

public sealed partial class EventStep
{
    private static readonly Dictionary<string, string> KnownEvents =
        WordList.Rows("Events/known-events.tsv").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);

    // Recurring events printed by their short name alone (进博会, 第七届进博会), where no longer name covers them.
    private static IEnumerable<(int Start, int End)> KnownShortNames(string text, IReadOnlyList<(int Start, int End)> found)
    {
        var occupied = new bool[text.Length];
        foreach (var (start, end) in found)
        {
            Array.Fill(occupied, true, start, end - start);
        }

        foreach (var shortName in KnownEvents.Keys)
        {
            for (var i = text.IndexOf(shortName, StringComparison.Ordinal); i >= 0; i = text.IndexOf(shortName, i + shortName.Length, StringComparison.Ordinal))
            {
                if (Array.IndexOf(occupied, true, i, shortName.Length) < 0)
                {
                    yield return (i, i + shortName.Length);
                }
            }
        }
    }
}
