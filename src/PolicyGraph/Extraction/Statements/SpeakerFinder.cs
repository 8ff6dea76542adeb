using PolicyGraph.Lexicon;
using PolicyGraph.Text;

namespace PolicyGraph.Extraction.Statements;

/// <summary>Who stands before a cue, and where that speaker's words begin.</summary>
/// <param name="Speaker">The resolved speaker.</param>
/// <param name="Start">Where the speaker is named (the pronoun, the name, or the organisation of an unnamed official).</param>
internal sealed record SpeakerMatch(Speaker Speaker, int Start);

/// <summary>
/// Finds the speaker of a cue in the words just before it: a named person, a pronoun (他说) resolved to the nearest
/// compatible person earlier in the paragraph, a short form (方局长, 老刘), or an unnamed official of an
/// organisation (省工信厅有关负责人). Between speaker and cue only adverbials may stand (在开幕式上致辞时, 笑着).
/// </summary>
internal sealed partial class SpeakerFinder
{
    private const int Window = 48;

    private static readonly string[] Officials =
        ["有关部门负责人", "相关部门负责人", "有关负责同志", "有关负责人", "相关负责人", "主要负责人", "负责同志", "新闻发言人", "负责人", "发言人"];

    private readonly string _text;
    private readonly PersonDirectory _persons;
    private readonly IReadOnlyList<Mention> _organizations;
    private readonly Dictionary<int, Mention> _organizationsByEnd;
    private readonly Dictionary<int, int> _titleEndsByStart = [];
    private readonly Func<TextSpan, bool> _isChrome;
    private readonly Dictionary<string, char> _gender = new(StringComparer.Ordinal);

    public SpeakerFinder(ExtractionContext context, PersonDirectory persons)
    {
        _text = context.Text;
        _persons = persons;
        _isChrome = context.IsChrome;
        _organizations = [.. context.Mentions.Where(m => m.Type == MentionType.Organization).OrderBy(m => m.Span.Start)];
        _organizationsByEnd = [];
        foreach (var org in _organizations)
        {
            _organizationsByEnd[org.Span.End] = org;
        }

        foreach (var title in context.Mentions)
        {
            if (title.Type == MentionType.Title)
            {
                _titleEndsByStart.TryAdd(title.Span.Start, title.Span.End);
            }
        }
    }

    /// <summary>The speaker of the cue at <paramref name="cue"/>, looking no further back than <paramref name="floor"/>.</summary>
    /// <param name="cue">Offset of the cue.</param>
    /// <param name="floor">Where the clause holding the speaker may start at the earliest.</param>
    /// <param name="paragraph">The paragraph, the scope of pronouns.</param>
    /// <param name="previousSpeaker">The last speaker before this paragraph, for a paragraph opening with 他说.</param>
    public SpeakerMatch? Find(int cue, int floor, TextSpan paragraph, Speaker? previousSpeaker)
    {
        var lower = Math.Max(floor, cue - Window);
        for (var i = lower; i < cue; i++)
        {
            if ("。！？；;“”「」『』\"".Contains(_text[i], StringComparison.Ordinal))
            {
                lower = i + 1;
            }
        }

        SpeakerMatch? best = null;
        var bestEnd = -1;
        foreach (var (match, end) in Candidates(lower, cue, paragraph, previousSpeaker))
        {
            if (end <= cue && (end > bestEnd || (end == bestEnd && match.Start < best!.Start)) && GapAllowed(match.Start, end, cue, lower))
            {
                best = match;
                bestEnd = end;
            }
        }

        if (best is null || _isChrome(new TextSpan(best.Start, cue)) || IsObject(best.Start, lower))
        {
            return null;
        }

        if (IsPronoun(best.Start))
        {
            _gender.TryAdd(best.Speaker.Canonical, _text[best.Start]);
        }

        return best;
    }

    private IEnumerable<(SpeakerMatch Match, int End)> Candidates(int lower, int cue, TextSpan paragraph, Speaker? previousSpeaker)
    {
        foreach (var (name, span) in _persons.Between(lower, cue))
        {
            yield return (new SpeakerMatch(new Speaker(MentionType.Person, name), span.Start), span.End);
        }

        for (var end = lower + 1; end <= cue; end++)
        {
            if (_persons.ShortFormEndingAt(_text, end, lower) is { } shortForm)
            {
                yield return (new SpeakerMatch(new Speaker(MentionType.Person, shortForm.Name), shortForm.Start), end);
            }

            if (_persons.DemonstrativeEndingAt(_text, end, lower) is { } demonstrative)
            {
                yield return (new SpeakerMatch(new Speaker(MentionType.Person, demonstrative.Name), demonstrative.Start), end);
            }

            if (Official(end, lower) is { } official)
            {
                yield return (official, end);
            }
            else if (SpeakingBody(end, lower) is { } body)
            {
                yield return (body, end);
            }
        }

        for (var i = lower; i < cue; i++)
        {
            if (IsPronoun(i) && Antecedent(i, paragraph, previousSpeaker) is { } person)
            {
                yield return (new SpeakerMatch(new Speaker(MentionType.Person, person), i), i + 1);
            }
        }
    }

    // 西安市商务局表示, 据省统计局介绍: a body named at the start of the clause speaks itself.
    private SpeakerMatch? SpeakingBody(int end, int lower)
    {
        if (!_organizationsByEnd.TryGetValue(end, out var org) || org.Span.Start < lower)
        {
            return null;
        }

        var start = org.Span.Start;
        var opens = start == lower || Text.ChineseText.IsBoundaryAt(_text, start - 1) || _text[start - 1] == '据';
        return opens ? new SpeakerMatch(new Speaker(MentionType.Organization, org.Canonical, org.Kind), start) : null;
    }

    private bool IsPronoun(int i)
    {
        var c = _text[i];
        if (c is not ('他' or '她'))
        {
            return false;
        }

        var before = i > 0 ? _text[i - 1] : ' ';
        var after = i + 1 < _text.Length ? _text[i + 1] : ' ';
        return before is not ('其' or '吉' or '利' or '无') && !"们人国乡山者处日方家".Contains(after, StringComparison.Ordinal);
    }

    // 他 means a man where we know; 她 a woman. What a pronoun resolved to is remembered for later pronouns.
    private string? Antecedent(int pronoun, TextSpan paragraph, Speaker? previousSpeaker)
    {
        var gender = _text[pronoun];
        var nearest = _persons.Before(pronoun, paragraph.Start)
            .Where(m => (!IsCitedAuthority(m.Span) || LeaderTitleBetween(m.Span.End, pronoun, paragraph.Start)) && !IsObject(m.Span.Start, paragraph.Start))
            .Select(m => m.Name)
            .FirstOrDefault(n => !_gender.TryGetValue(n, out var g) || g == gender);
        var name = nearest is not null ? nearest
            : previousSpeaker is { Type: MentionType.Person } p && OpensParagraph(pronoun, paragraph) && (!_gender.TryGetValue(p.Canonical, out var pg) || pg == gender) ? p.Canonical
            : null;
        return name;
    }

    // 学习贯彻习近平总书记关于…的重要指示精神。他强调: a leader cited as the author of a thought, instruction or speech
    // is what the speaker talks about, not someone 他 goes on to quote.
    private bool IsCitedAuthority(TextSpan name)
    {
        var at = name.End;
        if (_titleEndsByStart.TryGetValue(at, out var titleEnd))
        {
            at = titleEnd;
        }

        if (ChineseText.StartsWithAny(_text, at, CitedAfter))
        {
            return true;
        }

        // 落实习近平总书记考察江西时的重要讲话精神: after a verb of following, the clause goes on to the leader's speech or
        // instruction (not 刘奇葆在会上传达了习近平的重要指示: 刘奇葆 is the subject).
        if (CitingVerbs.LongestEndingAt(_text, name.Start) == 0)
        {
            return false;
        }

        var clauseEnd = at;
        while (clauseEnd < _text.Length && clauseEnd - at < 30 && !"，。；！？,;".Contains(_text[clauseEnd], StringComparison.Ordinal))
        {
            clauseEnd++;
        }

        var clause = _text.Substring(at, clauseEnd - at);
        return CitedWorks.Any(work => clause.Contains(work, StringComparison.Ordinal));
    }

    // 以习近平同志为核心的党中央……总书记站在……的高度。他指出: the leader named by his title alone after the citation is
    // who the paragraph goes on to quote.
    private bool LeaderTitleBetween(int from, int pronoun, int paragraphStart)
    {
        foreach (var title in LeaderTitles)
        {
            for (var at = _text.IndexOf(title, from, pronoun - from, StringComparison.Ordinal); at >= 0 && at + title.Length <= pronoun;
                 at = _text.IndexOf(title, at + 1, pronoun - at - 1, StringComparison.Ordinal))
            {
                // Not the title of a name written with it (习近平总书记考察…).
                if (!_persons.Before(at, paragraphStart).Any(m => m.Span.End == at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // What follows a leader's name (and title) cited as an authority: 习近平总书记关于…, 习近平总书记的重要讲话,
    // 习近平新时代中国特色社会主义思想, 习近平生态文明思想, 以习近平同志为核心的党中央.
    private static readonly string[] CitedAfter =
    [
        "关于", "的重要", "重要讲话", "重要指示", "重要论述", "重要回信", "重要贺信", "新时代", "同志为核心", "为核心",
        "生态文明思想", "法治思想", "外交思想", "强军思想", "经济思想", "文化思想",
    ];

    // A leader's works a clause cites him for: …考察江西时的重要讲话精神.
    private static readonly string[] CitedWorks = ["的重要讲话", "的重要指示", "重要讲话精神", "重要指示精神", "重要论述"];

    private static readonly WordSet CitingVerbs = new(["贯彻", "落实", "学习", "领会", "践行", "遵循", "按照", "根据", "传达", "牢记"]);

    private static readonly string[] LeaderTitles = ["总书记", "国家主席", "总理"];

    // Only a pronoun that opens its paragraph (他说, or “…”他说) may reach back to the previous paragraph's speaker;
    // one after other words (…总经理高解放倍受鼓舞，他说) refers to someone this paragraph names.
    private bool OpensParagraph(int pronoun, TextSpan paragraph)
    {
        var depth = 0;
        for (var i = paragraph.Start; i < pronoun; i++)
        {
            var c = _text[i];
            if (c is '“' or '「')
            {
                depth++;
            }
            else if (c is '”' or '」')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (depth == 0 && IsCjk(c))
            {
                return false;
            }
        }

        return true;
    }

    // A name right after 向/对/和/与 is an object (向杨柳表示感谢), not a speaker; 据 (据方圆介绍) is fine.
    private bool IsObject(int start, int lower) =>
        start > lower && "向对和与同跟给让请被".Contains(_text[start - 1], StringComparison.Ordinal);
}
