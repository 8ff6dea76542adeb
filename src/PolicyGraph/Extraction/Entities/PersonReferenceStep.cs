using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Entities;

/// <summary>
/// Resolves later mentions of a person by surname: surname + title (方局长, 唐会长) and 老/小 + surname (老刘),
/// to the one person of that surname named in the document. Where two named persons share the surname the
/// title decides, and where it cannot the mention is left alone.
/// </summary>
internal sealed class PersonReferenceStep : IExtractionStep
{
    /// <inheritdoc/>
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var persons = context.Mentions.Where(m => m.Type == MentionType.Person).Select(m => m.Canonical).Distinct(StringComparer.Ordinal).ToList();
        if (persons.Count == 0)
        {
            return;
        }

        ByLastName(context, persons);
        var taken = new SpanIndex(text.Length, context.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization).Select(m => m.Span));
        var bySurname = persons.Where(p => !p.Contains('·', StringComparison.Ordinal)).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToList());
        var titlesHeld = context.Positions.Select(p => (p.Person, p.Title)).ToHashSet();
        foreach (var title in context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind.Length == 0).ToList())
        {
            var at = title.Span.Start - 1;
            if (at < 0 || !ChineseText.IsHan(text[at]) || taken.Covers(at))
            {
                continue;
            }

            var person = Resolve(bySurname, titlesHeld, text[at], title.Text);
            if (person is not null)
            {
                var span = new TextSpan(at, title.Span.End);
                context.Mentions.Add(new Mention(MentionType.Person, span, span.Of(text), person));
            }
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is '老' or '小' && StartsClause(text, i) && EndsShortName(text, i + 2))
            {
                var span = new TextSpan(i, i + 2);
                if (!taken.Overlaps(span) && Resolve(bySurname, titlesHeld, text[i + 1], null) is { } person)
                {
                    context.Mentions.Add(new Mention(MentionType.Person, span, span.Of(text), person));
                }
            }
        }
    }

    // 托马斯·韦伯 … 韦伯透露: a foreign name's last part, named alone, is the one person of the document whose name
    // ends in it.
    internal static void ByLastName(ExtractionContext context, List<string> persons)
    {
        var byLast = persons.Where(p => p.AsSpan().LastIndexOfAny(ChineseText.NameDots) is > 0 and var dot && p.Length - dot > 2)
            .GroupBy(p => p[(p.AsSpan().LastIndexOfAny(ChineseText.NameDots) + 1)..], StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (byLast.Count == 0)
        {
            return;
        }

        for (var i = 0; i < context.Mentions.Count; i++)
        {
            if (context.Mentions[i] is { Type: MentionType.Person } m && byLast.TryGetValue(m.Canonical, out var full))
            {
                context.Mentions[i] = m with { Canonical = full };
            }
        }
    }

    private static bool StartsClause(string text, int i) =>
        ChineseText.IsBoundaryAt(text, i - 1) || ChineseText.IsFunctionChar(text[i - 1]);

    // 老刘说, 老刘今年46岁: a reporting verb, a time word or punctuation after the two characters.
    private static bool EndsShortName(string text, int end) =>
        !ChineseText.IsHanAt(text, end) || "说表介今在也还是".Contains(text[end], StringComparison.Ordinal);

    private static string? Resolve(Dictionary<char, List<string>> bySurname, HashSet<(string, string)> titlesHeld, char surname, string? title)
    {
        if (!bySurname.TryGetValue(surname, out var candidates))
        {
            return null;
        }

        if (candidates.Count > 1 && title is not null)
        {
            candidates = [.. candidates.Where(c => titlesHeld.Contains((c, title)))];
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
