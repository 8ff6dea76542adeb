using PolicyGraph.Extraction.Events;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Initiatives;

/// <summary>
/// Adds a <see cref="MentionType.Initiative"/> mention for every policy, programme, strategy, slogan and named
/// project: national initiatives from the mined lexicon, quoted slogans, 《…》 plans, and names ending in a
/// programme head. Where candidates overlap a quoted or titled name wins, then the longer one; names inside an
/// event's or an organisation's name (天津自贸试验区 in 天津自贸试验区管委会) are theirs, not initiatives.
/// </summary>
public sealed class InitiativeStep : IExtractionStep
{
    // Scope words make an event proper (中国国际…博览会) but do not make a region for 协同发展/一体化.
    private static readonly HashSet<string> ScopeWords = ["中国", "世界", "国际", "全国", "全球", "亚洲", "亚太", "东盟", "中欧", "中非", "中阿", "中拉", "金砖", "上合", "一带一路", "丝路", "丝绸之路", "海峡", "两岸"];

    private static readonly IReadOnlyList<(string Head, string Kind)> Heads =
        [.. WordList.Rows("Initiatives/heads.txt").Select(r => (r[0], r.Length > 1 ? r[1] : "name"))];

    private static readonly QuotedTerms Quoted = new(InitiativeLexicon.Default, Heads);
    private static readonly PlanTitles Titles = new(Heads);
    private static readonly HeadPhrases Phrases = new(InitiativeLexicon.Default, Heads, WordList.Words("Initiatives/generic-words.txt"),
        WordList.Words("Events/proper-markers.txt").Where(m => !ScopeWords.Contains(m)));

    /// <inheritdoc />
    public void Run(ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = context.Text;
        var taken = new SpanCover(context.Mentions.Where(m => m.Type is MentionType.Event or MentionType.Organization).Select(m => m.Span));
        var candidates = Titles.Find(text).Concat(Quoted.Find(text)).Concat(LexiconMatches(text)).Concat(Phrases.Find(text)).Concat(StrongPlaces.Find(text)).Concat(RegionalCounterparts.Find(text))
            .Where(c => !context.IsChrome(c.Span) && !taken.Covers(c.Span))
            .Where(c => c.Canonical.Length >= 2)
            .OrderByDescending(c => c.Source >= InitiativeSource.Quoted).ThenByDescending(c => c.Span.Length).ThenByDescending(c => c.Source).ThenBy(c => c.Span.Start)
            .ToList();
        var chosen = new List<InitiativeCandidate>();
        var occupied = new bool[text.Length];
        foreach (var candidate in candidates)
        {
            if (Array.IndexOf(occupied, true, candidate.Span.Start, candidate.Span.Length) < 0)
            {
                chosen.Add(candidate);
                Array.Fill(occupied, true, candidate.Span.Start, candidate.Span.Length);
            }
        }

        // 《…若干措施》（以下简称《若干措施》）: the short form, wherever it is written from there on, names the
        // initiative before the declaration, also where it alone would name none (《意见》).
        var canonicals = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var form in context.ShortForms)
        {
            if (chosen.Find(c => c.Span.End == form.Declaration.Start) is not { } named || !form.Shortens(text, named.Canonical)
                || !canonicals.TryAdd(form.Short.Of(text), named.Canonical))
            {
                continue;
            }

            // 以下简称《意见》: a title's short form counts in its brackets only (征求意见 names nothing).
            var titled = text[form.Short.Start - 1] == '《';
            foreach (var use in ShortForms.Uses(text, form))
            {
                var quoted = use.Start > 0 && use.End < text.Length && text[use.Start - 1] is '《' or '“' && text[use.End] is '》' or '”';
                var span = quoted ? new TextSpan(use.Start - 1, use.End + 1) : use;
                if ((quoted || (!titled && use.Length >= 3)) && !context.IsChrome(span) && !taken.Covers(span) && Array.IndexOf(occupied, true, span.Start, span.Length) < 0)
                {
                    chosen.Add(new InitiativeCandidate(span, named.Canonical, InitiativeSource.Quoted));
                    Array.Fill(occupied, true, span.Start, span.Length);
                }
            }
        }

        foreach (var c in chosen)
        {
            var name = c.Span.Of(text);
            context.Mentions.Add(new Mention(MentionType.Initiative, c.Span, name, canonicals.GetValueOrDefault(Unquoted(name), c.Canonical)));
        }
    }

    private static string Unquoted(string name) =>
        name.Length > 2 && name[0] is '《' or '“' or '"' or '「' or '‘' ? name[1..^1] : name;

    private static IEnumerable<InitiativeCandidate> LexiconMatches(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (InitiativeLexicon.Default.FormAt(text, i) is { } form)
            {
                yield return new InitiativeCandidate(new TextSpan(i, i + form.Length), InitiativeLexicon.Default.CanonicalOf(form)!, InitiativeSource.Lexicon);
                i += form.Length - 1;
            }
        }
    }
}
