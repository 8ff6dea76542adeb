namespace PolicyGraph.Extraction.Ner;

/// <summary>
/// Best tag path under BIO constraints. Tags are laid out as O = 0, then B-label, I-label pairs
/// (B = 1 + 2k, I = 2 + 2k); an I tag may only follow the B or I of its own label, so every path decodes
/// to well-formed spans.
/// </summary>
internal static class BioViterbi
{
    /// <summary>Whether tag <paramref name="next"/> may follow <paramref name="previous"/> (-1 for the start).</summary>
    public static bool Allowed(int previous, int next)
    {
        if (next == 0 || (next & 1) == 1)
        {
            return true;
        }

        return previous >= 0 && previous != 0 && (previous + 1) / 2 == next / 2;
    }

    /// <summary>Whether <paramref name="tag"/> is an inside tag.</summary>
    public static bool IsInside(int tag) => tag != 0 && (tag & 1) == 0;

    /// <summary>The label index (0-based) of a B or I tag.</summary>
    public static int LabelOf(int tag) => (tag - 1) / 2;

    /// <summary>
    /// Decodes <paramref name="length"/> positions. <paramref name="emissions"/> holds <c>length * tags</c> scores;
    /// <paramref name="transitions"/> holds <c>(tags + 1) * tags</c> scores, row <c>tags</c> being the start.
    /// Ties go to the lower tag, so the result is deterministic.
    /// </summary>
    public static void Decode(ReadOnlySpan<float> emissions, int length, int tags, ReadOnlySpan<float> transitions, Span<int> path)
    {
        if (length == 0)
        {
            return;
        }

        // Forbidden moves cost infinity, so the inner loop needs no test; every tag keeps a finite predecessor
        // (O, or the B of its own label), so the infinity never wins.
        var masked = new float[transitions.Length];
        for (var i = 0; i < masked.Length; i++)
        {
            masked[i] = Allowed(i / tags == tags ? -1 : i / tags, i % tags) ? transitions[i] : float.NegativeInfinity;
        }

        var score = new float[length * tags];
        var back = new int[length * tags];
        for (var t = 0; t < tags; t++)
        {
            score[t] = masked[(tags * tags) + t] + emissions[t];
        }

        for (var i = 1; i < length; i++)
        {
            var row = i * tags;
            var previousRow = row - tags;
            for (var t = 0; t < tags; t++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < tags; p++)
                {
                    var s = score[previousRow + p] + masked[(p * tags) + t];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[row + t] = best + emissions[row + t];
                back[row + t] = arg;
            }
        }

        var last = (length - 1) * tags;
        var bestTag = 0;
        for (var t = 1; t < tags; t++)
        {
            if (score[last + t] > score[last + bestTag])
            {
                bestTag = t;
            }
        }

        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = bestTag;
            bestTag = back[(i * tags) + bestTag];
        }
    }
}
