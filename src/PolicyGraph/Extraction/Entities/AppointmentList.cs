namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Appointment notices written as lists: a header line naming the act (决定任命：, 免去：) and one person a line under
/// it (龙海涛为贵阳市人民政府副市长。, 付建华的贵阳市发展和改革委员会主任职务；), or the header and its items on one line
/// (会议决定任命：杜文涛为…局长；范雨晴为…局长。).
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
    /// <see cref="MaxItems"/> lines up, whose words before the colon end in one of <see cref="Verbs"/>; or, on a line
    /// with such a header before its end, the text after the header's colon and after each ； that follows it in the
    /// same sentence. One pass.
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
                else
                {
                    AddInlineItems(text, begin, line, items);
                }
            }

            begin = end + 1;
        }

        return items;
    }

    // 会议决定任命：杜文涛为…局长；范雨晴为…局长。: the items after a header inside the line, up to the sentence's end.
    private static void AddInlineItems(string text, int begin, ReadOnlySpan<char> line, Dictionary<int, string> items)
    {
        var colon = line.IndexOfAny('：', ':');
        if (colon <= 0 || HeaderVerb(line[..colon]) is not { } verb)
        {
            return;
        }

        for (var at = colon; at < line.Length && line[at] != '。'; at++)
        {
            if ((at == colon || line[at] == '；') && at + 1 < line.Length)
            {
                items[begin + at + 1] = verb;
            }
        }
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
