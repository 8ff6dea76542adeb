namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Appointment notices written as lists: a header line naming the act (决定任命：, 免去：) and one person a line under
/// it (龙海涛为贵阳市人民政府副市长。, 付建华的贵阳市发展和改革委员会主任职务；).
/// </summary>
internal static class AppointmentList
{
    /// <summary>The verbs a header may end in, with its colon: 任命：, 决定免去：.</summary>
    public static readonly string[] Verbs = ["任命", "免去", "聘任", "提名"];

    // How many lines above an item its header may stand.
    private const int MaxItems = 40;

    /// <summary>
    /// The verb of the list whose item starts at <paramref name="start"/>, or null when no line starts there or the
    /// lines above it up to a blank one have no header.
    /// </summary>
    public static string? VerbAbove(string text, int start)
    {
        var lineStart = start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t' or '\u3000')
        {
            lineStart--;
        }

        if (lineStart > 0 && text[lineStart - 1] != '\n')
        {
            return null;
        }

        var end = lineStart - 1;
        for (var items = 0; end > 0 && items < MaxItems; items++)
        {
            var begin = text.LastIndexOf('\n', end - 1) + 1;
            var line = text.AsSpan(begin, end - begin).Trim();
            if (line.IsEmpty)
            {
                return null;
            }

            if (line[^1] is '：' or ':')
            {
                var head = line[..^1];
                foreach (var verb in Verbs)
                {
                    if (head.EndsWith(verb, StringComparison.Ordinal))
                    {
                        return verb;
                    }
                }

                return null;
            }

            end = begin - 1;
        }

        return null;
    }
}
