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

        var taken = context.Mentions.Where(m => m.Type is MentionType.Person or MentionType.Organization).Select(m => m.Span).ToList();
        foreach (var title in context.Mentions.Where(m => m.Type == MentionType.Title && m.Kind.Length == 0).ToList())
        {
            var at = title.Span.Start - 1;
            if (at < 0 || !ChineseText.IsHan(text[at]) || taken.Any(t => t.Contains(at)))
            {
                continue;
            }

            var person = Resolve(context, persons, text[at].ToString(), title.Text);
            if (person is not null)
            {
                var span = new TextSpan(at, title.Span.End);
                context.Mentions.Add(new Mention(MentionType.Person, span, span.Of(text), person));
            }
        }

        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] is '老' or '小' && ChineseText.IsBoundaryAt(text, i - 1) is var bounded
                && (bounded || ChineseText.IsFunctionChar(text[i - 1]) || text[i - 1] == '”')
                && !ChineseText.IsHanAt(text, i + 2) is var ends && (ends || text[i + 2] is '说' or '表' or '介' or '今' or '在' or '也' or '还'))
            {
                var span = new TextSpan(i, i + 2);
                if (!taken.Any(t => t.Overlaps(span)) && Resolve(context, persons, text[i + 1].ToString(), null) is { } person)
                {
                    context.Mentions.Add(new Mention(MentionType.Person, span, span.Of(text), person));
                }
            }
        }
    }

    private static string? Resolve(ExtractionContext context, List<string> persons, string surname, string? title)
    {
        var candidates = persons.Where(p => p.StartsWith(surname, StringComparison.Ordinal) && !p.Contains('·', StringComparison.Ordinal)).ToList();
        if (candidates.Count > 1 && title is not null)
        {
            candidates = [.. candidates.Where(c => context.Positions.Any(p => p.Person == c && p.Title.EndsWith(title, StringComparison.Ordinal)))];
        }

        return candidates.Count == 1 ? candidates[0] : null;
    }
}
