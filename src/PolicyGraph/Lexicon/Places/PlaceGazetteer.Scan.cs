namespace PolicyGraph.Lexicon.Places;

/// <summary>A place name found in a text.</summary>
/// <param name="Start">Offset of its first character.</param>
/// <param name="Length">Its length in UTF-16 code units.</param>
/// <param name="Surface">The text as written (太原市 or 太原).</param>
/// <param name="Candidates">The places it may name, higher levels first.</param>
internal sealed record PlaceMention(int Start, int Length, string Surface, IReadOnlyList<Place> Candidates)
{
    /// <summary>Offset just past its last character.</summary>
    public int End => Start + Length;
}

internal sealed partial class PlaceGazetteer
{
    /// <summary>
    /// Place names in <paramref name="text"/>, left to right, longest match first and not overlapping. Full names
    /// always count; short names (太原, 浦东) only when <paramref name="shortNames"/> is set, since many of them are
    /// also ordinary words (和平, 新华, 东方).
    /// </summary>
    public IReadOnlyList<PlaceMention> Scan(string text, bool shortNames = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<PlaceMention>();
        for (var i = 0; i < text.Length;)
        {
            var match = LongestAt(text, i, shortNames);
            if (match is null)
            {
                i++;
                continue;
            }

            found.Add(match);
            i = match.End;
        }

        return found;
    }

    private PlaceMention? LongestAt(string text, int start, bool shortNames)
    {
        var longest = Math.Min(MaxNameLength, text.Length - start);
        for (var length = longest; length >= 2; length--)
        {
            var surface = text.AsSpan(start, length);
            if (_fullNameSpans.TryGetValue(surface, out var places) || (shortNames && _shortNameSpans.TryGetValue(surface, out places)))
            {
                return new PlaceMention(start, length, surface.ToString(), places);
            }
        }

        return null;
    }
}
