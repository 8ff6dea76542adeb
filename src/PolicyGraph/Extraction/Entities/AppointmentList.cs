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
    /// Where each item line of the lists in <paramref name="text"/> starts (its first character after any indent), and
    /// the verb of its header: the nearest line above ending in a colon, with no blank line between, at most
    /// <see cref="MaxItems"/> lines up, whose words before the colon end in one of <see cref="Verbs"/>. One pass.
    /// </summary>
    public static Dictionary<int, string> Items(string text)
    {
        var items = new Dictionary<int, string>();
        string? verb = null;
        var below = 0;
        for (var begin = 0; begin < text.Length;)
        {
            var end = text.IndexOf('\n', begin);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(begin, end - begin);
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                verb = null;
            }
            else
            {
                below++;
                if (verb is not null && below <= MaxItems)
                {
                    items[begin + (line.Length - line.TrimStart(" \t\u3000").Length)] = verb;
                }

                if (trimmed[^1] is '：' or ':')
                {
                    verb = HeaderVerb(trimmed[..^1]);
                    below = 0;
                }
            }

            begin = end + 1;
        }

        return items;
    }

    private static string? HeaderVerb(ReadOnlySpan<char> head)
    {
        foreach (var verb in Verbs)
        {
            if (head.EndsWith(verb, StringComparison.Ordinal))
            {
                return verb;
            }
        }

        return null;
    }
}
